namespace WithdrawalBot.Core.Knowledge;

/// <summary>Loads the whole knowledge directory and cross-checks it.</summary>
public static class KnowledgeLoader
{
    /// <summary>
    /// Reads <c>source.json</c>, the article it names, <c>milestones.json</c>, <c>facts.json</c>, <c>lexicon.json</c>,
    /// <c>intents.json</c> and <c>attributions.json</c> from <paramref name="knowledgeDirectory"/>.
    /// </summary>
    /// <param name="knowledgeDirectory">Full path of the knowledge directory.</param>
    /// <exception cref="KnowledgeValidationException">
    /// Any file is missing, malformed or inconsistent; the message names the file and the entry. When the directory
    /// itself is missing, <see cref="KnowledgeValidationException.File"/> is its full path (rooted, unlike file names).
    /// </exception>
    public static KnowledgeBase Load(string knowledgeDirectory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(knowledgeDirectory);
        if (!Directory.Exists(knowledgeDirectory))
        {
            throw new KnowledgeValidationException(knowledgeDirectory, null, "the folder does not exist.");
        }

        var source = SourceCatalog.Load(knowledgeDirectory);
        var article = Article.Load(Path.Combine(knowledgeDirectory, source.ArticleFile), source.ArticleFile);
        var milestones = MilestoneCatalog.Load(knowledgeDirectory, article);
        var facts = FactCatalog.Load(knowledgeDirectory, article, milestones);
        AnswerFigures.Check(facts, article, source);
        var lexicon = LexiconCatalog.Load(knowledgeDirectory);
        LexiconCatalog.CheckLocations(lexicon, article, facts);
        var intents = IntentCatalog.Load(knowledgeDirectory);
        var attributions = AttributionCatalog.Load(knowledgeDirectory, article);
        return new KnowledgeBase(article, source, facts, milestones, lexicon, intents, attributions);
    }
}
