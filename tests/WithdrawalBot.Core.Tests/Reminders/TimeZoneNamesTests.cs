using WithdrawalBot.Core.Reminders;

namespace WithdrawalBot.Core.Tests.Reminders;

public sealed class TimeZoneNamesTests
{
    [Theory]
    [InlineData("Asia/Baghdad", "Asia/Baghdad")]
    [InlineData(" europe/BERLIN ", "Europe/Berlin")]
    [InlineData("New York", "America/New_York")]
    [InlineData("UTC", "UTC")]
    public void Find_KnownName_ReturnsTheIanaZone(string text, string expected) => Assert.Equal(expected, TimeZoneNames.Find(text)?.Id);

    [Theory]
    [InlineData("")]
    [InlineData("Mars/Olympus")]
    [InlineData("../../etc/passwd")]
    [InlineData("localtime")]
    [InlineData("Factory")]
    [InlineData("posixrules")]
    [InlineData("posix/Asia/Baghdad")]
    [InlineData("right/Asia/Baghdad")]
    [InlineData(null)]
    public void Find_UnknownName_ReturnsNull(string? text) => Assert.Null(TimeZoneNames.Find(text));

    [Theory]
    [InlineData("utc+3", "Etc/GMT-3")]
    [InlineData("GMT+3", "Etc/GMT-3")]
    [InlineData("+03:00", "Etc/GMT-3")]
    [InlineData("UTC+03:00", "Etc/GMT-3")]
    [InlineData("utc-5", "Etc/GMT+5")]
    [InlineData("UTC\u221205:00", "Etc/GMT+5")]
    [InlineData("+0", "Etc/UTC")]
    [InlineData("UTC+14", "Etc/GMT-14")]
    [InlineData("Etc/GMT+3", "Etc/GMT+3")]
    [InlineData("بغداد", "Asia/Baghdad")]
    [InlineData("أربيل", "Asia/Baghdad")]
    [InlineData("اربيل", "Asia/Baghdad")]
    [InlineData("الموصل", "Asia/Baghdad")]
    [InlineData("موصل", "Asia/Baghdad")]
    [InlineData("ستوكهولم", "Europe/Stockholm")]
    [InlineData("erbil", "Asia/Baghdad")]
    [InlineData("EST", "EST")]
    [InlineData("est", "EST")]
    [InlineData("CET", "CET")]
    public void Find_OffsetCityOrTzName_ReturnsTheZone(string text, string expected) => Assert.Equal(expected, TimeZoneNames.Find(text)?.Id);

    [Theory]
    [InlineData("+05:30")]
    [InlineData("UTC+15")]
    [InlineData("UTC-13")]
    [InlineData("عمان")]
    [InlineData("posix/../../x")]
    [InlineData("UTC+३")]
    public void Find_NoSingleZone_ReturnsNull(string text) => Assert.Null(TimeZoneNames.Find(text));

    [Theory]
    [InlineData("UTC+15", 15)]
    [InlineData("UTC-14", -14)]
    [InlineData("+3", 3)]
    [InlineData("+٣", 3)]
    [InlineData("GMT+٣", 3)]
    [InlineData("UTC-۵", -5)]
    public void ReadOffset_WholeHoursEvenOutOfRange_ReadsThemSoTheReplyCanSaySo(string text, int hours) =>
        Assert.Equal(TimeSpan.FromHours(hours), TimeZoneNames.ReadOffset(text));

    [Fact]
    public void FormatOffset_ZoneBehindUtc_UsesAMinusSignAndTheOffsetNow()
    {
        var now = new DateTimeOffset(2026, 7, 1, 12, 0, 0, TimeSpan.Zero);

        Assert.Equal("UTC\u221203:00", TimeZoneNames.FormatOffset(TimeZoneNames.Find("Etc/GMT+3")!, now));
        Assert.Equal("UTC\u221204:00", TimeZoneNames.FormatOffset(TimeZoneNames.Find("America/New_York")!, now));
        Assert.Equal("UTC+03:00", TimeZoneNames.FormatOffset(TimeZoneNames.Find("Asia/Baghdad")!, now));
    }
}
