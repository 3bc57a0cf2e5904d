namespace WithdrawalBot.Core.Knowledge;

/// <summary>When a milestone is due, as reported: a reference day, its precision and the time zone it is read in.</summary>
/// <param name="Date">The reference day (for month precision the 1st of the month, for year precision 1 January).</param>
/// <param name="Precision">How precise the report is.</param>
/// <param name="TimeZone">The zone the day is read in (Asia/Baghdad for this article).</param>
public sealed record MilestoneDate(DateOnly Date, DatePrecision Precision, TimeZoneInfo TimeZone)
{
    /// <summary>The start (00:00) of <see cref="Date"/> in <see cref="TimeZone"/>, as an instant.</summary>
    public DateTimeOffset ReferenceInstant
    {
        get
        {
            var local = Date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
            return new DateTimeOffset(local, TimeZone.GetUtcOffset(local));
        }
    }

    /// <summary>
    /// The last day the date covers, which "how long until / ago" counts to (<see cref="Time.MilestoneCountdown"/>): for a
    /// month, its last day, since a deadline "by September 2025" is met until September is over (at 29 November 2026 it
    /// passed about 14 months ago, not 15), and an event "in October 2025" is surely over once October is; the same rule for
    /// both, so a date of month precision is never counted from its 1st. For a year, 31 December; for a day or an approximate
    /// day ("about the end of 2026": 31 December 2026), <see cref="Date"/> itself. <see cref="ReferenceInstant"/> and
    /// reminders keep <see cref="Date"/>.
    /// </summary>
    public DateOnly LastDay => Precision switch
    {
        DatePrecision.Month => new DateOnly(Date.Year, Date.Month, DateTime.DaysInMonth(Date.Year, Date.Month)),
        DatePrecision.Year => new DateOnly(Date.Year, 12, 31),
        _ => Date,
    };
}
