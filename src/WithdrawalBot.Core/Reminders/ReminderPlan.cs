namespace WithdrawalBot.Core.Reminders;

/// <summary>What the planner found at one instant.</summary>
/// <param name="Due">Reminders due now and within the grace window (to send unless already in the ledger).</param>
/// <param name="Stale">Reminders that fell due longer ago than the grace window (to record as skipped unless already in the ledger).</param>
/// <param name="NextDueAt">The earliest due instant after now, or <c>null</c> when nothing is left.</param>
public sealed record ReminderPlan(IReadOnlyList<PlannedDelivery> Due, IReadOnlyList<PlannedDelivery> Stale, DateTimeOffset? NextDueAt);
