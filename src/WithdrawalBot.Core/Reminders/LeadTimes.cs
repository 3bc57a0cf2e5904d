using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using WithdrawalBot.Core.Languages;

namespace WithdrawalBot.Core.Reminders;

/// <summary>
/// Lead times: how many days before a milestone's reference day a reminder comes. Typed as <c>7d</c>,
/// <c>7</c>, <c>7days</c>, <c>٧ي</c> or <c>7 ايام</c>; <c>0d</c>, <c>day</c>, <c>today</c> or <c>اليوم</c> for the day itself.
/// </summary>
public static partial class LeadTimes
{
    /// <summary>The largest lead time, in days.</summary>
    public const int MaxDays = 365;

    /// <summary>The most lead times one subscription may have.</summary>
    public const int MaxCount = 8;

    /// <summary>30 days, 7 days, 1 day and the day itself.</summary>
    public static IReadOnlyList<int> Default { get; } = [30, 7, 1, 0];

    /// <summary>Parses one token (Arabic-Indic digits allowed); <c>null</c> when it is not a lead time or is out of 0–<see cref="MaxDays"/>.</summary>
    public static int? ParseToken(string token) => ReadDays(token) is int days && days <= MaxDays ? days : null;

    /// <summary>
    /// The number of days a token is written as, whether or not it is allowed (so "400d" reads as 400, to say that is
    /// too far ahead rather than unreadable); <c>null</c> when it does not read as days at all.
    /// </summary>
    public static int? ReadDays(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        var text = NormalizeDigits(token.Trim()).ToLowerInvariant();
        if (text is "day" or "today" or "sameday" or "same-day" or "اليوم" or "يومها")
        {
            return 0;
        }

        var match = TokenPattern().Match(text);
        if (!match.Success || !int.TryParse(match.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var days))
        {
            return null;
        }

        return days;
    }

    /// <summary>
    /// Parses lead times from tokens. Units written as a separate word (<c>7 days</c>, <c>٧ ايام</c>) are accepted.
    /// </summary>
    /// <returns>Distinct days, descending, or the first token that is not a lead time.</returns>
    public static (IReadOnlyList<int> Days, string? Invalid) Parse(IEnumerable<string> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var days = new SortedSet<int>(Comparer<int>.Create((a, b) => b.CompareTo(a)));
        var afterBareNumber = false;
        foreach (var token in tokens)
        {
            // "7 days": the unit after a bare number belongs to it; "day" on its own means the day itself.
            if (afterBareNumber && UnitWords.Contains(NormalizeDigits(token).ToLowerInvariant()))
            {
                afterBareNumber = false;
                continue;
            }

            if (ParseToken(token) is not int value)
            {
                return ([], token);
            }

            days.Add(value);
            afterBareNumber = NormalizeDigits(token).All(char.IsAsciiDigit);
        }

        return ([.. days], null);
    }

    /// <summary>One lead time in words: "30 days before", "1 day before", "on the day" / "قبل 30 يوماً", "في اليوم نفسه".</summary>
    public static string Describe(int days, Language language) => (language, days) switch
    {
        (Language.Arabic, 0) => "في اليوم نفسه",
        (Language.Arabic, 1) => "قبل يوم واحد",
        (Language.Arabic, 2) => "قبل يومين",
        (Language.Arabic, <= 10) => $"قبل {days} أيام",
        (Language.Arabic, _) => $"قبل {days} يوماً",
        (_, 0) => "on the day",
        (_, 1) => "1 day before",
        _ => $"{days} days before",
    };

    /// <summary>All lead times in words, joined: "30 days before, 7 days before, 1 day before and on the day".</summary>
    public static string Describe(IReadOnlyList<int> days, Language language)
    {
        ArgumentNullException.ThrowIfNull(days);
        var parts = days.Select(d => Describe(d, language)).ToList();
        if (parts.Count <= 1)
        {
            return parts.FirstOrDefault() ?? "";
        }

        var and = language == Language.Arabic ? " و" : " and ";
        return string.Join(language == Language.Arabic ? "، " : ", ", parts.Take(parts.Count - 1)) + and + parts[^1];
    }

    /// <summary>The lead times as a command would take them: "30d 7d 1d 0d".</summary>
    public static string ToCommandText(IReadOnlyList<int> days) => string.Join(' ', days.Select(d => d.ToString(CultureInfo.InvariantCulture) + "d"));

    private static string NormalizeDigits(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                >= '\u0660' and <= '\u0669' => (char)('0' + (c - '\u0660')),
                >= '\u06F0' and <= '\u06F9' => (char)('0' + (c - '\u06F0')),
                _ => c,
            });
        }

        return builder.ToString();
    }

    private static readonly HashSet<string> UnitWords = new(StringComparer.Ordinal)
    {
        "d", "day", "days", "ي", "يوم", "يوما", "يوماً", "ايام", "أيام", "يومين",
    };

    [GeneratedRegex(@"^(\d{1,9})\s*(d|day|days|ي|يوم|يوما|يوماً|ايام|أيام)?$", RegexOptions.CultureInvariant)]
    private static partial Regex TokenPattern();
}
