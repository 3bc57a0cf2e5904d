using WithdrawalBot.Core.Languages;
using WithdrawalBot.Core.Time;

namespace WithdrawalBot.Core.Tests.Time;

public sealed class RelativeTimeTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 29, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(32, Language.English, "in about 32 days")]
    [InlineData(-430, Language.English, "about 14 months ago")]
    [InlineData(0.5, Language.English, "today")]
    [InlineData(1000, Language.English, "in about 3 years")]
    [InlineData(1.8, Language.English, "in about 2 days")]
    public void Describe_English_SaysDistanceInWords(double days, Language language, string expected) =>
        Assert.Equal(expected, RelativeTime.Describe(Now.AddDays(days), Now, language));

    [Theory]
    [InlineData(31.4, "بعد نحو 31 يوماً")]
    [InlineData(2.2, "بعد نحو يومين")]
    [InlineData(5, "بعد نحو 5 أيام")]
    [InlineData(-430, "قبل نحو 14 شهراً")]
    [InlineData(-100, "قبل نحو 3 أشهر")]
    [InlineData(-800, "قبل نحو سنتين")]
    public void Describe_Arabic_CountedNounsAgreeWithTheNumber(double days, string expected) =>
        Assert.Equal(expected, RelativeTime.Describe(Now.AddDays(days), Now, Language.Arabic));

    [Fact]
    public void Describe_ArabicFuture_SaysAfterAboutInArabic()
    {
        var text = RelativeTime.Describe(Now.AddDays(32), Now, Language.Arabic);
        Assert.StartsWith("بعد نحو", text, StringComparison.Ordinal);
        Assert.Contains("32", text, StringComparison.Ordinal);
    }
}
