namespace WithdrawalBot.Discord.Models;

/// <summary>A Discord user object (the fields the bot reads).</summary>
public sealed record DiscordUser
{
    /// <summary>The user's snowflake id.</summary>
    public required string Id { get; init; }

    /// <summary>The unique username.</summary>
    public string? Username { get; init; }

    /// <summary>The display name, when the user set one.</summary>
    public string? GlobalName { get; init; }

    /// <summary>True for bot accounts (including this bot).</summary>
    public bool? Bot { get; init; }

    /// <summary>True for Discord's official system user.</summary>
    public bool? System { get; init; }
}
