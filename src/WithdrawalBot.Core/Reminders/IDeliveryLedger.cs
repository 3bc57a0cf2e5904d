namespace WithdrawalBot.Core.Reminders;

/// <summary>
/// The durable record that makes reminders exactly-once: a reminder is claimed before it is sent, marked
/// <see cref="DeliveryState.Sending"/> just before the platform call and final just after it.
/// </summary>
public interface IDeliveryLedger
{
    /// <summary>The ledger entries (in any state) of those of <paramref name="keys"/> that have one.</summary>
    Task<IReadOnlyDictionary<DeliveryKey, DeliveryRecord>> FindAsync(IReadOnlyCollection<DeliveryKey> keys, CancellationToken cancellationToken);

    /// <summary>Adds the entries whose keys are not in the ledger yet, in one transaction; existing keys are left as they are.</summary>
    /// <returns>The entries actually added (the claims won).</returns>
    Task<IReadOnlyList<DeliveryRecord>> TryAddAsync(IReadOnlyCollection<DeliveryRecord> records, CancellationToken cancellationToken);

    /// <summary>
    /// Replaces the finished entries of these records' keys, in one transaction: the reminder they settled was for another
    /// due instant (its milestone's date moved) or was skipped under a clock running ahead. An unfinished entry, or a key
    /// with no entry, is left as it is.
    /// </summary>
    /// <returns>The entries actually written.</returns>
    Task<IReadOnlyList<DeliveryRecord>> SupersedeAsync(IReadOnlyCollection<DeliveryRecord> records, CancellationToken cancellationToken);

    /// <summary>Moves an entry to <paramref name="state"/>; moving to <see cref="DeliveryState.Sending"/> counts an attempt.</summary>
    /// <exception cref="KeyNotFoundException">No entry has this key.</exception>
    Task UpdateAsync(DeliveryKey key, DeliveryState state, DateTimeOffset at, string? detail, CancellationToken cancellationToken);

    /// <summary>The entry, or <c>null</c>.</summary>
    Task<DeliveryRecord?> GetAsync(DeliveryKey key, CancellationToken cancellationToken);

    /// <summary>Entries still <see cref="DeliveryState.Claimed"/> or <see cref="DeliveryState.Sending"/> (what a restart must resolve), oldest due first.</summary>
    Task<IReadOnlyList<DeliveryRecord>> ListUnfinishedAsync(CancellationToken cancellationToken);

    /// <summary>How many entries are in each state (for statistics and tests).</summary>
    Task<IReadOnlyDictionary<DeliveryState, int>> CountByStateAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Deletes finished entries (any state but <see cref="DeliveryState.Claimed"/> and <see cref="DeliveryState.Sending"/>)
    /// whose reminder fell due before <paramref name="dueBefore"/>; unfinished entries are never deleted.
    /// </summary>
    /// <returns>How many entries were deleted.</returns>
    Task<int> PruneFinishedAsync(DateTimeOffset dueBefore, CancellationToken cancellationToken);
}
