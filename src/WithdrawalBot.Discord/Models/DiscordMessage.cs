namespace WithdrawalBot.Discord.Models;

/// <summary>A message object: the REST answer to a send, and the <c>d</c> of MESSAGE_CREATE (with its extra fields).</summary>
public sealed record DiscordMessage
{
    /// <summary>The message id.</summary>
    public required string Id { get; init; }

    /// <summary>The channel (or thread) it was posted in.</summary>
    public required string ChannelId { get; init; }

    /// <summary>MESSAGE_CREATE only: the guild; missing in DMs.</summary>
    public string? GuildId { get; init; }

    /// <summary>The author; for webhooks a pseudo-user.</summary>
    public DiscordUser? Author { get; init; }

    /// <summary>MESSAGE_CREATE only: the author's partial member in guilds.</summary>
    public GuildMember? Member { get; init; }

    /// <summary>The text; empty when the Message Content intent is missing (except DMs and mentions of the bot).</summary>
    public string Content { get; init => field = value ?? ""; } = "";

    /// <summary>Users mentioned in the text.</summary>
    public IReadOnlyList<DiscordUser> Mentions { get; init => field = value ?? []; } = [];

    /// <summary>Role ids mentioned in the text.</summary>
    public IReadOnlyList<string> MentionRoles { get; init => field = value ?? []; } = [];

    /// <summary>The message type (0 default, 19 reply, 20 chat input command, …).</summary>
    public int Type { get; init; }

    /// <summary>Set when a webhook posted the message.</summary>
    public string? WebhookId { get; init; }

    /// <summary>What this message replies to, when it is a reply.</summary>
    public MessageReference? MessageReference { get; init; }

    /// <summary>For a forward (<see cref="MessageReference.Type"/> 1): the forwarded message as it was, its text there and not in <see cref="Content"/>.</summary>
    public IReadOnlyList<MessageSnapshot> MessageSnapshots { get; init => field = value ?? []; } = [];

    /// <summary>The message replied to, when Discord includes it.</summary>
    public DiscordMessage? ReferencedMessage { get; init; }

    /// <summary>Buttons on the message (for a tapped button: to find its label).</summary>
    public IReadOnlyList<MessageComponent> Components { get; init => field = value ?? []; } = [];

    /// <summary>The channel's type, when the event carries it (not always documented for MESSAGE_CREATE).</summary>
    public int? ChannelType { get; init; }
}
