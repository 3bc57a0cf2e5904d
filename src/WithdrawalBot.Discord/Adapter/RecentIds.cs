namespace WithdrawalBot.Discord.Adapter;

/// <summary>
/// Remembers the last <c>capacity</c> ids seen, so an event Discord delivers twice (it may deliver 0, 1 or N
/// times; resumes replay) is handled once. Thread-safe; memory is bounded.
/// </summary>
internal sealed class RecentIds(int capacity = 4096)
{
    private readonly HashSet<string> seen = new(StringComparer.Ordinal);
    private readonly Queue<string> order = new();
    private readonly Lock gate = new();

    /// <summary>Adds <paramref name="id"/>; false when it was already seen.</summary>
    public bool TryAdd(string id)
    {
        lock (gate)
        {
            if (!seen.Add(id))
            {
                return false;
            }

            order.Enqueue(id);
            if (order.Count > capacity)
            {
                seen.Remove(order.Dequeue());
            }

            return true;
        }
    }
}
