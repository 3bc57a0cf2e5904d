using System.Text.Json.Nodes;
using WithdrawalBot.Core.Knowledge;
using WithdrawalBot.Core.Matching;
using WithdrawalBot.Core.Tests.Support;

namespace WithdrawalBot.Core.Tests.Matching;

/// <summary>Examples of what the report does not answer (an intent marked <c>outOfScope</c>) turn near misses into refusals.</summary>
public sealed class IntentMatcherOutOfScopeTests
{
    private static readonly Lazy<KnowledgeBase> Knowledge = new(LoadWithNearMisses);

    [Theory]
    [InlineData("how many german soldiers in iraq")]
    [InlineData("كم جندي الماني في العراق؟")]
    public void Match_NearMissLikeAnOutOfScopeExample_IsRefused(string question)
    {
        var withoutExamples = new IntentMatcher(TestKnowledge.Shared).Match(question);
        var result = new IntentMatcher(Knowledge.Value).Match(question);

        Assert.True(withoutExamples.IsConfident, "the near miss should be answered from the nearest fact without the examples");
        Assert.Equal(MatchKind.OutOfScope, result.Best?.Kind);
        Assert.False(result.IsConfident, $"answered at {result.Confidence:0.000}");
        Assert.Contains(result.Candidates, c => c is { Kind: MatchKind.Fact, Id: "troops-in-iraq" });
    }

    [Theory]
    [InlineData("How many US troops are in Iraq?", "troops-in-iraq")]
    [InlineData("شكد جندي امريكي بالعراق", "troops-in-iraq")]
    [InlineData("when will troops leave erbil?", "erbil-stay")]
    public void Match_QuestionTheReportAnswers_IsStillAnswered(string question, string factId)
    {
        var result = new IntentMatcher(Knowledge.Value).Match(question);

        Assert.True(result.IsConfident, $"refused with {result.Best?.Kind} {result.Best?.Id} at {result.Confidence:0.000}");
        Assert.Equal(factId, result.Best?.Id);
    }

    private static KnowledgeBase LoadWithNearMisses()
    {
        using var knowledge = new TestKnowledge();
        var intents = JsonNode.Parse(TestKnowledge.IntentsJson)!;
        intents["intents"]!.AsArray().Add(JsonNode.Parse("""
            {
              "name": "out-of-scope",
              "outOfScope": true,
              "examples": {
                "ar": [ "كم جندي الماني موجود في العراق", "شكد عراقي انكتل بالضربات" ],
                "en": [ "how many German troops are in Iraq", "how many Iraqis were killed in the strikes" ]
              }
            }
            """));
        knowledge.Write("intents.json", intents.ToJsonString());
        return knowledge.Load();
    }
}
