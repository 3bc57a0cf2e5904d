using System.Buffers;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace WithdrawalBot.Core.Text;

/// <summary>
/// Prepares user text for matching only (replies always show the original): keeps the first
/// <see cref="MaxMatchLength"/> characters, folds compatibility forms (full-width Latin, Arabic presentation
/// forms), decodes HTML entities, drops links, turns bidi marks and invisible spaces (zero-width space, word joiner,
/// BOM) into spaces, drops the other format characters (the zero-width joiner and non-joiner, which sit inside a word
/// or an emoji, and the soft hyphen) and turns control, emoji and other symbol characters into spaces.
/// </summary>
public static partial class TextCleaner
{
    /// <summary>How many characters of a message are matched at most (a 100 KB paste costs the same as a long question).</summary>
    public const int MaxMatchLength = 1000;

    /// <summary>
    /// The text to match: at most <see cref="MaxMatchLength"/> characters from the first visible one, with bidi marks and invisible spaces
    /// (U+200B, U+2060, U+FEFF…) turned into spaces, the joiners inside words (U+200C, U+200D), the soft hyphen and
    /// terminal escape sequences (ESC [ … letter) dropped so they cannot split a word, as is a zero-width space that would
    /// leave one Arabic letter alone ("ش​كد"), and other noise characters replaced by spaces.
    /// </summary>
    public static string ForMatching(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        // White space and invisible characters before the first visible one do not use up the window.
        var start = 0;
        while (start < text.Length && (char.IsWhiteSpace(text[start]) || IsInvisibleSeparator(text[start]) || char.GetUnicodeCategory(text[start]) == UnicodeCategory.Format))
        {
            start++;
        }

        var source = Unfold(text.Length - start <= MaxMatchLength ? text[start..] : text.Substring(start, MaxMatchLength)).AsSpan();
        Span<char> buffer = source.Length <= 512 ? stackalloc char[source.Length] : new char[source.Length];
        var length = 0;
        for (var i = 0; i < source.Length; i++)
        {
            var c = source[i];
            if (c == '\u001B' && i + 1 < source.Length && source[i + 1] == '[')
            {
                i = EndOfEscapeSequence(source, i + 2);
            }
            else if ((c == '\u200B' && CutsOffALetter(buffer[..length], source[(i + 1)..])) || (IsInvisibleSeparator(c) && JoinsDigits(buffer[..length], source[(i + 1)..])))
            {
                // A zero-width space that leaves one Arabic letter alone is inside a word, a paste's artefact ("ش​كد"); between
                // words it stands for a space ("شكد​جندي"). Between two digits it is inside a number ("20​14", "p1​3").
                continue;
            }
            else if (IsInvisibleSeparator(c))
            {
                buffer[length++] = ' ';
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

    /// <summary>
    /// <paramref name="cleaned"/> with the Persian and Kurdish keyboard's yeh, keheh and ae written as Arabic's (ی → ي,
    /// ک → ك, ە → ه), so that Arabic typed on such a keyboard ("شکد باقی؟", "منو کال؟", "بعدە صحیح؟") reads as the same words typed on an
    /// Arabic one wherever a phrase is looked for. Which language a message is in is read before this
    /// (<see cref="OtherLanguage.Reads"/>): those letters are a sign of Persian or Kurdish.
    /// </summary>
    public static string WithArabicLetters(string cleaned)
    {
        ArgumentNullException.ThrowIfNull(cleaned);
        return cleaned.AsSpan().ContainsAny('\u06CC', '\u06A9', '\u06D5') ? cleaned.Replace('\u06CC', 'ي').Replace('\u06A9', 'ك').Replace('\u06D5', 'ه') : cleaned;
    }

    /// <summary>
    /// <paramref name="text"/> cut to at most <paramref name="maxLength"/> UTF-16 units at a text-element boundary, so an
    /// emoji, a flag or a letter with its accents is never split into "�"; <paramref name="ellipsis"/> is added when it
    /// was cut (and counts towards the length). The text itself when it fits.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxLength"/> is shorter than <paramref name="ellipsis"/>.</exception>
    public static string Cut(string text, int maxLength, string ellipsis = "")
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, ellipsis.Length);
        if (text.Length <= maxLength)
        {
            return text;
        }

        var room = maxLength - ellipsis.Length;
        var end = 0;
        while (end < text.Length)
        {
            var next = end + System.Globalization.StringInfo.GetNextTextElementLength(text, end);
            if (next > room)
            {
                break;
            }

            end = next;
        }

        return text[..end] + ellipsis;
    }

    /// <summary>
    /// Full-width "ＥＲＢＩＬ" and Arabic presentation forms folded to ordinary letters (Unicode NFKC), a letter and a
    /// combining accent typed apart composed into one (NFC: "ho&#x301;w" → "hów"), HTML entities
    /// ("&amp;lt;") decoded, HTML tags ("&lt;b&gt;", and script or style elements with their content) and links (Markdown
    /// links with their text, http://…, www.…, t.me/…), "100%" and the label of a numbered item opening the message ("Claim 1:",
    /// "2)") and the tag of a numbered item closing it ("… (2)", "… #3") removed; the text itself when it has none of these.
    /// </summary>
    private static string Unfold(string text)
    {
        if (text.AsSpan().IndexOfAnyInRange('\uFB50', '\uFFEF') >= 0)
        {
            text = text.Normalize(NormalizationForm.FormKC);
        }
        else if (text.AsSpan().IndexOfAnyInRange('\u0300', '\u036F') >= 0)
        {
            // A Latin letter and its accent typed as two characters ("ho\u0301w", from some keyboards and macOS pastes):
            // composed into one ("hów"), which is read as the letter like any precomposed accent.
            text = text.Normalize(NormalizationForm.FormC);
        }

        if (text.Contains('&', StringComparison.Ordinal))
        {
            text = WebUtility.HtmlDecode(text);
        }

        if (text.Contains('<', StringComparison.Ordinal))
        {
            text = HtmlTag().Replace(text, " ");
        }

        if (text.Contains("](", StringComparison.Ordinal))
        {
            text = MarkdownLink().Replace(text, " ");
        }

        if (text.AsSpan().IndexOfAny('%', '٪') >= 0)
        {
            // "when do they leave iraq 100%?": emphasis ("for sure", "completely"), not a figure claimed.
            text = FullPercent().Replace(text, " ");
        }

        // "3 500" / "3\u00A0500" (a space as thousands separator, as French and many phones write it): one figure, 3500.
        // One scan; the text itself comes back when there is none.
        text = SpacedThousands().Replace(text, "$1$2");

        text = WithoutListLabel(text, keepClaim: true);
        if (text.AsSpan().TrimEnd().TrimEnd(".!?؟ ") is [.., var last] && ItemTagEnds.Contains(last))
        {
            text = ItemTag().Replace(text, "");
        }

        return text.Contains("http", StringComparison.OrdinalIgnoreCase) || text.Contains("www.", StringComparison.OrdinalIgnoreCase) || text.Contains("t.me/", StringComparison.OrdinalIgnoreCase)
            ? Link().Replace(text, " ")
            : text;
    }

    /// <summary>
    /// Characters that are never part of a word, so they separate words: bidi marks, embeddings and isolates
    /// ("متى\u200Fتنسحب"), and the invisible spaces a paste leaves between words ("How\u200Bmany\u200Btroops"): zero-width
    /// space, word joiner, zero-width no-break space (BOM), the invisible operators U+2061–U+2064, the Mongolian vowel
    /// separator and the Hangul fillers. The joiners that shape letters inside a word or an emoji (U+200C ZWNJ, U+200D ZWJ)
    /// and the soft hyphen are not among them: they are dropped, so "ي\u200Cطلعون" stays one word.
    /// </summary>
    private static bool IsInvisibleSeparator(char c) =>
        c is '\u200B' or '\u200E' or '\u200F' or '\u061C' or '\u180E' or '\uFEFF' or '\u115F' or '\u1160' or '\u3164' or '\uFFA0'
            or (>= '\u202A' and <= '\u202E') or (>= '\u2060' and <= '\u2064') or (>= '\u2066' and <= '\u2069');

    /// <summary>Whether an invisible character stands between two digits (ASCII, Arabic-Indic or Persian): inside one number.</summary>
    private static bool JoinsDigits(ReadOnlySpan<char> before, ReadOnlySpan<char> after) =>
        !before.IsEmpty && !after.IsEmpty && char.IsDigit(before[^1]) && char.IsDigit(after[0]);

    /// <summary>Whether a break between <paramref name="before"/> and <paramref name="after"/> would leave a single Arabic letter on either side, between two Arabic letters.</summary>
    private static bool CutsOffALetter(ReadOnlySpan<char> before, ReadOnlySpan<char> after)
    {
        if (before.IsEmpty || after.IsEmpty || !ArabicLetters.IsArabicLetter(before[^1]) || !ArabicLetters.IsArabicLetter(after[0]))
        {
            return false;
        }

        return before.Length == 1 || !ArabicLetters.IsArabicLetter(before[^2]) || after.Length == 1 || !ArabicLetters.IsArabicLetter(after[1]);
    }

    /// <summary>
    /// An HTML tag ("&lt;b&gt;", "&lt;/i&gt;", "&lt;br/&gt;", Telegram's "&lt;tg-spoiler&gt;"), or a script or style element with its
    /// content: markup is not part of the question. Only the names of real HTML elements count: a word put in angle brackets
    /// ("what does the report say about &lt;Pentagon&gt;?") is part of the question.
    /// </summary>
    [GeneratedRegex(@"<(script|style)\b[^>]{0,200}>.{0,2000}?</\1\s*>|</?(?:a|abbr|b|big|blockquote|body|br|button|center|cite|code|del|details|div|em|font|form|h[1-6]|head|hr|html|i|iframe|img|input|ins|kbd|label|li|link|mark|meta|ol|p|pre|q|s|small|span|strike|strong|sub|summary|sup|svg|table|tbody|td|tg-emoji|tg-spoiler|th|thead|title|tr|tt|u|ul)\b[^<>]{0,200}/?>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex HtmlTag();

    /// <summary>
    /// <paramref name="text"/> without the label of a numbered item opening it ("Claim 1: …", "2) …", "سؤال 3: …", "Second
    /// claim: …", "Okay. Claim four: …"): the number of an item in the user's own list, not a figure claimed. The text itself
    /// when it opens with none.
    /// </summary>
    /// <param name="text">Any text.</param>
    /// <param name="keepClaim">
    /// Whether a claim's label ("Claim 1:", "First claim:", "ادعاء 2:") is put as the question it asks instead, "is it true that"
    /// / "صحيح": "Claim four: the announcement was postponed because of the war in Ukraine." is a claim to check.
    /// </param>
    public static string WithoutListLabel(string text, bool keepClaim = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (ListLabel().Match(text) is not { Success: true } label)
        {
            return text;
        }

        var claim = label.Groups["claim"];
        return !keepClaim || !claim.Success ? text[label.Length..]
            : (WordNormalizer.IsArabic(claim.Value) ? "صحيح " : "is it true that ") + text[label.Length..];
    }

    /// <summary>What an item's tag closing a message ends with: ")", "]" or a digit.</summary>
    private static readonly SearchValues<char> ItemTagEnds = SearchValues.Create(")]0123456789٠١٢٣٤٥٦٧٨٩");

    /// <summary>
    /// The tag of an item in the user's own list closing the message: "How many US troops are in Iraq? (2)", "… #3", "… [4]",
    /// "summarize #5"; the number of a question in a list, not a figure asked about. One or two digits only, so a year or a
    /// count ("… in 2014", "… (2500)?") is never taken for one.
    /// </summary>
    [GeneratedRegex(@"(?<=\S)\s*(?:\(\s*[0-9٠-٩]{1,2}\s*\)|\[\s*[0-9٠-٩]{1,2}\s*\]|(?<=\s)#\s?[0-9٠-٩]{1,2})(?=[\s.!?؟]*$)", RegexOptions.CultureInvariant)]
    private static partial Regex ItemTag();

    /// <summary>
    /// A figure of one to three digits, one space (plain, no-break or narrow no-break) and exactly three digits, not
    /// inside a longer run of digits: "3 500 troops", "2 500" (groups <c>$1</c> and <c>$2</c> are the two parts).
    /// </summary>
    [GeneratedRegex(@"(?<![\d.,])(\d{1,3})[ \u00A0\u202F](\d{3})(?![\d.,]?\d)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex SpacedThousands();

    /// <summary>"100%", "100 %", "١٠٠٪": a word of emphasis in chat.</summary>
    [GeneratedRegex(@"(?<![\d.,])(?:100|١٠٠)\s?[%٪]", RegexOptions.CultureInvariant)]
    private static partial Regex FullPercent();

    /// <summary>
    /// The label of an item in a list the user numbers, at the start of the message: "Claim 1:", "claim #2 -", "Q3.", "1)", "2.",
    /// "سؤال 3:", "ادعاء 2:", "٣)"; a claim's label with its number in words or an ordinal, or none, after an "okay." at most:
    /// "Claim four:", "Second claim:", "Claim:", "Okay. First claim:"; with an item number after it: "Claim: 1) …".
    /// </summary>
    [GeneratedRegex(@"^\s*(?:(?:ok(?:ay)?|so|now|next|and|alright)[\s.,!]+)?(?:(?<claim>(?:(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|next|another|last|final|one\s+more)\s+)?(?:claim|rumou?r)|ادعاء|الادعاء|اشاعة|إشاعة)(?:\s*(?:#|no\.?\s*|number\s+|رقم\s*)?(?:[0-9٠-٩]{1,2}|one|two|three|four|five|six|seven|eight|nine|ten))?\s*:(?:\s*[0-9٠-٩]{1,2}\s*[).](?=\s))?"
        + @"|(?:claim|rumou?r|question|statement|point|item|q|سؤال|ادعاء|الادعاء|اشاعة|إشاعة|خبر)\s*(?:#|no\.?\s*|number\s+|رقم\s*)?[0-9٠-٩]{1,2}\s*[:.)\-–]|[0-9٠-٩]{1,2}\s*[).](?=\s+\D))\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ListLabel();

    [GeneratedRegex(@"(?:https?://|www\.|\bt\.me/)\S*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Link();

    /// <summary>A Markdown link, text and target: "[click here](https://…)"; its words are not part of the question.</summary>
    [GeneratedRegex(@"\[[^\]\n]{0,200}\]\([^)\n]{0,2000}\)", RegexOptions.CultureInvariant)]
    private static partial Regex MarkdownLink();

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

    /// <summary>
    /// The text safe to store and show to an operator later (<c>/unanswered</c> in a terminal or a chat): terminal escape
    /// sequences and bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069, which left open would reverse
    /// the rest of the operator's line) dropped, and every control character (bell, NUL, line breaks…) turned into a space;
    /// everything else kept.
    /// </summary>
    public static string Printable(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.AsSpan().ContainsAny(ControlCharacters))
        {
            return text;
        }

        var result = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\u001B' && i + 1 < text.Length && text[i + 1] == '[')
            {
                i = EndOfEscapeSequence(text, i + 2);
            }
            else if (!IsBidiControl(c))
            {
                result.Append(char.IsControl(c) ? ' ' : c);
            }
        }

        return result.ToString();
    }

    private static readonly SearchValues<char> ControlCharacters = SearchValues.Create(
        [.. Enumerable.Range(0, 0x20).Select(i => (char)i), '\u007F', .. Enumerable.Range(0x80, 0x20).Select(i => (char)i),
            .. Enumerable.Range(0x202A, 5).Select(i => (char)i), .. Enumerable.Range(0x2066, 4).Select(i => (char)i)]);

    private static bool IsBidiControl(char c) => c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');

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
