using System.Text.RegularExpressions;
using WithdrawalBot.Core.Text;

namespace WithdrawalBot.Core.Routing;

/// <summary>
/// Reads a request for paragraphs of the report by their numbers: "what does paragraph 13 say?", "para 2", "para17",
/// "p17", "p 17", "¶18", "شنو تقول الفقرة 18؟", "الفقره رقم ١٣", "ف17". The number is what the citations show; it may also
/// be written out, up to twenty-four, in English ("paragraph three", "the third paragraph") and Arabic ("الفقرة الثالثة",
/// "الفقرة ثلاثة", "الفقرة الرابعة عشرة", "الفقرة الرابعة والعشرون"), and "the last paragraph", "the final paragraph",
/// "الفقرة الأخيرة", "آخر فقرة" ask for the article's last one. Several paragraphs may be asked at once: a list ("paragraphs
/// 2 and 18", "Compare paragraph 2 and paragraph 18", "الفقرتين 2 و18", "paragraphs 13,14"), a range ("paragraphs 2-4",
/// "paragraphs 2 to 4", "الفقرات من 2 الى 4"), or the last or first few ("the last paragraphs" and "آخر الفقرات" are the
/// last two, "last three paragraphs", "آخر فقرتين", "الفقرتين الأخيرتين", "the first two paragraphs"). A number that is not
/// a whole positive one ("paragraph 1e3", "paragraph 13.5", "paragraph -1") reads as 0, which no paragraph has, so the
/// caller says how many there are instead of quoting ¶1 or ¶13. The short forms "p" and "ف" take one or two digits only
/// ("p 2026" is no paragraph).
/// </summary>
public static partial class ParagraphRequest
{
    /// <summary>Most paragraph numbers one request yields (a range "paragraphs 1-100000" stops there).</summary>
    public const int MaxNumbers = 100;

    /// <summary>The cap on a paragraph number: "paragraph 99999999" reads as this (no paragraph has it).</summary>
    public const int MaxNumber = 100_000;

    /// <summary>How many paragraphs "the last paragraphs" / "آخر الفقرات" (no count given) stands for.</summary>
    public const int FewParagraphs = 2;

    /// <summary>
    /// The first paragraph number asked for (any size, capped at 100,000; 0 for a negative, decimal or exponent number; the
    /// caller checks the range), or <c>null</c> when the text asks for none. See <see cref="ReadAll"/> for every number asked.
    /// </summary>
    /// <param name="text">The message, cleaned for matching.</param>
    /// <param name="paragraphCount">How many paragraphs the article has: the number of "the last paragraph".</param>
    public static int? Read(string? text, int paragraphCount) =>
        ReadAll(text, paragraphCount) is [var first, ..] ? first : null;

    /// <summary>
    /// The paragraph a short follow-up to a paragraph look-up asks for, relative to the paragraphs just quoted
    /// (<paramref name="quoted"/>, numbered from 1): "and the last one?" / "والأخيرة؟" the article's last, "the first one?" /
    /// "والأولى؟" its first, "the next one?" / "واللي بعدها؟" the one after the last quoted, "the one before?" / "واللي
    /// قبلها؟" the one before the first quoted (0 before the first, one past the last after it); an empty list for any other text.
    /// </summary>
    /// <param name="text">The message, cleaned for matching.</param>
    /// <param name="quoted">The paragraphs the last reply quoted whole, at least one.</param>
    /// <param name="paragraphCount">How many paragraphs the article has.</param>
    public static IReadOnlyList<int> ReadRelative(string? text, IReadOnlyList<int> quoted, int paragraphCount)
    {
        ArgumentNullException.ThrowIfNull(quoted);
        if (string.IsNullOrEmpty(text) || quoted.Count == 0 || Relative().Match(text) is not { Success: true } match)
        {
            return [];
        }

        var number = match.Groups["last"].Success ? paragraphCount
            : match.Groups["first"].Success ? 1
            : match.Groups["next"].Success ? quoted.Max() + 1
            : quoted.Min() - 1;
        // Before the first or after the last: that number, which the reply names as not in the report ("it has 24 paragraphs").
        return [number];
    }

