using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
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
    public void AddBotClock_WithNowInServeMode_StartsThereAndAdvancesWithRealTime()
    {
        var now = new DateTimeOffset(2026, 11, 29, 7, 30, 0, TimeSpan.Zero);
        var clock = new ServiceCollection().AddBotClock(now, advancing: true).BuildServiceProvider().GetRequiredService<TimeProvider>();

        var first = clock.GetUtcNow();
        SpinWait.SpinUntil(() => clock.GetUtcNow() > first, TimeSpan.FromSeconds(1));

        Assert.InRange(first, now, now.AddSeconds(5));
        Assert.True(clock.GetUtcNow() > first, "the serve-mode --now clock must advance, or a second due reminder never gets its send slot");
    }

    [Fact]
    public void AdvancingClock_TimePasses_ShowsTheStartPlusTheElapsedTime()
    {
        var real = new FakeTimeProvider(new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var clock = new AdvancingClock(new DateTimeOffset(2026, 11, 29, 10, 30, 0, TimeSpan.FromHours(3)), real);

        real.Advance(TimeSpan.FromMinutes(90));

        Assert.Equal(new DateTimeOffset(2026, 11, 29, 9, 0, 0, TimeSpan.Zero), clock.GetUtcNow());
        Assert.Equal(TimeSpan.Zero, clock.GetUtcNow().Offset);
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
