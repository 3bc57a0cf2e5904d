using System.Collections.Concurrent;

namespace WithdrawalBot.Discord.Rest;

/// <summary>
/// Process-wide REST rate-limit knowledge (one singleton, outliving the rotated HTTP handlers): which bucket
/// hash each route maps to, each bucket's window, the global pause, and whether the token was rejected.
/// </summary>
internal sealed class RateLimitState
{
    private readonly ConcurrentDictionary<string, string> bucketHashes = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, RateLimitBucket> buckets = new(StringComparer.Ordinal);
    private long globalResumeTicks;

    private int unauthorized;

    /// <summary>Set after a 401: the token is wrong, so no further request is sent (each would count toward Cloudflare's invalid-request ban).</summary>
    public bool Unauthorized => Volatile.Read(ref unauthorized) != 0;

    /// <summary>Records a 401; <c>true</c> only for the first (so requests already in flight do not log it again).</summary>
    public bool MarkUnauthorized() => Interlocked.Exchange(ref unauthorized, 1) == 0;

    /// <summary>The bucket a route currently maps to (by <c>X-RateLimit-Bucket</c> once known, else by route template).</summary>
    public RateLimitBucket BucketFor(RestRoute route)
    {
        ArgumentNullException.ThrowIfNull(route);
        var key = bucketHashes.TryGetValue(route.Template, out var hash) ? hash : route.Template;
        return buckets.GetOrAdd(key + "|" + route.Major, static _ => new RateLimitBucket());
    }

    /// <summary>Remembers the bucket hash Discord reported for a route; returns the bucket to update.</summary>
    public RateLimitBucket Learn(RestRoute route, string bucketHash, RateLimitBucket current)
    {
        ArgumentNullException.ThrowIfNull(route);
        if (bucketHashes.TryGetValue(route.Template, out var known) && known == bucketHash)
        {
            return current;
        }

        bucketHashes[route.Template] = bucketHash;
        return buckets.GetOrAdd(bucketHash + "|" + route.Major, static _ => new RateLimitBucket());
    }

    /// <summary>When all requests may go again after a global 429 (or a Cloudflare 429).</summary>
    public DateTimeOffset GlobalResumeAt
    {
        get => new(Interlocked.Read(ref globalResumeTicks), TimeSpan.Zero);
    }

    /// <summary>Pauses every request until <paramref name="until"/> (later pauses win).</summary>
    public void PauseAll(DateTimeOffset until)
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
    }
}
