using System.Globalization;
using Humanizer;
using WithdrawalBot.Core.Languages;

namespace WithdrawalBot.Core.Time;

/// <summary>
/// Says how far an instant is from now in words ("in about 32 days", "about 14 months ago",
/// "بعد نحو 32 يوماً"), through Humanizer's localized time-span wording.
/// </summary>
public static class RelativeTime
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    /// <summary>Words for the distance from <paramref name="now"/> to <paramref name="instant"/>.</summary>
    /// <remarks>Under a day: "today"; under 60 days in days; under two years in months; beyond that in years.</remarks>
    public static string Describe(DateTimeOffset instant, DateTimeOffset now, Language language)
    {
        var span = instant - now;
        var distance = span.Duration();
        if (distance < TimeSpan.FromDays(1))
        {
            return language == Language.Arabic ? "اليوم" : "today";
        }

        var unit = distance < TimeSpan.FromDays(60) ? TimeUnit.Day : distance < TimeSpan.FromDays(730) ? TimeUnit.Month : TimeUnit.Year;
        var words = language == Language.Arabic
            ? ArabicCount(distance, unit)
            : distance.Humanize(precision: 1, culture: English, maxUnit: unit, minUnit: TimeUnit.Day);
        var future = span > TimeSpan.Zero;
        return (language, future) switch
        {
            (Language.Arabic, true) => $"بعد نحو {words}",
            (Language.Arabic, false) => $"قبل نحو {words}",
            (_, true) => $"in about {words}",
            _ => $"about {words} ago",
        };
    }

    /// <summary>
    /// Arabic counted nouns with the agreement Humanizer's Arabic table lacks ("31 يوم", "14 أشهر"): 1 → "يوم واحد",
    /// 2 → the dual, 3–10 → plural, 11 and above → singular accusative ("31 يوماً", "14 شهراً").
    /// Counts are whole units, truncated like Humanizer's (a month is 30.4375 days, a year 365.2425).
    /// </summary>
    private static string ArabicCount(TimeSpan distance, TimeUnit unit)
    {
        var (count, one, two, few, many) = unit switch
        {
            TimeUnit.Day => ((int)distance.TotalDays, "يوم واحد", "يومين", "أيام", "يوماً"),
            TimeUnit.Month => ((int)(distance.TotalDays / 30.4375), "شهر واحد", "شهرين", "أشهر", "شهراً"),
            _ => ((int)(distance.TotalDays / 365.2425), "سنة واحدة", "سنتين", "سنوات", "سنة"),
        };
        return count switch
        {
            <= 1 => one,
            2 => two,
            <= 10 => $"{count} {few}",
            _ => $"{count} {many}",
        };
    }
}
