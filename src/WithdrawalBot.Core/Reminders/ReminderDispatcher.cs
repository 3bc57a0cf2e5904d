using Microsoft.Extensions.Logging;
using WithdrawalBot.Core.Messages;

namespace WithdrawalBot.Core.Reminders;

/// <summary>
/// Sends claimed reminders: one queue per platform ordered by "not before", paced to
/// <see cref="ReminderOptions.BroadcastPerSecond"/> per platform (see <see cref="CallWindow"/>), at most <see cref="ReminderOptions.MaxConcurrentSends"/> in flight. A chat that is rate limited or backing
/// off goes back in the queue with its own time and never holds up other chats.
/// </summary>
internal sealed class ReminderDispatcher
{
    private readonly Lock gate = new();
    private readonly Dictionary<ChatPlatform, PriorityQueue<DeliveryJob, (DateTimeOffset NotBefore, long Sequence)>> queues = [];
    private readonly Dictionary<ChatPlatform, DateTimeOffset> nextSlot = [];
    private readonly HashSet<DeliveryKey> known = [];
    private readonly HashSet<Task> running = [];
    private readonly TimeProvider time;
    private readonly ReminderSender sender;
    private readonly ReminderActivity activity;
    private readonly ReminderOptions options;
    private readonly ILogger logger;
    private readonly TimeSpan interval;
    private long sequence;
    private int inFlight;

    public ReminderDispatcher(TimeProvider time, ReminderSender sender, ReminderActivity activity, ReminderOptions options, ILogger logger)
    {
        this.time = time;
        this.sender = sender;
        this.activity = activity;
        this.options = options;
        this.logger = logger;
        interval = CallWindow.IntervalFor(options);
        Signal = new WakeSignal(time);
    }

    public WakeSignal Signal { get; }

    /// <summary>Queues claimed reminders; a key already queued or in flight is ignored.</summary>
    public void Enqueue(IEnumerable<DeliveryJob> jobs)
    {
        lock (gate)
        {
            foreach (var job in jobs)
            {
                if (known.Add(job.Key))
                {
                    Queue(job.Platform).Enqueue(job, (job.NotBefore, sequence++));
                }
            }

            activity.Queued = known.Count - inFlight;
        }

        Signal.Set();
    }

    /// <summary>Runs until <paramref name="stoppingToken"/> is cancelled, then lets sends already handed to a platform finish (up to <see cref="ReminderOptions.ShutdownDrain"/>) so their outcome is recorded.</summary>
    public async Task RunAsync(CancellationToken stoppingToken)
    {
        using var drain = new CancellationTokenSource(Timeout.InfiniteTimeSpan, time);
        using var onStop = stoppingToken.Register(() => drain.CancelAfter(options.ShutdownDrain));
        var ready = new List<DeliveryJob>();
        while (!stoppingToken.IsCancellationRequested)
        {
            ready.Clear();
            var wake = TakeReady(ready);
            foreach (var job in ready)
            {
                var task = RunOneAsync(job, drain.Token);
                lock (gate)
                {
                    running.RemoveWhere(t => t.IsCompleted);
                    if (!task.IsCompleted)
                    {
                        running.Add(task);
                    }
                }
            }

            if (ready.Count == 0)
            {
                await Signal.WaitAsync(wake, stoppingToken);
            }
        }

        Task[] pending;
        lock (gate)
        {
            pending = [.. running];
        }

        await Task.WhenAll(pending);
    }

    private DateTimeOffset? TakeReady(List<DeliveryJob> ready)
    {
        DateTimeOffset? wake = null;
        lock (gate)
        {
            var now = time.GetUtcNow();
            foreach (var (platform, queue) in queues)
            {
                if (inFlight >= options.MaxConcurrentSends)
                {
                    return null;
                }

                if (!queue.TryPeek(out var job, out var priority))
                {
                    continue;
                }

                var slot = nextSlot.GetValueOrDefault(platform, DateTimeOffset.MinValue);
                var readyAt = priority.NotBefore > slot ? priority.NotBefore : slot;
                if (readyAt > now)
                {
                    wake = wake is null || readyAt < wake ? readyAt : wake;
                    continue;
                }

                queue.Dequeue();
                // A timer that fired late is caught up by at most one interval; CallWindow keeps the calls within the rate.
                nextSlot[platform] = (slot > now - interval ? slot : now) + interval;
                inFlight++;
                activity.SendStarted();
                activity.Queued = known.Count - inFlight;
                ready.Add(job);
            }
        }

        return wake;
    }

    private async Task RunOneAsync(DeliveryJob job, CancellationToken cancellationToken)
    {
        DateTimeOffset? retryAt;
        try
        {
            retryAt = await sender.SendAsync(job, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Shutdown: the ledger keeps the entry Claimed (resumed on start) or Sending (resolved as uncertain).
            retryAt = null;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            retryAt = time.GetUtcNow() + options.RetryBackoff;
            ReminderLog.ProcessingFailed(logger, e, job.Key.ToString(), retryAt.Value);
        }

        lock (gate)
        {
            inFlight--;
            if (retryAt is { } at)
            {
                job.NotBefore = at;
                Queue(job.Platform).Enqueue(job, (at, sequence++));
            }
            else
            {
                known.Remove(job.Key);
            }

            activity.Queued = known.Count - inFlight;
        }

        Signal.Set();
        activity.SendEnded();
    }

    private PriorityQueue<DeliveryJob, (DateTimeOffset NotBefore, long Sequence)> Queue(ChatPlatform platform)
    {
        if (!queues.TryGetValue(platform, out var queue))
        {
            queue = new PriorityQueue<DeliveryJob, (DateTimeOffset, long)>();
            queues[platform] = queue;
        }

        return queue;
    }
}
