using WithdrawalBot.Core.Text;
using System.Text.RegularExpressions;

namespace WithdrawalBot.Core.Routing;

/// <summary>
/// Reads the bare follow-ups a reader checking a citation sends after an answer: where it comes from ("which paragraph?",
/// "exact words?", "بأي فقرة؟", "النص الحرفي؟") and who says so ("source?", "المصدر؟"). Said after an answer they are
/// about that answer; the matcher alone reads "which paragraph?" as nothing, "exact words?" as the "exact" date of the
/// announcement (¶7) and "source?" as the bot's own source.
/// </summary>
public static partial class LastReplyRequest
{
    /// <summary>Whether <paramref name="text"/> (cleaned for matching) asks only for the paragraph or the verbatim words behind the last reply.</summary>
    /// <param name="text">The message, cleaned for matching; <c>null</c> reads as not asking.</param>
    public static bool AsksForItsParagraph(string? text) => !string.IsNullOrWhiteSpace(text) && Paragraph().IsMatch(text);

    /// <summary>Whether <paramref name="text"/> (cleaned for matching) asks only "source?": after an answer, whom the report attributes it to.</summary>
    /// <param name="text">The message, cleaned for matching; <c>null</c> reads as not asking.</param>
    public static bool AsksForItsSource(string? text) => !string.IsNullOrWhiteSpace(text) && Source().IsMatch(text);

    /// <summary>
    /// Whether <paramref name="text"/> (cleaned for matching) asks only whether the last reply still holds: "is that still
    /// true?", "is it still accurate?", "still the case?", "has that changed since?", "بعده صحيح؟", "هذا الكلام بعده صحيح لو
    /// تغير؟", "لحد هسه هيچ؟". After an answer, the bot cannot tell how things stand today; it says so, then what the report said.
    /// </summary>
    /// <param name="text">The message, cleaned for matching; <c>null</c> reads as not asking.</param>
    public static bool AsksWhetherItStillHolds(string? text) => !string.IsNullOrWhiteSpace(text) && StillHolds().IsMatch(text);

    /// <summary>
    /// Whether <paramref name="text"/> (cleaned for matching) asks only how long is left: "how long is left?", "how many days
    /// left?", "how much longer?", "شكد باقي؟", "شقد باقي؟" (Mosul), "كم يوم باقي؟", "باقي شكد؟", "يعني شكد يوم؟". After an answer with a date of the plan, it
    /// asks about that date, which the answer gives relative to now; not about the plan's next or last date.
    /// </summary>
    /// <param name="text">The message, cleaned for matching; <c>null</c> reads as not asking.</param>
    public static bool AsksTimeLeft(string? text) => !string.IsNullOrWhiteSpace(text) && TimeLeft().IsMatch(text);

