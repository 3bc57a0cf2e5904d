using WithdrawalBot.Core.Knowledge;
using WithdrawalBot.Core.Tests.Support;

namespace WithdrawalBot.Core.Tests.Knowledge;

/// <summary>The real knowledge/ directory (copied to the test output) loads and covers the article.</summary>
public sealed class KnowledgeDirectoryTests
{
    [Fact]
    public void Load_RepositoryKnowledge_LoadsEveryFile()
    {
        var knowledge = KnowledgeLoader.Load(TestKnowledge.RealDirectory);

        Assert.Equal(24, knowledge.Article.ParagraphCount);
        Assert.NotEmpty(knowledge.Facts);
        Assert.NotEmpty(knowledge.Intents);
        Assert.NotEmpty(knowledge.Milestones);
        string[] read = [knowledge.Source.ArticleFile, SourceCatalog.FileName, MilestoneCatalog.FileName, FactCatalog.FileName, LexiconCatalog.FileName, IntentCatalog.FileName, AttributionCatalog.FileName];
        var present = Directory.GetFiles(TestKnowledge.RealDirectory).Select(path => Path.GetFileName(path)!).ToArray();
        Assert.All(present, file => Assert.Contains(file, read));
    }

    [Fact]
    public void Facts_RepositoryKnowledge_CiteEveryParagraph()
    {
        var knowledge = KnowledgeLoader.Load(TestKnowledge.RealDirectory);

        var cited = knowledge.Facts.SelectMany(f => f.Citations).Select(c => c.Paragraph).ToHashSet();
        var missing = Enumerable.Range(1, knowledge.Article.ParagraphCount).Where(p => !cited.Contains(p)).ToArray();

        Assert.True(missing.Length == 0, $"paragraphs no fact cites: {string.Join(", ", missing)}");
    }

    /// <summary>A fact's first question in each language is its suggestion button ("Did you mean…?") and must read as one.</summary>
    [Fact]
    public void Facts_RepositoryKnowledge_FirstQuestionIsAShortWholeQuestion()
    {
        var knowledge = KnowledgeLoader.Load(TestKnowledge.RealDirectory);

        var poor = knowledge.Facts
            .SelectMany(f => new[] { (f.Id, Question: f.Questions.Arabic[0]), (f.Id, Question: f.Questions.English[0]) })
            .Where(q => q.Question.TrimEnd()[^1] is not ('?' or '؟') || q.Question.Length > WithdrawalBot.Core.Replies.ReplyComposer.MaxLabelLength)
            .Select(q => $"{q.Id}: {q.Question}")
            .ToArray();

        Assert.Empty(poor);
    }

    [Fact]
    public void Intents_RepositoryKnowledge_HaveTheRequiredOnes()
    {
        var knowledge = KnowledgeLoader.Load(TestKnowledge.RealDirectory);

        var names = knowledge.Intents.Select(i => i.Name).ToHashSet();

        Assert.Subset(names, new HashSet<string> { "greeting", "help", "capabilities", "source", "milestones", "thanks" });
    }
}
