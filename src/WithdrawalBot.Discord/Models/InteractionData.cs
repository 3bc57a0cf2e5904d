namespace WithdrawalBot.Discord.Models;

/// <summary>The <c>data</c> of an interaction.</summary>
public sealed record InteractionData
{
    /// <summary>Commands: the command name as registered (never localized).</summary>
    public string? Name { get; init; }

    /// <summary>Commands: the filled-in options.</summary>
    public IReadOnlyList<InteractionOption> Options { get; init => field = value ?? []; } = [];

    /// <summary>Components: the button's custom_id.</summary>
    public string? CustomId { get; init; }

    /// <summary>Components: 2 = button.</summary>
    public int? ComponentType { get; init; }
}
