using System.Net;

namespace WithdrawalBot.Discord.Rest;

/// <summary>
/// Discord answered a REST call with an error other than 429 (see <see cref="DiscordRateLimitedException"/>).
/// 4xx errors are permanent for that request and are never retried; 5xx errors are thrown only after the
/// retries ran out.
/// </summary>
public sealed class DiscordApiException : Exception
{
    /// <summary>Creates the exception for an error response.</summary>
    /// <param name="status">The HTTP status.</param>
    /// <param name="code">The JSON error code (0 when the body had none).</param>
    /// <param name="discordMessage">Discord's message text, for logs.</param>
    /// <param name="route">The method and route, with ids and tokens elided.</param>
    public DiscordApiException(HttpStatusCode status, int code, string? discordMessage, string route)
        : base($"Discord answered {(int)status} (code {code}: {discordMessage ?? "no message"}) to {route}.")
    {
        Status = status;
        Code = code;
        DiscordMessage = discordMessage;
        Route = route;
    }

    /// <summary>The HTTP status.</summary>
    public HttpStatusCode Status { get; }

    /// <summary>The JSON error code (compare with <see cref="DiscordErrorCode"/>); 0 when none.</summary>
    public int Code { get; }

    /// <summary>Discord's message text.</summary>
    public string? DiscordMessage { get; }

    /// <summary>The method and route template of the failed call (no tokens).</summary>
    public string Route { get; }

    /// <summary>True for 4xx: sending the same request again cannot succeed.</summary>
    public bool IsPermanent => (int)Status is >= 400 and < 500;

    /// <summary>True when the bot's token was rejected (401); every later call fails the same way.</summary>
    public bool IsUnauthorized => Status == HttpStatusCode.Unauthorized;

    /// <summary>
    /// True when Discord's own error code says the target chat is gone for the bot: Unknown Channel (10003), Missing Access
    /// (50001: it can no longer see the channel), Cannot send messages to this user (50007, 50278). Not Missing Permissions
    /// (50013: a channel locked for a while, which may reopen), Cloudflare's block (40333), nor a 403 or 404 without Discord's
    /// code (a proxy's page): those say nothing about the chat, and ending its reminders on them would end every chat's at once.
    /// </summary>
    public bool IsChatUnavailable => (DiscordErrorCode)Code is DiscordErrorCode.MissingAccess
        or DiscordErrorCode.UnknownChannel or DiscordErrorCode.CannotSendMessagesToUser or DiscordErrorCode.NoMutualGuilds;
}
