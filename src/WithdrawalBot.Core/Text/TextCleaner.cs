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

    /// <summary>
    /// The text to match: at most <see cref="MaxMatchLength"/> characters, with invisible format characters (zero-width
    /// joiners, bidi marks) and terminal escape sequences (ESC [ … letter) dropped so they cannot split a word, and other
    /// noise characters replaced by spaces.
    /// </summary>
    public static string ForMatching(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var source = text.AsSpan(0, Math.Min(text.Length, MaxMatchLength));
        Span<char> buffer = source.Length <= 512 ? stackalloc char[source.Length] : new char[source.Length];
        var length = 0;
        for (var i = 0; i < source.Length; i++)
        {
            var c = source[i];
            if (c == '\u001B' && i + 1 < source.Length && source[i + 1] == '[')
            {
                i = EndOfEscapeSequence(source, i + 2);
            }
            else if (c >= 0x80 && char.GetUnicodeCategory(c) == UnicodeCategory.Format)
            {
                continue;
            }
            else
            {
                buffer[length++] = IsNoise(c) ? ' ' : c;
            }
        }

        return new string(buffer[..length]);
    }

    /// <summary>The index of the final byte (0x40–0x7E) of an ANSI CSI sequence whose parameters start at <paramref name="start"/>.</summary>
    private static int EndOfEscapeSequence(ReadOnlySpan<char> text, int start)
    {
        var i = start;
        while (i < text.Length && text[i] is >= '\u0020' and <= '\u003F')
        {
            i++;
        }

        return Math.Min(i, text.Length - 1);
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
