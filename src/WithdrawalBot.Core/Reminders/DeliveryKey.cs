namespace WithdrawalBot.Core.Reminders;

/// <summary>Identifies one reminder: a milestone, a lead time and a subscription. Each is delivered at most once.</summary>
/// <param name="MilestoneId">The milestone's stable id.</param>
/// <param name="LeadDays">Days before the milestone's reference day (0 = the day itself).</param>
/// <param name="SubscriptionId">The subscription's stable id (unchanged when a chat migrates).</param>
public readonly record struct DeliveryKey(string MilestoneId, int LeadDays, string SubscriptionId)
{
    /// <summary>The ledger's key text, e.g. <c>erbil-and-remaining-forces-leave|7d|3f2a…</c>.</summary>
    public override string ToString() => $"{MilestoneId}|{LeadDays}d|{SubscriptionId}";
}
