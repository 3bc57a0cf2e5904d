namespace WithdrawalBot.Discord.Models;

/// <summary>The daily Identify budget in <see cref="GatewayBotInfo"/>.</summary>
public sealed record SessionStartLimit
{
    /// <summary>Identifies allowed per day (usually 1000).</summary>
    public int Total { get; init; } = 1000;

    /// <summary>Identifies left until <see cref="ResetAfter"/>.</summary>
    public int Remaining { get; init; } = 1000;

    /// <summary>Milliseconds until the budget resets.</summary>
    public long ResetAfter { get; init; }

    /// <summary>Identifies allowed per 5 seconds (shards whose <c>id % max_concurrency</c> differ may identify together).</summary>
    public int MaxConcurrency { get; init; } = 1;
}
