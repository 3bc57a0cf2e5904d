namespace WithdrawalBot.Core.Reminders;

/// <summary>The lead times read from a <c>/subscribe</c> command or a free-text "remind me a week before".</summary>
/// <param name="Days">The lead times within 0–<see cref="LeadTimes.MaxDays"/> days, distinct, descending; empty when none was given.</param>
/// <param name="Invalid">The first word of a command that is not a lead time, as typed; <c>null</c> when every word was read (always <c>null</c> for free text, which skips other words).</param>
/// <param name="TooFarDays">The days of the first lead time over <see cref="LeadTimes.MaxDays"/> ("10 years" → 3650); <c>null</c> when none is.</param>
public sealed record LeadTimeRequest(IReadOnlyList<int> Days, string? Invalid, int? TooFarDays)
{
    /// <summary>
    /// The first lead time that comes to a fraction of a day ("1.5 weeks" = 10.5 days), which reminders cannot keep:
    /// the request is refused with the whole days around it; <c>null</c> when none does. "1.5 months" (45 days) is whole.
    /// </summary>
    public LeadTimeFraction? Fraction { get; init; }
}
