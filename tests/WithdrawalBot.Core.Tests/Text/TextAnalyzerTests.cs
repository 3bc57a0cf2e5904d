using WithdrawalBot.Core.Knowledge;
using WithdrawalBot.Core.Text;

namespace WithdrawalBot.Core.Tests.Text;

public sealed class TextAnalyzerTests
{
    private static readonly Lexicon Lexicon = new(
        new Dictionary<string, string> { ["شوكت"] = "متى", ["يطلعون"] = "يغادرون", ["كال"] = "قال", ["شكو ماكو"] = "ما الأخبار" },
        [["يغادرون", "انسحاب", "تغادر"], ["أربيل", "هولير"]],
        ["في", "من"],
        [["leave", "withdraw", "pull out"], ["troops", "soldiers"]],
        ["the", "do", "out"]);

    private readonly TextAnalyzer analyzer = new(Lexicon);

    [Fact]
    public void Analyze_PhraseHoldingAWordOfAnEarlierGroup_StillMatchesAsAPhrase()
    {
        var analyzer = new TextAnalyzer(new Lexicon(new Dictionary<string, string>(), [], [], [["reply", "response", "answer"], ["retaliation", "military response", "strikes back"]], ["the", "their"]));

        Assert.Equal(["retali"], analyzer.Analyze("the military response"));
        Assert.Equal(["repli"], analyzer.Analyze("their response"));
    }

    [Fact]
    public void Analyze_PhraseHoldingAStopword_MatchesWholeBeforeStopwordsGo()
    {
        var analyzer = new TextAnalyzer(new Lexicon(new Dictionary<string, string>(), [], [], [["september", "fall", "autumn"], ["toppled", "fall of", "overthrow"]], ["the", "of", "in"]));

        Assert.Equal(["septemb"], analyzer.Analyze("in the fall"));
        Assert.Equal(["toppl", "saddam"], analyzer.Analyze("the fall of saddam"));
    }

    [Theory]
    [InlineData("ومن")]
    [InlineData("فمن")]
    public void Terms_StopwordBehindConjunction_IsDropped(string word) =>
        Assert.Empty(analyzer.Analyze(word));

    [Fact]
    public void Analyze_IraqiDialect_MapsToStandardArabicTerms()
    {
        var dialect = analyzer.Analyze("شوكت يطلعون من اربيل؟");
        var standard = analyzer.Analyze("متى الانسحاب من أربيل");

        Assert.Equal(standard, dialect);
    }

    [Theory]
    [InlineData("وشوكت")]
    [InlineData("فشوكت")]
    public void Words_DialectWordBehindConjunction_IsMapped(string word) =>
        Assert.Equal(["متي"], analyzer.Words(word));

    [Fact]
    public void Words_DialectWordWithPronounSuffix_IsMapped() =>
        Assert.Equal(["قال"], analyzer.Words("كالها"));

    [Fact]
    public void Words_DialectPhrase_IsReplacedWhole() =>
        Assert.Equal(["ما", "الاخبار"], analyzer.Words("شكو ماكو"));

    [Fact]
    public void Analyze_EnglishSynonymsAndPhrases_FoldOntoOneTerm()
    {
        var withdraw = analyzer.Analyze("When do the soldiers withdraw?");
        var pullOut = analyzer.Analyze("when do the troops pull out");

        Assert.Equal(withdraw, pullOut);
    }

    [Fact]
    public void Analyze_ArabicVerbWithFuturePrefix_FoldsOntoLexiconWord() =>
        Assert.Equal(analyzer.Analyze("تغادر"), analyzer.Analyze("ستغادر"));

    [Fact]
    public void Analyze_Stopwords_AreDropped() =>
        Assert.Equal(["leav"], analyzer.Analyze("the leave"));
}
