using Lucene.Net.Analysis.Ar;
using Lucene.Net.Tartarus.Snowball.Ext;

namespace WithdrawalBot.Core.Text;

/// <summary>
/// Splits text into normalized words and stems them, for matching only. Arabic: diacritics and tatweel
/// dropped, أ إ آ ٱ → ا, ى → ي, ة → ه, ؤ → و, ئ → ي, ء dropped, Persian ی ک گ → ي ك ك, Iraqi چ → ج, the spellings أميركي/أمريكي
/// unified (Lucene <see cref="ArabicNormalizer"/> does the core of it). English: lower case, Latin letters without their
/// marks ("Aïn", "Sūdānī", "José"), ʿ and ʾ of transliterations dropped. Digits in any
/// script → 0–9, thousands separators inside numbers dropped. Stemming: Lucene's light <see cref="ArabicStemmer"/>
/// and the Snowball English (Porter2) stemmer.
/// </summary>
public static class WordNormalizer
{
    /// <summary>Longest word kept; longer runs are cut (nothing real is this long, pasted junk is).</summary>
    public const int MaxWordLength = 40;

    private static readonly ArabicNormalizer Normalizer = new();
    private static readonly ArabicStemmer Stemmer = new();

    [ThreadStatic]
    private static EnglishStemmer? englishStemmer;

    private enum CharClass
    {
        Boundary,
        Arabic,
        Latin,
        Digit,
        Skip,
    }

    /// <summary>The normalized words of <paramref name="text"/>, as <see cref="Tokenize(ReadOnlySpan{char}, List{string})"/> appends them.</summary>
    public static List<string> Tokenize(ReadOnlySpan<char> text)
    {
        var words = new List<string>();
        Tokenize(text, words);
        return words;
    }

