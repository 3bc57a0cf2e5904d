using Microsoft.Extensions.DependencyInjection.Extensions;
using WithdrawalBot.Hosting;

namespace WithdrawalBot.Tests.Hosting;

public sealed class ClockServiceCollectionExtensionsTests
{
    [Fact]
    public void AddBotClock_WithNow_TheClockStandsStillAndLaterTryAddsKeepIt()
    {
        var now = new DateTimeOffset(2026, 11, 29, 12, 0, 0, TimeSpan.Zero);
        var services = new ServiceCollection().AddBotClock(now);
        services.TryAddSingleton(TimeProvider.System); // what a feature registered after the clock does

        var clock = services.BuildServiceProvider().GetRequiredService<TimeProvider>();

        Assert.Equal(now, clock.GetUtcNow());
        Assert.Equal(now, clock.GetUtcNow());
    }

    [Fact]
    public void AddBotClock_WithoutNow_UsesTheSystemClock()
    {
        var clock = new ServiceCollection().AddBotClock(null).BuildServiceProvider().GetRequiredService<TimeProvider>();

        Assert.Same(TimeProvider.System, clock);
    }

    [Fact]
    public void FixedClock_OffsetInstant_ReportsUtc()
    {
        var clock = new FixedClock(new DateTimeOffset(2026, 11, 29, 15, 0, 0, TimeSpan.FromHours(3)));

        Assert.Equal(TimeSpan.Zero, clock.GetUtcNow().Offset);
        Assert.Equal(12, clock.GetUtcNow().Hour);
    }
}
