using WithdrawalBot.Core.Text;
using System.Buffers;
using System.Text.RegularExpressions;

namespace WithdrawalBot.Core.Routing;

/// <summary>
/// Tells a question asking for a judgement from one asking what the report says: whether something is good or bad
/// ("is the withdrawal good for Iraq?", "الاتفاق زين للعراق لو لا؟"), what should be done ("should the Americans
/// leave?", "لازم يطلعون؟"), who is right ("who is right, Iran or America?"), or a loaded word the report never uses
/// ("Why is the US surrendering to the militias?", "is the US abandoning Iraq?", "هاي خيانة؟"). The report judges none
/// of these, so the caller says so before what it does say, rather than reading as if the report agreed.
/// "Is it a political win for Sudani?" is no judgement asked: the report says it (¶22).
/// </summary>
public static partial class JudgementRequest
{
    /// <summary>Whether <paramref name="text"/> (cleaned for matching) asks for a judgement.</summary>
    /// <param name="text">The message, cleaned for matching; <c>null</c> reads as none.</param>
    public static bool Asks(string? text) =>
        !string.IsNullOrWhiteSpace(text) && text.AsSpan().ContainsAny(JudgementWords)
        && (((English().IsMatch(text) || Arabic().IsMatch(text)) && !AsksWhy().IsMatch(text)) || Loaded().IsMatch(text));

