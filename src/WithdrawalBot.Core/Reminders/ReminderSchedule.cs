using System.Text.RegularExpressions;
using WithdrawalBot.Core.Text;

namespace WithdrawalBot.Core.Reminders;

/// <summary>
/// Reminder requests the bot cannot do, read from a request's words so that they are answered as such rather than misread
/// as lead times: a repeating schedule ("every day", "كل يوم"), a count from today ("in 3 days", "بعد ٣ ايام"), or a clock
/// time ("at 8pm", "الساعة 8"). Reminders come once per lead time, counted back from each milestone, at the configured hour.
/// </summary>
public static partial class ReminderSchedule
{
    /// <summary>What kind of schedule the request asks for that reminders cannot follow, or <c>null</c> for none.</summary>
    /// <param name="text">The request as typed (the command's arguments, or the free-text message).</param>
    public static UnsupportedSchedule? Unsupported(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        return Repeating().IsMatch(text) ? UnsupportedSchedule.Repeating
            : FromNow().IsMatch(text) ? UnsupportedSchedule.FromNow
            : AtClockTime().IsMatch(text) ? UnsupportedSchedule.AtClockTime
            : null;
    }

    /// <summary>"every day", "daily", "each week", "كل يوم", "يومياً", "كل اسبوع".</summary>
    [GeneratedRegex(@"\b(?:every|each)\s+(?:day|morning|evening|week|month)\b|\b(?:daily|weekly|monthly)\b|(?:^|\s)(?:كل\s+(?:يوم|صباح|اسبوع|أسبوع|شهر)|يوميا|يومياً|اسبوعيا|أسبوعياً|اسبوعياً)(?:\s|$|[.!?؟،])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Repeating();

    /// <summary>"in 3 days", "in a week", "3 days from now", "بعد ٣ ايام", "بعد يومين", "بعد اسبوع" (not "… before").</summary>
    [GeneratedRegex(@"\bin\s+(?:\d+|a|one|two|three|four|five|six|seven|a\s+few)\s+(?:days?|weeks?|months?)\b(?!\s+(?:before|prior|ahead))|\b(?:\d+|a|one|two|three)\s+(?:days?|weeks?)\s+from\s+now\b|(?:^|\s)بعد\s+(?:\d+\s*(?:ايام|أيام|يوم|اسابيع|أسابيع|اسبوع|أسبوع)|يومين|اسبوع|أسبوع|اسبوعين|أسبوعين)(?:\s|$|[.!?؟،])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex FromNow();

    /// <summary>"at 8pm", "at 20:00", "8 am", "الساعة 8", "الساعه ٨".</summary>
    [GeneratedRegex(@"\bat\s+\d{1,2}(?::\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.|o'?clock)?(?!\s*(?:d|days?|w|weeks?)\b)|\b\d{1,2}(?::\d{2})?\s*(?:am|pm)\b|(?:^|\s)(?:الساعة|الساعه|ساعة|ساعه)\s*\d{1,2}", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex AtClockTime();
}
