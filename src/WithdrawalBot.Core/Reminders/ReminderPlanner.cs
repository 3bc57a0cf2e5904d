using WithdrawalBot.Core.Knowledge;

namespace WithdrawalBot.Core.Reminders;

/// <summary>
/// Pure reminder planning: for each active subscription × milestone × lead time, the due instant in the
/// chat's zone; which are due now, which are stale, and when the next one comes. A reminder due before the
/// subscription was made (<see cref="Subscription.SubscribedAt"/>) never counts.
/// </summary>
public static class ReminderPlanner
{
    /// <summary>Plans at <paramref name="now"/>.</summary>
    /// <param name="subscriptions">Active subscriptions with the time zone each chat uses.</param>
    /// <param name="milestones">The milestones.</param>
    /// <param name="localHour">The local hour reminders go out.</param>
    /// <param name="now">The current instant.</param>
    /// <param name="considerAfter">Past reminders due at or before this instant are not looked at again (already settled); <see cref="DateTimeOffset.MinValue"/> to look at all.</param>
    /// <param name="graceWindow">How late a reminder may still be sent.</param>
    public static ReminderPlan Plan(
        IEnumerable<(Subscription Subscription, TimeZoneInfo Zone)> subscriptions,
        IReadOnlyList<Milestone> milestones,
        int localHour,
        DateTimeOffset now,
        DateTimeOffset considerAfter,
        TimeSpan graceWindow)
    {
        ArgumentNullException.ThrowIfNull(subscriptions);
        ArgumentNullException.ThrowIfNull(milestones);
        var due = new List<PlannedDelivery>();
        var stale = new List<PlannedDelivery>();
        DateTimeOffset? next = null;
        foreach (var (subscription, zone) in subscriptions)
        {
            if (!subscription.Active)
            {
                continue;
            }

            foreach (var milestone in milestones)
            {
                foreach (var lead in subscription.LeadDays)
                {
                    var at = ReminderClock.DueAt(milestone, lead, localHour, zone);
                    if (at < subscription.SubscribedAt)
                    {
                        continue;
                    }

                    if (at > now)
                    {
                        next = next is null || at < next ? at : next;
                    }
                    else if (at > considerAfter)
                    {
                        (now - at <= graceWindow ? due : stale).Add(new PlannedDelivery(subscription, milestone, lead, at));
                    }
                }
            }
        }

        return new ReminderPlan(due, stale, next);
    }

    /// <summary>
    /// The next reminder a subscription will get after <paramref name="now"/>, or <c>null</c> when none is left. One due at
    /// the very instant the chat subscribed counts, as <see cref="Plan"/> sends it (it is not before the subscription): a
    /// <c>/subscribe 1d</c> at 10:00 the day before a milestone is told of the reminder that comes right away, not that none is
    /// planned. One due at <paramref name="now"/> for an earlier subscription goes out now and is not the next.
    /// </summary>
    public static PlannedDelivery? Next(Subscription subscription, TimeZoneInfo zone, IReadOnlyList<Milestone> milestones, int localHour, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        ArgumentNullException.ThrowIfNull(milestones);
        var from = subscription.SubscribedAt > now ? subscription.SubscribedAt : now;
        return milestones
            .SelectMany(m => subscription.LeadDays.Select(lead => new PlannedDelivery(subscription, m, lead, ReminderClock.DueAt(m, lead, localHour, zone))))
            .Where(p => p.DueAt > from || (p.DueAt == subscription.SubscribedAt && p.DueAt >= now))
            .MinBy(p => p.DueAt);
    }
}
