using System.Text.RegularExpressions;
using WithdrawalBot.Core.Text;

namespace WithdrawalBot.Core.Routing;

/// <summary>
/// Reads a question framed as one about what the report says ("How many US troops does the report say are in Iraq?",
/// "When does the article say troops leave Baghdad?", "Who does Reuters say initiated the talks?", "شنو يكول التقرير
/// عن سبب التأجيل؟" is not framed so): every question here is about the report, so the frame says nothing more, while
/// its "does the report say" reads as a claim to check and its words pull towards paragraphs about the report itself.
/// </summary>
public static partial class ReportFrame
{
    /// <summary>
    /// The question without its frame ("How many US troops are in Iraq?" of "How many US troops does the report say are in
    /// Iraq?"); <c>null</c> when it has none, or nothing would be left after it.
    /// </summary>
    /// <param name="text">The message as sent; <c>null</c> reads as having none.</param>
    public static string? Without(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > TextCleaner.MaxMatchLength || !text.AsSpan().ContainsAny(FrameVerbs)
            || Framed().Match(text) is not { Success: true } framed)
        {
            return null;
        }

        return $"{framed.Groups["asked"].Value} {framed.Groups["rest"].Value}".Trim();
    }

    /// <summary>The verbs of the frame (or their starts); one scan tells that most messages have none.</summary>
    private static readonly System.Buffers.SearchValues<string> FrameVerbs = System.Buffers.SearchValues.Create(
        ["say", "state", "claim", "mention", "suggest", "indicate", "report"], StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// A question word and up to four words (group <c>asked</c>; not "where" nor "which paragraph": "where does the report
    /// mention Erbil?" asks for the place in the report), then "does / did / do (the) report / article / story /
    /// Reuters / source(s) say / state / claim / mention / suggest (that)", then at least one word more (group <c>rest</c>), not "about …": "what does the report say about Erbil?" asks for
    /// what the report says on a topic, and is read as it is.
    /// </summary>
    [GeneratedRegex(
        @"^\s*(?<asked>(?:how\s+(?:many|much|long|soon)|when|who|whom|why|what|which(?!\s+(?:paragraph|part|section|line|sentence)))\b(?:\s+[^\s?]+){0,4}?)\s+(?:does|did|do)\s+(?:the\s+|this\s+)?(?:report|article|story|piece|reuters|source|sources|text)\s+(?:say|state|claim|mention|suggest|indicate|report)s?(?:\s+that)?\s+(?!(?:about|on|regarding|concerning|of)\b)(?<rest>[^\s?].*)$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.Singleline, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Framed();
}
