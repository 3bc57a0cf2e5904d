namespace WithdrawalBot.Discord.Models;

/// <summary>A message component: an action row (type 1) holding up to 5 buttons (type 2).</summary>
public sealed record MessageComponent
{
    /// <summary>1 = action row, 2 = button.</summary>
    public int Type { get; init; }

    /// <summary>Buttons: 1 primary, 2 secondary, 3 success, 4 danger, 5 link.</summary>
    public int? Style { get; init; }

    /// <summary>Button text, at most 80 characters.</summary>
    public string? Label { get; init; }

    /// <summary>Button payload returned in the interaction, at most 100 characters.</summary>
    public string? CustomId { get; init; }

    /// <summary>A row's buttons.</summary>
    public IReadOnlyList<MessageComponent>? Components { get; init; }
}
