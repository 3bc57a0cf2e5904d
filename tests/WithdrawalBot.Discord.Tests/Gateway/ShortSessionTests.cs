using System.Diagnostics;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;
using WithdrawalBot.Discord.Gateway;
using WithdrawalBot.Discord.Tests.Fakes;

namespace WithdrawalBot.Discord.Tests.Gateway;

/// <summary>
/// Break 33 #1: a session Discord closes right after READY or RESUMED reached READY, and that alone reset the back-off, so
/// the shard reconnected about 60 times a second (and identified every 5 s after 4009, spending the day's session starts).
/// </summary>
public sealed class ShortSessionTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(15);

    /// <summary>Back-off from 100 ms doubling, so five short sessions in a row wait 0.8–1.6 s before the sixth connection.</summary>
    private static readonly GatewayTimings Timings = DiscordTestHost.FastTimings with
    {
        ReconnectDelay = TimeSpan.FromMilliseconds(100),
        MaxReconnectDelay = TimeSpan.FromSeconds(3),
    };

    private static double Seconds(long from, long to) => (to - from) / (double)Stopwatch.Frequency;

    [Fact]
    public async Task ClosedRightAfterResumed_EveryTime_BackOffGrowsAndItIsAWarningAndDegraded()
    {
        // A long heartbeat interval: no heartbeat is sent and acknowledged after RESUMED before the close.
        await using var fake = new FakeDiscord { HeartbeatIntervalMs = 60_000 };
        await using var host = await DiscordTestHost.StartAsync(fake, timings: Timings);
        var first = await fake.NextConnectionAsync();
        await host.WaitUntilReadyAsync();
        fake.CloseRightAfterResumed = 4000;

        await first.CloseAsync(4000);
        var resumes = new List<long>();
        for (var i = 0; i < 6; i++)
        {
            var connection = await fake.NextConnectionAsync(Wait);
            resumes.Add((await connection.WaitForAsync(6, Wait)).At);
        }

        var health = (await host.HealthAsync()).Entries["discord"];

        // The fifth short session in a row waits 0.8–1.6 s; without back-off every reconnect came at once.
        Assert.True(Seconds(resumes[4], resumes[5]) >= 0.75, $"gap before the sixth resume: {Seconds(resumes[4], resumes[5]):0.00} s");
        Assert.NotEqual(HealthStatus.Healthy, health.Status);
        var warnings = host.Logs.GetSnapshot().Where(r => r.Id.Id == 3015).ToList();
        Assert.NotEmpty(warnings);
        Assert.All(warnings.Skip(1), r => Assert.Equal(LogLevel.Warning, r.Level));
        Assert.Contains("after RESUMED", warnings[^1].Message, StringComparison.Ordinal);
        Assert.Contains("4000 unknown error", warnings[^1].Message, StringComparison.Ordinal);
        Assert.True(host.Gateway.Shards[0].ShortSessions >= 4);
    }

    [Fact]
    public async Task ClosedRightAfterResumed_ThenASessionThatLasts_BackOffAndHealthRecover()
    {
        await using var fake = new FakeDiscord { HeartbeatIntervalMs = 60_000 };
        await using var host = await DiscordTestHost.StartAsync(fake, timings: Timings);
        var first = await fake.NextConnectionAsync();
        await host.WaitUntilReadyAsync();
        fake.ShortSessionsLeft = 3;
        fake.CloseRightAfterResumed = 4000;
        await first.CloseAsync(4000);
        for (var i = 0; i < 3; i++)
        {
            await (await fake.NextConnectionAsync(Wait)).WaitForAsync(6, Wait);
        }

        // The incident ends: the next session lives on, and once Discord acknowledges a heartbeat sent after RESUMED it
        // counts as a working session again.
        var lasting = await fake.NextConnectionAsync(Wait);
        await lasting.WaitForAsync(6, Wait);
        await host.WaitUntilReadyAsync();
        Assert.True(host.Gateway.Shards[0].ShortSessions >= 3);
        Assert.Contains("sessions closed right after READY or RESUMED", (await host.HealthAsync()).Entries["discord"].Description, StringComparison.Ordinal);
        await lasting.SendAsync("""{"op":1,"d":null}"""); // Discord asks for a heartbeat now; the fake acknowledges it

        await DiscordTestHost.Eventually(() => host.Gateway.Shards[0].ShortSessions == 0, Wait, "the lasting session resets the count");
        Assert.Equal(HealthStatus.Healthy, (await host.HealthAsync()).Entries["discord"].Status);
        Assert.False(lasting.Closed.IsCompleted);
    }

    [Fact]
    public async Task ClosedWith4009RightAfterReady_EveryTime_IdentifiesLessAndLessOften()
    {
        // Without a growing wait the shard identified every IdentifyWindow (5 s in production): 720 session starts an hour.
        await using var fake = new FakeDiscord { HeartbeatIntervalMs = 60_000 };
        await using var host = await DiscordTestHost.StartAsync(fake, timings: Timings);
        var first = await fake.NextConnectionAsync();
        await host.WaitUntilReadyAsync();
        fake.CloseRightAfterReady = 4009;

        await first.CloseAsync(4009);
        var identifies = new List<long>();
        for (var i = 0; i < 5; i++)
        {
            var connection = await fake.NextConnectionAsync(Wait);
            identifies.Add((await connection.WaitForAsync(2, Wait)).At);
        }

        // The fourth session start in a row that did not last waits 8× the first's 100–200 ms (IdentifyWindow is 300 ms).
        Assert.True(Seconds(identifies[3], identifies[4]) >= 0.75, $"gap before the fifth Identify: {Seconds(identifies[3], identifies[4]):0.00} s");
        Assert.Contains(host.Logs.GetSnapshot(), r => r.Id.Id == 3015 && r.Level == LogLevel.Warning && r.Message.Contains("after READY", StringComparison.Ordinal));
    }
}
