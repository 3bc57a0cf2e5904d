using System.Collections.Concurrent;

namespace WithdrawalBot.Discord.Rest;

/// <summary>
/// Process-wide REST rate-limit knowledge (one singleton, outliving the rotated HTTP handlers): which bucket
/// hash each route maps to, each bucket's window, the global pause, and whether the token was rejected. Buckets idle
/// for <see cref="IdleBucketLifetime"/> are dropped once there are more than <see cref="PruneAbove"/>: every slash
/// command and button press makes two (its interaction and its webhook token), which would otherwise pile up for good.
/// </summary>
/// <param name="time">The clock buckets' last use is read on.</param>
/// <param name="rejection">Where a 401 is recorded, for the adapter to stop on as well.</param>
internal sealed class RateLimitState(TimeProvider time, TokenRejection rejection)
{
    /// <summary>How many buckets are kept before idle ones are dropped.</summary>
    public const int PruneAbove = 1000;

    /// <summary>How long a bucket must have gone unused to be dropped (interaction tokens live 15 minutes).</summary>
    public static readonly TimeSpan IdleBucketLifetime = TimeSpan.FromMinutes(15);

    /// <summary>How often idle buckets are looked for, at most.</summary>
    private static readonly TimeSpan PruneEvery = TimeSpan.FromMinutes(1);

    private long nextPruneTicks;

    private readonly ConcurrentDictionary<string, string> bucketHashes = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, RateLimitBucket> buckets = new(StringComparer.Ordinal);
    private long globalResumeTicks;
    private volatile bool pausedByCloudflare;

    /// <summary>Set after a 401: the token is wrong, so no further request is sent (each would count toward Cloudflare's invalid-request ban).</summary>
    public bool Unauthorized => rejection.Rejected.IsCompleted;

    /// <summary>Records a 401; <c>true</c> only for the first (so requests already in flight do not log it again).</summary>
    public bool MarkUnauthorized() => rejection.Signal();

    /// <summary>The bucket a route currently maps to (by <c>X-RateLimit-Bucket</c> once known, else by route template).</summary>
    public RateLimitBucket BucketFor(RestRoute route)
    {
        ArgumentNullException.ThrowIfNull(route);
        var key = bucketHashes.TryGetValue(route.Template, out var hash) ? hash : route.Template;
        return Used(buckets.GetOrAdd(key + "|" + route.Major, static _ => new RateLimitBucket()));
    }

    /// <summary>How many buckets are kept now.</summary>
    public int BucketCount => buckets.Count;

    /// <summary>Remembers the bucket hash Discord reported for a route; returns the bucket to update.</summary>
    public RateLimitBucket Learn(RestRoute route, string bucketHash, RateLimitBucket current)
    {
        ArgumentNullException.ThrowIfNull(route);
        if (bucketHashes.TryGetValue(route.Template, out var known) && known == bucketHash)
        {
            return current;
        }

        bucketHashes[route.Template] = bucketHash;
        return Used(buckets.GetOrAdd(bucketHash + "|" + route.Major, static _ => new RateLimitBucket()));
    }

    /// <summary>Stamps <paramref name="bucket"/> as used now and, at most once a minute when there are many, drops idle ones.</summary>
    private RateLimitBucket Used(RateLimitBucket bucket)
    {
        var now = time.GetUtcNow();
        bucket.LastUsed = now;
        var due = Interlocked.Read(ref nextPruneTicks);
        if (buckets.Count > PruneAbove && now.UtcTicks >= due && Interlocked.CompareExchange(ref nextPruneTicks, (now + PruneEvery).UtcTicks, due) == due)
        {
            foreach (var (key, idle) in buckets)
            {
                if (now - idle.LastUsed > IdleBucketLifetime && idle.Gate.CurrentCount == 1)
                {
                    buckets.TryRemove(key, out _);
                }
            }
        }

        return bucket;
    }

    /// <summary>When all requests may go again after a global 429 (or a Cloudflare 429).</summary>
    public DateTimeOffset GlobalResumeAt
    {
        get => new(Interlocked.Read(ref globalResumeTicks), TimeSpan.Zero);
    }

    /// <summary>Whether the latest global pause came from Cloudflare (an HTML 429: the IP made too many invalid requests) rather than Discord's API.</summary>
    public bool PausedByCloudflare => pausedByCloudflare;

    /// <summary>Pauses every request until <paramref name="until"/> (later pauses win); <paramref name="cloudflare"/> tells whose 429 it was.</summary>
    public void PauseAll(DateTimeOffset until, bool cloudflare = false)
    {
        long current;
        do
        {
            current = Interlocked.Read(ref globalResumeTicks);
            if (until.UtcTicks <= current)
            {
                return;
            }
        }
        while (Interlocked.CompareExchange(ref globalResumeTicks, until.UtcTicks, current) != current);
        pausedByCloudflare = cloudflare;
    }
}
