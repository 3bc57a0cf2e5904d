using WithdrawalBot.Core.Text;
using System.Text.RegularExpressions;

namespace WithdrawalBot.Core.Routing;

/// <summary>
/// Tells "what's today's date?" from a question about the report's dates. The matcher reads "today" / "اليوم" as asking
/// about now and "date" / "تاريخ" as "when", so "what's today's date?" would read as a bare "when?" (the milestones) and
/// "what year is it?" as the report's date; the caller answers today's date from the clock instead.
/// </summary>
public static partial class TodayRequest
{
    /// <summary>Whether <paramref name="text"/> (cleaned for matching) asks only for today's date, day, month or year.</summary>
    /// <param name="text">The message, cleaned for matching; <c>null</c> reads as not asking.</param>
    public static bool Asks(string? text) => !string.IsNullOrWhiteSpace(text) && (English().IsMatch(text) || Arabic().IsMatch(text));

    /// <summary>
    /// "what's today's date?", "what is the date today", "what day is it?", "what year is it now?", "today's date please",
    /// "what year are we in?", "do you know what day it is?"; not "what's the date?" alone, which after an answer asks for
    /// that answer's date.
    /// </summary>
    [GeneratedRegex(
        @"^\s*(?:(?:hey|hi|ok|okay|so|and|but|btw|bot|sorry|excuse\s+me|please)[\s,]+)*(?:(?:do\s+you\s+know|can\s+you\s+tell\s+me|tell\s+me)\s+)?(?:what(?:'?s|\s+is)\s+(?:today'?s|the\s+date\s+today|the\s+day\s+today|the\s+current\s+(?:date|year))(?:\s+date)?|today'?s\s+date|what\s+(?:day|date|year|month)\s+(?:is\s+it|it\s+is|is\s+today|are\s+we\s+in)|which\s+(?:day|year)\s+is\s+it)(?:\s+(?:today|now|please))*\s*[?؟!.]*\s*$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex English();

    /// <summary>
    /// "شنو تاريخ اليوم؟", "ما هو تاريخ اليوم", "اليوم شنو تاريخه؟", "اليوم شكد بالشهر؟", "احنا باي سنة؟", "في أي سنة نحن؟",
    /// "أي يوم اليوم؟", "شنو اليوم؟"; not "أي يوم؟" or "أي سنة؟" alone, which after an answer ask for that answer's day or year.
    /// </summary>
    [GeneratedRegex(
        @"^\s*(?:(?:هلو|هلا|مرحبا|زين|طيب|عيني|اخي|أخي|حبيبي|عفوا|عفواً|لطفا|لطفاً)[\s،,]+)*(?:(?:شنو|ما|ما\s+هو|ماهو|شكد|كم)\s+(?:تاريخ|التاريخ)\s+(?:اليوم|هسه|الان|الآن)|(?:التاريخ\s+)?اليوم\s+(?:شنو|شكد|ما)(?:\s+(?:تاريخه|التاريخ|بالشهر))?|(?:اليوم\s+)?شكد\s+(?:اليوم\s+)?بالشهر(?:\s+اليوم)?|(?:شنو|أي|اي|أيّ)\s+يوم\s+(?:اليوم|هسه)|شنو\s+اليوم|(?:احنا|إحنا|نحن)\s+(?:ب|في\s+)?(?:أي|اي|أيّ|يا|ياتي)\s+سنة(?:\s+(?:هسه|الحين|الآن|الان))?|(?:ب|في\s+)?(?:أي|اي|أيّ|يا|ياتي)\s+سنة\s+(?:احنا|إحنا|نحن))\s*[?؟!.]*\s*$",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Arabic();
}