    /// <summary>
    /// Appends the normalized words of <paramref name="text"/> to <paramref name="words"/>; single letters are dropped,
    /// but Latin initials written with dots are one word ("U.S." → "us", "U.K." → "uk"), and an English negation is
    /// its verb and "not" ("won't" → "will not", "isn't" → "is not"), so "won" and "can" keep their own meaning.
    /// A figure in thousands written with "k" is written out ("3k" → "3000", "2.5k" → "2500"), and so is a decimal one
    /// before a word for thousand ("2.5 thousand", "٢٫٥ ألف", "2.5 k" → "2500"), and "b4" is "before".
    /// </summary>
    public static void Tokenize(ReadOnlySpan<char> text, List<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        Span<char> buffer = stackalloc char[MaxWordLength];
        var length = 0;
        var current = CharClass.Boundary;
        var decimalAt = -1;
        var drawnOut = '\0';
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var kind = Classify(c);
            if (kind == CharClass.Skip)
            {
                continue;
            }

            if (length == 0 && kind is CharClass.Latin or CharClass.Digit && ArabiziWordEnd(text, i) is var end && end > i)
            {
                // "mu7adathat", "3raq", "ytl3oon": one word, not "mu" "7" "adathat" with a figure 7 in the question.
                words.Add(text[i..end].ToString().ToLowerInvariant());
                i = end - 1;
                current = CharClass.Boundary;
                drawnOut = '\0';
                continue;
            }

            if (kind == CharClass.Boundary && current == CharClass.Digit && IsNumberSeparator(c) && i + 1 < text.Length && Classify(text[i + 1]) == CharClass.Digit)
            {
                decimalAt = c is '.' or '\u066B' ? length : -1;
                continue;
            }

            if (current == CharClass.Digit && c is 'k' or 'K' && (i + 1 == text.Length || !char.IsLetter(text[i + 1]))
                && ThousandsWritten(buffer, ref length, decimalAt))
            {
                Flush(buffer, length, current, words);
                length = 0;
                current = CharClass.Boundary;
                continue;
            }

            if (c == '4' && current == CharClass.Latin && length == 1 && buffer[0] == 'b' && (i + 1 == text.Length || !char.IsLetterOrDigit(text[i + 1])))
            {
                // "b4" is "before", not the figure 4 (the lone "b" would be dropped as a single letter).
                words.Add("before");
                length = 0;
                current = CharClass.Boundary;
                continue;
            }

            if (c == '.' && current == CharClass.Latin && IsInitialAt(text, i - 1) && IsInitialAt(text, i + 1))
            {
                continue;
            }

            if (current == CharClass.Latin && length == 1 && buffer[0] == 'i' && IsFirstPersonAt(text, i))
            {
                // "I'm", "I’ve": one word, as "Im" and "Ive" are ("i" and "m" alone would be dropped as single letters),
                // so "I'm a policy analyst" still says who asks.
                continue;
            }

            if (current == CharClass.Latin && IsNegationAt(text, i) && length > 1 && buffer[length - 1] == 'n')
            {
                FlushNegatedVerb(buffer[..(length - 1)], words);
                length = 0;
                current = CharClass.Boundary;
                i++;
                continue;
            }

            if (current == CharClass.Digit && decimalAt >= 0 && kind == CharClass.Boundary && ThousandWordEnd(text, i) is var thousandEnd && thousandEnd > i
                && ThousandsWritten(buffer, ref length, decimalAt))
            {
                // "2.5 thousand", "٢٫٥ ألف", "2.5 k": the decimal figure in thousands written out, as "2.5k" is.
                Flush(buffer, length, current, words);
                length = 0;
                current = CharClass.Boundary;
                i = thousandEnd - 1;
                continue;
            }

            if (kind == CharClass.Digit && current != CharClass.Digit)
            {
                decimalAt = -1;
            }

            if (kind != current && length > 0)
            {
                Flush(buffer, length, current, words);
                length = 0;
            }

            current = kind;
            if (kind != CharClass.Boundary && length < MaxWordLength)
            {
                var mapped = Map(c, kind);
                if (mapped != '\0' && mapped == drawnOut)
                {
                    continue;
                }

                drawnOut = '\0';
                if (mapped != '\0' && kind == CharClass.Arabic && length >= 2 && buffer[length - 1] == mapped && buffer[length - 2] == mapped)
                {
                    // "شكككد", "يطلعووون", "الامريكاااان": an Arabic letter drawn out three times or more is written once
                    // (Arabic writes a doubled letter once, with a shadda, so no word has three in a row).
                    length--;
                    drawnOut = mapped;
                }
                else if (mapped != '\0')
                {
                    buffer[length++] = mapped;
                }
            }
            else
            {
                drawnOut = '\0';
            }
        }

