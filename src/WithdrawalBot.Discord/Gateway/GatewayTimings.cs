namespace WithdrawalBot.Discord.Gateway;

/// <summary>
/// The gateway's waits and limits. The defaults are Discord's rules and common library practice; tests
/// shorten the waits. Heartbeat intervals are never configured here: they come from the server's Hello.
/// </summary>
public sealed record GatewayTimings
{
    /// <summary>Identify pacing: <c>max_concurrency</c> Identifies per this window (Discord: 5 s).</summary>
    public TimeSpan IdentifyWindow { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Shortest wait before identifying again after Invalid Session (op 9, false), or after a session start that did not
    /// last (Discord closed it right after READY, or before it).
    /// </summary>
    public TimeSpan InvalidSessionDelayMin { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Longest wait before identifying again after one Invalid Session (op 9, false) or one session start that did not last.
    /// The wait doubles for each further one in a row, up to <see cref="MaxInvalidSessionDelay"/>.
    /// </summary>
    public TimeSpan InvalidSessionDelayMax { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// The longest wait between Identifies that keep getting Invalid Session, or whose sessions keep closing right after
    /// READY: at most 288 a day, well inside Discord's 1000 session starts a day.
    /// </summary>
    public TimeSpan MaxInvalidSessionDelay { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// The first reconnect back-off after a failed connection, or one that reached READY or RESUMED but did not last (see
    /// <see cref="SettleTime"/>); doubles per failure in a row, with jitter.
    /// </summary>
    public TimeSpan ReconnectDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest reconnect back-off.</summary>
    public TimeSpan MaxReconnectDelay { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// The first wait before registering the slash commands again after Discord failed to take them (a 5xx or network
    /// error that outlasted the REST client's own retries); doubles per failure, with jitter, up to 10 minutes.
    /// </summary>
    public TimeSpan CommandRegistrationRetryDelay { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How long a session must stay up after READY or RESUMED to count as working (resetting the back-off) when Discord has
    /// not yet acknowledged a heartbeat sent after it, which counts at once. A session Discord closes sooner (an incident:
    /// 4000, 1001 or 4008 right after RESUMED, 4009 right after READY) is a failed attempt, so such a loop backs off.
    /// </summary>
    public TimeSpan SettleTime { get; init; } = TimeSpan.FromSeconds(60);

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
