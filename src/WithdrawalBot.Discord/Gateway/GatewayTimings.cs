namespace WithdrawalBot.Discord.Gateway;

/// <summary>
/// The gateway's waits and limits. The defaults are Discord's rules and common library practice; tests
/// shorten the waits. Heartbeat intervals are never configured here: they come from the server's Hello.
/// </summary>
public sealed record GatewayTimings
{
    /// <summary>Identify pacing: <c>max_concurrency</c> Identifies per this window (Discord: 5 s).</summary>
    public TimeSpan IdentifyWindow { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Shortest wait before identifying again after Invalid Session (op 9, false).</summary>
    public TimeSpan InvalidSessionDelayMin { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Longest wait before identifying again after one Invalid Session (op 9, false). The wait doubles for each further
    /// Invalid Session in a row, up to <see cref="MaxInvalidSessionDelay"/>.
    /// </summary>
    public TimeSpan InvalidSessionDelayMax { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// The longest wait between Identifies that keep getting Invalid Session: at most 288 a day, well inside Discord's
    /// 1000 session starts a day.
    /// </summary>
    public TimeSpan MaxInvalidSessionDelay { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>The first reconnect back-off after a failed connection; doubles per failure, with jitter.</summary>
    public TimeSpan ReconnectDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest reconnect back-off.</summary>
    public TimeSpan MaxReconnectDelay { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// The first wait before registering the slash commands again after Discord failed to take them (a 5xx or network
    /// error that outlasted the REST client's own retries); doubles per failure, with jitter, up to 10 minutes.
    /// </summary>
    public TimeSpan CommandRegistrationRetryDelay { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How long to wait for the WebSocket handshake and for Hello.</summary>
    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How long a close handshake may take before the socket is aborted.</summary>
    public TimeSpan CloseTimeout { get; init; } = TimeSpan.FromSeconds(3);

    /// <summary>
    /// Resumes that fail in a row on a connection made (no RESUMED) before the session is dropped and the shard identifies
    /// (endless resume loops otherwise); attempts that could not connect at all do not count.
    /// </summary>
    public int MaxFailedResumes { get; init; } = 3;

    /// <summary>Gateway payloads allowed per connection per minute (Discord: 120, then close 4008).</summary>
    public int SendsPerMinute { get; init; } = 120;

    /// <summary>Of <see cref="SendsPerMinute"/>, how many ordinary payloads (presence) may never use: kept for heartbeats, Identify and Resume.</summary>
    public int ReservedSends { get; init; } = 5;

    /// <summary>The defaults.</summary>
    public static GatewayTimings Default { get; } = new();
}
