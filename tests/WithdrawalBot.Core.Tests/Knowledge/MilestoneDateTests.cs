using System.Globalization;
using WithdrawalBot.Core.Knowledge;

namespace WithdrawalBot.Core.Tests.Knowledge;

public sealed class MilestoneDateTests
{
    private static readonly TimeZoneInfo Baghdad = TimeZoneInfo.FindSystemTimeZoneById("Asia/Baghdad");

    [Theory]
    [InlineData("2025-09-01", DatePrecision.Month, "2025-09-30")]
    [InlineData("2028-02-01", DatePrecision.Month, "2028-02-29")]
    [InlineData("2025-12-01", DatePrecision.Month, "2025-12-31")]
    [InlineData("2026-01-01", DatePrecision.Year, "2026-12-31")]
    [InlineData("2026-12-31", DatePrecision.Approximate, "2026-12-31")]
    [InlineData("2026-03-15", DatePrecision.Day, "2026-03-15")]
    public void LastDay_EachPrecision_IsTheLastDayTheDateCovers(string date, DatePrecision precision, string expected)
    {
        var due = new MilestoneDate(DateOnly.Parse(date, CultureInfo.InvariantCulture), precision, Baghdad);

        Assert.Equal(DateOnly.Parse(expected, CultureInfo.InvariantCulture), due.LastDay);
    }
}
