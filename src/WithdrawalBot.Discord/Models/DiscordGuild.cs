namespace WithdrawalBot.Discord.Models;

/// <summary>A guild (server), from <c>GET /guilds/{id}</c> or GUILD_CREATE.</summary>
public sealed record DiscordGuild
{
    /// <summary>The guild id.</summary>
    public required string Id { get; init; }

    /// <summary>The guild's name (GUILD_CREATE, <c>GET users/@me/guilds</c>).</summary>
    public string? Name { get; init; }

    /// <summary>The guild's owner, who has every permission.</summary>
    public string? OwnerId { get; init; }

    /// <summary>The guild's roles.</summary>
    public IReadOnlyList<DiscordRole> Roles { get; init => field = value ?? []; } = [];

    /// <summary>True in GUILD_DELETE/GUILD_CREATE stubs during an outage (the bot was not removed).</summary>
    public bool? Unavailable { get; init; }

    /// <summary>GUILD_CREATE only: the guild's channels.</summary>
    public IReadOnlyList<DiscordChannel>? Channels { get; init; }

    /// <summary>GUILD_CREATE only: the active threads the bot can see.</summary>
    public IReadOnlyList<DiscordChannel>? Threads { get; init; }
}
