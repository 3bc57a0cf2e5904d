namespace WithdrawalBot.Discord.Models;

/// <summary>A message reference: received on replies and forwards, sent to reply to a question.</summary>
public sealed record MessageReference
{
    /// <summary>Received: 0 (or missing) a reply, 1 a forward, whose text is in <see cref="DiscordMessage.MessageSnapshots"/>.</summary>
    public int? Type { get; init; }

    /// <summary>The referenced message.</summary>
    public string? MessageId { get; init; }

    /// <summary>Its channel.</summary>
    public string? ChannelId { get; init; }

    /// <summary>Its guild.</summary>
    public string? GuildId { get; init; }

    /// <summary>When sending: false posts the message even if the question was deleted meanwhile.</summary>
    public bool? FailIfNotExists { get; init; }
}
