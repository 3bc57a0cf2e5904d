namespace WithdrawalBot.Discord.Models;

/// <summary>A guild role (the fields used to compute permissions, and whose managed role it is).</summary>
public sealed record DiscordRole
{
    /// <summary>The role id; the <c>@everyone</c> role has the guild's id.</summary>
    public required string Id { get; init; }

    /// <summary>The role name.</summary>
    public string? Name { get; init; }

    /// <summary>The permission bitfield as a decimal string.</summary>
    public string Permissions { get; init => field = value ?? "0"; } = "0";

    /// <summary>What the role belongs to: a bot's managed role carries the bot's id.</summary>
    public RoleTags? Tags { get; init; }
}
