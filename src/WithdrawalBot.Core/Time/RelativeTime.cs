using System.Globalization;
using Humanizer;
using WithdrawalBot.Core.Languages;

namespace WithdrawalBot.Core.Time;

/// <summary>
/// Says how far an instant is from now in words ("in about 32 days", "about 14 months ago",
/// "بعد نحو 32 يوماً"), rounded to the nearest day, month or year; English counted nouns through Humanizer.
/// </summary>
public static class RelativeTime
{
    private const double DaysPerMonth = 30.4375;
    private const double DaysPerYear = 365.2425;

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
        var count = RoundedCount(distance, unit);
        var words = language == Language.Arabic
            ? ArabicCount(count, unit)
            : unit.ToString().ToLowerInvariant().ToQuantity(count);
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
    /// The distance in whole <paramref name="unit"/>s, rounded to the nearest (43 hours is "about 2 days", not 1: the
    /// wording says "about"); at least 1. A month is 30.4375 days, a year 365.2425.
    /// </summary>
    private static int RoundedCount(TimeSpan distance, TimeUnit unit)
    {
        var unitDays = unit switch { TimeUnit.Day => 1, TimeUnit.Month => DaysPerMonth, _ => DaysPerYear };
        return (int)Math.Max(1, Math.Round(distance.TotalDays / unitDays, MidpointRounding.AwayFromZero));
    }

    /// <summary>
    /// Arabic counted nouns with the agreement Humanizer's Arabic table lacks ("31 يوم", "14 أشهر"): 1 → "يوم واحد",
    /// 2 → the dual, 3–10 → plural, 11 and above → singular accusative ("31 يوماً", "14 شهراً").
    /// </summary>
    private static string ArabicCount(int count, TimeUnit unit)
    {
        var (one, two, few, many) = unit switch
        {
            TimeUnit.Day => ("يوم واحد", "يومين", "أيام", "يوماً"),
            TimeUnit.Month => ("شهر واحد", "شهرين", "أشهر", "شهراً"),
            _ => ("سنة واحدة", "سنتين", "سنوات", "سنة"),
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
