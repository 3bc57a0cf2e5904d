using WithdrawalBot.Core.Text;

namespace WithdrawalBot.Core.Tests.Text;

public sealed class WordNormalizerTests
{
    [Theory]
    [InlineData("أربيل", "اربيل")]
    [InlineData("إربيل", "اربيل")]
    [InlineData("آخر", "اخر")]
    [InlineData("ٱلقوات", "القوات")]
    [InlineData("حتى", "حتي")]
    [InlineData("نهاية", "نهايه")]
    [InlineData("مسؤول", "مسوول")]
    [InlineData("الطائرات", "الطايرات")]
    [InlineData("إجراء", "اجرا")]
    [InlineData("الْقُوَّاتُ", "القوات")]
    [InlineData("انـــسحاب", "انسحاب")]
    [InlineData("الأميركية", "الامريكيه")]
    [InlineData("الأمريكية", "الامريكيه")]
    [InlineData("گال", "كال")]
    public void Tokenize_ArabicSpelling_NormalizesForMatching(string input, string expected)
    {
        var words = new List<string>();

        WordNormalizer.Tokenize(input, words);

        Assert.Equal(expected, Assert.Single(words));
    }

    [Theory]
    [InlineData("٢٠٢٦", "2026")]
    [InlineData("۲۰۲۶", "2026")]
    [InlineData("2,500", "2500")]
    [InlineData("٢٬٥٠٠", "2500")]
    [InlineData("3k", "3000")]
    [InlineData("3K", "3000")]
    [InlineData("2.5k", "2500")]
    [InlineData("١٫٥k", "1500")]
    [InlineData("2.5 thousand", "2500")] // break 28: read as 25 thousand
    [InlineData("2.5 k", "2500")]
    [InlineData("٢٫٥ ألف", "2500")]
    [InlineData("0.9 الف", "900")]
    public void Tokenize_DigitsInAnyScript_BecomeAsciiNumbers(string input, string expected)
    {
        var words = new List<string>();

        WordNormalizer.Tokenize(input, words);

        Assert.Equal(expected, Assert.Single(words));
    }

    [Theory]
    [InlineData("did the us leave b4", "did the us leave before")]
    [InlineData("B4 2014?", "before 2014")]
    [InlineData("is it true 4 soldiers died", "is it true 4 soldiers died")]
    [InlineData("b45 and ab4", "45 and ab 4")]
    public void Tokenize_B4_IsBeforeNotTheFigure4(string input, string expected)
    {
        Assert.Equal(expected, string.Join(' ', WordNormalizer.Tokenize(input)));
    }

    [Theory]
    [InlineData("el mu7adathat imta bidat", "el mu7adathat imta bidat")]
    [InlineData("shwakit ytl3oon mn el 3raq", "shwakit ytl3oon mn el 3raq")]
    [InlineData("Shal6aw sawarikh 3ala Israel", "shal6aw sawarikh 3ala israel")]
    [InlineData("3 soldiers, 2nd phase, 3k troops, covid19, 5000troops, 9am", "3 soldiers 2 nd phase 3000 troops covid 19 5000 troops 9 am")]
    public void Tokenize_ArabiziWord_IsOneWordWithoutAFigure(string input, string expected)
    {
        Assert.Equal(expected, string.Join(' ', WordNormalizer.Tokenize(input)));
    }

    [Theory]
    [InlineData("شكككد", "شكد")]
    [InlineData("شوووووكت يطلعووون الامريكاااان", "شوكت يطلعون الامريكان")]
    [InlineData("ممكن شككد", "ممكن شككد")]
    [InlineData("sooo", "sooo")]
    public void Tokenize_ArabicLetterDrawnOut_IsWrittenOnce(string input, string expected)
    {
        Assert.Equal(expected, string.Join(' ', WordNormalizer.Tokenize(input)));
    }

    [Theory]
    [InlineData("why won't they say?", "why will not they say")]
    [InlineData("They can’t, isn't it?", "they can not is not it")]
    [InlineData("who won the elections", "who won the elections")]
    public void Tokenize_EnglishNegation_IsTheVerbAndNot(string input, string expected)
    {
        var words = new List<string>();

        WordNormalizer.Tokenize(input, words);

        Assert.Equal(expected, string.Join(' ', words));
    }

    [Theory]
    [InlineData("When do U.S. troops leave?", "when do us troops leave")]
    [InlineData("the U.S.A and the U.K.", "the usa and the uk")]
    [InlineData("troops. a b. Erbil", "troops erbil")]
    public void Tokenize_InitialsWithDots_BecomeOneWord(string input, string expected)
    {
        var words = new List<string>();

        WordNormalizer.Tokenize(input, words);

        Assert.Equal(expected, string.Join(' ', words));
    }

    [Fact]
    public void Tokenize_MixedScriptsAndPunctuation_SplitsIntoLowerCaseWords()
    {
        var words = new List<string>();

        WordNormalizer.Tokenize("When do US troops leave أربيل؟ (Erbil), <b>now</b> & *soon*!", words);

        Assert.Equal(["when", "do", "us", "troops", "leave", "اربيل", "erbil", "now", "soon"], words);
    }

    [Fact]
    public void Tokenize_OverlongRun_IsCutNotAllocatedWhole()
    {
        var words = new List<string>();

        WordNormalizer.Tokenize(new string('a', 5000), words);

        Assert.Equal(WordNormalizer.MaxWordLength, Assert.Single(words).Length);
    }

    [Theory]
    [InlineData("القوات", "قو")]
    [InlineData("والقوات", "قو")]
    [InlineData("leaving", "leav")]
    [InlineData("troops", "troop")]
    [InlineData("2026", "2026")]
    public void Stem_Word_UsesLightArabicAndPorterEnglishStemming(string word, string expected) =>
        Assert.Equal(expected, WordNormalizer.Stem(word));

    [Theory]
    [InlineData("Aïn al-Asad", new[] { "ain", "al", "asad" })]
    [InlineData("al-Sūdānī", new[] { "al", "sudani" })]
    [InlineData("José", new[] { "jose" })]
    [InlineData("ʿAlāʾ", new[] { "ala" })]
    public void Tokenize_LatinNameWithMarks_IsFoldedToPlainLetters(string text, string[] expected)
    {
        Assert.Equal(expected, WordNormalizer.Tokenize(text));
    }
}
