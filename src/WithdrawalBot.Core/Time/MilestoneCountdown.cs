using WithdrawalBot.Core.Knowledge;
using WithdrawalBot.Core.Languages;

namespace WithdrawalBot.Core.Time;

/// <summary>
/// The one rule for how far a milestone is from now, used by fact answers, <c>/milestones</c>, <c>/next</c> and reminder
/// texts alike: whole calendar days from today to the last day the milestone's date covers (<see cref="MilestoneDate.LastDay"/>),
/// both read in the milestone's own time zone (Asia/Baghdad for this article). So on 29 November at any hour "by the end of
/// 2026" (31 December) is 32 days away, it is "today" on 31 December, and it has passed from 1 January on. A date given to
/// the month ("by September 2025", "in October 2025") counts to the month's last day: it is "this month" all through the
/// month, and on 29 November 2026 "by September 2025" passed about 14 months ago (30 September 2025), "in October 2025"
/// about 13. When reminders go out is <see cref="Reminders.ReminderClock"/>'s rule (lead days before the reference day).
/// </summary>
public static class MilestoneCountdown
{
    /// <summary>
    /// Calendar days from today (in the milestone's zone) to the last day its date covers (<see cref="MilestoneDate.LastDay"/>:
    /// for "by September 2025", 30 September): 0 on that day, negative once passed.
    /// </summary>
    public static int DaysUntil(Milestone milestone, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(milestone);
        return milestone.Due.LastDay.DayNumber - Today(milestone, now).DayNumber;
    }

    /// <summary>
    /// Whether the milestone is over at <paramref name="now"/> (in its own zone): its day, or, for a month ("by September
    /// 2025"), the whole month.
    /// </summary>
    public static bool HasPassed(Milestone milestone, DateTimeOffset now) => DaysUntil(milestone, now) < 0;

    /// <summary>Whether a milestone given only to the month ("by September 2025") falls in the current month, in its own zone.</summary>
    public static bool IsThisMonth(Milestone milestone, DateTimeOffset now) => IsMonthsAhead(milestone, now, 0);

    /// <summary>
    /// <see cref="RelativeTime.Describe"/> over exactly <see cref="DaysUntil"/> days: "in about 32 days", "today",
    /// "about 14 months ago" / "بعد نحو 32 يوماً".
    /// </summary>
    /// <remarks>
    /// A milestone given only to the month is "this month" / "خلال هذا الشهر" all through that month, and "next month" /
    /// "الشهر القادم" all through the month before: a reminder sent the day before September for "by September 2025"
    /// read "in about 30 days" to a chat that asked to be told one day before.
    /// </remarks>
    public static string Describe(Milestone milestone, DateTimeOffset now, Language language) =>
        IsThisMonth(milestone, now) ? ThisMonth(language)
        : IsNextMonth(milestone, now) ? NextMonth(language)
        : Describe(DaysUntil(milestone, now), language);

    /// <summary>Whether a milestone given only to the month ("by September 2025") falls in the month after the current one, in its own zone.</summary>
    public static bool IsNextMonth(Milestone milestone, DateTimeOffset now) => IsMonthsAhead(milestone, now, 1);

    /// <summary>Whether a milestone given only to the month falls <paramref name="months"/> months after the current one, in its own zone.</summary>
    private static bool IsMonthsAhead(Milestone milestone, DateTimeOffset now, int months)
    {
        ArgumentNullException.ThrowIfNull(milestone);
        var month = Today(milestone, now).AddMonths(months);
        return milestone.Due.Precision == DatePrecision.Month && month.Year == milestone.Due.Date.Year && month.Month == milestone.Due.Date.Month;
    }

    /// <summary>The first milestone that has not passed at <paramref name="now"/> (<see cref="HasPassed"/>), or <c>null</c> when all have.</summary>
    public static Milestone? Next(IEnumerable<Milestone> milestones, DateTimeOffset now) =>
        milestones.Where(m => !HasPassed(m, now)).MinBy(m => m.Due.Date);

    /// <summary>Today's date in the milestone's own time zone.</summary>
    private static DateOnly Today(Milestone milestone, DateTimeOffset now) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, milestone.Due.TimeZone).DateTime);

    /// <summary>"this month" / "خلال هذا الشهر".</summary>
    private static string ThisMonth(Language language) => language == Language.Arabic ? "خلال هذا الشهر" : "this month";

    /// <summary>"next month" / "الشهر القادم".</summary>
    private static string NextMonth(Language language) => language == Language.Arabic ? "الشهر القادم" : "next month";

    /// <summary>The words for a distance of <paramref name="days"/> calendar days (negative: in the past).</summary>
    public static string Describe(int days, Language language)
    {
        var origin = DateTimeOffset.UnixEpoch;
        return RelativeTime.Describe(origin.AddDays(days), origin, language);
    }
}
