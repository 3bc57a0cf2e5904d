namespace WithdrawalBot.Discord.Rest;

/// <summary>
/// One Discord rate-limit bucket for one major parameter: requests in it go one at a time (<see cref="Gate"/>),
/// and none is sent while <see cref="Remaining"/> is 0 before <see cref="ResetAt"/>.
/// </summary>
internal sealed class RateLimitBucket
{
    /// <summary>Serialises requests of this bucket so <c>X-RateLimit-Remaining</c> is always current.</summary>
    public SemaphoreSlim Gate { get; } = new(1, 1);

    /// <summary>Requests left in the current window; <c>null</c> until Discord has told us.</summary>
    public int? Remaining { get; set; }

    /// <summary>When a request last took this bucket, as <see cref="TimeProvider.GetUtcNow"/> time.</summary>
    public DateTimeOffset LastUsed { get; set; }

    /// <summary>When the window resets, as <see cref="TimeProvider.GetUtcNow"/> time.</summary>
    public DateTimeOffset ResetAt { get; set; } = DateTimeOffset.MinValue;
}
