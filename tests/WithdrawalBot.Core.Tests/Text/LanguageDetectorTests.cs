using WithdrawalBot.Core.Languages;
using WithdrawalBot.Core.Text;

namespace WithdrawalBot.Core.Tests.Text;

public sealed class LanguageDetectorTests
{
    [Theory]
    [InlineData("شوكت يطلعون الامريكان؟", Language.Arabic)]
    [InlineData("When do US troops leave Iraq?", Language.English)]
    [InlineData("شنو يعني coalition؟", Language.Arabic)]
    [InlineData("what does السوداني gain from the deal?", Language.English)]
    [InlineData("اربيل erbil", Language.Arabic)]
    [InlineData("شنو breathing room؟", Language.Arabic)] // dev65: an Arabic question word asking about an English term
    [InlineData("شنو breathing room?", Language.English)]
    [InlineData("what does مجالا للتنفس mean؟", Language.English)] // break 34: an English question typed on an Arabic keyboard
    public void Detect_Text_FollowsTheScriptOfMostLetters(string text, Language expected) =>
        Assert.Equal(expected, LanguageDetector.Detect(text));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("2026 ٢٠٢٦ ?!")]
    [InlineData("👍🔥😀")]
    public void Detect_NoLetters_ReturnsNull(string text) => Assert.Null(LanguageDetector.Detect(text));

    [Theory]
    [InlineData("؟؟؟")]
    [InlineData("٢٠٢٥؟")]
    public void Detect_NoLettersButArabicPunctuation_ReturnsArabic(string text) => Assert.Equal(Language.Arabic, LanguageDetector.Detect(text));
}