    /// <summary>
    /// A word (or the start of one) that every judgement the patterns read holds; most questions have none, which one
    /// scan tells.
    /// </summary>
    private static readonly SearchValues<string> JudgementWords = SearchValues.Create(
        ["good", "bad", "wise", "smart", "stupid", "fair", "justif", "benefic", "harm", "mistake", "disaster", "betray", "surrender",
            "terroris", "victor", "defeat", "loss", "win", "won", "lost", "should", "right", "wrong", "better", "worse", "opinion", "view",
            "take", "thought", "think", "support", "agree", "abandon", "capitul", "coward", "humiliat", "running", "ran away", "kicked",
            "زين", "خوش", "جيد", "سيء", "سيئ", "مفيد", "مضر", "صالح", "مصلح", "لازم", "يجب", "المفروض", "ينبغي", "الصح", "المحق", "حق",
            "ربح", "فاز", "خسر", "انتصار", "نصر", "هزيم", "خسار", "احسن", "أحسن", "افضل", "أفضل", "راي", "رأي", "تؤيد", "تأيد", "تويد",
            "هرب", "انطرد", "ضد", "انت مع", "أنت مع", "إنت مع", "طردو", "خيان", "خاين", "خائن", "استسلم", "استسلام", "جبن", "ذلال", "خذل"],
        StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// "why / how is this good for Sudani?", "in what way is it good for the US?", "is it fair to call it a win?", "is this
    /// good for Sudani?": what the report says makes it good for someone (¶22, ¶24), or how to describe it, not whether it
    /// is good.
    /// </summary>
    [GeneratedRegex(@"^\W*(?:why|y|how|in\s+what\s+way|what\s+makes)\b|^\W*(?:ليش|لماذا|ليه|شلون|كيف)\s|\bfair\s+to\s+(?:say|call|characteri[sz]e|describe)\b|\bgood\s+for\s+(?:al\W?)?(?:sudani|the\s+pm|the\s+prime\s+minister|the\s+us\s+politically)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex AsksWhy();

    /// <summary>
    /// "is it / this / the withdrawal (a) good / bad / wise / fair …", "good or bad", "good for Iraq", "a good idea",
    /// "should the US / they leave / stay / keep troops in Erbil", "who is right", "the right decision", "better for", "does
    /// the report call the withdrawal a defeat?", "a defeat for the US".
    /// </summary>
    [GeneratedRegex(
        @"\b(?:is|are|was|were|will|would)\s+(?:it|this|that|they|we|(?:the\s+)?(?:\w+\s+){0,2}?(?:withdrawal|withdrawl|pullout|pull\s*out|deal|agreement|plan|decision|exit|departure|move|invasion|war|occupation|presence|militias?|sudani|erbil))\s+(?:really\s+|actually\s+)?(?:a\s+)?(?:good|bad|wise|unwise|smart|stupid|fair|unfair|justified|unjustified|beneficial|harmful|mistake|disaster|betrayal|surrender|terrorists?|victory|defeat|loss|win\s+for\s+(?:iran|america|the\s+us|us|washington|tehran|the\s+militias))\b"
        + @"|\b(?:good|bad)\s+(?:or\s+bad|or\s+good|for\s+(?:iraq|iraqis|america|americans|the\s+us|us|the\s+region|iran|the\s+country|us\s+all|(?:our|the|us)\s+(?:soldiers|troops|boys|men|families|military)|soldiers|troops)|idea|thing|move|news)\b"
        + @"|\bshould\s+(?:the\s+)?(?:us|u\.s|americans?|america|troops|soldiers|coalition|forces|they|iraq|we)\s+(?:really\s+)?(?:leave|stay|withdraw|go|remain|pull\s+out|get\s+out|keep|have\s+left|trust)\b"
        + @"|\bwho(?:'s|\s+is)\s+(?:right|in\s+the\s+right)\b|\bwho\s+(?:won|wins|lost|loses)\b(?!\s+(?:the\s+)?(?:match|game|cup|league|final|elections?|vote|seats?)\b)(?=.*\b(?:iran|america|us|washington|tehran|iraq|militias?)\b)"
        + @"|\b(?:your|ur)\s+(?:opinion|view|take|thoughts?)\b|\bwhat\s+do\s+(?:you|u)\s+think\b|\bdo\s+(?:you|u)\s+(?:think|support|agree)\b"
        + @"|\b(?:right|wrong)\s+(?:decision|move|choice|thing\s+to\s+do)\b"
        + @"|\b(?:better|worse)\s+(?:for|off)\b"
        + @"|\b(?:call|calls|called|describe|describes|described)\s+(?:it|this|that|the\s+(?:withdrawal|pullout|deal|agreement|plan))\s+(?:as\s+)?(?:a\s+)?(?:defeat|victory|loss|win|surrender|betrayal|retreat)\b"
        + @"|\b(?:defeat|victory|loss)\s+for\s+(?:the\s+us|us|america|americans|washington|iran|tehran)\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex English();

    /// <summary>Loaded words the report never uses, whatever the question asks: "surrender", "abandon", "betray", "capitulate", "cowardly", "humiliate".</summary>
    [GeneratedRegex(@"\b(?:surrender(?:s|ing|ed)?|abandon(?:s|ing|ed)?|betray(?:s|ing|ed|al)?|capitulat\w*|cowardly|humiliat\w*|running\s+away|ran\s+away|kicked\s+out)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Loaded();

    /// <summary>
    /// "زين / خوش / جيد / سيء / مفيد / مضر (للعراق / لنا / لو لا / أم)", "شي زين", "مو زين", "لمصلحة العراق", "لازم / يجب / المفروض
    /// (أن) يطلعون / يبقون" (not after چان / كان: "چان المفروض يطلع من زمان" asks about the delay, ¶5), "منو الصح / على حق",
    /// "انت مع الاتفاق لو ضده؟" / "انت ضد الانسحاب؟", and the loaded words خيانة، استسلام، يستسلم، جبن، إذلال. "منو فاز بالانتخابات؟" and "منو فاز بمباراة العراق والسعودية؟" ask a fact (one the report does not give), not a verdict.
    /// </summary>
    [GeneratedRegex(
        @"(?:^|\s)(?:زين|خوش|جيد|جيده|جيدة|سيء|سيئ|سيئه|سيئة|مفيد|مفيده|مفيدة|مضر|مضره|مضرة)\s+(?:لل\S+|لنا|لينا|لو\s+(?:لا|مو)|ام\s|أم\s|او\s|أو\s)"
        + @"|(?:^|\s)(?:شي|شيء|امر|أمر)\s+(?:زين|خوش|جيد|سيء|سيئ|مفيد)(?:\s|$|[؟?])"
        + @"|(?:^|\s)مو\s+(?:زين|خوش)(?:\s|$|[؟?])"
        + @"|(?:^|\s)(?:ل|ب)?(?:صالح|مصلح[ةه])\s+(?:العراق|العراقيين|امريكا|أمريكا|الامريكان|البلد)"
        + @"|(?:^|\s)(?<!(?:چان|كان|جان)\s+)(?:لازم|يجب|المفروض|ينبغي|لازمهم)\s+(?:[اأ]ن\s+)?(?:\S+\s+){0,2}?(?:ي|ت)\S*(?:طلع|نسحب|بق|غادر|مش|رح)"
        + @"|(?:^|\s)(?:منو|من)\s+(?:الصح|المحق|على\s+حق|(?:ربح|فاز|خسر)(?!\s+(?:ب|في\s+)?(?:ال)?(?:انتخاب|مقعد|مقاعد|رئاس|كرس|مبارا|ماتش|بطول|كاس|كأس|دوري|نهائي)))"
        + @"|(?:^|\s)(?:انتصار|نصر|هزيم[ةه]|خسار[ةه])\s+ل"
        + @"|(?:^|\s)(?:شنو|ايهما|أيهما|اي|أي)\s+(?:احسن|أحسن|افضل|أفضل)"
        + @"|(?:^|\s)(?:شنو\s+)?(?:رايك|رأيك|رايكم|رأيكم)(?:\s|$|[؟?])|(?:^|\s)(?:تؤيد|تأيد|تويد)(?:\s|$)"
        + @"|(?:^|\s)(?:انت|أنت|إنت|انتو|انتم)\s+(?:مع|ضد)\s|(?:^|\s)مع\s+\S+\s+(?:لو|او|أو|ام|أم)\s+ضد"
        + @"|(?:^|\s)زين\s+لو\s+(?:لا|مو|شين)|(?:^|\s)(?:هربت|هربوا|انطردت|انطردوا|طردوهم)(?:\s|$|[؟?])"
        + @"|(?:^|\s)(?:خيان[ةه]|خاين|خائن|استسلام|يستسلم|تستسلم|استسلموا|جبن|اذلال|إذلال|خذلان|يخذل|تخذل)",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Arabic();
}
