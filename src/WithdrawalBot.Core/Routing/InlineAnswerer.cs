using WithdrawalBot.Core.Knowledge;
using WithdrawalBot.Core.Languages;
using WithdrawalBot.Core.Matching;
using WithdrawalBot.Core.Replies;
using WithdrawalBot.Core.Text;

namespace WithdrawalBot.Core.Routing;

/// <summary>
/// Answers inline queries from the same matcher as chat messages: the facts scoring at least the threshold, in
/// the language of the query (else the client's), each as a full reply with its quote and footnote.
/// </summary>
public sealed class InlineAnswerer(KnowledgeBase knowledge, IntentMatcher matcher, ReplyComposer composer) : IInlineAnswerer
{
    /// <inheritdoc />
    public IReadOnlyList<Reply> Answer(string query, string? languageCode, int max)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 1);
        var cleaned = TextCleaner.ForMatching(query);
        var language = LanguageDetector.Detect(cleaned)
            ?? (languageCode?.StartsWith("ar", StringComparison.OrdinalIgnoreCase) == true ? Language.Arabic : Language.English);
        if (!TextCleaner.HasContent(cleaned))
        {
            return [.. composer.DefaultSuggestions().Take(max).Select(fact => composer.Answer(fact, language, 1))];
        }

        var result = matcher.Match(cleaned);
        var answers = new List<Reply>();
        foreach (var candidate in result.Candidates)
        {
            if (answers.Count < max && candidate.Kind == MatchKind.Fact && candidate.Score >= result.Threshold && knowledge.TryGetFact(candidate.Id, out var fact))
            {
                answers.Add(composer.Answer(fact, language, candidate.Score));
            }
        }

        return answers;
    }
}
