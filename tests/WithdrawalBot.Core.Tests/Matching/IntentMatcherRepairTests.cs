using System.Text.Json.Nodes;
using WithdrawalBot.Core.Matching;
using WithdrawalBot.Core.Tests.Support;

namespace WithdrawalBot.Core.Tests.Matching;

/// <summary>How the matcher repairs words the knowledge does not use, on the small fixture knowledge.</summary>
public sealed class IntentMatcherRepairTests
{
    [Theory]
    [InlineData("شنو موقف الحشد من الانسحاب؟", "حشد")]
    [InlineData("what does the pmf think about leaving?", "pmf")]
    public void Analyze_OffTopicNameOneLetterFromAKnownWord_StaysANameInsteadOfBeingCorrected(string question, string name)
    {
        using var files = new TestKnowledge();
        files.Edit("lexicon.json", root =>
        {
            root["offTopic"] = new JsonObject { ["ar"] = new JsonArray("الحشد"), ["en"] = new JsonArray("pmf") };
            root["arabic"]!["synonyms"]!.AsArray().Add(new JsonArray("الحد", "تقليص"));
            root["english"]!["synonyms"]!.AsArray().Add(new JsonArray("pm", "prime minister"));
        });
        var matcher = new IntentMatcher(files.Load());

        var query = matcher.Analyze(question);

        Assert.Contains(name, query.NameLike);
        Assert.False(matcher.Match(query).IsConfident);
    }
}
