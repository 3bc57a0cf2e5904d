namespace WithdrawalBot.Discord.Gateway;

/// <summary>
/// How long a shard waits before its next connection, from how its last connections ended. Only a session that worked
/// (<see cref="GatewayDisconnect.Settled"/>: READY or RESUMED, then a heartbeat acknowledged or
/// <see cref="GatewayTimings.SettleTime"/> up) resets it, so a shard reconnects at once after Discord's routine reconnect
/// requests, while a session Discord closes right after READY or RESUMED (an incident) counts as a failed attempt:
/// <list type="bullet">
/// <item>Each connection in a row that did not work waits <see cref="GatewayTimings.ReconnectDelay"/> doubled per failure,
/// with jitter, up to <see cref="GatewayTimings.MaxReconnectDelay"/>.</item>
/// <item>Before an Identify, each session start in a row that did not work (Invalid Session, no READY, a session closed
/// right after READY) waits a random point of <see cref="GatewayTimings.InvalidSessionDelayMin"/>–<see cref="GatewayTimings.InvalidSessionDelayMax"/>
/// doubled per start, up to <see cref="GatewayTimings.MaxInvalidSessionDelay"/>: at most 288 session starts a day of
/// Discord's 1000.</item>
/// </list>
/// Not thread-safe: one shard's loop uses it.
/// </summary>
internal sealed class ReconnectPolicy(GatewayTimings timings)
{
    /// <summary>Connections in a row that ended without a working session.</summary>
    public int Failures { get; private set; }

    /// <summary>Sessions in a row that reached READY or RESUMED and ended before they worked.</summary>
    public int ShortSessions { get; private set; }

    /// <summary>The last of <see cref="ShortSessions"/>; <c>null</c> when there are none.</summary>
    public GatewayDisconnect? LastShortSession { get; private set; }

    /// <summary>Session starts (Identify, or a session Discord invalidated) in a row that did not give a working session.</summary>
    public int UnsettledStarts { get; private set; }

    /// <summary>Invalid Sessions (op 9, false) in a row with no session let in between.</summary>
    public int InvalidSessions { get; private set; }

    /// <summary>Records how a connection ended.</summary>
    public void Record(GatewayDisconnect outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        if (outcome.Settled)
        {
            Failures = 0;
            ShortSessions = 0;
            LastShortSession = null;
            UnsettledStarts = 0;
            InvalidSessions = 0;
        }
        else
        {
            Failures++;
            if (outcome.Identified)
            {
                UnsettledStarts++;
            }

            if (outcome.ReachedReady)
            {
                ShortSessions++;
                LastShortSession = outcome;
            }
        }

        if (outcome.InvalidSession)
        {
            InvalidSessions = outcome.Settled ? 1 : InvalidSessions + 1;
            if (outcome.Settled || !outcome.Identified)
            {
                // A session Discord refused: the next Identify waits at least the first step (the protocol's 1–5 s).
                UnsettledStarts++;
            }
        }
        else if (outcome.ReachedReady)
        {
            InvalidSessions = 0;
        }
    }

    /// <summary>The wait before the next connection.</summary>
    /// <param name="identifyNext">Whether the next connection identifies (no session to resume).</param>
    public TimeSpan NextDelay(bool identifyNext)
    {
        var delay = Backoff(Failures);
        if (identifyNext && UnsettledStarts > 0 && SessionStartDelay(UnsettledStarts) is var start && start > delay)
        {
            delay = start;
        }

        return delay;
    }

    /// <summary>No wait after a working session; otherwise the doubling, jittered reconnect back-off.</summary>
    private TimeSpan Backoff(int failures)
    {
        if (failures == 0)
        {
            return TimeSpan.Zero;
        }

        var exponential = timings.ReconnectDelay * Math.Pow(2, Math.Min(failures - 1, 16));
        var capped = exponential > timings.MaxReconnectDelay ? timings.MaxReconnectDelay : exponential;
        return capped * (0.5 + (Random.Shared.NextDouble() * 0.5));
    }

    /// <summary>The wait before the Identify after <paramref name="count"/> session starts in a row that did not work.</summary>
    private TimeSpan SessionStartDelay(int count)
    {
        var first = timings.InvalidSessionDelayMin + ((timings.InvalidSessionDelayMax - timings.InvalidSessionDelayMin) * Random.Shared.NextDouble());
        var doubled = first * Math.Pow(2, Math.Min(count - 1, 16));
        return doubled > timings.MaxInvalidSessionDelay ? timings.MaxInvalidSessionDelay : doubled;
    }
}
