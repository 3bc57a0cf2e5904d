namespace WithdrawalBot.Discord.Models;

/// <summary>A channel permission overwrite.</summary>
public sealed record PermissionOverwrite
{
    /// <summary>The role or member id.</summary>
    public required string Id { get; init; }

    /// <summary>0 = role, 1 = member.</summary>
    public int Type { get; init; }

    /// <summary>Allowed bits, decimal string.</summary>
    public string Allow { get; init => field = value ?? "0"; } = "0";

    /// <summary>Denied bits, decimal string.</summary>
    public string Deny { get; init => field = value ?? "0"; } = "0";
}
