using WithdrawalBot.Core.Reminders;

namespace WithdrawalBot.Core.Tests.Reminders;

public sealed class ReminderClockTests
{
    [Theory]
    [InlineData("Asia/Baghdad", 30, "2026-12-01T07:00:00+00:00")]
    [InlineData("Asia/Baghdad", 0, "2026-12-31T07:00:00+00:00")]
    [InlineData("Europe/Berlin", 7, "2026-12-24T09:00:00+00:00")]
    [InlineData("America/New_York", 1, "2026-12-30T15:00:00+00:00")]
    [InlineData("Asia/Tokyo", 30, "2026-12-01T01:00:00+00:00")]
    public void DueAt_EndOf2026_IsTheLeadDayAtTenInTheChatsZone(string zone, int lead, string expected)
    {
        var due = ReminderClock.DueAt(Milestones.EndOf2026, lead, 10, TimeZoneInfo.FindSystemTimeZoneById(zone));
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), due);
    }

    [Fact]
    public void AtLocalHour_HourSkippedBySpringForward_MovesOneHourLater()
    {
        // Europe/Berlin skips 02:00–03:00 on 29 March 2026.
        var due = ReminderClock.AtLocalHour(new DateOnly(2026, 3, 29), 2, TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin"));
        Assert.Equal(new DateTimeOffset(2026, 3, 29, 1, 0, 0, TimeSpan.Zero), due.ToUniversalTime());
    }

    [Fact]
    public void AtLocalHour_HourRepeatedByFallBack_TakesTheFirst()
    {
        // Europe/Berlin repeats 02:00–03:00 on 25 October 2026; the first 02:00 is 00:00 UTC.
        var due = ReminderClock.AtLocalHour(new DateOnly(2026, 10, 25), 2, TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin"));
        Assert.Equal(new DateTimeOffset(2026, 10, 25, 0, 0, 0, TimeSpan.Zero), due.ToUniversalTime());
    }
}
