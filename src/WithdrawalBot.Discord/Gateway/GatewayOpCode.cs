namespace WithdrawalBot.Discord.Gateway;

/// <summary>Gateway opcodes (the <c>op</c> of every payload).</summary>
public enum GatewayOpCode
{
    /// <summary>Received: an event (<c>t</c> = name, <c>s</c> = sequence).</summary>
    Dispatch = 0,

    /// <summary>Sent every heartbeat interval (<c>d</c> = last sequence or null); received: heartbeat now.</summary>
    Heartbeat = 1,

    /// <summary>Sent once per new session.</summary>
    Identify = 2,

    /// <summary>Sent: update the bot's status.</summary>
    PresenceUpdate = 3,

    /// <summary>Sent instead of Identify to continue a session.</summary>
    Resume = 6,

    /// <summary>Received: reconnect and resume.</summary>
    Reconnect = 7,

    /// <summary>Received: <c>d</c> true = may resume, false = identify again.</summary>
    InvalidSession = 9,

    /// <summary>Received first: <c>d.heartbeat_interval</c> in ms.</summary>
    Hello = 10,

    /// <summary>Received: the heartbeat arrived.</summary>
    HeartbeatAck = 11,
}
