namespace WithdrawalBot.Discord.Models;

/// <summary>A Discord error body: <c>{"code":50013,"message":"Missing Permissions"}</c>; 429s add <c>retry_after</c> and <c>global</c>.</summary>
public sealed record DiscordError
{
    /// <summary>The JSON error code (see <c>DiscordErrorCode</c>); 0 = general.</summary>
    public int Code { get; init; }

    /// <summary>A human-readable message, for logs.</summary>
    public string? Message { get; init; }

    /// <summary>429 only: seconds to wait (fractional).</summary>
    public double? RetryAfter { get; init; }

    /// <summary>429 only: whether the global limit was hit.</summary>
    public bool? Global { get; init; }
}
