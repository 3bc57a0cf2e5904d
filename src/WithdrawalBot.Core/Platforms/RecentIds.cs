namespace WithdrawalBot.Core.Platforms;

/// <summary>
/// Remembers the last <paramref name="capacity"/> ids seen, so an event a platform delivers twice (Discord may deliver
/// 0, 1 or N times and resumes replay; Telegram posts a webhook update again when the answer was slow) is handled once.
/// Thread-safe; memory is bounded, the oldest id forgotten first.
/// </summary>
/// <param name="capacity">How many ids are remembered.</param>
public sealed class RecentIds(int capacity = 4096)
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

    /// <summary>Forgets <paramref name="id"/> (an event that could not be taken after all), so it is handled when it comes again.</summary>
    public void Remove(string id)
    {
        lock (gate)
        {
            seen.Remove(id);
        }
    }
}
