using WithdrawalBot.Core.Messages;

namespace WithdrawalBot.Core.Reminders;

/// <summary>
/// The last guard before a platform call: keeps the actual calls on one platform at least 1/rate apart, even when
/// the ledger write between the dispatcher's slot and the call took longer for one reminder than for the next (that
/// jitter alone can put rate+1 calls into one sliding second and provoke a 429). It waits only for that jitter, a
/// few milliseconds, because the dispatcher already spaces reminders by 1/rate.
/// </summary>
internal sealed class CallSpacing(TimeProvider time, TimeSpan interval)
{
    private readonly Lock gate = new();
    private readonly Dictionary<ChatPlatform, DateTimeOffset> lastCall = [];

    /// <summary>The spacing between calls: 1 s / <see cref="ReminderOptions.BroadcastPerSecond"/>, rounded up to a tick.</summary>
    public static TimeSpan For(ReminderOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return TimeSpan.FromTicks((TimeSpan.TicksPerSecond + options.BroadcastPerSecond - 1) / options.BroadcastPerSecond);
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
                wait = lastCall.TryGetValue(platform, out var last) ? last + interval - now : TimeSpan.Zero;
                if (wait <= TimeSpan.Zero)
                {
                    lastCall[platform] = now;
                    return;
                }
            }

            await Task.Delay(wait, time, cancellationToken);
        }
    }
}
