namespace WithdrawalBot.Telegram.Tests.Fakes;

/// <summary>An error the fake Bot API answers with, in Telegram's wire format
/// (<c>{"ok":false,"error_code":…,"description":…,"parameters":{…}}</c>, HTTP status = error_code).</summary>
/// <param name="Code">error_code and HTTP status.</param>
/// <param name="Description">description, worded like Telegram's.</param>
/// <param name="RetryAfter">parameters.retry_after in seconds, for 429.</param>
/// <param name="MigrateToChatId">parameters.migrate_to_chat_id, for a group upgraded to a supergroup.</param>
/// <param name="RawBody">When set, this body is sent as text/html instead of JSON (a proxy's error page).</param>
public sealed record FakeBotApiError(int Code, string Description, int? RetryAfter = null, long? MigrateToChatId = null, string? RawBody = null)
{
    /// <summary>401, what Telegram answers for a token it does not know.</summary>
    public static FakeBotApiError Unauthorized { get; } = new(401, "Unauthorized");

    /// <summary>403, the user blocked the bot.</summary>
    public static FakeBotApiError Blocked { get; } = new(403, "Forbidden: bot was blocked by the user");

    /// <summary>403, the bot was kicked from the group.</summary>
    public static FakeBotApiError Kicked { get; } = new(403, "Forbidden: bot was kicked from the supergroup chat");

    /// <summary>400, the chat does not exist or the bot cannot see it.</summary>
    public static FakeBotApiError ChatNotFound { get; } = new(400, "Bad Request: chat not found");

    /// <summary>400, the forum topic a message was sent to was deleted.</summary>
    public static FakeBotApiError ThreadNotFound { get; } = new(400, "Bad Request: message thread not found");

    /// <summary>409, another getUpdates is running with the same token.</summary>
    public static FakeBotApiError Conflict { get; } = new(409, "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running");

    /// <summary>502 with an HTML body, as a broken proxy answers.</summary>
    public static FakeBotApiError BadGateway { get; } = new(502, "Bad Gateway", RawBody: "<html><body>502 Bad Gateway</body></html>");

    /// <summary>429 with retry_after.</summary>
    public static FakeBotApiError TooManyRequests(int retryAfterSeconds) =>
        new(429, "Too Many Requests: retry after " + retryAfterSeconds, RetryAfter: retryAfterSeconds);

    /// <summary>400 for a group that became a supergroup.</summary>
    public static FakeBotApiError Migrated(long newChatId) =>
        new(400, "Bad Request: group chat was upgraded to a supergroup chat", MigrateToChatId: newChatId);
}
