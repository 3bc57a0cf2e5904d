namespace WithdrawalBot.Discord.Gateway;

/// <summary>
/// Paces Identify across the shards of this process: shards whose <c>id % max_concurrency</c> is equal share a
/// slot, and a slot allows one Identify per <see cref="GatewayTimings.IdentifyWindow"/> (Discord: 5 s). Identifying
/// faster earns Invalid Session. A shard holds its slot from before connecting until its Identify is sent.
/// </summary>
internal sealed class IdentifyGate
{
    private readonly SemaphoreSlim[] slots;
    private readonly long?[] lastSent;
    private readonly TimeSpan window;
    private readonly TimeProvider time;

    /// <summary>Creates the gate.</summary>
    /// <param name="maxConcurrency">From <c>session_start_limit.max_concurrency</c>; at least 1.</param>
    /// <param name="window">The pacing window.</param>
    /// <param name="time">The clock.</param>
    public IdentifyGate(int maxConcurrency, TimeSpan window, TimeProvider time)
    {
        var count = Math.Max(1, maxConcurrency);
        slots = Enumerable.Range(0, count).Select(_ => new SemaphoreSlim(1, 1)).ToArray();
        lastSent = new long?[count];
        this.window = window;
        this.time = time;
    }

    /// <summary>Waits until <paramref name="shardId"/> may identify; dispose the slot when done (after <see cref="Slot.MarkSent"/> or a failure).</summary>
    public async Task<Slot> AcquireAsync(int shardId, CancellationToken cancellationToken)
    {
        var index = shardId % slots.Length;
        await slots[index].WaitAsync(cancellationToken);
        try
        {
            if (lastSent[index] is { } sent)
            {
                var wait = window - time.GetElapsedTime(sent);
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait, time, cancellationToken);
                }
            }

            return new Slot(this, index);
        }
        catch
        {
            slots[index].Release();
            throw;
        }
    }

    /// <summary>A held Identify slot.</summary>
    internal sealed class Slot(IdentifyGate gate, int index) : IDisposable
    {
        private int released;

        /// <summary>Records that Identify was sent now and frees the slot for the next shard after the window.</summary>
        public void MarkSent()
        {
            gate.lastSent[index] = gate.time.GetTimestamp();
            Dispose();
        }

        /// <inheritdoc />
        public void Dispose()
        {
            if (Interlocked.Exchange(ref released, 1) == 0)
            {
                gate.slots[index].Release();
            }
        }
    }
}
