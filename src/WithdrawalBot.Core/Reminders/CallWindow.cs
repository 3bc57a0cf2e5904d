using WithdrawalBot.Core.Messages;

namespace WithdrawalBot.Core.Reminders;

/// <summary>
/// The last guard before a platform call: at most <see cref="ReminderOptions.BroadcastPerSecond"/> calls to one
/// platform in any sliding <see cref="Window"/> (a second plus a 2 ms margin for clock sampling), counted at the
/// moment of the call. The dispatcher already spaces reminders by <see cref="IntervalFor"/> and catches up a late
/// timer by at most one interval; this guard absorbs that catch-up and the jitter of the ledger write between the
/// dispatcher's slot and the call, which alone could put rate+1 calls into one second and provoke a 429.
/// It waits only for that jitter, normally nothing or a few milliseconds.
/// </summary>
internal sealed class CallWindow(TimeProvider time, int perWindow)
{
    /// <summary>The sliding window the rate is enforced over.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromSeconds(1) + TimeSpan.FromMilliseconds(2);

    private readonly Lock gate = new();
    private readonly Dictionary<ChatPlatform, Queue<DateTimeOffset>> calls = [];

    /// <summary>The dispatcher's spacing: <see cref="Window"/> / rate, rounded up to a tick, so rate evenly spaced calls never wait here.</summary>
    public static TimeSpan IntervalFor(ReminderOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return TimeSpan.FromTicks((Window.Ticks + options.BroadcastPerSecond - 1) / options.BroadcastPerSecond);
    }

    /// <summary>Returns when a call to <paramref name="platform"/> may go out, and counts it as made now.</summary>
    public async ValueTask WaitTurnAsync(ChatPlatform platform, CancellationToken cancellationToken)
    {
        while (true)
        {
            TimeSpan wait;
            lock (gate)
            {
                var now = time.GetUtcNow();
                if (!calls.TryGetValue(platform, out var recent))
                {
                    recent = new Queue<DateTimeOffset>(perWindow + 1);
                    calls[platform] = recent;
                }

                while (recent.Count > 0 && recent.Peek() <= now - Window)
                {
                    recent.Dequeue();
                }

                if (recent.Count < perWindow)
                {
                    recent.Enqueue(now);
                    return;
                }

                wait = recent.Peek() + Window - now;
            }

            await Task.Delay(wait, time, cancellationToken);
        }
    }
}
