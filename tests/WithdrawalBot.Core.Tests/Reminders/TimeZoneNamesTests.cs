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
    [InlineData(null)]
    public void Find_UnknownName_ReturnsNull(string? text) => Assert.Null(TimeZoneNames.Find(text));
}
