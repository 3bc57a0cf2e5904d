namespace WithdrawalBot.Discord.Rest;

/// <summary>
/// A 429 the client did not wait out: the wait was longer than it waits by itself, it kept coming back, or
/// it came from Cloudflare (an HTML body: the IP made too many invalid requests). Nothing was sent.
/// </summary>
public sealed class DiscordRateLimitedException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="retryAfter">How long Discord asked to wait.</param>
    /// <param name="isGlobal">Whether the bot-wide limit was hit.</param>
    /// <param name="isCloudflare">Whether the 429 came from Cloudflare rather than Discord's API.</param>
    /// <param name="route">The method and route template (no tokens).</param>
    public DiscordRateLimitedException(TimeSpan retryAfter, bool isGlobal, bool isCloudflare, string route)
        : base($"Discord rate-limited {route} for {retryAfter.TotalSeconds:0.###} s{(isGlobal ? " (global)" : "")}{(isCloudflare ? " (Cloudflare)" : "")}.")
    {
        RetryAfter = retryAfter;
        IsGlobal = isGlobal;
        IsCloudflare = isCloudflare;
        Route = route;
    }

    /// <summary>How long to wait before trying again.</summary>
    public TimeSpan RetryAfter { get; }

    /// <summary>Whether the bot-wide limit was hit.</summary>
    public bool IsGlobal { get; }

    /// <summary>Whether the 429 came from Cloudflare (non-JSON body).</summary>
    public bool IsCloudflare { get; }

    /// <summary>The method and route template.</summary>
    public string Route { get; }
}
