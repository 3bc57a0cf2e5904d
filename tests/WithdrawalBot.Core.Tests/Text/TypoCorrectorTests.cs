using WithdrawalBot.Core.Text;

namespace WithdrawalBot.Core.Tests.Text;

public sealed class TypoCorrectorTests
{
    private static readonly TypoCorrector Corrector = new(new Dictionary<string, int>
    {
        ["when"] = 5, ["erbil"] = 3, ["syria"] = 4, ["withdrawal"] = 2, ["announcement"] = 1, ["date"] = 2, ["fight"] = 1, ["september"] = 2,
    });

    [Theory]
    [InlineData("wen", "when")]
    [InlineData("erbll", "erbil")]
    [InlineData("syrai", "syria")]
    [InlineData("withdrawl", "withdrawal")]
    [InlineData("anouncment", "announcement")]
    [InlineData("septmber", "september")]
    [InlineData("erbil", "erbil")]
    public void Correct_CloseTypo_FindsKnownWord(string typed, string expected) =>
        Assert.Equal(expected, Corrector.Correct(typed));

    [Theory]
    [InlineData("rate")]
    [InlineData("might")]
    [InlineData("russia")]
    [InlineData("xy")]
    public void Correct_DifferentWord_IsNotCorrected(string typed) =>
        Assert.Null(Corrector.Correct(typed));

    [Theory]
    [InlineData("جتدي", "جندي")]
    [InlineData("داعس", "داعش")]
    public void CorrectKeyboardSlip_LetterOfTheNeighbouringKey_FindsKnownWord(string typed, string expected) =>
        Assert.Equal(expected, new TypoCorrector(new Dictionary<string, int> { ["جندي"] = 4, ["داعش"] = 3, ["جيدي"] = 1 }).CorrectKeyboardSlip(typed));

    [Theory]
    [InlineData("حندي")] // the first letter is kept
    [InlineData("جطدي")] // ط is not beside ن
    public void CorrectKeyboardSlip_FirstLetterOrAFarKey_IsNotCorrected(string typed) =>
        Assert.Null(new TypoCorrector(new Dictionary<string, int> { ["جندي"] = 4 }).CorrectKeyboardSlip(typed));

    [Theory]
    [InlineData("kitten", "sitting", 3, 3)]
    [InlineData("erbil", "erbli", 2, 1)]
    [InlineData("abc", "abc", 1, 0)]
    [InlineData("abcdef", "zzzzzz", 2, 3)]
    public void Osa_Pairs_GiveBoundedDistance(string a, string b, int max, int expected) =>
        Assert.Equal(expected, EditDistance.Osa(a, b, max));
}
