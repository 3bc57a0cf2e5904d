using System.Text.RegularExpressions;

namespace WithdrawalBot.Core.Routing;

/// <summary>
/// Reads a request for one paragraph of the report by its number: "what does paragraph 13 say?", "para 2", "¶18",
/// "شنو تقول الفقرة 18؟", "الفقره رقم ١٣". The number is what the citations show.
/// </summary>
public static partial class ParagraphRequest
{
    /// <summary>The paragraph number asked for (any size; the caller checks the range), or <c>null</c> when the text asks for none.</summary>
    /// <param name="text">The message, cleaned for matching.</param>
    public static int? Read(string? text)
    {
        if (string.IsNullOrEmpty(text) || Pattern().Match(text) is not { Success: true } match)
        {
            return null;
        }

        var number = 0;
        foreach (var digit in match.Groups["number"].ValueSpan)
        {
            number = Math.Min((number * 10) + (int)char.GetNumericValue(digit), 100_000);
        }

        return number;
    }

    [GeneratedRegex(@"(?:\bparagraphs?|\bparas?|¶|\bفقر[ةه]|\bالفقر[ةه]|\bبالفقر[ةه])\s*(?:رقم|no\.?|number|#)?\s*(?<number>[0-9٠-٩]+)(?![0-9٠-٩])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex Pattern();
}
