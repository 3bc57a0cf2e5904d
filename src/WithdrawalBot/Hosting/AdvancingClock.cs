namespace WithdrawalBot.Hosting;

/// <summary>
/// The clock set by <c>--now</c> in serve mode: it shows the given instant at start-up and then advances with real
/// time (the system clock's elapsed time added to it), so reminders due one after another are each sent: a clock that
/// stood still would keep the reminder dispatcher's next send slot in the future for ever. Timers and delays run in
/// real time (inherited from <see cref="TimeProvider"/>).
/// </summary>
/// <param name="start">The instant the clock shows when it is created.</param>
/// <param name="system">The clock that measures the time passed; <see cref="TimeProvider.System"/> in the app.</param>
public sealed class AdvancingClock(DateTimeOffset start, TimeProvider system) : TimeProvider
{
    private readonly long started = system.GetTimestamp();

    /// <summary>The start instant plus the time passed since, in UTC.</summary>
    public override DateTimeOffset GetUtcNow() => start.ToUniversalTime() + system.GetElapsedTime(started);
}
