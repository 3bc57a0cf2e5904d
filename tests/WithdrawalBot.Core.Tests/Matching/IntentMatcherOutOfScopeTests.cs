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

    [Theory]
    [InlineData("How many Iraqis are in Iraq?")]
    [InlineData("شكد عراقي بالعراق")]
    [InlineData("كم عدد العراقيين في العراق؟")]
    public void Match_WordTheFactIsNotAbout_NeverAnswersWithThatFact(string question)
    {
        var without = new IntentMatcher(TestKnowledge.Shared).Match(question);
        var result = new IntentMatcher(NotAboutIraqis.Value).Match(question);

        Assert.Equal("troops-in-iraq", without.Best?.Id);
        Assert.DoesNotContain(result.Candidates, c => c.Id == "troops-in-iraq");
        Assert.Equal(["troops-in-iraq"], result.RuledOut);
        Assert.False(result.IsConfident, $"answered with {result.Best?.Id} at {result.Confidence:0.000}");
    }

    [Theory]
    [InlineData("How many US troops are in Iraq?")]
    [InlineData("كم عدد الجنود الأمريكيين في القواعد العراقية؟")]
    public void Match_WordTheFactIsNotAboutAbsent_StillAnswers(string question)
    {
        var result = new IntentMatcher(NotAboutIraqis.Value).Match(question);

        Assert.True(result.IsConfident, $"refused at {result.Confidence:0.000}");
        Assert.Equal("troops-in-iraq", result.Best?.Id);
    }

    [Theory]
    [InlineData("do US forces stay in erbil after the withdrawal?")]
    [InlineData("هل تبقى القوات في اربيل بعد الانسحاب؟")]
    public void Match_YesNoQuestionLikeAHowManyExample_CountsTheExampleLess(string question)
    {
        var counted = new IntentMatcher(HowManyStayInErbil.Value, new MatchTuning { OutOfScopeUnaskedKindFactor = 1 }).Match(question);
        var result = new IntentMatcher(HowManyStayInErbil.Value).Match(question);

        var before = counted.Candidates.Single(c => c.Kind == MatchKind.OutOfScope).Score;
        var after = result.Candidates.Single(c => c.Kind == MatchKind.OutOfScope).Score;
        Assert.InRange(after, 0, before * new MatchTuning().OutOfScopeUnaskedKindFactor + 1e-6);
        Assert.Equal(counted.Candidates.Single(c => c.Id == "erbil-stay").Score, result.Candidates.Single(c => c.Id == "erbil-stay").Score, 6);
    }

    [Theory]
    [InlineData("how many US troops will stay in erbil after the withdrawal?")]
    [InlineData("كم جندي يبقى في اربيل بعد الانسحاب؟")]
    public void Match_HowManyQuestionLikeAHowManyExample_IsStillRefused(string question)
    {
        var result = new IntentMatcher(HowManyStayInErbil.Value).Match(question);

        Assert.False(result.IsConfident, $"answered with {result.Best?.Id} at {result.Confidence:0.000}");
    }

    private static readonly Lazy<KnowledgeBase> HowManyStayInErbil = new(() => WithOutOfScopeExamples(
        """{ "ar": [ "كم جندي يبقى في اربيل بعد الانسحاب" ], "en": [ "how many US troops stay in erbil after the withdrawal" ] }""",
        answerKinds: """{ "quantity": [ "how many", "كم" ] }"""));

    private static readonly Lazy<KnowledgeBase> NotAboutIraqis = new(() =>
    {
        using var knowledge = new TestKnowledge();
        var facts = JsonNode.Parse(TestKnowledge.FactsJson)!;
        facts["facts"]!.AsArray().Single(f => (string?)f!["id"] == "troops-in-iraq")!["notAbout"] = new JsonArray("iraqis", "عراقي", "عراقيين");
        knowledge.Write("facts.json", facts.ToJsonString());
        return knowledge.Load();
    });

    private static KnowledgeBase LoadWithNearMisses() => WithOutOfScopeExamples("""
        {
          "ar": [ "كم جندي الماني موجود في العراق", "شكد عراقي انكتل بالضربات" ],
          "en": [ "how many German troops are in Iraq", "how many Iraqis were killed in the strikes" ]
        }
        """);

    private static KnowledgeBase WithOutOfScopeExamples(string examples, string? answerKinds = null)
    {
        using var knowledge = new TestKnowledge();
        var intents = JsonNode.Parse(TestKnowledge.IntentsJson)!;
        intents["intents"]!.AsArray().Add(new JsonObject { ["name"] = "out-of-scope", ["outOfScope"] = true, ["examples"] = JsonNode.Parse(examples) });
        knowledge.Write("intents.json", intents.ToJsonString());
        if (answerKinds is not null)
        {
            var lexicon = JsonNode.Parse(TestKnowledge.LexiconJson)!;
            lexicon["answerKinds"] = JsonNode.Parse(answerKinds);
            knowledge.Write("lexicon.json", lexicon.ToJsonString());
        }

        return knowledge.Load();
    }
}
