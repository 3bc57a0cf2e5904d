namespace WithdrawalBot.Discord.Gateway;

/// <summary>Discord gateway close codes and what each means for the next connection.</summary>
public static class GatewayCloseCodes
{
    /// <summary>The code the client closes with to reconnect without ending the session (never 1000/1001, which end it).</summary>
    public const int Reconnecting = 4000;

    /// <summary>4004 Authentication failed: the token is wrong.</summary>
    public const int AuthenticationFailed = 4004;

    /// <summary>4014 Disallowed intents: a privileged intent is not switched on in the developer portal.</summary>
    public const int DisallowedIntents = 4014;

    /// <summary>
    /// Decides what follows a close: 4004 and 4010–4014 are fatal; 4003, 4005, 4007 and 4009 need a new session
    /// (Identify); everything else, including no close code (a dropped connection) and a server's 1000/1001,
    /// is resumed.
    /// </summary>
    /// <param name="code">The close code received; <c>null</c> when the connection dropped without one.</param>
    public static GatewayReconnect Classify(int? code) => code switch
    {
        4004 or 4010 or 4011 or 4012 or 4013 or 4014 => GatewayReconnect.Fatal,
        4003 or 4005 or 4007 or 4009 => GatewayReconnect.Identify,
        _ => GatewayReconnect.Resume,
    };

    /// <summary>A log-ready explanation of a close code, with the fix for fatal ones.</summary>
    public static string Describe(int? code) => code switch
    {
        null => "the connection dropped without a close code",
        1000 or 1001 => $"the server closed the connection normally ({code})",
        4000 => "4000 unknown error",
        4001 => "4001 unknown opcode (a client bug)",
        4002 => "4002 decode error: a payload was invalid JSON or over 4096 bytes (a client bug)",
        4003 => "4003 not authenticated: a payload was sent before Identify",
        4004 => "4004 authentication failed: the bot token is wrong. Set Discord__BotToken to the token from the developer portal (Bot → Reset Token)",
        4005 => "4005 already authenticated: Identify was sent twice",
        4007 => "4007 invalid sequence on Resume: starting a new session",
        4008 => "4008 rate limited: too many gateway payloads (more than 120 a minute)",
        4009 => "4009 session timed out: starting a new session",
        4010 => "4010 invalid shard: Discord__ShardCount or the shard id is wrong",
        4011 => "4011 sharding required: the bot is in too many servers for its number of shards; if Discord__ShardCount is set, raise it or remove it to use Discord's recommendation; if it is not, start the bot again, which reads Discord's new recommendation",
        4012 => "4012 invalid API version",
        4013 => "4013 invalid intents (a client bug)",
        4014 => "4014 disallowed intents: enable the Message Content intent in the Discord developer portal (your application → Bot → Privileged Gateway Intents → Message Content Intent), then restart",
        _ => $"close code {code}",
    };
}
