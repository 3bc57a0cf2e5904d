namespace WithdrawalBot.Discord.Models;

/// <summary>A guild member (REST and partial gateway form).</summary>
public sealed record GuildMember
{
    /// <summary>The user; missing in MESSAGE_CREATE's partial member.</summary>
    public DiscordUser? User { get; init; }

    /// <summary>The server nickname, if any.</summary>
    public string? Nick { get; init; }

    /// <summary>Role ids the member has.</summary>
    public IReadOnlyList<string> Roles { get; init => field = value ?? []; } = [];

    /// <summary>Only in interactions: the member's total permissions in the channel (a decimal string bitfield, overwrites applied).</summary>
    public string? Permissions { get; init; }
}
