using System.Text.RegularExpressions;
using WithdrawalBot.Core.Text;

namespace WithdrawalBot.Core.Routing;

/// <summary>
/// Reads a request for one paragraph of the report by its number: "what does paragraph 13 say?", "para 2", "¶18",
/// "شنو تقول الفقرة 18؟", "الفقره رقم ١٣". The number is what the citations show; it may also be written out, up to
/// twenty-four, in English ("paragraph three", "the third paragraph") and Arabic ("الفقرة الثالثة", "الفقرة ثلاثة",
/// "الفقرة الرابعة عشرة", "الفقرة الرابعة والعشرون"), and "the last paragraph", "the final paragraph", "الفقرة الأخيرة",
/// "آخر فقرة" ask for the article's last one. A number that is not a whole positive one ("paragraph 1e3", "paragraph 13.5",
/// "paragraph -1") reads as 0, which no paragraph has, so the caller says how many there are instead of quoting ¶1 or ¶13.
/// </summary>
public static partial class ParagraphRequest
{
    /// <summary>
    /// The paragraph number asked for (any size, capped at 100,000; 0 for a negative, decimal or exponent number; the
    /// caller checks the range), or <c>null</c> when the text asks for none.
    /// </summary>
    /// <param name="text">The message, cleaned for matching.</param>
    /// <param name="paragraphCount">How many paragraphs the article has: the number of "the last paragraph".</param>
    public static int? Read(string? text, int paragraphCount)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        if (Pattern().Match(text) is not { Success: true } match)
        {
            return Last().IsMatch(text) ? paragraphCount : WrittenOut(text);
        }

        if (match.Groups["sign"].Success || match.Groups["fraction"].Success)
        {
            return 0;
        }

        var number = 0;
        foreach (var digit in match.Groups["number"].ValueSpan)
        {
            number = Math.Min((number * 10) + (int)char.GetNumericValue(digit), 100_000);
        }

        return number;
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

    private static readonly string[] ArabicCardinals = ["واحد", "اثنين", "ثلاثه", "اربعه", "خمسه", "سته", "سبعه", "ثمانيه", "تسعه", "عشره"];

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

        return WordBefore().Match(text) is { Success: true } before ? Position(EnglishOrdinals, Fold(before.Groups["word"].Value)) : null;
    }

    /// <summary>The number a written-out word (and the word after it, for compounds) stands for; <c>null</c> for none.</summary>
    private static int? Number(string word, string next)
    {
        if (next.Length > 0 && (Position(EnglishCardinals, word + "-" + next) ?? Position(EnglishOrdinals, word + "-" + next)) is { } english)
        {
            return english;
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

    [GeneratedRegex(@"(?:\bparagraphs?|\bparas?|\bفقر[ةه]|\bالفقر[ةه]|\bبالفقر[ةه])\s+(?:رقم\s+|no\.?\s+|number\s+)?(?<word>\w+)(?:[- ](?<next>\w+))?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 2000)]
    private static partial Regex WordAfter();

    [GeneratedRegex(@"\b(?<word>twenty[- ]\w+|\w+)\s+(?:paragraph|para)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 2000)]
    private static partial Regex WordBefore();

    /// <summary>"the last paragraph", "final para", "الفقرة الأخيرة", "الفقره الاخيره", "آخر فقرة", "اخر فقره".</summary>
    [GeneratedRegex(@"(?<!\bto[\s-])\b(?:last|final|closing|concluding)\s+(?:paragraph|para)\b|(?:\bالفقر[ةه]|\bبالفقر[ةه]|\bفقر[ةه])\s+(?:ال)?[اأ]خير[ةه]?\b|(?<!\w)[اآأ]خر\s+(?:فقر[ةه]|الفقرات)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 2000)]
    private static partial Regex Last();

    /// <summary>
    /// "paragraph 13", "¶18", "الفقرة ١٣"; a sign before the number ("paragraph -1") or a fraction or exponent after it
    /// ("paragraph 13.5", "paragraph 1e3", "الفقرة ١٣٫٥") is captured so the request reads as no paragraph.
    /// </summary>
    [GeneratedRegex(@"(?:\bparagraphs?|\bparas?|¶|\bفقر[ةه]|\bالفقر[ةه]|\bبالفقر[ةه])\s*(?:رقم|no\.?|number|#)?\s*(?<sign>[-−–]\s*)?(?<number>[0-9٠-٩]+)(?<fraction>[.٫][0-9٠-٩]+|e[-+]?[0-9]+)?(?![0-9٠-٩])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 2000)]
    private static partial Regex Pattern();
}
