namespace WithdrawalBot.Discord.Models;

/// <summary>A role's <c>tags</c>: whose managed role it is.</summary>
public sealed record RoleTags
{
    /// <summary>The bot whose managed (integration) role this is; <c>null</c> for any other role.</summary>
    public string? BotId { get; init; }
}
