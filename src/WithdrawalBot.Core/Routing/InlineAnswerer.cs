using WithdrawalBot.Core.Knowledge;
using WithdrawalBot.Core.Languages;
using WithdrawalBot.Core.Matching;
using WithdrawalBot.Core.Replies;
using WithdrawalBot.Core.Text;

namespace WithdrawalBot.Core.Routing;

/// <summary>
/// Answers inline queries from the same matcher as chat messages: the facts scoring at least the threshold, in
/// the language of the query (else the client's), each as a full reply with its quote and footnote. A claim the report
/// does not bear is corrected first, as a chat corrects it (<see cref="ClaimCorrection"/>): "is it true 900 troops in
/// iraq" offers "The report does not give “900” for this." and ¶13, not the plain ¶13 answer, which would read as a yes
/// where it is posted.
/// </summary>
public sealed class InlineAnswerer : IInlineAnswerer
{
    private readonly KnowledgeBase knowledge;
    private readonly IntentMatcher matcher;
    private readonly ReplyComposer composer;
    private readonly ClaimCorrection corrections;

    /// <summary>Creates the answerer.</summary>
    /// <param name="knowledge">The facts.</param>
    /// <param name="matcher">The intent matcher the router uses too.</param>
    /// <param name="composer">Writes the answers.</param>
    public InlineAnswerer(KnowledgeBase knowledge, IntentMatcher matcher, ReplyComposer composer)
    {
        this.knowledge = knowledge;
        this.matcher = matcher;
        this.composer = composer;
        var finder = new ParagraphFinder(knowledge, matcher);
        corrections = new ClaimCorrection(knowledge, new ClaimCheck(knowledge, finder, matcher), finder, composer);
    }

    /// <inheritdoc />
    public IReadOnlyList<Reply> Answer(string query, string? languageCode, int max)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 1);
        var written = TextCleaner.ForMatching(query);
        var language = LanguageDetector.Detect(written)
            ?? (languageCode?.StartsWith("ar", StringComparison.OrdinalIgnoreCase) == true ? Language.Arabic : Language.English);
        // Read as the router reads a chat message: Persian and Kurdish letters as Arabic's.
        var cleaned = TextCleaner.WithArabicLetters(written);
        if (!TextCleaner.HasContent(cleaned))
        {
            return [.. composer.DefaultSuggestions().Take(max).Select(fact => composer.Answer(fact, language, 1))];
        }

        var result = matcher.Match(cleaned);
        var answers = new List<Reply>();
        var given = new HashSet<string>(StringComparer.Ordinal);
        if (corrections.Of(cleaned, result, language) is var (corrected, reply))
        {
            answers.Add(reply);
            given.Add(corrected.Id);
        }

        foreach (var candidate in result.Candidates)
        {
            if (answers.Count < max && candidate.Kind == MatchKind.Fact && candidate.Score >= result.Threshold && given.Add(candidate.Id) && knowledge.TryGetFact(candidate.Id, out var fact))
            {
                answers.Add(composer.Answer(fact, language, candidate.Score));
            }
        }

        return answers;
    }
}