        if (length > 0)
        {
            Flush(buffer, length, current, words);
        }
    }

    /// <summary>
    /// Where the Arabizi word starting at <paramref name="start"/> ends (<see cref="OtherLanguage.IsArabizi"/>: ASCII letters
    /// and a digit written for a letter, "3raq", "mu7adathat", at most one digit first), or <paramref name="start"/> when none
    /// starts there (a figure, "3k", "2nd", "b4", "covid19", or the middle of a word).
    /// </summary>
    private static int ArabiziWordEnd(ReadOnlySpan<char> text, int start)
    {
        if (start > 0 && char.IsAsciiLetterOrDigit(text[start - 1]))
        {
            return start;
        }

        var end = start;
        while (end < text.Length && char.IsAsciiLetterOrDigit(text[end]))
        {
            end++;
        }

        var word = text[start..end];
        var leadingDigits = word.Length - word.TrimStart("0123456789").Length;
        return end - start <= MaxWordLength && leadingDigits <= 1 && (end == text.Length || !char.IsLetter(text[end])) && OtherLanguage.IsArabizi(word)
            ? end
            : start;
    }

    /// <summary>
    /// Writes the thousands of "3k" or "2.5k" out in <paramref name="buffer"/> (the digits read so far, the decimal point
    /// dropped at <paramref name="decimalAt"/>, or -1); false when there are more than three decimals or no room.
    /// </summary>
    private static bool ThousandsWritten(Span<char> buffer, ref int length, int decimalAt)
    {
        var zeros = 3 - (decimalAt < 0 ? 0 : length - decimalAt);
        if (zeros < 0 || length + zeros > buffer.Length)
        {
            return false;
        }

        buffer.Slice(length, zeros).Fill('0');
        length += zeros;
        var leading = 0;
        while (leading < length - 1 && buffer[leading] == '0')
        {
            leading++;
        }

        // "0.9k" is 900, not "0900".
        buffer[leading..length].CopyTo(buffer);
        length -= leading;
        return true;
    }

    /// <summary>Words for "thousand" after a decimal figure ("2.5 thousand", "2.5 ألف", "2.5 k").</summary>
    private static readonly string[] ThousandWords = ["thousand", "thousands", "k", "الف", "ألف", "آلاف", "الاف", "ألاف", "تلاف", "الآف"];

    /// <summary>Where the word for "thousand" after the spaces at <paramref name="at"/> ends; <paramref name="at"/> when none follows.</summary>
    private static int ThousandWordEnd(ReadOnlySpan<char> text, int at)
    {
        var start = at;
        while (start < text.Length && text[start] == ' ')
        {
            start++;
        }

        var end = start;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }

        var word = text[start..end];
        foreach (var thousand in ThousandWords)
        {
            if (word.Equals(thousand, StringComparison.OrdinalIgnoreCase))
            {
                return end;
            }
        }

        return at;
    }

    /// <summary>Whether an apostrophe at <paramref name="at"/> starts the "'t" of a negation ("don't", "won’t").</summary>
    private static bool IsNegationAt(ReadOnlySpan<char> text, int at) =>
        text[at] is '\'' or '\u2019' && at + 1 < text.Length && text[at + 1] is 't' or 'T'
        && (at + 2 >= text.Length || !char.IsLetter(text[at + 2]));

    /// <summary>Whether an apostrophe at <paramref name="at"/> starts the "'m" or "'ve" after "I" ("I'm", "I’ve").</summary>
    private static bool IsFirstPersonAt(ReadOnlySpan<char> text, int at)
    {
        if (text[at] is not ('\'' or '\u2019'))
        {
            return false;
        }

        var rest = text[(at + 1)..];
        var length = rest.StartsWith("m", StringComparison.OrdinalIgnoreCase) ? 1 : rest.StartsWith("ve", StringComparison.OrdinalIgnoreCase) ? 2 : 0;
        return length > 0 && (rest.Length == length || !char.IsLetter(rest[length]));
    }

    /// <summary>Adds the verb of a negation without its "n" ("wo" of "won't" is "will", "ca" of "can't" is "can"), then "not".</summary>
    private static void FlushNegatedVerb(Span<char> verb, List<string> words)
    {
        var word = new string(verb).ToLowerInvariant();
        words.Add(word switch { "wo" => "will", "ca" => "can", "sha" => "shall", _ => word });
        words.Add("not");
    }

    /// <summary>Whether <paramref name="text"/>[<paramref name="at"/>] is a Latin letter standing alone between non-letters or dots ("U" and "S" in "U.S.").</summary>
    private static bool IsInitialAt(ReadOnlySpan<char> text, int at) =>
        at >= 0 && at < text.Length && Classify(text[at]) == CharClass.Latin
        && (at == 0 || Classify(text[at - 1]) != CharClass.Latin)
        && (at + 1 >= text.Length || Classify(text[at + 1]) != CharClass.Latin);

    /// <summary>Whether a normalized word is written in Arabic script.</summary>
    public static bool IsArabic(string word) => word.Length > 0 && ArabicLetters.IsArabicLetter(word[0]);

    /// <summary>The stem of a normalized word (Arabic light stem, English Porter2 stem; numbers unchanged).</summary>
    public static string Stem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.Length < 3 || char.IsAsciiDigit(word[0]))
        {
            return word;
        }

        if (IsArabic(word))
        {
            var chars = word.ToCharArray();
            var length = Stemmer.Stem(chars, chars.Length);
            return length == chars.Length ? word : new string(chars, 0, Math.Max(length, 2));
        }

        var stemmer = englishStemmer ??= new EnglishStemmer();
        stemmer.SetCurrent(word);
        stemmer.Stem();
        return stemmer.Current;
    }

    private static void Flush(Span<char> buffer, int length, CharClass kind, List<string> words)
    {
        if (kind == CharClass.Arabic)
        {
            var chars = buffer[..length].ToArray();
            length = Normalizer.Normalize(chars, length);
            length = UnifySpellings(chars, length);
            if (length > 1)
            {
                words.Add(new string(chars, 0, length));
            }
        }
        else if (length > 1 || kind == CharClass.Digit)
        {
            words.Add(new string(buffer[..length]));
        }
    }

    /// <summary>أميركي and أمريكي are both usual (the article uses both): after normalization "اميرك" becomes "امريك".</summary>
    private static int UnifySpellings(char[] chars, int length)
    {
        var span = chars.AsSpan(0, length);
        var at = span.IndexOf("اميرك".AsSpan());
        if (at >= 0)
        {
            (span[at + 2], span[at + 3]) = (span[at + 3], span[at + 2]);
        }

        return length;
    }

    private static CharClass Classify(char c)
    {
        if (c < 0x80)
        {
            return char.IsAsciiLetter(c) ? CharClass.Latin : char.IsAsciiDigit(c) ? CharClass.Digit : CharClass.Boundary;
        }

        if (ArabicLetters.IsMark(c) || c == '\u0640' || c == '\u200C' || c == '\u200D')
        {
            return CharClass.Skip;
        }

        if (ArabicLetters.DigitValue(c) >= 0)
        {
            return CharClass.Digit;
        }

        if (ArabicLetters.IsArabicLetter(c))
        {
            return CharClass.Arabic;
        }

        return char.IsLetter(c) ? CharClass.Latin : char.IsDigit(c) ? CharClass.Digit : CharClass.Boundary;
    }

    /// <summary>
    /// Latin letters up to U+024F in lower case and without their marks ("Aïn" → "ain", "Sūdānī" → "sudani", "José" →
    /// "jose"), as names are written with or without them; a letter that does not decompose to an ASCII one stays itself.
    /// </summary>
    private static readonly char[] LatinFolds = [.. Enumerable.Range(0, 0x250).Select(i => FoldLatin((char)i))];

    private static char FoldLatin(char c)
    {
        var lower = char.ToLowerInvariant(c);
        if (char.IsAscii(lower) || !char.IsLetter(lower))
        {
            return lower;
        }

        var decomposed = lower.ToString().Normalize(System.Text.NormalizationForm.FormD);
        return char.IsAsciiLetter(decomposed[0]) ? decomposed[0] : lower;
    }

    private static bool IsNumberSeparator(char c) => c is ',' or '.' or '\u066B' or '\u066C' or '\'';

    private static char Map(char c, CharClass kind) => kind switch
    {
        CharClass.Digit => ArabicLetters.WesternDigit(c),
        CharClass.Latin => c < LatinFolds.Length ? LatinFolds[c] : c is '\u02BE' or '\u02BF' ? '\0' : char.ToLowerInvariant(c),
        _ => c switch
        {
            '\u0671' => 'ا', // ٱ alef wasla
            '\u0624' => 'و', // ؤ
            '\u0626' => 'ي', // ئ
            '\u0621' => '\0', // ء standalone hamza
            '\u06CC' or '\u06D0' => 'ي', // Persian yeh
            '\u06A9' or '\u06AF' => 'ك', // Persian keheh, gaf (Iraqi گ)
            '\u0686' => 'ج', // Iraqi چ (چم, حچى): the lexicon writes these with ج
            '\u06A4' => 'ف', // veh
            '\u067E' => 'ب', // peh
            '\u06D5' => 'ه', // ae
            _ => c,
        },
    };
}
