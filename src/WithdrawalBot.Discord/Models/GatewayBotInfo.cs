namespace WithdrawalBot.Discord.Models;

/// <summary>The answer of <c>GET /gateway/bot</c>.</summary>
public sealed record GatewayBotInfo
{
    /// <summary>The WebSocket URL to connect to (without query string), e.g. <c>wss://gateway.discord.gg</c>.</summary>
    public required string Url { get; init; }

    /// <summary>The recommended number of shards.</summary>
    public int Shards { get; init; } = 1;

    /// <summary>The Identify budget.</summary>
    public SessionStartLimit SessionStartLimit { get; init => field = value ?? new(); } = new();
}
