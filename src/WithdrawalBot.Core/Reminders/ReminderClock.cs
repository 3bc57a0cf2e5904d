using WithdrawalBot.Core.Knowledge;

namespace WithdrawalBot.Core.Reminders;

/// <summary>Reminder date arithmetic: when a lead time falls due in a chat's time zone, and when a milestone's day is over.</summary>
public static class ReminderClock
{
    /// <summary>
    /// The instant a reminder falls due: the milestone's reference day (read in the milestone's own zone) minus
    /// <paramref name="leadDays"/>, at <paramref name="localHour"/>:00 in the chat's <paramref name="zone"/>.
    /// </summary>
    public static DateTimeOffset DueAt(Milestone milestone, int leadDays, int localHour, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(milestone);
        return AtLocalHour(milestone.Due.Date.AddDays(-leadDays), localHour, zone);
    }

    /// <summary>
    /// <paramref name="day"/> at <paramref name="localHour"/>:00 in <paramref name="zone"/>. An hour skipped by a
    /// daylight-saving change moves one hour later; an hour that happens twice takes its first occurrence.
    /// </summary>
    public static DateTimeOffset AtLocalHour(DateOnly day, int localHour, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var local = day.ToDateTime(new TimeOnly(localHour, 0), DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(local))
        {
            local = local.AddHours(1);
        }

        var offset = zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local).Max() : zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset);
    }

    /// <summary>The end of the milestone's reference day in its own zone (midnight after it): "by the end of 2026" is measured to here, and the milestone counts as passed from here on.</summary>
    public static DateTimeOffset EndOfReferenceDay(Milestone milestone)
    {
        ArgumentNullException.ThrowIfNull(milestone);
        var next = milestone.Due.Date.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return new DateTimeOffset(next, milestone.Due.TimeZone.GetUtcOffset(next));
    }

    /// <summary>Whether the milestone's reference day is over at <paramref name="now"/>.</summary>
    public static bool HasPassed(Milestone milestone, DateTimeOffset now) => now >= EndOfReferenceDay(milestone);
}
