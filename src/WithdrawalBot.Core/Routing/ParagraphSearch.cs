using WithdrawalBot.Core.Text;
using System.Text.RegularExpressions;

namespace WithdrawalBot.Core.Routing;

/// <summary>
/// Reads a request to find where the report says something, rather than to be told it: "which paragraph says the deal
/// could be announced this month?", "which paragraph mentions Gaza?", "in which paragraph is the 2,500 figure?", "where
/// does the report mention Iran?", "بأي فقرة ذكر غزة؟", "أي فقرة تقول إن الاتفاق قد يعلن هذا الشهر؟", "شنو تكول الفقرة
/// اللي بيها غزة؟", "وين يذكر التقرير إيران؟", "quote me the paragraph about Erbil", "اقتبس لي الفقرة التي تتحدث عن
/// أربيل". What is looked for is the rest of the message (the topic), which the caller
/// finds among the paragraphs.
/// </summary>
public static partial class ParagraphSearch
{
    /// <summary>
    /// The topic of a "which paragraph …?" request ("Gaza", "the deal could be announced this month"), or <c>null</c> when
    /// the text asks no such thing or names nothing to look for.
    /// </summary>
    /// <param name="text">The message, cleaned for matching.</param>
    public static string? Topic(string? text)
        => TopicOf(Undotted(text), Pattern()) is { } topic && MentionedAtTheEnd().Replace(topic, "") is { Length: > 0 } named ? named : null;

    /// <summary>
    /// The topic of "what does the report say about Iran?" / "what, if anything, does the report say about Iran?" / "does the report mention Tehran?" / "is Washington mentioned?"
    /// / "anything about Israel?" / "شنو يكول التقرير عن اربيل؟" / "اكو شي عن ايران؟" / "any news on Erbil?" / "شكو ماكو بالنسبة لداعش؟" ("Iran", "Washington", "اربيل"), or <c>null</c> when the text asks no such thing. The caller looks it up as a "which
    /// paragraph …?" topic when it only names places, names and numbers; otherwise the question is matched as it is.
    /// </summary>
    /// <param name="text">The message, cleaned for matching.</param>
    public static string? About(string? text) => TopicOf(Undotted(text), AboutPattern());

    /// <summary>The text without Arabic marks ("يُذكر" → "يذكر", <see cref="ArabicLetters.IsMark"/>), which the request patterns do not spell.</summary>
    private static string? Undotted(string? text) => text is null ? null : ArabicLetters.WithoutMarks(text);

    /// <summary>What follows the request <paramref name="pattern"/> reads, without closing punctuation; <c>null</c> when it reads none or nothing follows.</summary>
    private static string? TopicOf(string? text, Regex pattern)
    {
        if (string.IsNullOrWhiteSpace(text) || pattern.Match(text) is not { Success: true } match)
        {
            return null;
        }

        var topic = match.Groups["topic"].Value.Trim().TrimEnd('?', '؟', '.', '!', ' ');
        return topic.Length > 0 ? topic : null;
    }

