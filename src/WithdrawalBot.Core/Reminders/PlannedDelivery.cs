using WithdrawalBot.Core.Knowledge;

namespace WithdrawalBot.Core.Reminders;

/// <summary>One reminder the planner found: which subscription, milestone and lead time, and when it falls due.</summary>
/// <param name="Subscription">The subscription.</param>
/// <param name="Milestone">The milestone.</param>
/// <param name="LeadDays">Days before the reference day.</param>
/// <param name="DueAt">When it falls due (UTC offset kept as computed).</param>
public sealed record PlannedDelivery(Subscription Subscription, Milestone Milestone, int LeadDays, DateTimeOffset DueAt)
{
    /// <summary>The ledger key.</summary>
    public DeliveryKey Key => new(Milestone.Id, LeadDays, Subscription.Id);
}
