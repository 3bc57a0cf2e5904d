using WithdrawalBot.Core.Text;

namespace WithdrawalBot.Core.Tests.Text;

public sealed class NumericMonthsTests
{
    [Theory]
    [InlineData("hundreds leave by 09/25 and the rest by 12/26?", "hundreds leave by September 2025 and the rest by December 2026?")]
    [InlineData("when do troops leave ain al asad, 9/2025?", "when do troops leave ain al asad, September 2025?")]
    [InlineData("elections on 10-2025?", "elections on October 2025?")]
    [InlineData("هل الانتخابات مقررة في ١١/٢٠٢٥؟", "هل الانتخابات مقررة في تشرين الثاني 2025؟")]
    [InlineData("الانسحاب ٩ / ٢٠٢٥", "الانسحاب أيلول 2025")]
    public void WithMonthsWritten_MonthNumberBeforeAYear_IsTheMonthsName(string text, string expected) =>
        Assert.Equal(expected, NumericMonths.WithMonthsWritten(text));

    [Theory]
    [InlineData("10-20 soldiers were wounded")] // a range, not a date: a dash takes a year of four digits
    [InlineData("3/4 of the troops")]
    [InlineData("2500/900 troops")]
    [InlineData("13/2025")] // no thirteenth month
    [InlineData("2.5k troops")]
    [InlineData("when do they leave?")]
    public void WithMonthsWritten_NoMonthBeforeAYear_LeavesTheText(string text) =>
        Assert.Equal(text, NumericMonths.WithMonthsWritten(text));
}