    [GeneratedRegex(
        @"^\s*(?:"
        + @"(?:what|what's|whats)\s*(?:,?\s*if\s+anything\s*,?\s*)?(?:(?:does|did)\s+)?(?:the\s+)?(?:report|article|story|news)\s+(?:says?|states?|tells?\s+us|mentions?)\s+(?:about|on|regarding)\s+"
        + @"|(?:does|did)\s+(?:the\s+)?(?:report|article|story)\s+mention\s+"
        + @"|(?:(?:is\s+there|was\s+there)\s+)?anything\s+(?:in\s+(?:the\s+)?(?:report|article|story)\s+)?(?:about|on)\s+"
        + @"|(?:does|did)\s+(?:it|the\s+(?:report|article|story))\s+say\s+anything\s+(?:about|on)\s+"
        + @"|(?:اكو|أكو|هل\s+يوجد|يوجد)\s+(?:شي|شيء|اي\s+شي|أي\s+شيء)\s+(?:بالتقرير\s+|في\s+التقرير\s+)?(?:عن|بخصوص|حول)\s+"
        + @"|(?:شنو|ماذا|شو|ايش|إيش)\s+(?:يكول|يقول|يگول|يذكر|ذكر|قال)\s+(?:التقرير|الخبر|المقال)\s+(?:عن|على|بخصوص|حول)\s+"
        + @"|(?:هل\s+)?(?:التقرير|الخبر|المقال)\s+(?:يذكر|ذكر)\s+"
        + @"|(?:any|what's\s+the|whats\s+the|what\s+is\s+the)\s+news\s+(?:on|about|regarding)\s+"
        + @"|(?:شكو\s+ماكو|شنو\s+(?:ال)?[اأ]خبار|شو\s+(?:ال)?[اأ]خبار)\s+(?:بالنسبة\s+(?:ل|الى\s+|إلى\s+)|عن\s+|على\s+|بخصوص\s+|حول\s+)"
        + @"|(?:is|are|was|were)\s+(?=.+\s+(?:mentioned|named)(?:\s+(?:in|by)\s+the\s+(?:report|article|story))?\s*[?.!]*$)"
        + @")(?<topic>.+?)(?:\s+(?:mentioned|named)(?:\s+(?:in|by)\s+the\s+(?:report|article|story))?)?\s*[?.!]*$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.Singleline, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex AboutPattern();

    [GeneratedRegex(
        @"^\s*(?:"
        + @"(?:in\s+|on\s+)?(?:which|what)\s+(?:paragraphs?|para|part(?!\s+of\s+(?!the\s+(?:report|article|story)\b))|section)\s+(?:of\s+the\s+(?:report|article)\s+)?(?:(?:says?|said|states?|stated|mentions?|mentioned|talks?\s+about|is\s+about|covers?|has|contains?|discuss(?:es)?|refers?\s+to|deals?\s+with|gives?|quotes?|is|are|does\s+it\s+say|do\s+they\s+say|does\s+the\s+report\s+(?:say|state|mention))\s+)?(?:that\s+)?"
        + @"|where\s+(?:in\s+the\s+(?:report|article)\s+(?:is|are|does\s+it\s+(?:say|mention))|(?:does|did)\s+(?:the\s+(?:report|article)|it)\s+(?:say|mention|talk\s+about|quote))\s+(?:that\s+)?"
        + @"|(?:ب|في\s+)?(?:اي|أي|ايا|أية|اية|ياتي|ياهي|بيا|بياتها|ياها)\s+(?:ال)?فقر(?:[ةه]|ات)\s+(?:(?:(?:ورد|وردت|يرد|جاء|يجي|اجا)\s+(?:ذكر|فيها|بيها)|ورد|وردت|يرد|جاء|تذكر|تقول|تكول|تحجي\s+عن|تحچي\s+عن|تتحدث\s+عن|تتكلم\s+عن|فيها|بيها|اللي\s+بيها|الي\s+بيها|التي\s+تذكر|التي\s+فيها|اللي\s+تذكر|الي\s+تذكر|ذكرت|ذكر|يذكر|مذكور|مذكورة|ينذكر|انذكر)\s+)?(?:ان\s+|أن\s+|إن\s+)?"
        + @"|(?:شنو|ماذا|شو)\s+(?:تقول|تكول)\s+(?:ال)?فقر(?:[ةه]|ات)\s+(?:اللي|الي|التي)\s+(?:بيها|فيها|تذكر|تحجي\s+عن)\s+"
        + @"|(?:وين|أين|اين)\s+(?:يذكر|ذكر|يقول|يكول|يحجي\s+عن)\s+(?:التقرير|الخبر|المقال)\s+(?:ان\s+|أن\s+|إن\s+)?"
        + @"|(?:وين|أين|اين)\s+(?:مكتوب|مذكور|مذكورة|انذكر|انذكرت|ذكرت|ينذكر)\s+"
        + @"|where\s+(?:is|are|was|were)\s+(?=.+\s+(?:mentioned|named)\s*[?.!]*$)"
        + @"|(?:(?:please\s+)?(?:quote|show|give)\s+(?:me\s+)?|(?:what\s+does\s+|what\s+is\s+))?the\s+(?:paragraphs?|para|part|passage)\s+(?:that\s+|which\s+)?(?:about|on|mentioning|that\s+mentions|which\s+mentions|talking\s+about|that\s+talks\s+about|which\s+talks\s+about)\s+"
        + @"|(?:(?:اقتبس|انقل|اعطني|اعطيني|هات)\s+(?:لي\s+|لنا\s+)?|(?:ما|شنو|ماهي|ما\s+هي)\s+)?(?:ال)?فقر(?:[ةه]|ات)\s+(?:التي|اللي|الي)\s+(?:تذكر|تتحدث\s+عن|تتكلم\s+عن|تحجي\s+عن|تحچي\s+عن|فيها|بيها)\s+"
        + @")(?<topic>.+)$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.Singleline, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Pattern();

    /// <summary>"mentioned" closing "where is Sudani mentioned?": not part of the topic.</summary>
    [GeneratedRegex(@"\s+(?:mentioned|named)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex MentionedAtTheEnd();
}
