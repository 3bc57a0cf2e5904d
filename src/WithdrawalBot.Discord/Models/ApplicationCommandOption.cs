namespace WithdrawalBot.Discord.Models;

/// <summary>A slash command option.</summary>
public sealed record ApplicationCommandOption
{
    /// <summary>3 = STRING.</summary>
    public int Type { get; init; } = 3;

    /// <summary>Lower-case name, 1–32 characters.</summary>
    public required string Name { get; init; }

    /// <summary>English description, 1–100 characters.</summary>
    public required string Description { get; init; }

    /// <summary>Whether the user must fill it in.</summary>
    public bool? Required { get; init; }

    /// <summary>Longest accepted text (Discord allows up to 6000).</summary>
    public int? MaxLength { get; init; }
}
