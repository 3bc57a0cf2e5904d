namespace WithdrawalBot.Core.Text;

/// <summary>Character classes of the Arabic script used by the tokenizer and the normalizer.</summary>
internal static class ArabicLetters
{
    /// <summary>An Arabic-script letter (Arabic, Arabic Supplement, presentation forms).</summary>
    public static bool IsArabicLetter(char c) =>
        (c is >= '\u0620' and <= '\u064A') || (c is >= '\u066E' and <= '\u06D3') || c == '\u06D5' || (c is >= '\u06FA' and <= '\u06FF')
        || (c is >= '\u0750' and <= '\u077F') || (c is >= '\uFB50' and <= '\uFDFF' && char.IsLetter(c)) || (c is >= '\uFE70' and <= '\uFEFC');

    /// <summary>A mark written on a letter that matching ignores (harakat, shadda, sukun, superscript alef, Quranic marks).</summary>
    public static bool IsMark(char c) =>
        (c is >= '\u0610' and <= '\u061A') || (c is >= '\u064B' and <= '\u065F') || c == '\u0670' || (c is >= '\u06D6' and <= '\u06ED');

    /// <summary><paramref name="text"/> without its marks (<see cref="IsMark"/>): "يُذكر" → "يذكر"; the text itself when it has none.</summary>
    public static string WithoutMarks(string text)
    {
        var first = 0;
        while (first < text.Length && !IsMark(text[first]))
        {
            first++;
        }

        if (first == text.Length)
        {
            return text;
        }

        var builder = new System.Text.StringBuilder(text, 0, first, text.Length);
        for (var i = first; i < text.Length; i++)
        {
            if (!IsMark(text[i]))
            {
                builder.Append(text[i]);
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// The character with the spellings writers vary made one, as short lookups compare words: a hamza on or under alif,
    /// madda and wasla (أ إ آ ٱ) → ا, ة → ه, ى → ي; other characters in lower case.
    /// </summary>
    public static char FoldSpelling(char c) => c switch
    {
        'أ' or 'إ' or 'آ' or 'ٱ' => 'ا',
        'ة' => 'ه',
        'ى' => 'ي',
        _ => char.ToLowerInvariant(c),
    };

    /// <summary><paramref name="text"/> with <see cref="FoldSpelling"/> applied to every character (same length).</summary>
    public static string FoldSpellings(string text) =>
        string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = FoldSpelling(source[i]);
            }
        });

    /// <summary>An Arabic-Indic (٠–٩) or Persian (۰–۹) digit as the ASCII digit of the same value ("٣" → '3'); any other character as it is.</summary>
    public static char WesternDigit(char c) => DigitValue(c) is var digit and >= 0 ? (char)('0' + digit) : c;

    /// <summary><paramref name="text"/> with every Arabic-Indic or Persian digit as its ASCII digit ("أيلول ٢٠٢٥" → "أيلول 2025").</summary>
    public static string WithWesternDigits(string text) => string.Concat(text.Select(WesternDigit));

    /// <summary>An Arabic-Indic (٠–٩) or Persian (۰–۹) digit, as its value; -1 otherwise.</summary>
    public static int DigitValue(char c) => c switch
    {
        >= '\u0660' and <= '\u0669' => c - '\u0660',
        >= '\u06F0' and <= '\u06F9' => c - '\u06F0',
        >= '0' and <= '9' => c - '0',
        _ => -1,
    };
}
