namespace WithdrawalBot.Telegram.Webhook;

/// <summary>
/// The update_ids of the last <see cref="Capacity"/> updates the webhook accepted, so an update Telegram delivers again
/// (it redelivers when an answer is slow or not 2xx) is acknowledged without being answered twice. Thread-safe; the
/// oldest id is forgotten first.
/// </summary>
public sealed class RecentUpdateIds
{
    /// <summary>How many update_ids are remembered.</summary>
    public const int Capacity = 1024;

    private readonly HashSet<long> ids = [];
    private readonly Queue<long> order = new();
    private readonly Lock gate = new();

    /// <summary>Records <paramref name="updateId"/>; false when it was already among the remembered ids.</summary>
    public bool TryAdd(long updateId)
    {
        lock (gate)
        {
            if (!ids.Add(updateId))
            {
                return false;
            }

            order.Enqueue(updateId);
            if (order.Count > Capacity)
            {
                ids.Remove(order.Dequeue());
            }

            return true;
        }
    }
}
