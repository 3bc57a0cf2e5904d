using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using WithdrawalBot.Core.Conversation;
using WithdrawalBot.Core.Knowledge;
using WithdrawalBot.Core.Languages;
using WithdrawalBot.Core.Replies;
using WithdrawalBot.Core.Text;

namespace WithdrawalBot.Core.Routing;

/// <summary>
/// Tells which answer one of the bot's own messages was, from the text a platform hands back when a user replies to it
/// (Telegram's <c>reply_to_message</c>, Discord's referenced message): "why?" under the Erbil answer is about Erbil, also
/// long after the follow-up window closed. Read in this order:
/// <list type="number">
/// <item>paragraphs quoted whole ("Paragraph 17 of the report, verbatim", "الفقرة 17 من التقرير كما وردت"): those
/// paragraphs, as a paragraph look-up leaves them;</item>
/// <item>facts' answers the text contains, in the order they stand (the platform's formatting, escapes and marks
/// aside): the last is the turn's fact, the others answered with it, as a reply to several questions leaves them;</item>
/// <item>two or more of the summary's points: the summary;</item>
/// <item>else the paragraphs the text cites ("Source: paragraph 18 …", "المصدر: الفقرتان 2 و18 …", the part of a long
/// answer that carries only its footnote): the fact citing exactly those, else each paragraph's gloss.</item>
/// </list>
/// The turn is written as the answer's own question (<see cref="Fact.Questions"/>), never with the message's text: the
/// bot's words are only read, not kept.
/// </summary>
public sealed partial class RepliedAnswer
{
    private readonly KnowledgeBase knowledge;
    private readonly ReplyComposer composer;
    private readonly (Fact Fact, Language Language, string Answer, string? Summary)[] texts;
    private readonly (Regex Header, Language Language)[] headers;

