namespace WithdrawalBot.Core.Reminders;

/// <summary>Settings of milestone reminders, bound from the <c>Reminders</c> configuration section.</summary>
public sealed class ReminderOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "Reminders";

    /// <summary>IANA time zone used for chats that never chose one with <c>/timezone</c>. Default <c>Asia/Baghdad</c>.</summary>
    public string TimeZone { get; set; } = "Asia/Baghdad";

    /// <summary>Local hour (0–23, in the chat's time zone) at which reminders are sent. Default 10.</summary>
    public int LocalHour { get; set; } = 10;

    /// <summary>
    /// How late a reminder may still be sent after it fell due (downtime catch-up); older ones are skipped and logged.
    /// Default 1 day; at least <see cref="MinGraceWindow"/>, since a broadcast to many chats waits for each one's send window,
    /// and at most <see cref="MaxGraceWindow"/>.
    /// </summary>
    public TimeSpan GraceWindow { get; set; } = TimeSpan.FromDays(1);

    /// <summary>The shortest <see cref="GraceWindow"/> accepted: 10 minutes.</summary>
    public static readonly TimeSpan MinGraceWindow = TimeSpan.FromMinutes(10);

    /// <summary>The longest <see cref="GraceWindow"/> accepted: 30 days (a reminder later than that tells nothing in time).</summary>
    public static readonly TimeSpan MaxGraceWindow = TimeSpan.FromDays(30);

    /// <summary>
    /// How long a finished delivery-ledger entry is kept after its reminder's grace window ended; then it is deleted (at
    /// start and once a day). An entry stops a duplicate only while its reminder can still be planned as due (inside
    /// the grace window); the rest is a margin for a wall clock set back by up to this much. Default 30 days.
    /// </summary>
    public TimeSpan LedgerRetention { get; set; } = TimeSpan.FromDays(30);

    /// <summary>The scheduler wakes at least this often to notice wall-clock jumps, even when nothing is due. Default 1 hour.</summary>
    public TimeSpan WakeInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Reminder messages started per second per platform during a broadcast (Telegram allows about 30 overall). Default 30.</summary>
    public int BroadcastPerSecond { get; set; } = 30;

    /// <summary>Sends to different chats that may be in flight at once. Default 16.</summary>
    public int MaxConcurrentSends { get; set; } = 16;

    /// <summary>Attempts per reminder for transient failures (<c>Failed</c>) before giving up. Default 5.</summary>
    public int MaxAttempts { get; set; } = 5;

    /// <summary>First back-off after a transient failure; doubles per attempt. Default 30 seconds.</summary>
    public TimeSpan RetryBackoff { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>On shutdown, how long a send already handed to the platform may take to finish so that its outcome is recorded. Default 5 seconds.</summary>
    public TimeSpan ShutdownDrain { get; set; } = TimeSpan.FromSeconds(5);
}
