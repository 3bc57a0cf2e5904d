namespace WithdrawalBot.Hosting;

/// <summary>
/// The clock set by <c>--now</c>: <see cref="GetUtcNow"/> always returns the given instant, so replies that
/// speak of dates relative to now ("in about 32 days") are reproducible. Timers and delays still run in real
/// time (inherited from <see cref="TimeProvider"/>).
/// </summary>
/// <param name="now">The instant the clock shows.</param>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    /// <summary>The fixed instant, in UTC.</summary>
    public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();
}
