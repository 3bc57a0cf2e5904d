using WithdrawalBot.Core.Knowledge;

namespace WithdrawalBot.Core.Reminders;

/// <summary>Reminder date arithmetic: when a lead time falls due in a chat's time zone (how far a milestone is: <see cref="Time.MilestoneCountdown"/>).</summary>
public static class ReminderClock
{
    /// <summary>
    /// The instant a reminder falls due: the milestone's reference day (read in the milestone's own zone) minus
    /// <paramref name="leadDays"/>, at <paramref name="localHour"/>:00 in the chat's <paramref name="zone"/>. For a date given to
    /// the month that is its 1st, so the "on the day" reminder opens the month ("this month"); the reminder's text counts how
    /// far the deadline is to the month's last day (<see cref="Time.MilestoneCountdown"/>).
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
}
