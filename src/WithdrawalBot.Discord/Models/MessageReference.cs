namespace WithdrawalBot.Discord.Models;

/// <summary>A reply reference: received on replies, sent to reply to a question.</summary>
public sealed record MessageReference
{
    /// <summary>The referenced message.</summary>
    public string? MessageId { get; init; }

    /// <summary>Its channel.</summary>
    public string? ChannelId { get; init; }

    /// <summary>Its guild.</summary>
    public string? GuildId { get; init; }

    /// <summary>When sending: false posts the message even if the question was deleted meanwhile.</summary>
    public bool? FailIfNotExists { get; init; }
}
