using WithdrawalBot.Core.Text;
using System.Text.RegularExpressions;

namespace WithdrawalBot.Core.Routing;

/// <summary>
/// Tells a sum from a question: a message that is only arithmetic ("2+2", "what is 5 * 7?", "شكد 3+4؟") asks nothing of
/// the report, though its figures read like "2 years" or "900 troops". The caller refuses it as off-topic rather than
/// matching the figures to a fact.
/// </summary>
public static partial class Arithmetic
{
    /// <summary>Whether <paramref name="text"/> (cleaned for matching) is only a sum, with at most a question word before it.</summary>
    /// <param name="text">The message, cleaned for matching; <c>null</c> reads as no sum.</param>
    public static bool IsOnlyASum(string? text) => !string.IsNullOrWhiteSpace(text) && Sum().IsMatch(text);

    /// <summary>
    /// "what is 2+2?", "how much is 3 x 4", "calculate 10/2", "كم 2+2", "شكد يساوي 5×5؟", "7*7=": two or more figures joined
    /// by an operator; a minus only between spaces ("2500 - 900"), since "2025-2026" is a span of years.
    /// </summary>
    [GeneratedRegex(
        @"^\s*(?:(?:what(?:'?s|\s+is|\s+are)?|how\s+much\s+is|calculate|solve|compute|كم|شكد|شگد|ما\s+هو|ماهو|شنو|احسب|إحسب)\s+)?(?:(?:يساوي|تساوي|is)\s+)?\d+(?:[.,]\d+)?(?:(?:\s*[+*/x×÷^]\s*|\s+-\s+)\d+(?:[.,]\d+)?)+\s*(?:=\s*)?[?؟!.]*\s*$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Sum();
}
