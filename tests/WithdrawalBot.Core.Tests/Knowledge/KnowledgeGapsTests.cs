using Microsoft.Extensions.Logging.Testing;
using WithdrawalBot.Core.Knowledge;
using WithdrawalBot.Core.Tests.Support;

namespace WithdrawalBot.Core.Tests.Knowledge;

/// <summary>
/// Knowledge that loads but leaves the bot poorer is named in the log where it is loaded (break 30 #3: an emptied
/// lexicon.json or a deleted intent loaded without a word).
/// </summary>
public sealed class KnowledgeGapsTests
{
    [Fact]
    public void Log_ShippedKnowledge_LogsNoGap()
    {
        var logger = Log(KnowledgeLoader.Load(TestKnowledge.RealDirectory));

        Assert.DoesNotContain(logger.Collector.GetSnapshot(), r => r.Id.Id == 1010);
    }

    [Fact]
    public void Log_IntentDeleted_WarnsNamingIt()
    {
        using var knowledge = new TestKnowledge();
        knowledge.Edit("intents.json", root => root["intents"]!.AsArray().RemoveAt(1));

        var logger = Log(knowledge.Load());

        var gaps = logger.Collector.GetSnapshot().Where(r => r.Id.Id == 1010).Select(r => r.Message).ToArray();
        Assert.Contains(gaps, m => m.Contains("intents.json has no \"help\" intent", StringComparison.Ordinal));
        Assert.DoesNotContain(gaps, m => m.Contains("\"greeting\"", StringComparison.Ordinal));
    }

    [Fact]
    public void Log_LexiconEmptied_WarnsForEachSectionMatchingLeansOn()
    {
        using var knowledge = new TestKnowledge();
        knowledge.Write("lexicon.json", "{}");

        var logger = Log(knowledge.Load());

        var gaps = logger.Collector.GetSnapshot().Where(r => r.Id.Id == 1010 && r.Message.Contains("lexicon.json", StringComparison.Ordinal)).ToArray();
        Assert.Equal(12, gaps.Length);
        Assert.All(gaps, r => Assert.Equal(Microsoft.Extensions.Logging.LogLevel.Warning, r.Level));
        Assert.Contains(gaps, r => r.Message.Contains("no arabic.dialect words", StringComparison.Ordinal));
        Assert.Contains(gaps, r => r.Message.Contains("no claimCues words", StringComparison.Ordinal)); // break 32 #10
    }

    private static FakeLogger Log(KnowledgeBase knowledge)
    {
        var logger = new FakeLogger();
        KnowledgeGaps.Log(knowledge, logger);
        return logger;
    }
}
