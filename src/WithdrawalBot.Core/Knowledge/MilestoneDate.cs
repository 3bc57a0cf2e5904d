namespace WithdrawalBot.Core.Knowledge;

/// <summary>When a milestone is due, as reported: a reference day, its precision and the time zone it is read in.</summary>
/// <param name="Date">The reference day (for month precision the 1st of the month).</param>
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
}
