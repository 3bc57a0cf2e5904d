using System.Text;
using System.Text.RegularExpressions;

namespace WithdrawalBot.Telegram.Rendering;

/// <summary>
/// Splits plain text into pieces whose escaped length fits a budget: between sentences (after . ! ? ؟ … or a line
/// break) when it can, else between words, else between characters (never inside a surrogate pair). Splitting the
/// plain text before escaping means no piece ever ends inside an HTML entity.
/// </summary>
public static partial class TextSplitter
{
    /// <summary>Splits <paramref name="text"/> so that <paramref name="escape"/>(piece).Length ≤ <paramref name="budget"/> for every piece.</summary>
    /// <param name="text">Plain text.</param>
    /// <param name="budget">The longest escaped piece, in characters; at least 8.</param>
    /// <param name="escape">The escaping the pieces will get.</param>
    /// <returns>The pieces in order, trimmed; one piece when the text fits; never empty.</returns>
    public static IReadOnlyList<string> Split(string text, int budget, Func<string, string> escape)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(escape);
        ArgumentOutOfRangeException.ThrowIfLessThan(budget, 8);
        if (escape(text).Length <= budget)
        {
            return [text];
        }

        var pieces = new List<string>();
        Pack(SentenceEnd().Split(text), budget, escape, pieces, level: 0);
        return pieces.Count == 0 ? [""] : pieces;
    }

    private static void Pack(IEnumerable<string> units, int budget, Func<string, string> escape, List<string> pieces, int level)
    {
        var current = new StringBuilder();
        var currentLength = 0;
        foreach (var unit in units.Where(u => u.Length > 0))
        {
            var unitLength = escape(unit).Length;
            if (currentLength + unitLength <= budget)
            {
                current.Append(unit);
                currentLength += unitLength;
                continue;
            }

            Flush(current, pieces);
            currentLength = 0;
            if (escape(unit.Trim()).Length <= budget)
            {
                current.Append(unit);
                currentLength = unitLength;
            }
            else if (level == 0)
            {
                Pack(WordEnd().Split(unit), budget, escape, pieces, level: 1);
            }
            else
            {
                Pack(Characters(unit), budget, escape, pieces, level: 2);
            }
        }

        Flush(current, pieces);
    }

    private static void Flush(StringBuilder piece, List<string> pieces)
    {
        var text = piece.ToString().Trim();
        if (text.Length > 0)
        {
            pieces.Add(text);
        }

        piece.Clear();
    }

    private static IEnumerable<string> Characters(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            yield return char.IsHighSurrogate(text[i]) && i + 1 < text.Length ? text.Substring(i++, 2) : text[i].ToString();
        }
    }

    /// <summary>Splits after sentence punctuation followed by white space, and after line breaks, keeping both with the sentence.</summary>
    [GeneratedRegex(@"(?<=[.!?؟…。]+[\)\]""'»”]*\s+|\n)")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"(?<=\s)")]
    private static partial Regex WordEnd();
}
