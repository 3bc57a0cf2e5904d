using System.Globalization;
using WithdrawalBot.Core.Knowledge;
using WithdrawalBot.Core.Languages;
using WithdrawalBot.Core.Replies;
using WithdrawalBot.Core.Time;

namespace WithdrawalBot.Core.Reminders;

/// <summary>Wording shared by reminders and the milestone and subscription replies, in both languages.</summary>
public static class ReminderTexts
{
    /// <summary>The Iraqi (Levantine) month names, January first, as the article itself writes them (أيلول، تشرين الأول).</summary>
    public static readonly IReadOnlyList<string> ArabicMonths =
    [
        "كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول",
    ];

    /// <summary>Picks the English or Arabic text.</summary>
    public static string Pick(Language language, string english, string arabic) => language == Language.Arabic ? arabic : english;

    /// <summary>An instant in a zone as a reader expects it: "1 December 2026 at 10:00 (Asia/Baghdad)" / "1 كانون الأول 2026، الساعة 10:00 (Asia/Baghdad)".</summary>
    public static string FormatLocal(DateTimeOffset instant, TimeZoneInfo zone, Language language)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var local = TimeZoneInfo.ConvertTime(instant, zone);
        var time = local.ToString("HH:mm", CultureInfo.InvariantCulture);
        return language == Language.Arabic
            ? $"{local.Day} {ArabicMonths[local.Month - 1]} {local.Year}، الساعة {time} ({zone.Id})"
            : $"{local.Day} {local.ToString("MMMM yyyy", CultureInfo.InvariantCulture)} at {time} ({zone.Id})";
    }

    /// <summary>
    /// How far a delivery time is from now, by the calendar of <paramref name="zone"/> when it is the day before, the same
    /// day or the day after ("yesterday", "today", "tomorrow" / "أمس", "اليوم", "غداً"), else as
    /// <see cref="Time.RelativeTime.Describe"/> ("in about 30 days"). 10:00 tomorrow is "tomorrow" at 15:00 today, though
    /// it is less than a day away.
    /// </summary>
    public static string RelativeDay(DateTimeOffset instant, DateTimeOffset now, TimeZoneInfo zone, Language language)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var days = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime).DayNumber
            - DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime).DayNumber;
        return days switch
        {
            -1 => Pick(language, "yesterday", "أمس"),
            0 => Pick(language, "today", "اليوم"),
            1 => Pick(language, "tomorrow", "غداً"),
            _ => Time.RelativeTime.Describe(instant, now, language),
        };
    }

    /// <summary>
    /// The reminder hour in a zone, as a sentence continues after "at": "10:00 Asia/Baghdad time", "10:00 UTC" /
    /// "الساعة 10:00 بتوقيت Asia/Baghdad".
    /// </summary>
    public static string Hour(int localHour, TimeZoneInfo zone, Language language)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var hour = localHour.ToString("00", CultureInfo.InvariantCulture) + ":00";
        return language == Language.Arabic
            ? $"الساعة {hour} بتوقيت {zone.Id}"
            : TimeZoneNames.IsUtc(zone) ? $"{hour} UTC" : $"{hour} {zone.Id} time";
    }

    /// <summary>The zone's offset from UTC and its time now: "UTC−03:00, now 13:45 there" / "‎UTC−03:00، والساعة الآن 13:45 هناك".</summary>
    public static string ZoneNow(TimeZoneInfo zone, DateTimeOffset now, Language language)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var offset = TimeZoneNames.FormatOffset(zone, now);
        var local = TimeZoneInfo.ConvertTime(now, zone).ToString("HH:mm", CultureInfo.InvariantCulture);
        return Pick(language, $"{offset}, now {local} there", $"\u200E{offset}، والساعة الآن {local} هناك");
    }

    /// <summary>
    /// How far the milestone's reported day is from now, by the rule fact answers use too (<see cref="MilestoneCountdown"/>),
    /// today read in the chat's <paramref name="zone"/> when given: "in about 32 days", "about 14 months ago".
    /// </summary>
    public static string Relative(Milestone milestone, DateTimeOffset now, Language language, TimeZoneInfo? zone = null) =>
        MilestoneCountdown.Describe(milestone, now, language, zone);

    /// <summary>The source footnote: "Source: the article (Reuters' reporting, in Arabic), paragraphs 2 and 18."</summary>
    public static string Source(IReadOnlyList<Citation> citations, Language language)
    {
        ArgumentNullException.ThrowIfNull(citations);
        var paragraphs = ReplyComposer.ParagraphWords(citations.Select(c => c.Paragraph), language);
        return Pick(language, $"Source: the article (Reuters' reporting, in Arabic), {paragraphs}.", $"المصدر: المقال (نقلاً عن رويترز)، {paragraphs}.");
    }

    /// <summary>The caveat that dates are the plan as reported, not confirmed events.</summary>
    public static string PlanCaveat(Language language) => Pick(
        language,
        "These dates are the plan as reported at the time; I know what the report says, not what has happened since.",
        "هذه المواعيد هي الخطة كما نُشرت وقتها؛ أعرف ما ورد في التقرير، لا ما حدث بعده.");

    /// <summary>"passed" wording for a milestone whose day is over: "passed (about 14 months ago), as far as the report goes".</summary>
    public static string Passed(Milestone milestone, DateTimeOffset now, Language language, TimeZoneInfo? zone = null) => Pick(
        language,
        $"date passed ({Relative(milestone, now, language, zone)}); whether it happened is beyond the report",
        $"مرّ الموعد ({Relative(milestone, now, language, zone)})؛ وما إذا تحقق فعلاً خارج ما يذكره التقرير");
}
