using System.Threading.RateLimiting;

namespace WithdrawalBot.Discord.Gateway;

/// <summary>
/// Keeps one connection under Discord's 120 payloads per 60 s (close 4008 beyond): every payload takes a
/// permit from a sliding window of <see cref="GatewayTimings.SendsPerMinute"/>, and ordinary payloads (presence)
/// first take one from a smaller window, so heartbeats, Identify and Resume always find room.
/// </summary>
/// <remarks>
/// The windows are 62 s long in 31 segments of 2 s, so a permit comes back at least 60 s after it was used
/// (a 60 s window of 6 segments could let 240 payloads through in 51 s). The segments slide on a
/// <see cref="TimeProvider"/> timer; the limiter additionally checks real elapsed time, so a fake clock can
/// only make it slower, never faster.
/// </remarks>
internal sealed class GatewaySendLimiter : IDisposable
{
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(62);
    private const int Segments = 31;
    private readonly SlidingWindowRateLimiter all;
    private readonly SlidingWindowRateLimiter ordinary;
    private readonly ITimer timer;

    /// <summary>Creates the limiter for one connection.</summary>
    public GatewaySendLimiter(GatewayTimings timings, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(timings);
        ArgumentNullException.ThrowIfNull(time);
        all = Create(timings.SendsPerMinute);
        ordinary = Create(Math.Max(1, timings.SendsPerMinute - timings.ReservedSends));
        var segment = Window / Segments;
        timer = time.CreateTimer(_ => Slide(), null, segment, segment);
    }

    /// <summary>Waits for a permit to send one payload.</summary>
    /// <param name="important">True for heartbeats, Identify and Resume (they skip the ordinary window).</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <exception cref="InvalidOperationException">The wait queue is full (thousands of payloads backed up).</exception>
    public async ValueTask AcquireAsync(bool important, CancellationToken cancellationToken)
    {
        if (!important)
        {
            using var lease = await ordinary.AcquireAsync(1, cancellationToken);
            if (!lease.IsAcquired)
            {
                throw new InvalidOperationException("Too many gateway payloads are queued.");
            }
        }

        using var permit = await all.AcquireAsync(1, cancellationToken);
        if (!permit.IsAcquired)
        {
            throw new InvalidOperationException("Too many gateway payloads are queued.");
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        timer.Dispose();
        all.Dispose();
        ordinary.Dispose();
    }

    private void Slide()
    {
        all.TryReplenish();
        ordinary.TryReplenish();
    }

    private static SlidingWindowRateLimiter Create(int permits) => new(new SlidingWindowRateLimiterOptions
    {
        PermitLimit = permits,
        Window = Window,
        SegmentsPerWindow = Segments,
        AutoReplenishment = false,
        QueueLimit = 10_000,
        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
    });
}