    /// <summary>"how long is left?", "how many days are left?", "how much time until then?", "how much longer?", "شكد باقي؟", "كم يوم باقي عليها؟", "باقي شكد؟".</summary>
    [GeneratedRegex(
        @"^\s*(?:(?:and|ok|so|but)[\s,]+)?(?:how\s+(?:long|much\s+time|many\s+(?:days|weeks|months))\s+(?:is\s+|are\s+)?(?:left|remaining|to\s+go|until\s+(?:then|that|it)|till\s+(?:then|that|it)|from\s+now)|how\s+much\s+longer|(?:time|days)\s+left)\s*[?.!]*\s*$"
        + @"|^\s*و?(?:(?:يعني|طيب|زين)\s+)?(?:(?:شكد|شگد|شقد|كم|قديش|اديش)\s+(?:يوم\s+|يوما\s+|شهر\s+|وقت\s+)?(?:باقي|بقى|بقي|ضل|ظل|متبقي|يتبقى)(?:\s+(?:عليها|عليه|لها|له))?|(?:باقي|بقى)\s+(?:شكد|شگد|شقد|كم)(?:\s+(?:يوم|شهر|وقت))?|(?:شكد|شگد|شقد|كم)\s+(?:يوم|يوما|شهر|اسبوع|أسبوع))\s*[?؟.!]*\s*$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex TimeLeft();

    /// <summary>"is that still true?", "is it still accurate?", "still the case?", "has that changed?", "are those figures still accurate?", "بعده صحيح؟", "هذا الكلام بعده صحيح لو تغير؟".</summary>
    [GeneratedRegex(
        @"^\s*(?:(?:and|ok|so|but)[\s,]+)?(?:(?:is|are)\s+(?:it|that|this|they|those|these|the\s+figures?|the\s+numbers?|that\s+figure|(?:those|these)\s+(?:figures|numbers))\s+)?still\s+(?:true|accurate|correct|valid|right|the\s+case|current|up\s+to\s+date|so)(?:\s+(?:today|now|nowadays))?\s*[?.!]*\s*$"
        + @"|^\s*(?:(?:and|ok|so|but)[\s,]+)?(?:has|have)\s+(?:that|it|this|anything)\s+changed(?:\s+(?:since|since\s+then|now|lately|at\s+all))?\s*[?.!]*\s*$"
        + @"|^\s*و?(?:(?:هذا|هاي|هالكلام|هالحچي|هالحجي|هذا\s+الكلام|الكلام\s+هذا|هذا\s+الحچي)\s+)?(?:بعده|بعدها|لسه|لساته|مازال|ما\s+زال|لا\s+يزال|لحد\s+(?:هسه|الان|الآن|اليوم))\s+(?:صحيح|صح|نفسه|هيچ|هيج|ساري|قائم)(?:\s+لو\s+(?:تغير|لا|اتغير))?\s*[?؟.!]*\s*$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex StillHolds();

    /// <summary>
    /// "which paragraph?", "what para", "paragraph number?", "exact words?", "exact quote?", "verbatim?", "the exact wording",
    /// "quote?", "give me the exact quote", "the verbatim Arabic", "the original Arabic please", "بأي فقرة؟", "وبأي فقرة؟",
    /// "ياتي فقرة؟", "رقم الفقرة؟", "ما الفقرة؟", "ما هي الفقرة؟", "ما رقم الفقرة؟", "النص الحرفي؟", "انطيني النص الأصلي", "بالحرف؟",
    /// "الكلام الحرفي".
    /// </summary>
    [GeneratedRegex(
        @"^\s*(?:(?:and|ok|so)[\s,]+)?(?:(?:can|could|would)\s+(?:you|u)\s+)?(?:please\s+)?(?:(?:give|show|send|paste|share)\s+(?:me|us)\s+)?"
        + @"(?:(?:in\s+|on\s+)?(?:which|what)\s+(?:paragraph|para|part)(?:\s+number)?|paragraph\s+(?:number|no\.?|#)"
        + @"|(?:the\s+|its\s+|that\s+)?(?:exact|verbatim|original)(?:\s+arabic)?\s+(?:words|quote|wording|text|sentence|passage)"
        + @"|(?:the\s+|its\s+)?(?:verbatim|original)\s+arabic|(?:the\s+)?arabic\s+original|verbatim|(?:the\s+)?quote)(?:\s+please)?\s*[?.!]*\s*$"
        + @"|^\s*و?(?:(?:اعطني|أعطني|اعطيني|عطني|انطيني|ممكن)\s+)?(?:(?:ب|في\s+)?(?:اي|أي|أية|ياتي|ياهي|بيا)\s+فقر[ةه]|(?:(?:ما|ماهي|شنو|شني)\s+(?:هي\s+)?)?(?:رقم\s+)?الفقر[ةه]|الفقر[ةه]\s+(?:رقم\s+)?(?:كم|شكد)"
        + @"|(?:ال)?نص\s+(?:ال)?(?:حرفي|اصلي|أصلي)|(?:ال)?كلام\s+(?:ال)?(?:حرفي|اصلي|أصلي)|بالحرف|حرفيا|حرفياً)(?:\s+(?:رجاء|رجاءً|لو\s+سمحت|من\s+فضلك))?\s*[?؟.!]*\s*$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Paragraph();

    /// <summary>
    /// "source?", "sources?", "and the source?", "what's the source of that information?", "who is the source for this?"; "your source for that?" is left to
    /// the matcher; "المصدر؟", "مصدرها؟", "شنو المصدر؟", "ما هو مصدر هذه المعلومة؟", "شنو مصدر هالكلام".
    /// </summary>
    [GeneratedRegex(
        @"^\s*(?:(?:and|ok|so)[\s,]+)?(?:the\s+)?sources?\s*[?]+\s*$|^\s*و?(?:شنو\s+|ما\s+)?(?:ال)?مصدر(?:ها|ه|هم)?\s*[?؟]+\s*$"
        + @"|^\s*(?:(?:and|ok|so)[\s,]+)?(?:what(?:'s|\s+is|\s+was)\s+)?the\s+source\s+(?:of|for)\s+(?:that|this)(?:\s+(?:information|info|figure|number|claim|statement))?\s*[?.!]*\s*$"
        + @"|^\s*(?:(?:and|ok|so)[\s,]+)?who(?:'s|\s+is|\s+was)\s+the\s+source(?:\s+(?:of|for)\s+(?:that|this|it)(?:\s+(?:information|info|figure|number|claim|statement))?)?\s*[?.!]*\s*$"
        + @"|^\s*و?(?:(?:شنو|ما|ما\s+هو|شو)\s+)?مصدر\s+(?:هذه\s+|هذا\s+|هاي\s+|ها)(?:ال)?(?:معلومة|معلومه|معلومات|كلام|حچي|حجي|رقم)\s*[?؟.!]*\s*$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Source();
}
