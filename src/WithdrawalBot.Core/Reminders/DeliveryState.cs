namespace WithdrawalBot.Core.Reminders;

/// <summary>Where one reminder stands in the delivery ledger.</summary>
public enum DeliveryState
{
    /// <summary>Reserved for sending, not yet handed to the platform. After a restart it is sent (no gap, and no duplicate since nothing went out).</summary>
    Claimed,

    /// <summary>Handed to the platform, outcome not yet recorded. After a restart it becomes <see cref="Uncertain"/> and is not sent again.</summary>
    Sending,

    /// <summary>The platform accepted it.</summary>
    Delivered,

    /// <summary>It fell due longer ago than the grace window (downtime); never sent.</summary>
    Skipped,

    /// <summary>The subscription was gone or inactive when its turn came; never sent.</summary>
    Cancelled,

    /// <summary>The platform said the chat is gone for the bot (blocked, kicked, not found); the subscription was deactivated.</summary>
    ChatUnavailable,

    /// <summary>Transient failures until the attempts ran out.</summary>
    Failed,

    /// <summary>The process stopped while the platform call was in flight; it most likely went out, so it is not resent (logged).</summary>
    Uncertain,
}
