using WithdrawalBot.Core.Knowledge;
using WithdrawalBot.Core.Languages;

namespace WithdrawalBot.Core.Time;

/// <summary>
/// The one rule for how far a milestone is from now, used by fact answers, <c>/milestones</c>, <c>/next</c> and reminder
/// texts alike: whole calendar days from today to the last day the milestone's date covers (<see cref="MilestoneDate.LastDay"/>),
/// both read in the milestone's own time zone (Asia/Baghdad for this article), or in a chat's own zone where it set one
/// (<c>/timezone</c>: its reminders, <c>/next</c> and <c>/milestones</c>, so the reminder sent on the day says "today" there
/// even while it is still the day before in Baghdad). So on 29 November at any hour "by the end of
/// 2026" (31 December) is 32 days away, it is "today" on 31 December, and it has passed from 1 January on. A date given to
/// the month ("by September 2025", "in October 2025") counts to the month's last day: it is "this month" all through the
/// month, and on 29 November 2026 "by September 2025" passed about 14 months ago (30 September 2025), "in October 2025"
/// about 13. When reminders go out is <see cref="Reminders.ReminderClock"/>'s rule (lead days before the reference day).
/// </summary>
public static class MilestoneCountdown
{
    /// <summary>
    /// Calendar days from today (in <paramref name="zone"/>, by default the milestone's own) to the last day its date covers
    /// (<see cref="MilestoneDate.LastDay"/>: for "by September 2025", 30 September): 0 on that day, negative once passed.
    /// </summary>
    public static int DaysUntil(Milestone milestone, DateTimeOffset now, TimeZoneInfo? zone = null)
    {
        ArgumentNullException.ThrowIfNull(milestone);
        return milestone.Due.LastDay.DayNumber - Today(milestone, now, zone).DayNumber;
    }

    /// <summary>
    /// Whether the milestone is over at <paramref name="now"/> (in <paramref name="zone"/>, by default its own): its day, or,
    /// for a month ("by September 2025"), the whole month.
    /// </summary>
    public static bool HasPassed(Milestone milestone, DateTimeOffset now, TimeZoneInfo? zone = null) => DaysUntil(milestone, now, zone) < 0;

    /// <summary>Whether a milestone given only to the month ("by September 2025") falls in the current month, in <paramref name="zone"/> (by default its own).</summary>
    public static bool IsThisMonth(Milestone milestone, DateTimeOffset now, TimeZoneInfo? zone = null) => IsMonthsAhead(milestone, now, 0, zone);

    /// <summary>
    /// <see cref="RelativeTime.Describe"/> over exactly <see cref="DaysUntil"/> days, today read in <paramref name="zone"/> (by
    /// default the milestone's own): "in about 32 days", "today", "about 14 months ago" / "بعد نحو 32 يوماً".
    /// </summary>
    /// <remarks>
    /// A milestone given only to the month is "this month" / "خلال هذا الشهر" all through that month, and "next month" /
    /// "الشهر القادم" all through the month before: a reminder sent the day before September for "by September 2025"
    /// read "in about 30 days" to a chat that asked to be told one day before.
    /// </remarks>
    public static string Describe(Milestone milestone, DateTimeOffset now, Language language, TimeZoneInfo? zone = null) =>
        IsThisMonth(milestone, now, zone) ? ThisMonth(language)
        : IsNextMonth(milestone, now, zone) ? NextMonth(language)
        : Describe(DaysUntil(milestone, now, zone), language);

    /// <summary>Whether a milestone given only to the month ("by September 2025") falls in the month after the current one, in <paramref name="zone"/> (by default its own).</summary>
    public static bool IsNextMonth(Milestone milestone, DateTimeOffset now, TimeZoneInfo? zone = null) => IsMonthsAhead(milestone, now, 1, zone);

    /// <summary>Whether a milestone given only to the month falls <paramref name="months"/> months after the current one, in <paramref name="zone"/> (by default its own).</summary>
    private static bool IsMonthsAhead(Milestone milestone, DateTimeOffset now, int months, TimeZoneInfo? zone)
    {
        ArgumentNullException.ThrowIfNull(milestone);
        var month = Today(milestone, now, zone).AddMonths(months);
        return milestone.Due.Precision == DatePrecision.Month && month.Year == milestone.Due.Date.Year && month.Month == milestone.Due.Date.Month;
    }

    /// <summary>The first milestone that has not passed at <paramref name="now"/> (<see cref="HasPassed"/>, in <paramref name="zone"/>), or <c>null</c> when all have.</summary>
    public static Milestone? Next(IEnumerable<Milestone> milestones, DateTimeOffset now, TimeZoneInfo? zone = null) =>
        milestones.Where(m => !HasPassed(m, now, zone)).MinBy(m => m.Due.Date);

    /// <summary>Today's date in <paramref name="zone"/>, or in the milestone's own time zone.</summary>
    private static DateOnly Today(Milestone milestone, DateTimeOffset now, TimeZoneInfo? zone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone ?? milestone.Due.TimeZone).DateTime);

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