    /// <summary>
    /// "and the last one?", "what about the first one", "the next one?", "the one before?", "and the previous one?", "والأخيرة؟",
    /// "والاولى؟", "واللي بعدها؟", "والتالية؟", "واللي قبلها؟", "والسابقة؟": a whole message of nothing else.
    /// </summary>
    [GeneratedRegex(@"^\s*(?:(?:and|so|ok|what\s+about|how\s+about)\s+)*(?:the\s+)?(?:(?<last>last|final)|(?<first>first)|(?<next>next|following)|(?<before>previous|preceding))\s+(?:one|paragraph|para)\s*[?؟.!]*\s*$"
        + @"|^\s*(?:(?:and|so|ok|what\s+about|how\s+about)\s+)*the\s+(?:one\s+|paragraph\s+)?(?:(?<next>after)|(?<before>before))(?:\s+(?:it|that))?\s*[?؟.!]*\s*$"
        + @"|^\s*(?:زين\s+)?و?(?:(?<last>ال[اأ]خير[ةه]|[اآأ]خر\s+وحد[ةه])|(?<first>ال[اأ]ول[ىي]|[اأ]ول\s+وحد[ةه])|(?<next>(?:اللي|الي|التي)\s+بعدها|التالي[ةه])|(?<before>(?:اللي|الي|التي)\s+قبلها|السابق[ةه]))\s*[?؟.!]*\s*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Relative();

    /// <summary>
    /// Every paragraph number asked for, in the order asked, each once (at most <see cref="MaxNumbers"/>; each capped at
    /// 100,000; 0 for a negative, decimal or exponent number; the caller checks the range), or an empty list when the text
    /// asks for none. "the last paragraphs" with no count gives the last <see cref="FewParagraphs"/>.
    /// </summary>
    /// <param name="text">The message, cleaned for matching.</param>
    /// <param name="paragraphCount">How many paragraphs the article has: the numbers of "the last paragraph(s)".</param>
    public static IReadOnlyList<int> ReadAll(string? text, int paragraphCount)
    {
        if (string.IsNullOrEmpty(text))
        {
            return [];
        }

        // Most messages name no paragraph: no list and no match collection for them (this runs on every message).
        List<int>? numbers = null;
        for (var match = Pattern().Match(text); match.Success; match = match.NextMatch())
        {
            AddNumbers(match, numbers ??= []);
        }

        if (numbers is { Count: > 0 })
        {
            return [.. numbers.Distinct().Take(MaxNumbers)];
        }

        if (FewAtAnEnd(text, paragraphCount) is { Count: > 0 } few)
        {
            return few;
        }

        if (BeforeLast().Match(text) is { Success: true } beforeLast)
        {
            // "the second-to-last paragraph" is one before the last; "the third-to-last paragraph" two before it.
            var back = Position(EnglishOrdinals, beforeLast.Groups["nth"].Value.ToLowerInvariant()) ?? DigitOrdinal(beforeLast.Groups["nth"].Value) ?? 2;
            return [Math.Max(paragraphCount - back + 1, 0)];
        }

        if (Last().IsMatch(text))
        {
            return [paragraphCount];
        }

        return WrittenOut(text) is { } number ? [number] : [];
    }

    /// <summary>
    /// The numbers of one "paragraph 2", "paragraphs 2 and 18", "paragraphs 2-4" or "p17" match, added to
    /// <paramref name="numbers"/>: 0 alone for a signed or fractional first number; a range's numbers in order.
    /// </summary>
    private static void AddNumbers(Match match, List<int> numbers)
    {
        if (match.Groups["sign"].Success || match.Groups["fraction"].Success)
        {
            numbers.Add(0);
            return;
        }

        var previous = Value(match.Groups["number"].ValueSpan);
        numbers.Add(previous);
        var separators = match.Groups["separator"].Captures;
        var more = match.Groups["more"].Captures;
        for (var i = 0; i < more.Count && numbers.Count < MaxNumbers; i++)
        {
            var next = Value(more[i].ValueSpan);
            var from = IsRange(separators[i].Value) && next > previous ? previous + 1 : next;
            for (var number = from; number <= next && numbers.Count < MaxNumbers; number++)
            {
                numbers.Add(number);
            }

            previous = next;
        }
    }

    private static int Value(ReadOnlySpan<char> digits)
    {
        var number = 0;
        foreach (var digit in digits)
        {
            number = Math.Min((number * 10) + (int)char.GetNumericValue(digit), MaxNumber);
        }

        return number;
    }

    private static bool IsRange(string separator) => separator.Trim() is "-" or "–" or "—" or "to" or "through" or "thru" or "till" or "until" or "الى" or "إلى" or "حتى";

    /// <summary>
    /// "the last paragraphs", "last three paragraphs", "the first 2 paragraphs", "آخر الفقرات", "آخر فقرتين", "الفقرتين
    /// الأخيرتين", "أول ثلاث فقرات": those paragraphs in order (no count: <see cref="FewParagraphs"/>; a count of one or
    /// more than the article has is capped at the article); empty when the text asks for none of these.
    /// </summary>
    private static IReadOnlyList<int> FewAtAnEnd(string text, int paragraphCount)
    {
        if (EndRun().Match(text) is not { Success: true } run)
        {
            return [];
        }

        var countWord = Fold(run.Groups["count"].Value).ToLowerInvariant();
        var count = countWord.Length == 0 || run.Groups["dual"].Success ? FewParagraphs
            : countWord.All(char.IsDigit) ? Value(countWord)
            : countWord is "few" ? 3
            : countWord is "couple" or "couple-of" ? 2
            : Position(EnglishCardinals, countWord) ?? Position(ArabicCardinals, countWord) ?? Position(ArabicCounts, countWord) ?? FewParagraphs;
        count = Math.Clamp(count, 1, paragraphCount);
        var first = run.Groups["first"].Success ? 1 : paragraphCount - count + 1;
        return [.. Enumerable.Range(first, count)];
    }

    private static readonly string[] EnglishCardinals =
    [
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
        "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "twenty-one", "twenty-two",
        "twenty-three", "twenty-four",
    ];

    private static readonly string[] EnglishOrdinals =
    [
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
        "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
        "twentieth", "twenty-first", "twenty-second", "twenty-third", "twenty-fourth",
    ];

    // Alef forms folded to ا and ة to ه, as WrittenOut compares them.
    private static readonly string[] ArabicOrdinals = ["الاولي", "الثانيه", "الثالثه", "الرابعه", "الخامسه", "السادسه", "السابعه", "الثامنه", "التاسعه", "العاشره"];

    // Ordinals as they stand before an indefinite noun ("اول فقرة", "ثاني فقرة", "عاشر فقرة"), folded as above.
    private static readonly string[] ArabicOrdinalsBefore = ["اول", "ثاني", "ثالث", "رابع", "خامس", "سادس", "سابع", "ثامن", "تاسع", "عاشر"];

    private static readonly string[] ArabicCardinals = ["واحد", "اثنين", "ثلاثه", "اربعه", "خمسه", "سته", "سبعه", "ثمانيه", "تسعه", "عشره"];

    // The forms a count takes before a plural noun ("ثلاث فقرات", "خمس فقرات"), folded as above.
    private static readonly string[] ArabicCounts = ["واحده", "اثنتين", "ثلاث", "اربع", "خمس", "ست", "سبع", "ثماني", "تسع", "عشر"];

    /// <summary>
    /// The number of "paragraph three", "paragraph twenty-one", "the third paragraph", "الفقرة الثالثة", "الفقرة ثلاثة",
    /// "الفقرة الرابعة عشرة" (14) or "الفقرة الرابعة والعشرون" (24); <c>null</c> when none is written out.
    /// </summary>
    private static int? WrittenOut(string text)
    {
        if (WordAfter().Match(text) is { Success: true } after && Number(Fold(after.Groups["word"].Value), Fold(after.Groups["next"].Value)) is { } number)
        {
            return number;
        }

        if (WordBefore().Match(text) is { Success: true } before
            && (Position(EnglishOrdinals, Fold(before.Groups["word"].Value)) ?? DigitOrdinal(before.Groups["word"].Value)) is { } english)
        {
            return english;
        }

        return ArabicWordBefore().Match(text) is { Success: true } arabic ? Position(ArabicOrdinalsBefore, Fold(arabic.Groups["word"].Value)) : null;
    }

    /// <summary>The number of an English ordinal written in digits ("2nd", "3rd", "21st"); <c>null</c> for any other word.</summary>
    private static int? DigitOrdinal(string word) =>
        word.Length is >= 3 and <= 5 && word[^2..].ToLowerInvariant() is "st" or "nd" or "rd" or "th"
            && !word.AsSpan(0, word.Length - 2).ContainsAnyExceptInRange('0', '9')
            ? Value(word.AsSpan(0, word.Length - 2))
            : null;

    /// <summary>English tens from twenty: "paragraph twenty-five" and "paragraph thirty" name paragraphs the report does not have.</summary>
    private static readonly string[] EnglishTens = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

    /// <summary>The number a written-out word (and the word after it, for compounds) stands for; <c>null</c> for none.</summary>
    private static int? Number(string word, string next)
    {
        if (next.Length > 0 && (Position(EnglishCardinals, word + "-" + next) ?? Position(EnglishOrdinals, word + "-" + next)) is { } english)
        {
            return english;
        }

        if (Position(EnglishTens, word) is { } tens)
        {
            // Past twenty-four: "twenty-five" (25), "thirty" (30), read whole so that no "twenty" alone is quoted.
            return ((tens + 1) * 10) + (Position(EnglishCardinals, next) is { } digit and < 10 ? digit : 0);
        }

        if (next is "hundred" && Position(EnglishCardinals, word) is { } hundreds and < 10)
        {
            return hundreds * 100;
        }

        var arabic = word == "الحاديه" ? 1 : Position(ArabicOrdinals, word) ?? Position(ArabicCardinals, word);
        if (arabic is { } unit && next is "عشر" or "عشره")
        {
            return 10 + unit;
        }

        if (arabic is { } ones && next is "والعشرون" or "والعشرين" or "وعشرون" or "وعشرين")
        {
            return 20 + ones;
        }

        return word is "العشرون" or "العشرين" or "عشرين" ? 20
            : Position(EnglishCardinals, word) ?? Position(EnglishOrdinals, word) ?? arabic;
    }

    private static int? Position(string[] words, string word) => Array.IndexOf(words, word) is >= 0 and var i ? i + 1 : null;

    private static string Fold(string word) => ArabicLetters.FoldSpellings(word).Replace(' ', '-');

    [GeneratedRegex(@"(?:\bparagraphs?|\bparas?|\bفقر[ةه]|\bالفقر[ةه]|\bبالفقر[ةه])\s+(?:رقم\s+|no\.?\s+|number\s+)?(?<word>\w+)(?:[- ](?<next>\w+))?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex WordAfter();

    [GeneratedRegex(@"\b(?<word>twenty[- ]\w+|\w+)\s+(?:paragraph|para)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex WordBefore();

    /// <summary>
    /// "ثاني فقرة", "اول فقرة", "أول فقره", "عاشر فقرة": an Arabic ordinal before the singular noun (<c>word</c>). "اول فقرتين"
    /// and "اول ثلاث فقرات" are runs (<see cref="EndRun"/>); "ثاني اكبر قاعدة" names no paragraph.
    /// </summary>
    [GeneratedRegex(@"(?<!\w)ب?(?<word>[اأإآ]ول|ثاني|ثالث|رابع|خامس|سادس|سابع|ثامن|تاسع|عاشر)\s+فقر[ةه](?!\w)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex ArabicWordBefore();

    /// <summary>
    /// The paragraph before the last: "the penultimate paragraph", "the second-to-last paragraph", "next to last para", "last
    /// but one paragraph", "the paragraph before last", "the paragraph before the last one", "الفقرة قبل الأخيرة", "الفقره ما
    /// قبل الاخيره", "الفقرة اللي قبل الأخيرة", "قبل آخر فقرة". <c>nth</c> holds "third" of "the third-to-last paragraph".
    /// </summary>
    [GeneratedRegex(@"\b(?:penultimate|(?:(?<nth>second|third|fourth|fifth|2nd|3rd|4th|5th)|next)[\s-]+(?:to|from)[\s-]+(?:the[\s-]+)?last|last[\s-]+but[\s-]+one)\s+(?:paragraph|para)\b|\b(?:paragraph|para)\s+(?:(?:just|right)\s+)?before\s+(?:the\s+)?(?:last|final)\b|(?:\bال|\bبال|(?<!\w))فقر[ةه]\s+(?:(?:ما|اللي|الي|التي)\s+|ال)?قبل\s+(?:ال)?[اأ]خير[ةه]?(?!\w)|(?<!\w)(?:ال)?قبل\s+[اآأ]خر\s+فقر[ةه](?!\w)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex BeforeLast();

    /// <summary>"the last paragraph", "final para", "الفقرة الأخيرة", "الفقره الاخيره", "آخر فقرة", "اخر فقره".</summary>
    [GeneratedRegex(@"(?<!\bto[\s-])\b(?:last|final|closing|concluding)\s+(?:paragraph|para)\b|(?:\bالفقر[ةه]|\bبالفقر[ةه]|\bفقر[ةه])\s+(?:ال)?[اأ]خير[ةه]?\b|(?<!\w)[اآأ]خر\s+فقر[ةه]\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Last();

    /// <summary>
    /// "paragraph 13", "¶18", "الفقرة ١٣", "p17", "ف 17", then any further numbers joined by a comma, "and", "&amp;", و or a range
    /// word ("paragraphs 2 and 18", "paragraph 2 and paragraph 18", "الفقرتين 2 و18", "paragraphs 2-4", "الفقرات من 2 الى 4"):
    /// <c>number</c>, then each <c>separator</c> with its <c>more</c>. A sign before the first number ("paragraph -1") or a
    /// fraction or exponent after it ("paragraph 13.5", "paragraph 1e3", "الفقرة ١٣٫٥") is captured so the request reads as no
    /// paragraph.
    /// </summary>
    [GeneratedRegex(@"(?:(?:\bparagraphs?|\bparas?|¶+|\b(?:بال|ال)?فقر[ةه]|\b(?:بال|ال)?فقرت(?:ين|ان)|\b(?:بال|ال)?فقرات)\s*(?:رقم|no\.?|nos\.?|numbers?|#)?\s*(?:من\s*|from\s+)?(?<sign>[-−–]\s*)?(?<number>[0-9٠-٩۰-۹]+)(?<fraction>[.٫][0-9٠-٩۰-۹]+|e[-+]?[0-9]+)?(?![0-9٠-٩۰-۹])|(?<![\w.])(?:pp?|ف)[.-]?\s*(?<number>[0-9٠-٩۰-۹]{1,2})(?![0-9٠-٩۰-۹]|[.٫][0-9٠-٩۰-۹]|\w))(?:\s*(?<separator>,|،|&|\band\b|\bor\b|و|-|–|—|\bto\b|\bthrough\b|\bthru\b|\btill\b|\buntil\b|الى|إلى|حتى)\s*(?:(?:paragraphs?|paras?|¶|pp?\.?|(?:ال)?فقر[ةه])\s*)?(?<more>[0-9٠-٩۰-۹]{1,3})(?![0-9٠-٩۰-۹]|[.٫][0-9٠-٩۰-۹]))*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Pattern();

    /// <summary>
    /// "the last paragraphs", "last two paragraphs", "final 3 paras", "the first two paragraphs", "آخر الفقرات", "آخر
    /// فقرتين", "أول ثلاث فقرات", "الفقرات الأخيرة", "الفقرتين الأخيرتين": <c>first</c> when it is the first ones, the count
    /// in <c>count</c> (none: a few), <c>dual</c> for the Arabic dual (two).
    /// </summary>
    [GeneratedRegex(@"(?<!\bto[\s-])\b(?:(?:last|final|closing|concluding)|(?<first>first|opening))\s+(?:(?<count>\d+|few|couple(?:\s+of)?|two|three|four|five|six|seven|eight|nine|ten)\s+)?(?:paragraphs|paras)\b|(?<!\w)(?:[اآأ]خر|(?<first>[اأ]ول))\s+(?:(?<count>[0-9٠-٩۰-۹]+|\w+)\s+)?(?:الفقرات|فقرات)\b|(?<!\w)(?:[اآأ]خر|(?<first>[اأ]ول))\s+(?<dual>فقرتين|الفقرتين)\b|\b(?:ال)?(?:فقرات\s+(?:ال)?[اأ]خير[ةه]|(?<dual>فقرت(?:ين|ان))\s+(?:ال)?[اأ]خيرت(?:ين|ان))\b|\b(?:ال)?(?:فقرات\s+(?:ال)?[اأ]ولى|(?<dual>فقرت(?:ين|ان))\s+(?:ال)?[اأ]وليين)(?<first>)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex EndRun();
}
