using System.Text.Json.Nodes;
using WithdrawalBot.Core.Matching;
using WithdrawalBot.Core.Tests.Evaluation;
using WithdrawalBot.Core.Tests.Support;

namespace WithdrawalBot.Core.Tests.Matching;

/// <summary>How the matcher repairs words the knowledge does not use, on the small fixture knowledge and the real one.</summary>
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

    [Theory]
    [InlineData("مو عين الأسد بأربيل؟", "عين الأسد")]
    [InlineData("مو بغداد باربيل؟", "بغداد")]
    public void QueryTerms_PlaceSaidNotToBeInAnother_IsKeptNotReadAsACorrection(string question, string place)
    {
        var terms = EvaluationSet.Matcher.QueryTerms(question);

        Assert.All(EvaluationSet.Matcher.QueryTerms(place), term => Assert.Contains(term, terms));
    }

    [Theory]
    [InlineData("شوكت يطلعون الأمغيكان من العغاق", "شوكت يطلعون الأمريكان من العراق")]
    [InlineData("داعش شقد كانت مسيطغة", "داعش شقد كانت مسيطرة")]
    public void QueryTerms_MosulGhainForRa_ReadsAsTheWordWithRa(string maslawi, string spelled)
    {
        Assert.Equal(EvaluationSet.Matcher.QueryTerms(spelled), EvaluationSet.Matcher.QueryTerms(maslawi));
    }

    [Theory]
    [InlineData("كم جتدي امريكي بسوريا", "كم جندي امريكي بسوريا")] // ت beside ن (trial 58, a Mosul phone user)
    [InlineData("داعس كم كان مسيطر من العراق", "داعش كم كان مسيطر من العراق")] // س beside ش
    public void QueryTerms_ShortWordWithAKeyboardNeighboursLetter_ReadsAsTheKnownWord(string typed, string spelled)
    {
        Assert.Equal(EvaluationSet.Matcher.QueryTerms(spelled), EvaluationSet.Matcher.QueryTerms(typed));
    }

    [Theory]
    [InlineData("شكد قتلت؟", "شكد قالت؟")] // ت beside ا, but قتلت is a verb: not read as "said"
    [InlineData("كم تفصل المدة بين المرحلتين؟", "كم تفضل المدة بين المرحلتين؟")]
    public void QueryTerms_ShortVerbOneKeyFromAKnownWord_IsNotCorrected(string typed, string other)
    {
        Assert.NotEqual(EvaluationSet.Matcher.QueryTerms(other), EvaluationSet.Matcher.QueryTerms(typed));
    }
}
