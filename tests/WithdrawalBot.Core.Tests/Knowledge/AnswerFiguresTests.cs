using WithdrawalBot.Core.Knowledge;
using WithdrawalBot.Core.Tests.Support;

namespace WithdrawalBot.Core.Tests.Knowledge;

/// <summary>
/// Break 36 #11: a figure mistyped in a fact's answer ("25,000 troops in Iraq", "thirty US soldiers", "end of 2071") passed
/// start-up and was served next to the quote that contradicts it. Every figure of an answer must be one its paragraphs write.
/// </summary>
public sealed class AnswerFiguresTests
{
    public static TheoryData<string, string, string, string, string, string> Typos => new()
    {
        { "us-troops-in-iraq-2500", "en", "about 2,500 troops in Iraq", "about 25,000 troops in Iraq", "English", "25000" },
        { "attacks-killed-three-us-soldiers", "en", "killed three US soldiers", "killed thirty US soldiers", "English", "\"thirty\" (30)" },
        { "isis-territory-and-defeat", "en", "at the end of 2017", "at the end of 2071", "English", "2071" },
        { "attacks-killed-three-us-soldiers", "ar", "مقتل ثلاثة جنود", "مقتل ثلاثين جندياً", "Arabic", "\"ثلاثين\" (30)" },
        { "us-troops-in-iraq-2500", "ar", "ما يقرب من 2500 جندي", "ما يقرب من ٢٥٠٠٠ جندي", "Arabic", "25000" },
        { "reuters-sources-who", "en", "five US officials", "four US officials", "English", "\"four\" (4)" },
    };

    [Theory]
    [MemberData(nameof(Typos))]
    public void Load_AnswerWithAFigureItsParagraphsDoNotWrite_ThrowsNamingFactLanguageAndFigure(string id, string language, string typed, string typo, string named, string figure)
    {
        using var knowledge = RealFactsWith(id, language, typed, typo);

        var error = Assert.Throws<KnowledgeValidationException>(knowledge.Load);

        Assert.Equal("facts.json", error.File);
        Assert.Equal($"fact \"{id}\"", error.Entry);
        Assert.Contains($"the {named} answer gives {figure}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ThirtyTyped_NamesTheParagraphsCited()
    {
        using var knowledge = RealFactsWith("attacks-killed-three-us-soldiers", "en", "killed three US soldiers", "killed thirty US soldiers");

        var error = Assert.Throws<KnowledgeValidationException>(knowledge.Load);

        Assert.Equal(
            "facts.json, fact \"attacks-killed-three-us-soldiers\": the English answer gives \"thirty\" (30), which paragraph 12 it cites does not write: correct the figure, or cite the paragraph that gives it.",
            error.Message);
    }

    [Fact]
    public void Load_ShippedKnowledge_LoadsWithEveryAnswerFigureInItsParagraphs()
    {
        var loaded = KnowledgeLoader.Load(TestKnowledge.RealDirectory);

        Assert.Contains(loaded.Facts, fact => fact.Id == "us-troops-in-iraq-2500");
    }

    /// <summary>The shipped facts with one phrase of one answer replaced.</summary>
    private static TestKnowledge RealFactsWith(string id, string language, string typed, string typo)
    {
        var knowledge = new TestKnowledge();
        foreach (var file in new[] { "facts.json", "lexicon.json", "intents.json" })
        {
            knowledge.Write(file, File.ReadAllText(Path.Combine(TestKnowledge.RealDirectory, file)));
        }

        knowledge.Edit("facts.json", root =>
        {
            var answer = root["facts"]!.AsArray().Single(fact => (string?)fact!["id"] == id)!["answer"]!;
            var text = (string)answer[language]!;
            Assert.Contains(typed, text, StringComparison.Ordinal);
            answer[language] = text.Replace(typed, typo, StringComparison.Ordinal);
        });
        return knowledge;
    }
}