    /// <summary>Reads every fact's answer and summary, in both languages, as they are compared.</summary>
    /// <param name="knowledge">The facts.</param>
    /// <param name="composer">Whose phrases head a quoted paragraph and whose glosses stand for a paragraph.</param>
    public RepliedAnswer(KnowledgeBase knowledge, ReplyComposer composer)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        ArgumentNullException.ThrowIfNull(composer);
        this.knowledge = knowledge;
        this.composer = composer;
        texts =
        [
            .. knowledge.Facts.SelectMany(fact => new[] { Language.Arabic, Language.English }.Select(language =>
                (fact, language, Comparable(fact.Answer.For(language)), fact.Summary is { } summary ? Comparable(summary.For(language)) : null))),
        ];
        headers =
        [
            .. new[] { Language.Arabic, Language.English }.Select(language => (HeaderPattern(composer.Phrases.Paragraph.For(language)), language)),
        ];
    }

    /// <summary>
    /// The turn the bot's message <paramref name="text"/> would have left, as of <paramref name="at"/>; <c>null</c> when it
    /// states no answer from the report (a refusal, help, a greeting, a reminder's confirmation).
    /// </summary>
    /// <param name="text">The bot's message as the platform shows it (plain text, Telegram; markdown, Discord).</param>
    /// <param name="at">Now: when the turn counts from.</param>
    public ConversationTurn? Recover(string text, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(text);
        var comparable = Comparable(text);
        if (comparable.Length == 0)
        {
            return null;
        }

        if (QuotedWhole(comparable) is ({ Count: > 0 } quoted, var quotedIn))
        {
            var glosses = quoted.Select(composer.GlossFor).OfType<Fact>().Distinct().ToArray();
            return glosses is [.. var others, var gloss]
                ? Turn(gloss, others, quotedIn, at) with { QuotedParagraphs = quoted }
                : null;
        }

        var answers = Found(comparable, t => t.Answer);
        if (answers is [.. var earlier, var last])
        {
            return Turn(last.Fact, [.. earlier.Select(a => a.Fact)], last.Language, at);
        }

        if (Found(comparable, t => t.Summary) is [var first, _, ..])
        {
            return Turn(composer.SummaryPoints is [var point, ..] ? point : first.Fact, [], first.Language, at) with { Summarized = true };
        }

        return Cited(text, at);
    }

    /// <summary>The facts whose <paramref name="part"/> stands in <paramref name="comparable"/>, each once, in the order they stand.</summary>
    private List<(Fact Fact, Language Language)> Found(string comparable, Func<(Fact Fact, Language Language, string Answer, string? Summary), string?> part) =>
        [
            .. texts
                .Select(t => (t.Fact, t.Language, At: part(t) is { Length: > 0 } wanted ? comparable.IndexOf(wanted, StringComparison.Ordinal) : -1))
                .Where(t => t.At >= 0)
                .OrderBy(t => t.At)
                .DistinctBy(t => t.Fact.Id)
                .Select(t => (t.Fact, t.Language)),
        ];

    /// <summary>The paragraphs the text quotes whole, in the order quoted, and the language of their headers.</summary>
    private (List<int> Paragraphs, Language Language) QuotedWhole(string comparable)
    {
        foreach (var (header, language) in headers)
        {
            var numbers = header.Matches(comparable)
                .Select(m => int.Parse(m.Groups["number"].Value, CultureInfo.InvariantCulture))
                .Where(n => n >= 1 && n <= knowledge.Article.ParagraphCount)
                .Distinct()
                .ToList();
            if (numbers.Count > 0)
            {
                return (numbers, language);
            }
        }

        return ([], Language.English);
    }

    /// <summary>The turn of the paragraphs <paramref name="text"/> cites: the one fact citing exactly them, else their glosses.</summary>
    private ConversationTurn? Cited(string text, DateTimeOffset at)
    {
        var language = Language.English;
        var cited = new List<int>();
        foreach (Match match in Citation().Matches(text))
        {
            language = match.Groups["word"].Value.StartsWith('ا') ? Language.Arabic : Language.English;
            cited.AddRange(Number().Matches(match.Groups["numbers"].Value)
                .Select(n => int.TryParse(n.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : 0)
                .Where(n => n >= 1 && n <= knowledge.Article.ParagraphCount));
        }

        var paragraphs = cited.Distinct().ToArray();
        if (paragraphs.Length == 0)
        {
            return null;
        }

        if (knowledge.Facts.FirstOrDefault(f => f.Citations.Select(c => c.Paragraph).Distinct().Order().SequenceEqual(paragraphs.Order())) is { } exact)
        {
            return Turn(exact, [], language, at);
        }

        var glosses = paragraphs.Select(composer.GlossFor).OfType<Fact>().Distinct().ToArray();
        return glosses is [.. var others, var gloss] ? Turn(gloss, others, language, at) : null;
    }

    private static ConversationTurn Turn(Fact fact, IEnumerable<Fact> answeredWith, Language language, DateTimeOffset at) =>
        new(fact.Id, fact.Questions.For(language)[0], language, at) { AnsweredWith = [.. answeredWith.Where(f => f.Id != fact.Id).Select(f => f.Id)] };

    /// <summary>
    /// The header of a quoted paragraph (<c>paragraph</c> in <c>phrases.json</c>, "Paragraph {number} of the report,
    /// verbatim (in Arabic):") as a pattern over <see cref="Comparable"/> text.
    /// </summary>
    private static Regex HeaderPattern(string template)
    {
        var at = template.IndexOf("{number}", StringComparison.Ordinal);
        var (before, after) = at < 0 ? (template, "") : (Comparable(template[..at]), Comparable(template[(at + "{number}".Length)..]));
        var pattern = (before.Length > 0 ? Regex.Escape(before) + " " : "") + "(?<number>[0-9]+)" + (after.Length > 0 ? " " + Regex.Escape(after) : "");
        return new Regex(pattern, RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(RegexLimits.MatchTimeoutMilliseconds));
    }

    /// <summary>
    /// <paramref name="text"/> as compared: letters (lower case) and digits only, each run separated by one space, a word's
    /// letters apart from its digits ("و18" → "و 18"); markup, escapes, punctuation, direction marks and line breaks dropped.
    /// </summary>
    private static string Comparable(string text)
    {
        var result = new StringBuilder(text.Length);
        var previous = ' ';
        foreach (var c in text)
        {
            var kind = char.IsDigit(c) ? '0' : char.IsLetter(c) ? 'a' : char.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark ? 'm' : ' ';
            if (kind == 'm')
            {
                // A diacritic belongs to its letter; it never separates words.
                if (previous == 'a')
                {
                    result.Append(c);
                }

                continue;
            }

            if (kind == ' ')
            {
                previous = ' ';
                continue;
            }

            if (result.Length > 0 && kind != previous)
            {
                result.Append(' ');
            }

            result.Append(char.ToLowerInvariant(c));
            previous = kind;
        }

        return result.ToString();
    }

    /// <summary>"paragraph 18", "paragraphs 2, 17 and 23", "الفقرة 18", "الفقرتان 2 و18", "الفقرات 2 و17 و23", as <see cref="ReplyComposer.ParagraphWords"/> writes them.</summary>
    [GeneratedRegex(@"(?<word>\b[Pp]aragraphs?|الفقرة|الفقرتان|الفقرات)\s+(?<numbers>[0-9]+(?:(?:\s*,\s*|\s+and\s+|\s+و\s*)[0-9]+)*)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Citation();

    [GeneratedRegex("[0-9]+", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Number();
}
