using System.Globalization;

namespace WithdrawalBot.Core.Text;

/// <summary>
/// Prepares user text for matching only (replies always show the original): keeps the first
/// <see cref="MaxMatchLength"/> characters, and turns control, format (bidi marks, zero-width joiners),
/// emoji and other symbol characters into spaces.
/// </summary>
public static class TextCleaner
{
    /// <summary>How many characters of a message are matched at most (a 100 KB paste costs the same as a long question).</summary>
    public const int MaxMatchLength = 1000;

    /// <summary>The text to match: at most <see cref="MaxMatchLength"/> characters with noise characters replaced by spaces.</summary>
    public static string ForMatching(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var length = Math.Min(text.Length, MaxMatchLength);
        return string.Create(length, text, static (span, source) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                var c = source[i];
                span[i] = IsNoise(c) ? ' ' : c;
            }
        });
    }

    /// <summary>Whether the text has anything to match: a letter or a digit outside noise characters.</summary>
    public static bool HasContent(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c) && !IsNoise(c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsNoise(char c)
    {
        if (c < 0x80)
        {
            return c < 0x20 || c == 0x7F;
        }

        return char.GetUnicodeCategory(c) switch
        {
            UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse
                or UnicodeCategory.OtherSymbol or UnicodeCategory.ModifierSymbol or UnicodeCategory.OtherNotAssigned
                or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator or UnicodeCategory.EnclosingMark => true,
            _ => false,
        };
    }
}
