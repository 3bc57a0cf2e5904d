using System.Globalization;
using Telegram.Bot.Exceptions;
using WithdrawalBot.Core.Platforms;

namespace WithdrawalBot.Telegram.Sending;

/// <summary>
/// Maps Bot API errors to <see cref="DeliveryResult"/>s by error code: 429 → RateLimited (retry_after), 403 (blocked,
/// kicked, deactivated) → ChatUnavailable, 400 with migrate_to_chat_id → Migrated, 400 "chat not found" →
/// ChatUnavailable, 400 "message thread not found" or "TOPIC_DELETED" (a deleted forum topic; Telegram sends no update
/// for that) → ChatUnavailable for that topic, anything else → Failed.
/// </summary>
public static class TelegramErrors
{
    /// <summary>The wait assumed when a 429 carries no retry_after.</summary>
    public static readonly TimeSpan DefaultRetryAfter = TimeSpan.FromSeconds(1);

    /// <summary>Maps one API error.</summary>
    public static DeliveryResult ToDeliveryResult(ApiRequestException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var status = exception.ErrorCode switch
        {
            429 => DeliveryStatus.RateLimited,
            403 => DeliveryStatus.ChatUnavailable,
            400 when exception.Parameters?.MigrateToChatId is not null => DeliveryStatus.Migrated,
            400 when IsChatNotFound(exception.Message) || IsTopicDeleted(exception.Message) => DeliveryStatus.ChatUnavailable,
            _ => DeliveryStatus.Failed,
        };
        return new DeliveryResult(status)
        {
            ErrorCode = exception.ErrorCode,
            Description = exception.Message,
            RetryAfter = status == DeliveryStatus.RateLimited
                ? exception.Parameters?.RetryAfter is { } seconds ? TimeSpan.FromSeconds(seconds) : DefaultRetryAfter
                : null,
            MigratedToChatId = status == DeliveryStatus.Migrated
                ? exception.Parameters!.MigrateToChatId!.Value.ToString(CultureInfo.InvariantCulture)
                : null,
        };
    }

    /// <summary>True for Telegram's "Bad Request: chat not found" (the only way a 400 says the chat is gone).</summary>
    public static bool IsChatNotFound(string description) =>
        description.Contains("chat not found", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// True for "Bad Request: message thread not found" and "Bad Request: TOPIC_DELETED": the forum topic a message
    /// was sent to is gone. A closed topic ("TOPIC_CLOSED") may reopen, so it is not counted.
    /// </summary>
    public static bool IsTopicDeleted(string description) =>
        description.Contains("message thread not found", StringComparison.OrdinalIgnoreCase)
        || description.Contains("TOPIC_DELETED", StringComparison.OrdinalIgnoreCase);
}
