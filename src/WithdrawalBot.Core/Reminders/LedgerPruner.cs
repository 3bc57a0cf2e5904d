using Microsoft.Extensions.Logging;

namespace WithdrawalBot.Core.Reminders;

/// <summary>
/// Keeps the delivery ledger small: deletes finished entries whose reminder fell due before the <see cref="Horizon"/>
/// (now − grace window − <see cref="ReminderOptions.LedgerRetention"/>), at most once per <see cref="Interval"/>. The
/// scheduler plans nothing older than the same horizon, so a deleted entry is never mistaken for a reminder not yet
/// sent or skipped. A failure is logged and retried after <see cref="RetryDelay"/>; it never stops reminders.
/// </summary>
/// <param name="ledger">The ledger.</param>
/// <param name="options">Grace window and retention.</param>
/// <param name="logger">Logs what was deleted.</param>
internal sealed class LedgerPruner(IDeliveryLedger ledger, ReminderOptions options, ILogger logger)
{
    /// <summary>How often the ledger is pruned.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromDays(1);

    /// <summary>How soon a failed pruning is tried again.</summary>
    public static readonly TimeSpan RetryDelay = TimeSpan.FromHours(1);

    /// <summary>When the next pruning is due (<see cref="DateTimeOffset.MinValue"/> before the first).</summary>
    public DateTimeOffset NextRunAt { get; private set; } = DateTimeOffset.MinValue;

    /// <summary>Reminders due at or before this instant are settled for good: their entries may be gone.</summary>
    public DateTimeOffset Horizon(DateTimeOffset now) => now - options.GraceWindow - options.LedgerRetention;

    /// <summary>Prunes when <see cref="NextRunAt"/> has come.</summary>
    public async Task PruneIfDueAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (now < NextRunAt)
        {
            return;
        }

        var dueBefore = Horizon(now);
        try
        {
            var removed = await ledger.PruneFinishedAsync(dueBefore, cancellationToken);
            NextRunAt = now + Interval;
            if (removed > 0)
            {
                ReminderLog.Pruned(logger, removed, dueBefore);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            NextRunAt = now + RetryDelay;
            ReminderLog.PruneFailed(logger, e, RetryDelay);
        }
    }
}
