using System.Globalization;
using System.Text.RegularExpressions;

namespace WithdrawalBot.Telegram.Tests.EndToEnd;

/// <summary>
/// Reads the paragraph numbers a sent message cites, the way a reader would: every number after "paragraph",
/// "paragraphs", "الفقرة", "الفقرتان" or "الفقرات" ("paragraphs 2 and 18", "الفقرتان 2 و18").
/// </summary>
public static partial class CitedParagraphs
{
    /// <summary>The cited paragraph numbers, distinct, ascending; empty when the text cites none.</summary>
    public static IReadOnlyList<int> In(string text) =>
        [.. Citation().Matches(text)
            .SelectMany(m => Number().Matches(m.Groups[1].Value))
            .Select(n => int.Parse(n.Value, CultureInfo.InvariantCulture))
            .Distinct()
            .Order()];

    [GeneratedRegex(@"(?:\bparagraphs?|الفقرة|الفقرتان|الفقرات)\s+(\d+(?:(?:\s*,\s*|\s+and\s+|\s+و\s*)\d+)*)")]
    private static partial Regex Citation();

    [GeneratedRegex(@"\d+")]
    private static partial Regex Number();
}
