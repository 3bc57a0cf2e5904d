using WithdrawalBot.Core.Languages;
using WithdrawalBot.Core.Reminders;

namespace WithdrawalBot.Core.Tests.Reminders;

public sealed class LeadTimesTests
{
    [Theory]
    [InlineData("7d", 7)]
    [InlineData("7D", 7)]
    [InlineData("30", 30)]
    [InlineData("0d", 0)]
    [InlineData("day", 0)]
    [InlineData("today", 0)]
    [InlineData("اليوم", 0)]
    [InlineData("٧ي", 7)]
    [InlineData("۳۰d", 30)]
    [InlineData("14days", 14)]
    [InlineData("365d", 365)]
    public void ParseToken_Readable_ReturnsDays(string token, int expected) => Assert.Equal(expected, LeadTimes.ParseToken(token));

    [Theory]
    [InlineData("366d")]
    [InlineData("-1d")]
    [InlineData("1w")]
    [InlineData("7dd")]
    [InlineData("")]
    [InlineData("🙂")]
    public void ParseToken_Unreadable_ReturnsNull(string token) => Assert.Null(LeadTimes.ParseToken(token));

    [Theory]
    [InlineData("400d", 400)]
    [InlineData("٤٠٠ي", 400)]
    [InlineData("366", 366)]
    [InlineData("7d", 7)]
    public void ReadDays_AnyNumberOfDays_ReadsItEvenOverTheMaximum(string token, int expected) => Assert.Equal(expected, LeadTimes.ReadDays(token));

    [Theory]
    [InlineData("-1d")]
    [InlineData("soon")]
    [InlineData("99999999999d")]
    public void ReadDays_NotDays_ReturnsNull(string token) => Assert.Null(LeadTimes.ReadDays(token));

    [Fact]
    public void Parse_NumbersWithSeparateUnits_DeduplicatesAndSortsDescending()
    {
        var (days, invalid) = LeadTimes.Parse(["1", "day", "7", "ايام", "30d", "7d", "day"]);
        Assert.Null(invalid);
        Assert.Equal([30, 7, 1, 0], days);
    }

    [Fact]
    public void Parse_UnreadableToken_NamesIt()
    {
        var (days, invalid) = LeadTimes.Parse(["7d", "soon"]);
        Assert.Empty(days);
        Assert.Equal("soon", invalid);
    }

    [Theory]
    [InlineData(Language.English, "30 days before, 7 days before, 1 day before and on the day")]
    [InlineData(Language.Arabic, "قبل 30 يوماً، قبل 7 أيام، قبل يوم واحد وفي اليوم نفسه")]
    public void Describe_Defaults_ReadsNaturally(Language language, string expected) =>
        Assert.Equal(expected, LeadTimes.Describe(LeadTimes.Default, language));

    [Fact]
    public void Describe_TwoDaysInArabic_UsesTheDual() => Assert.Equal("قبل يومين", LeadTimes.Describe(2, Language.Arabic));
}
