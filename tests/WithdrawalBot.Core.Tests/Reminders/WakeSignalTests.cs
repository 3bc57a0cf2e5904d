using Microsoft.Extensions.Time.Testing;
using WithdrawalBot.Core.Reminders;

namespace WithdrawalBot.Core.Tests.Reminders;

public sealed class WakeSignalTests
{
    [Fact]
    public async Task WaitAsync_InstantMonthsAwayOnTheSystemClock_WaitsWithoutThrowing()
    {
        // A 429's retry_after of 5,000,000 s put the next send 57 days away: more than a timer can take (about 49.7 days).
        var signal = new WakeSignal(TimeProvider.System);
        using var stop = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        var waiting = signal.WaitAsync(DateTimeOffset.UtcNow.AddDays(57), stop.Token);

        await waiting.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.True(stop.IsCancellationRequested);
    }

    [Fact]
    public async Task WaitAsync_InstantLaterThanTheLongestTimer_ReturnsAfterADaySoTheLoopWaitsAgain()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero));
        var signal = new WakeSignal(time);

        var waiting = signal.WaitAsync(time.GetUtcNow().AddDays(57), CancellationToken.None);
        time.Advance(WakeSignal.MaxTimerDelay - TimeSpan.FromSeconds(1));
        var beforeADay = waiting.IsCompleted;
        time.Advance(TimeSpan.FromSeconds(1));
        await waiting.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.False(beforeADay);
    }
}
