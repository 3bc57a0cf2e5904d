using Microsoft.Extensions.Logging;

namespace WithdrawalBot.Core.Knowledge;

/// <summary>
/// Knowledge that loads but leaves the bot poorer than the files as shipped: an intent deleted from
/// <c>intents.json</c>, or an emptied section of <c>lexicon.json</c> that matching or claim checking leans on. Logged as warnings
/// (event 1010) where the knowledge is loaded, so every mode shows them: serving, the console chat and <c>ask</c>.
/// </summary>
public static class KnowledgeGaps
{
    /// <summary>One sentence per gap, intents first; none for the files as shipped.</summary>
    public static IEnumerable<string> Of(KnowledgeBase knowledge)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        var named = knowledge.Intents.Select(i => i.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var name in IntentCatalog.HandledNames.Where(n => !named.Contains(n)))
        {
            yield return $"{IntentCatalog.FileName} has no \"{name}\" intent, so messages that ask for it are read as questions about the report.";
        }

        var lexicon = knowledge.Lexicon;
        (string Section, int Count)[] sections =
        [
            ("arabic.dialect", lexicon.ArabicDialect.Count),
            ("arabic.stopwords", lexicon.ArabicStopwords.Count),
            ("arabic.synonyms", lexicon.ArabicSynonyms.Count),
            ("english.stopwords", lexicon.EnglishStopwords.Count),
            ("english.synonyms", lexicon.EnglishSynonyms.Count),
            ("offTopic", lexicon.OffTopicNames.Count),
            ("places", lexicon.Places.Count),
            ("claimCues", lexicon.ClaimCues.Count),
            ("statusCues", lexicon.StatusCues.Count),
            ("nowCues", lexicon.NowCues.Count),
            ("questionWords", lexicon.QuestionWords.Count),
            ("answerKinds", lexicon.AnswerKinds.Count),
        ];
        foreach (var (section, _) in sections.Where(s => s.Count == 0))
        {
            yield return $"{LexiconCatalog.FileName} has no {section} words, so questions are matched without them and fewer are answered.";
        }
    }

    /// <summary>Logs each of <see cref="Of"/> as a warning (event 1010).</summary>
    public static void Log(KnowledgeBase knowledge, ILogger logger)
    {
        foreach (var gap in Of(knowledge))
        {
            KnowledgeLog.Gap(logger, gap);
        }
    }
}
