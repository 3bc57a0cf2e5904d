namespace WithdrawalBot.Discord.Gateway;

/// <summary>Why a gateway connection ended and what the shard does next.</summary>
/// <param name="Action">Resume, Identify, stop (fatal) or shut down.</param>
/// <param name="CloseCode">The close code received, if any.</param>
/// <param name="Reason">A log-ready explanation.</param>
public sealed record GatewayDisconnect(GatewayReconnect Action, int? CloseCode, string Reason)
{
    /// <summary>True after op 9 with <c>d:false</c>: identify again after a random 1–5 s.</summary>
    public bool InvalidSession { get; init; }

    /// <summary>Whether the connection reached READY or RESUMED (a healthy connection reconnects at once).</summary>
    public bool ReachedReady { get; init; }

    /// <summary>
    /// Whether no connection was made at all (refused, timed out, an HTTP error on the upgrade): a resume that never
    /// reached Discord was not rejected, so the session stays resumable.
    /// </summary>
    public bool Unreachable { get; init; }
}
