namespace WithdrawalBot.Core.Platforms;

/// <summary>How a send to a chat ended, judged by the platform's error code (never its wording).</summary>
public enum DeliveryStatus
{
    /// <summary>The platform accepted every part of the message.</summary>
    Delivered,

    /// <summary>The platform asked to wait (HTTP 429); see <see cref="DeliveryResult.RetryAfter"/>. Nothing was sent.</summary>
    RateLimited,

    /// <summary>The chat is gone for the bot for good: blocked, kicked, deactivated user, chat not found, missing access. Do not retry.</summary>
    ChatUnavailable,

    /// <summary>A Telegram group became a supergroup; resend to <see cref="DeliveryResult.MigratedToChatId"/>.</summary>
    Migrated,

    /// <summary>A transient failure (network, 5xx); worth retrying later.</summary>
    Failed,

    /// <summary>
    /// The request reached the platform but no answer came back in time: the message may have been posted. A reminder is
    /// not sent again (at most one copy); a platform that deduplicates retries itself (Discord's nonce) reports
    /// <see cref="Failed"/> instead.
    /// </summary>
    Uncertain,
}
