namespace WithdrawalBot.Discord.Gateway;

/// <summary>Where a shard's connection stands (reported by the "discord" health check).</summary>
public enum ShardState
{
    /// <summary>Not started yet.</summary>
    NotStarted,

    /// <summary>Opening a WebSocket.</summary>
    Connecting,

    /// <summary>Connected; Identify or Resume sent, READY/RESUMED not yet received.</summary>
    Authenticating,

    /// <summary>READY or RESUMED received: events flow.</summary>
    Ready,

    /// <summary>Waiting to reconnect after a drop.</summary>
    Reconnecting,

    /// <summary>Stopped for good by a fatal close code (bad token, disallowed intents, bad sharding).</summary>
    Failed,

    /// <summary>Shut down with the host.</summary>
    Stopped,
}
