using WithdrawalBot.Core.Text;
using System.Text.RegularExpressions;

namespace WithdrawalBot.Core.Routing;

/// <summary>
/// Reads a forwarded rumour followed by "is this true?" ("BREAKING: US and Iraq reach deal!!! All US troops out of Iraq by
/// September 2025. Share with everyone⏎is this true??", "كل الجنود يطلعون بأيلول 2025. صحيح هالحچي؟") as the claim it
/// asks about: the one sentence before the question that gives a figure or a date, put as a claim to check ("is it true
/// that all US troops out of Iraq by September 2025?"), which the claim checks set against the report. Sentences without
/// a figure ("US and Iraq reach deal", "Share with everyone") are left out: they say nothing the reply could correct; so
/// are links, phone numbers, posting dates and times. A forward with figures in several sentences is read as it is.
/// </summary>
public static partial class ForwardedClaim
{
    /// <summary>The most characters of the claim put together; the rest of a long forward is not read.</summary>
    public const int MaxClaimLength = 300;

    /// <summary>
    /// The claim the message asks about, as a question to check ("is it true that …?" / "صحيح …؟", in the language of the
    /// closing question); <c>null</c> when the message does not close with such a question after at least one statement,
    /// or not exactly one statement before it gives a figure or a date, or one of them is itself a question.
    /// </summary>
    /// <param name="text">The message as typed, any length.</param>
    public static string? Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!TruthQuestion().IsMatch(LastSentence(text)))
        {
            // Every message is read here; most end with no "is this true?" and are not split at all.
            return null;
        }

        // Links, phone numbers, posting dates and times are no figures claimed ("https://t.me/news_iq_2024", "0770 123 4567",
        // "(06/09/2024)", "10:30 pm").
        var sentences = SentenceEnd().Split(Noise().Replace(text.Trim(), " ")).Select(s => s.Trim()).Where(s => s.Length > 0).ToArray();
        if (sentences.Length < 2 || TruthQuestion().Match(sentences[^1]) is not { Success: true } closing)
        {
            return null;
        }

        var statements = sentences[..^1];
        // One claim is checked; a forward of several figures in several sentences is left to be read as it is.
        if (statements.Where(s => s.Any(char.IsDigit)).ToArray() is not [var claimed] || statements.Any(s => s.EndsWith('?') || s.EndsWith('؟')))
        {
            return null;
        }

        var arabic = closing.Groups["ar"].Success;
        // "> Reuters: 5 American soldiers killed …", "*URGENT*: 900 US troops …", "Claim 1: …": who or how it is put, or
        // its number in a list, is not the claim.
        var claim = Label().Replace(Text.TextCleaner.WithoutListLabel(claimed), "", 1).TrimEnd('.', '!', '،', ',', ' ');
        claim = claim.Length > MaxClaimLength ? claim[..MaxClaimLength] : claim;
        return arabic ? $"صحيح {claim}؟" : $"is it true that {claim}?";
    }

    /// <summary>
    /// Whether the whole of <paramref name="text"/> asks whether something said is true, and nothing else: "is this true?",
    /// "صحيح هالحچي؟", "real?"; what it asks about is in another message (the one it replies to).
    /// </summary>
    /// <param name="text">The message as typed, any length.</param>
    public static bool IsBareTruthQuestion(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        // "is this true? 🤔", "is this true…": emoji and dots after the question are no part of it.
        var whole = text.Trim().TrimEnd('.', '…', ' ');
        while (whole.Length > 0 && !char.IsLetterOrDigit(whole[^1]) && whole[^1] is not ('?' or '؟' or '!'))
        {
            whole = whole[..^1].TrimEnd();
        }

        return whole.Length > 0 && TruthQuestion().IsMatch(whole.EndsWith('?') || whole.EndsWith('؟') || whole.EndsWith('!') ? whole : whole + "?");
    }

    /// <summary>
    /// A forward closing with "is this true?" without its links, phone numbers, posting dates and times
    /// ("… قتلوا بهجمات صواريخ ومسيرات⏎للمزيد تابعونا https://t.me/news_iq_2024⏎صحيح هالحچي؟" without the link), to be
    /// read as the rest says; <c>null</c> when the message does not close with such a question or holds none of them.
    /// </summary>
    /// <param name="text">The message as typed, any length.</param>
    public static string? WithoutNoise(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!(TruthQuestion().IsMatch(LastSentence(text)) || ClosesWithTruthQuestion(text)) || !Noise().IsMatch(text))
        {
            return null;
        }

        return Noise().Replace(text, " ");
    }

    /// <summary>
    /// Whether <paramref name="text"/> ends with a question asking whether it is true, in its last few words though no stop
    /// sets it apart ("منقول من واتساب: عاجل امريكا تسحب كل قواتها خلال 48 ساعة 🔥🔥 صحيح هالحچي؟").
    /// </summary>
    private static bool ClosesWithTruthQuestion(string text)
    {
        var span = text.AsSpan().TrimEnd();
        for (var (words, at) = (0, span.Length); words < MaxClosingWords && at > 0; words++)
        {
            at = span[..at].TrimEnd().LastIndexOfAny(' ', '\t', '\n');
            if (at < 0 || TruthQuestion().IsMatch(span[(at + 1)..]))
            {
                return at >= 0;
            }
        }

        return false;
    }

    /// <summary>The most words <see cref="ClosesWithTruthQuestion"/> reads back from the end ("is any of this really true?").</summary>
    private const int MaxClosingWords = 7;

    /// <summary>The last sentence of <paramref name="text"/> with its closing marks, trimmed, read in place: what follows the last full stop, exclamation or question mark or new line before them.</summary>
    private static ReadOnlySpan<char> LastSentence(string text)
    {
        var span = text.AsSpan().Trim();
        var end = span.Length;
        while (end > 0 && span[end - 1] is '?' or '؟' or '!' or '.')
        {
            end--;
        }

        var start = span[..end].LastIndexOfAny(".!?؟\n") + 1;
        return span[start..].Trim();
    }

    /// <summary>
    /// Links, phone numbers ("0770 123 4567", "07701234567"), dates written with slashes, dots or dashes, clock times (not a
    /// span of years, "2025-2026"), forward headers ("Forwarded message:", "FWD:", "[Forwarded from Iraq News]", "منقول من
    /// واتساب:") and lines asking to pass it on ("> Forward to 10 groups", "_share_", "انشرها بكل الكروبات").
    /// </summary>
    [GeneratedRegex(@"(?im)^[\W_]*(?:please\s+)?(?:forward|share|repost|spread)(?:\s+(?:to|with|this|it|widely|everywhere|now)\b[^\n.!?]{0,40})?[\W_]*$"
        + @"|(?m)^[\W_]*(?:انشر|انشرها|انشروها|انشروا|شارك|شاركها|شاركوها|ارسلها|أرسلها|دزها|دزوها|عممها|عمموها)(?:\s[^\n.!?؟]{0,40})?$"
        + @"|(?im)^\W*(?:fwd?|forwarded(?:\s+message)?|forwarded\s+from[^\n:\]]*|copied\s+from[^\n:\]]*|منقول(?:\s+من[^\n:]*)?|منقوله|منقولة)\s*[:\]]"
        + @"|(?:https?://|www\.|t\.me/)\S*|\b[\w-]+(?:\.[\w-]+)*\.(?:com|net|org|iq|me|tv|info|news)\b\S*|\+?\b\d{3,4}[ \-]?\d{3}[ \-]?\d{3,4}\b|\b\d{10,}\b|\(?\b\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}\b\)?|\b\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Noise();

    /// <summary>A label of up to three words and no figure opening a statement, with a colon after it, and any quote marks or markup before it: "> Reuters: ", "*URGENT*: ", "خبر عاجل: ".</summary>
    [GeneratedRegex(@"^[\W_]*(?:[^\s:\d]+\s+){0,2}[^\s:\d]+\s*:\s*", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Label();

    /// <summary>Where a sentence ends: after a run of full stops, exclamation or question marks and new lines, kept with its sentence ("deal!!!", "true??"); not inside a figure ("2.5").</summary>
    [GeneratedRegex(@"(?<=[.!?؟\n])(?![.!?؟\n\d])", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex SentenceEnd();

    /// <summary>
    /// A closing question asking whether what came before is true: "is this true??", "is that right?", "true?", "real or
    /// fake?", "anyone confirm?", "صحيح هالحچي؟", "هل هذا صحيح؟", "صدك؟", "هالخبر صحيح؟", "احد يأكد؟".
    /// </summary>
    [GeneratedRegex(
        @"^(?<en>(?:(?:so|but|and|ok|bot)[\s,]+)?(?:(?:is|was)\s+(?:this|that|it|any\s+of\s+this)\s+(?:really\s+)?(?:true|right|correct|real|accurate|legit|fake)(?:\s+or\s+(?:not|fake|false))?|true|real|fake|legit|really|true\s+or\s+(?:false|fake|not)|(?:real|true)\s+or\s+fake|fake\s+or\s+(?:real|true)|(?:is\s+(?:this|that|it)\s+)?fake\s+news|any\s+truth\s+(?:to|in)\s+(?:this|that)|(?:(?:can|could)\s+)?(?:any\s*one|anybody|someone|somebody|you)\s+confirm(?:\s+(?:this|that|it))?|(?:is\s+(?:this|that|it)\s+)?confirmed)\s*[?!]+)$"
        + @"|^(?<ar>(?:اكو\s+)?(?:احد|أحد|حد)\s+(?:يأكد|يأكده|يأكدها|يؤكد|يؤكده|يؤكدها|يكدر\s+يأكد)\s*[?؟!]+|(?:(?:هل|طيب|عمي|حجي)\s+)?(?:(?:هذا|هذه|هاي|هالحچي|هالحجي|هالكلام|هالخبر|الخبر|الكلام)\s+)?(?:صحيح|صح|صدك|صدگ|حقيقي|حقيقة|كذب|جذب|چذب)(?:\s+(?:هالحچي|هالحجي|هالكلام|هالخبر|هذا|لو\s+(?:لا|كذب|جذب|چذب)))?\s*[?؟!]+)$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex TruthQuestion();
}
