using Microsoft.Extensions.Logging;
using WithdrawalBot.Discord.Models;

namespace WithdrawalBot.Discord.Gateway;

/// <summary>
/// Paces Identify across the shards of this process and keeps within the daily session-start budget.
/// <list type="bullet">
/// <item>Shards whose <c>id % max_concurrency</c> is equal share a slot, and a slot allows one Identify per
/// <see cref="GatewayTimings.IdentifyWindow"/> (Discord: 5 s). Identifying faster earns Invalid Session. A shard holds its
/// slot from before connecting until its Identify is sent.</item>
/// <item>Every Identify sent counts against <c>session_start_limit.remaining</c> (Discord: 1000 per 24 h; going over ends
/// every session and resets the token). When none is left, a shard waits for <c>reset_after</c> before identifying; the
/// budget is then full again for a day.</item>
/// </list>
/// </summary>
internal sealed class IdentifyGate
{
    private readonly SemaphoreSlim[] slots;
    private readonly long?[] lastSent;
    private readonly TimeSpan window;
    private readonly TimeProvider time;
    private readonly ILogger logger;
    private readonly int total;
    private readonly Lock budgetLock = new();
    private int remaining;
    private DateTimeOffset resetAt;
    private bool warnedLow;

    /// <summary>The longest wait for the budget to reset (Discord's <c>reset_after</c> is at most a day).</summary>
    private static readonly TimeSpan MaxBudgetWait = TimeSpan.FromDays(1);

    /// <summary>Creates the gate.</summary>
    /// <param name="limit">From <c>GET gateway/bot</c>: <c>max_concurrency</c> (at least 1 is used), <c>total</c>, <c>remaining</c> and <c>reset_after</c> (ms).</param>
    /// <param name="window">The pacing window.</param>
    /// <param name="time">The clock.</param>
    /// <param name="logger">Where the budget warnings go.</param>
    public IdentifyGate(SessionStartLimit limit, TimeSpan window, TimeProvider time, ILogger logger)
    {
        var count = Math.Max(1, limit.MaxConcurrency);
        slots = Enumerable.Range(0, count).Select(_ => new SemaphoreSlim(1, 1)).ToArray();
        lastSent = new long?[count];
        this.window = window;
        this.time = time;
        this.logger = logger;
        total = Math.Max(1, limit.Total);
        remaining = limit.Remaining;
        resetAt = time.GetUtcNow() + BudgetWait(limit.ResetAfter);
    }

    /// <summary>Session starts left before the budget resets, as this process counts them.</summary>
    public int Remaining => Volatile.Read(ref remaining);

    /// <summary>When a shard is waiting for the budget to reset, the moment it will identify (UTC); <c>null</c> otherwise.</summary>
    public DateTimeOffset? WaitingUntil { get; private set; }

    /// <summary>Waits until <paramref name="shardId"/> may identify; dispose the slot when done (after <see cref="Slot.MarkSent"/> or a failure).</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled while waiting.</exception>
    public async Task<Slot> AcquireAsync(int shardId, CancellationToken cancellationToken)
    {
        var index = shardId % slots.Length;
        await slots[index].WaitAsync(cancellationToken);
        try
        {
            await WaitForBudgetAsync(cancellationToken);
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

    private static TimeSpan BudgetWait(long resetAfterMs) =>
        resetAfterMs <= 0 ? TimeSpan.Zero : TimeSpan.FromMilliseconds(Math.Min(resetAfterMs, MaxBudgetWait.TotalMilliseconds));

    private async Task WaitForBudgetAsync(CancellationToken cancellationToken)
    {
        var wait = TimeSpan.Zero;
        lock (budgetLock)
        {
            if (remaining > 0)
            {
                return;
            }

            var now = time.GetUtcNow();
            if (resetAt > now)
            {
                wait = resetAt - now;
                WaitingUntil = resetAt;
            }
        }

        if (wait > TimeSpan.Zero)
        {
            GatewayLog.SessionBudgetExhausted(logger, total, wait.TotalSeconds);
            try
            {
                await Task.Delay(wait, time, cancellationToken);
            }
            finally
            {
                WaitingUntil = null;
            }
        }

        lock (budgetLock)
        {
            if (remaining <= 0)
            {
                remaining = total;
                resetAt = time.GetUtcNow() + MaxBudgetWait;
                warnedLow = false;
            }
        }
    }

    private void CountIdentify()
    {
        int left;
        bool warn;
        lock (budgetLock)
        {
            left = --remaining;
            warn = !warnedLow && left <= total / 10;
            warnedLow |= warn;
        }

        if (warn)
        {
            GatewayLog.SessionBudgetLow(logger, Math.Max(0, left), total, Math.Max(0, (resetAt - time.GetUtcNow()).TotalMinutes));
        }
    }

    /// <summary>A held Identify slot.</summary>
    internal sealed class Slot(IdentifyGate gate, int index) : IDisposable
    {
        private int released;

        /// <summary>Records that Identify was sent now (one session start spent) and frees the slot for the next shard after the window.</summary>
        public void MarkSent()
        {
            gate.lastSent[index] = gate.time.GetTimestamp();
            gate.CountIdentify();
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
