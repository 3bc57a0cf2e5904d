using WithdrawalBot.Core.Messages;

namespace WithdrawalBot.Core.Reminders;

/// <summary>One entry of the delivery ledger.</summary>
/// <param name="Key">Which reminder.</param>
/// <param name="Chat">Where it goes (at the time of the last update; informational, the subscription decides).</param>
/// <param name="DueAt">When it fell or falls due (UTC).</param>
/// <param name="State">Where it stands.</param>
/// <param name="UpdatedAt">When the state last changed (UTC).</param>
public sealed record DeliveryRecord(DeliveryKey Key, ChatAddress Chat, DateTimeOffset DueAt, DeliveryState State, DateTimeOffset UpdatedAt)
{
    /// <summary>How many times it was handed to the platform.</summary>
    public int Attempts { get; init; }

    /// <summary>The last error or reason, for operators; <c>null</c> when none.</summary>
    public string? Detail { get; init; }

    /// <summary>Whether the state is final (neither <see cref="DeliveryState.Claimed"/> nor <see cref="DeliveryState.Sending"/>).</summary>
    public bool IsFinished => State is not (DeliveryState.Claimed or DeliveryState.Sending);
}
