namespace WithdrawalBot.Core.Reminders;

/// <summary>A reminder schedule the bot cannot follow (see <see cref="ReminderSchedule"/>).</summary>
public enum UnsupportedSchedule
{
    /// <summary>"every day", "كل يوم": reminders come once per lead time, not on a repeating schedule.</summary>
    Repeating,

    /// <summary>"in 3 days", "بعد ٣ ايام": lead times count back from each milestone, not forward from today.</summary>
    FromNow,

    /// <summary>"at 8pm", "الساعة 8": reminders come at the configured hour in the chat's time zone.</summary>
    AtClockTime,
}
