using System.Buffers;
using System.Text.RegularExpressions;
using WithdrawalBot.Core.Languages;
using WithdrawalBot.Core.Text;

namespace WithdrawalBot.Core.Routing;

/// <summary>
/// Reads a reply language named in the message itself ("summarize in arabic", "when do they leave Erbil? answer in
/// English please", "لخصلي بالانكليزي", "شوكت يطلعون باللغة العربية"): the reply is in that language, whatever the
/// question is written in or the chat chose with <c>/lang</c>, and the rest of the message is the question.
/// </summary>
public static partial class RequestedLanguage
{
    /// <summary>
    /// The language named and the message without the words naming it, empty when nothing else is left ("in English
    /// please": the last answer again, in that language); <c>null</c> when the message names no reply language.
    /// </summary>
    /// <param name="text">The message as sent; <c>null</c> reads as naming none.</param>
    public static (Language Language, string Question)? Read(string? text)
    {
        // A long paste is read for the question at its end (Router), which is checked then.
        if (string.IsNullOrWhiteSpace(text) || text.Length > TextCleaner.MaxMatchLength || !text.AsSpan().ContainsAny(LanguageNames)
            || AboutTheSource().IsMatch(text) || Naming().Match(text) is not { Success: true } named)
        {
            return null;
        }

        // "Sorry, in English: what is today's date?": the marks around the words taken out go with them.
        var rest = (text[..named.Index].TrimEnd(' ', ',', '،', '-', ':') + " " + text[(named.Index + named.Length)..].TrimStart(' ', ',', '،', '-', ':')).Trim(' ', ',', '،', '-', ':');
        var language = named.Groups["ar"].Success ? Language.Arabic : Language.English;
        return (language, rest.Any(char.IsLetterOrDigit) && !AsksForTheAnswer().IsMatch(rest) ? rest : "");
    }

    /// <summary>
    /// What is left of "I want the answer in Arabic", "translate that to English", "قلها بالانكليزي", "اريد الجواب بالعربي"
    /// once the language is taken out: a request for the last answer, not a question ("الجواب" alone reads as the US
    /// response to the attacks, ¶12).
    /// </summary>
    [GeneratedRegex(
        @"^\s*(?:(?:i\s+want|i'd\s+like|can\s+you|could\s+you|please|pls)\s+)*(?:translate|say|give|write|repeat|tell|put)?(?:\s*\b(?:it|that|this|me)\b)*(?:\s*\b(?:the|your)\b)?(?:\s*\b(?:answer|reply|response|last\s+answer|quote|quotes|quotation|text|words)\b)?(?:\s+(?:please|pls))?\s*[.!?؟]*\s*$"
        + @"|^\s*(?:(?:اريد|أريد|ابي|أبي|ابغى|بدي|ممكن|رجاء|رجاءً)\s+)?(?:(?:ترجم\S*|قل\S*|قول\S*|كول\S*|گول\S*|عيد\S*|اعد\S*|أعد\S*|اكتب\S*|احجي\S*)\s*)?(?:(?:ال)?(?:جواب|اجاب[ةه]|إجاب[ةه]|رد|كلام)\S*)?\s*[.!?؟]*\s*$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex AsksForTheAnswer();

    /// <summary>The names of the two languages (or their starts) that every message naming one holds; one scan tells most have none.</summary>
    private static readonly SearchValues<string> LanguageNames = SearchValues.Create(
        ["arabic", "english", "عربي", "انكليز", "إنكليز", "انجليز", "إنجليز"], StringComparison.OrdinalIgnoreCase);

    /// <summary>"الخبر بالعربي؟", "هل التقرير بالانكليزي؟": the source's language asked about, not a reply language named.</summary>
    [GeneratedRegex(@"^\s*(?:هل\s+)?(?:الخبر|التقرير|المقال|المصدر)\s+(?:بال|باللغ)\S*(?:\s+\S+)?\s*[؟?]*\s*$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex AboutTheSource();

    /// <summary>The two languages named in Arabic: "بالعربي", "باللغة العربية" (group <c>ar</c>), "بالانكليزي", "باللغة الإنجليزية" (group <c>en</c>).</summary>
    private const string ArabicNames =
        @"(?<ar>بال(?:عربي|عربية|عربيه)|باللغ[ةه]\s+العربي[ةه])|(?<en>بال(?:انكليزي|إنكليزي|انجليزي|إنجليزي|انكليزية|انكليزيه|انجليزية|انجليزيه|إنجليزية)|باللغ[ةه]\s+(?:الانكليزي[ةه]|الإنكليزي[ةه]|الانجليزي[ةه]|الإنجليزي[ةه]))";

    /// <summary>
    /// "(answer / reply / respond / explain / tell me) in Arabic / English (please)", "بالعربي", "بالعربية", "باللغة
    /// العربية", "بالانكليزي", "بالإنجليزية", "باللغة الانجليزية", with "(جاوب / رد / احكي)" before them: at the start or the
    /// end of the message, or just before its question mark ("بالعربي: شوكت يطلعون؟", "ok بالعربي: …"); not after "is", "written", "the report" or "مكتوب", "الخبر",
    /// "اكتب" ("is the article in Arabic?", "شلون اكتب بالعربي؟" ask about the language, not for it).
    /// </summary>
    [GeneratedRegex(
        @"(?:^|[\s,،]+)(?:(?:please\s+|pls\s+)?(?:answer|reply|respond|explain|tell\s+me|say\s+it)\s+)?(?<!\b(?:is|it|was|are|be|written|article|report|news|story|source|published)\s+)in\s+(?:(?<ar>arabic)|(?<en>english))(?:\s+(?:please|pls))?(?=\s*[.!?؟]*\s*$)"
        + @"|^\s*(?:(?:sorry|ok|okay|so|now|and)[\s,.!]+)?(?:(?:please\s+|pls\s+)?(?:answer|reply|respond|explain|tell\s+me)\s+)?in\s+(?:(?<ar>arabic)|(?<en>english))(?:\s+(?:please|pls))?\s*[,،:-]?\s+"
        + @"|\s+(?:in)?to\s+(?:(?<ar>arabic)|(?<en>english))(?:\s+(?:please|pls))?(?=\s*[.!?؟]*\s*$)(?<=\btranslate\b.*)"
        + @"|\s+(?:(?<ar>لل?عربي[ةه]?)|(?<en>لل?(?:انكليزي|إنكليزي|انجليزي|إنجليزي)[ةه]?))(?=\s*[.!?؟]*\s*$)(?<=ترجم.*)"
        + @"|(?:^|[\s,،]+)(?:(?:جاوب(?:ني)?|جاوبني|رد|احجي|احكي|اشرح)\s+)?(?<!(?:مكتوب|مكتوبة|مكتوبه|اكتب|يكتب|منشور)\s+)(?:" + ArabicNames + @")(?:\s+(?:رجاء|رجاءً|لو\s+سمحت|من\s+فضلك))?(?=\s*[.!?؟]*\s*$)"
        + @"|^\s*(?:(?:ok|okay|اوك|أوك|زين|طيب)[\s,،]+)?(?:(?:جاوب(?:ني)?|رد|احجي|احكي|اشرح)\s+)?(?:" + ArabicNames + @")\s*[:،,-]?\s+(?=\S)",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Naming();
}
