using WithdrawalBot.Discord.Gateway;

namespace WithdrawalBot.Discord.Tests.Gateway;

public sealed class ReconnectPolicyTests
{
    private static readonly GatewayTimings Timings = new()
    {
        ReconnectDelay = TimeSpan.FromSeconds(1),
        MaxReconnectDelay = TimeSpan.FromSeconds(60),
        InvalidSessionDelayMin = TimeSpan.FromSeconds(1),
        InvalidSessionDelayMax = TimeSpan.FromSeconds(5),
        MaxInvalidSessionDelay = TimeSpan.FromMinutes(5),
    };

    private static GatewayDisconnect ClosedAfterResumed(bool settled) =>
        new(GatewayReconnect.Resume, 4000, "4000 unknown error") { ReachedReady = true, Settled = settled, SessionUptime = TimeSpan.Zero };

    private static GatewayDisconnect ClosedAfterReady(bool settled) =>
        new(GatewayReconnect.Identify, 4009, "4009 session timed out") { ReachedReady = true, Settled = settled, Identified = true, SessionUptime = TimeSpan.Zero };

    [Fact]
    public void WorkingSessionEnded_ReconnectsAtOnce()
    {
        var policy = new ReconnectPolicy(Timings);

        policy.Record(ClosedAfterResumed(settled: true));

        Assert.Equal(TimeSpan.Zero, policy.NextDelay(identifyNext: false));
        Assert.Equal(0, policy.ShortSessions);
    }

    [Fact]
    public void SessionsClosedRightAfterResumed_BackOffDoublesUpToTheMaximum()
    {
        var policy = new ReconnectPolicy(Timings);

        var delays = new List<TimeSpan>();
        for (var i = 0; i < 10; i++)
        {
            policy.Record(ClosedAfterResumed(settled: false));
            delays.Add(policy.NextDelay(identifyNext: false));
        }

        // 0.5–1 s, 1–2 s, 2–4 s … jittered down to half; never zero, never over the maximum.
        Assert.InRange(delays[0], TimeSpan.FromSeconds(0.5), TimeSpan.FromSeconds(1));
        Assert.InRange(delays[4], TimeSpan.FromSeconds(8), TimeSpan.FromSeconds(16));
        Assert.InRange(delays[9], TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(60));
        Assert.Equal(10, policy.ShortSessions);
    }

    [Fact]
    public void SessionsClosedRightAfterReady_IdentifiesAtMostEveryFiveMinutes()
    {
        var policy = new ReconnectPolicy(Timings);

        var delays = new List<TimeSpan>();
        for (var i = 0; i < 12; i++)
        {
            policy.Record(ClosedAfterReady(settled: false));
            delays.Add(policy.NextDelay(identifyNext: true));
        }

        // 1–5 s doubling per session start that did not last: 288 a day at most, not one per 5 s Identify window.
        Assert.InRange(delays[0], TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(5));
        Assert.InRange(delays[3], TimeSpan.FromSeconds(8), TimeSpan.FromSeconds(40));
        Assert.Equal(TimeSpan.FromMinutes(5), delays[11]);
    }

    [Fact]
    public void AfterASessionThatWorked_TheCountsStartAgain()
    {
        var policy = new ReconnectPolicy(Timings);
        for (var i = 0; i < 6; i++)
        {
            policy.Record(ClosedAfterReady(settled: false));
        }

        policy.Record(ClosedAfterReady(settled: true));

        Assert.Equal(0, policy.Failures);
        Assert.Equal(0, policy.UnsettledStarts);
        Assert.Null(policy.LastShortSession);
        Assert.Equal(TimeSpan.Zero, policy.NextDelay(identifyNext: true));
    }

    [Fact]
    public void InvalidSessionOnAWorkingSession_NextIdentifyWaitsOneToFiveSeconds()
    {
        var policy = new ReconnectPolicy(Timings);

        policy.Record(new GatewayDisconnect(GatewayReconnect.Identify, null, "invalid session (op 9, not resumable)") { InvalidSession = true, ReachedReady = true, Settled = true });

        Assert.InRange(policy.NextDelay(identifyNext: true), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(5));
        Assert.Equal(1, policy.InvalidSessions);
    }

    [Fact]
    public void GatewayUnreachable_NoSessionStartSpent_OnlyTheReconnectBackOff()
    {
        var policy = new ReconnectPolicy(Timings);

        policy.Record(new GatewayDisconnect(GatewayReconnect.Identify, null, "could not connect") { Unreachable = true });

        Assert.InRange(policy.NextDelay(identifyNext: true), TimeSpan.FromSeconds(0.5), TimeSpan.FromSeconds(1));
        Assert.Equal(0, policy.UnsettledStarts);
    }
}
