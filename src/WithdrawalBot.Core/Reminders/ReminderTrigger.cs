namespace WithdrawalBot.Core.Reminders;

/// <summary>Tells the reminder scheduler to plan again now (a chat subscribed, unsubscribed, moved or changed its time zone).</summary>
public sealed class ReminderTrigger(TimeProvider time)
{
    internal WakeSignal Signal { get; } = new(time);

    /// <summary>Subscriptions or chat time zones changed; the scheduler re-plans without waiting for its next wake-up.</summary>
    public void SubscriptionsChanged() => Signal.Set();
}
