namespace WithdrawalBot.Core.Reminders;

/// <summary>
/// An auto-reset wake-up for a loop: <see cref="WaitAsync"/> returns at a given instant (a <see cref="TimeProvider"/>
/// timer), when <see cref="Set"/> is called, or on cancellation. <see cref="IsWaiting"/> turns false synchronously
/// in whichever of those fires first, so a test driving a fake clock can tell when the loop has work to do.
/// </summary>
internal sealed class WakeSignal(TimeProvider time)
{
    /// <summary>The longest a single timer runs; a wait for a later instant returns after it.</summary>
    public static readonly TimeSpan MaxTimerDelay = TimeSpan.FromDays(1);

    private readonly Lock gate = new();
    private TaskCompletionSource? waiter;
    private bool signaled;
    private DateTimeOffset? waitingUntil;

    /// <summary>True while a wait is pending and nothing has woken it yet.</summary>
    public bool IsWaiting
    {
        get
        {
            lock (gate)
            {
                return waiter is not null;
            }
        }
    }

    /// <summary>The instant the pending wait ends by itself; <c>null</c> when not waiting or waiting without a deadline.</summary>
    public DateTimeOffset? WaitingUntil
    {
        get
        {
            lock (gate)
            {
                return waiter is null ? null : waitingUntil;
            }
        }
    }

    /// <summary>Wakes the pending wait, or makes the next one return at once.</summary>
    public void Set()
    {
        TaskCompletionSource? woken;
        lock (gate)
        {
            woken = waiter;
            waiter = null;
            signaled = woken is null;
        }

        woken?.TrySetResult();
    }

    /// <summary>
    /// Waits until <paramref name="until"/> (forever when <c>null</c>; at most <see cref="MaxTimerDelay"/>, after which it
    /// returns early), a <see cref="Set"/> or cancellation; never throws on cancellation.
    /// </summary>
    public async Task WaitAsync(DateTimeOffset? until, CancellationToken cancellationToken)
    {
        TaskCompletionSource tcs;
        ITimer? timer = null;
        lock (gate)
        {
            if (signaled || cancellationToken.IsCancellationRequested)
            {
                signaled = false;
                return;
            }

            var delay = until - time.GetUtcNow();
            if (delay <= TimeSpan.Zero)
            {
                return;
            }

            tcs = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            waiter = tcs;
            waitingUntil = until;
            if (delay is TimeSpan due)
            {
                // Timers take at most about 49.7 days; a later instant (a 429's retry_after of months) wakes the loop
                // after a day instead, and it waits again.
                timer = time.CreateTimer(_ => Wake(tcs), null, due < MaxTimerDelay ? due : MaxTimerDelay, Timeout.InfiniteTimeSpan);
            }
        }

        using var registration = cancellationToken.Register(() => Wake(tcs));
        try
        {
            await tcs.Task;
        }
        finally
        {
            timer?.Dispose();
        }
    }

    private void Wake(TaskCompletionSource tcs)
    {
        lock (gate)
        {
            if (waiter == tcs)
            {
                waiter = null;
            }
        }

        tcs.TrySetResult();
    }
}
