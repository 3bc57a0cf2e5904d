namespace WithdrawalBot.Discord.Models;

/// <summary>The application, from <c>GET /applications/@me</c> or READY.</summary>
public sealed record DiscordApplication
{
    /// <summary>The application id (slash commands are registered under it).</summary>
    public required string Id { get; init; }
}
