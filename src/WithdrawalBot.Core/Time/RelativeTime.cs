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
    private static readonly CultureInfo Arabic = CultureInfo.GetCultureInfo("ar");
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
        var culture = language == Language.Arabic ? Arabic : English;
        var words = distance.Humanize(precision: 1, culture: culture, maxUnit: unit, minUnit: TimeUnit.Day);
        var future = span > TimeSpan.Zero;
        return (language, future) switch
        {
            (Language.Arabic, true) => $"بعد نحو {words}",
            (Language.Arabic, false) => $"قبل نحو {words}",
            (_, true) => $"in about {words}",
            _ => $"about {words} ago",
        };
    }
}
