namespace WithdrawalBot.Core.Platforms;

/// <summary>The outcome of <see cref="IChatPlatform.SendAsync"/>.</summary>
/// <param name="Status">What happened.</param>
public sealed record DeliveryResult(DeliveryStatus Status)
{
    /// <summary>How long the platform asked to wait, for <see cref="DeliveryStatus.RateLimited"/>.</summary>
    public TimeSpan? RetryAfter { get; init; }

    /// <summary>The new chat id, for <see cref="DeliveryStatus.Migrated"/>.</summary>
    public string? MigratedToChatId { get; init; }

    /// <summary>The platform's error code (Telegram HTTP-like error_code, Discord JSON error code), when there was one.</summary>
    public int? ErrorCode { get; init; }

    /// <summary>The platform's error description, for logs only.</summary>
    public string? Description { get; init; }

    /// <summary>A delivered result.</summary>
    public static DeliveryResult Delivered { get; } = new(DeliveryStatus.Delivered);
}
