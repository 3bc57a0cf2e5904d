namespace WithdrawalBot.Discord.Models;

/// <summary>A channel or thread (the fields the bot reads).</summary>
public sealed record DiscordChannel
{
    /// <summary>The channel id.</summary>
    public required string Id { get; init; }

    /// <summary>The channel type: 0 text, 1 DM, 3 group DM, 5 announcement, 10/11/12 threads, 15 forum.</summary>
    public int Type { get; init; }

    /// <summary>The guild, for guild channels.</summary>
    public string? GuildId { get; init; }

    /// <summary>For threads: the channel the thread lives in; for channels: the category.</summary>
    public string? ParentId { get; init; }

    /// <summary>The channel name, when it has one.</summary>
    public string? Name { get; init; }

    /// <summary>Per-role and per-member permission overwrites.</summary>
    public IReadOnlyList<PermissionOverwrite> PermissionOverwrites { get; init => field = value ?? []; } = [];

    /// <summary>Whether the type is a thread (10 announcement thread, 11 public, 12 private).</summary>
    public bool IsThread => Type is 10 or 11 or 12;

    /// <summary>Whether the type is a DM or group DM.</summary>
    public bool IsPrivate => Type is 1 or 3;
}
