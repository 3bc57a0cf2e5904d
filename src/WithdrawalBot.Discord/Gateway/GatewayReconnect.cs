namespace WithdrawalBot.Discord.Gateway;

/// <summary>What a shard does after a connection ends.</summary>
public enum GatewayReconnect
{
    /// <summary>Reconnect to <c>resume_gateway_url</c> and send Resume (op 6) with the same session and sequence.</summary>
    Resume,

    /// <summary>Drop the session and sequence, reconnect to the gateway URL and Identify.</summary>
    Identify,

    /// <summary>Stop this shard for good: a configuration problem (close codes 4004, 4010–4014) that reconnecting cannot fix.</summary>
    Fatal,

    /// <summary>The host is shutting down; the socket was closed with 1000.</summary>
    Shutdown,
}
