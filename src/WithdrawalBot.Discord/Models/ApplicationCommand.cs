namespace WithdrawalBot.Discord.Models;

/// <summary>A slash command as sent in the bulk overwrite <c>PUT …/commands</c>.</summary>
public sealed record ApplicationCommand
{
    /// <summary>Lower-case name, 1–32 characters.</summary>
    public required string Name { get; init; }

    /// <summary>English description, 1–100 characters.</summary>
    public required string Description { get; init; }

    /// <summary>1 = CHAT_INPUT (slash command).</summary>
    public int Type { get; init; } = 1;

    /// <summary>The options; required ones first.</summary>
    public IReadOnlyList<ApplicationCommandOption>? Options { get; init; }

    /// <summary>Where the command appears: 0 guild, 1 bot DM.</summary>
    public IReadOnlyList<int>? Contexts { get; init; }

    /// <summary>Server id the command belongs to, in answers for guild commands.</summary>
    public string? GuildId { get; init; }
}
