namespace WithdrawalBot.Discord.Models;

/// <summary>The <c>d</c> of INTERACTION_CREATE.</summary>
public sealed record DiscordInteraction
{
    /// <summary>The interaction id (part of the callback URL).</summary>
    public required string Id { get; init; }

    /// <summary>The application it is for.</summary>
    public required string ApplicationId { get; init; }

    /// <summary>1 ping, 2 application command, 3 message component, 4 autocomplete, 5 modal submit.</summary>
    public int Type { get; init; }

    /// <summary>The continuation token: the first answer within 3 s, follow-ups for 15 min.</summary>
    public required string Token { get; init; }

    /// <summary>The guild, when invoked in a server.</summary>
    public string? GuildId { get; init; }

    /// <summary>The channel it was invoked in.</summary>
    public string? ChannelId { get; init; }

    /// <summary>A partial channel (type, parent for threads).</summary>
    public DiscordChannel? Channel { get; init; }

    /// <summary>The invoking member, in guilds (with <see cref="GuildMember.Permissions"/>).</summary>
    public GuildMember? Member { get; init; }

    /// <summary>The invoking user, in DMs.</summary>
    public DiscordUser? User { get; init; }

    /// <summary>The command or component data.</summary>
    public InteractionData? Data { get; init; }

    /// <summary>The user's client locale (never Arabic: Discord has no Arabic locale); not used to pick the reply language.</summary>
    public string? Locale { get; init; }

    /// <summary>For components: the message the button is on.</summary>
    public DiscordMessage? Message { get; init; }
}
