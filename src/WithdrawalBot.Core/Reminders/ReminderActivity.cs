namespace WithdrawalBot.Core.Reminders;

/// <summary>
/// What the reminder scheduler is doing, for the <c>reminders</c> health check, logs and tests: whether its loop
/// runs, when it last planned, when it wakes next, and how many reminders wait or are in flight.
/// </summary>
public sealed class ReminderActivity
{
    private readonly Lock gate = new();
    private int inFlight;

    internal WakeSignal? PlannerSignal { get; set; }

    internal WakeSignal? DispatcherSignal { get; set; }

    /// <summary>True between the start of the scheduler's loop and its end.</summary>
    public bool Running { get; internal set; }

    /// <summary>When the scheduler's loop started (UTC, from its <see cref="TimeProvider"/>); <c>null</c> before.</summary>
    public DateTimeOffset? StartedAt { get; internal set; }

    /// <summary>The error that stopped the loop, if it ever stopped on one.</summary>
    public Exception? Fault { get; internal set; }

    /// <summary>When the planner last completed a pass (UTC, from the scheduler's <see cref="TimeProvider"/>).</summary>
    public DateTimeOffset? LastPlannedAt { get; internal set; }

    /// <summary>The earliest due instant the planner knows of; <c>null</c> when none is left.</summary>
    public DateTimeOffset? NextDueAt { get; internal set; }

    /// <summary>Reminders claimed and waiting for their turn (pacing, retry-after, back-off).</summary>
    public int Queued { get; internal set; }

    /// <summary>Reminders handed to a platform whose answer has not come yet.</summary>
    public int InFlight
    {
        get
        {
            lock (gate)
            {
                return inFlight;
            }
        }
    }

    /// <summary>True when the planner and the dispatcher both wait for a timer or a signal and no send is in flight.</summary>
    public bool IsIdle => Running && PlannerSignal?.IsWaiting == true && DispatcherSignal?.IsWaiting == true && InFlight == 0;

    /// <summary>The earliest instant at which either loop wakes by itself; <c>null</c> when neither has a deadline.</summary>
    public DateTimeOffset? WakesAt
    {
        get
        {
            var a = PlannerSignal?.WaitingUntil;
            var b = DispatcherSignal?.WaitingUntil;
            return a is null ? b : b is null ? a : a < b ? a : b;
        }
    }

    internal void SendStarted()
    {
        lock (gate)
        {
            inFlight++;
        }
    }

    internal void SendEnded()
    {
        lock (gate)
        {
            inFlight--;
        }
    }
}
