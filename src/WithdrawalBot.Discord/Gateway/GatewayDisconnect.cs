namespace WithdrawalBot.Discord.Gateway;

/// <summary>Why a gateway connection ended and what the shard does next.</summary>
/// <param name="Action">Resume, Identify, stop (fatal) or shut down.</param>
/// <param name="CloseCode">The close code received, if any.</param>
/// <param name="Reason">A log-ready explanation.</param>
public sealed record GatewayDisconnect(GatewayReconnect Action, int? CloseCode, string Reason)
{
    /// <summary>True after op 9 with <c>d:false</c>: identify again after a random 1–5 s.</summary>
    public bool InvalidSession { get; init; }

    /// <summary>Whether the connection reached READY or RESUMED.</summary>
    public bool ReachedReady { get; init; }

    /// <summary>
    /// Whether the session worked: READY or RESUMED, then a heartbeat sent after it acknowledged or
    /// <see cref="GatewayTimings.SettleTime"/> up. Only such a connection resets the back-off (and reconnects at once).
    /// </summary>
    public bool Settled { get; init; }

    /// <summary>Whether Identify was sent on the connection (one of the day's session starts spent).</summary>
    public bool Identified { get; init; }

    /// <summary>How long the connection stayed up after READY or RESUMED; <c>null</c> when it reached neither.</summary>
    public TimeSpan? SessionUptime { get; init; }

    /// <summary>
    /// Whether no connection was made at all (refused, timed out, an HTTP error on the upgrade): a resume that never
    /// reached Discord was not rejected, so the session stays resumable.
    /// </summary>
    public bool Unreachable { get; init; }
}
