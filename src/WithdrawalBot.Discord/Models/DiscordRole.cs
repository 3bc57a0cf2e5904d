namespace WithdrawalBot.Discord.Models;

/// <summary>A guild role (the fields used to compute permissions).</summary>
public sealed record DiscordRole
{
    /// <summary>The role id; the <c>@everyone</c> role has the guild's id.</summary>
    public required string Id { get; init; }

    /// <summary>The role name.</summary>
    public string? Name { get; init; }

    /// <summary>The permission bitfield as a decimal string.</summary>
    public string Permissions { get; init => field = value ?? "0"; } = "0";
}
