using System.Globalization;
using System.Text.RegularExpressions;

namespace WithdrawalBot.Core.Text;

/// <summary>
/// Writes out a month given as a number with its year ("9/2025", "09/25", "١١/٢٠٢٥", "12-2026") as the month's name
/// ("September 2025", "أيلول 2025"), as the report names its months: read as a figure, the month number is one the report
/// never writes, and the question sinks. Only months 1–12 before a year of 2020–2029 written after a slash, a dash or a
/// dot (of four digits after a dash or a dot: "10-20 soldiers" is no date); "3/4 of the troops" and "2500/900" are left alone.
/// </summary>
public static partial class NumericMonths
{
    private static readonly string[] English =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    /// <summary>The months as the report names them (Levantine names: "أيلول", "تشرين الأول").</summary>
    private static readonly string[] Arabic =
        ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول"];

    /// <summary>A month number, then a year: after a slash of two or four digits ("09/25", "9/2025"), after a dash or a dot of four ("12-2026").</summary>
    [GeneratedRegex(@"(?<![\d/.\-])(\d{1,2})\s?(?:/\s?(?<year>(?:20)?2\d)|[.\-]\s?(?<year>202\d))(?![\d/.\-])", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex MonthAndYear();

    /// <summary>
    /// <paramref name="text"/> with each month written as a number before its year written out as its name, in Arabic when
    /// the text has an Arabic letter, else in English, and the year in four digits; digits in ASCII when the text has a
    /// slash, a dash or a dot, else the text itself.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <c>null</c>.</exception>
    public static string WithMonthsWritten(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.AsSpan().ContainsAny('/', '-', '.'))
        {
            return text;
        }

        var names = text.Any(ArabicLetters.IsArabicLetter) ? Arabic : English;
        return MonthAndYear().Replace(ArabicLetters.WithWesternDigits(text), match =>
        {
            var month = int.Parse(match.Groups[1].ValueSpan, CultureInfo.InvariantCulture);
            var year = int.Parse(match.Groups["year"].ValueSpan, CultureInfo.InvariantCulture);
            return month is >= 1 and <= 12 ? $"{names[month - 1]} {(year < 100 ? 2000 + year : year)}" : match.Value;
        });
    }
}
