namespace WithdrawalBot.Core.Messages;

/// <summary>
/// One chat message, in the platform-neutral shape every adapter produces. Adapters fill it from a
/// Telegram update, a Discord event or a console line; nothing platform-specific travels inward.
/// </summary>
/// <param name="Chat">Where the message was posted (and where the reply goes).</param>
/// <param name="Kind">Private chat, group or channel.</param>
/// <param name="Sender">Who sent it; <c>null</c> for a Telegram channel post with no author.</param>
/// <param name="Text">The message text (or caption) as typed; may be empty.</param>
public sealed record IncomingMessage(ChatAddress Chat, ChatKind Kind, Sender? Sender, string Text)
{
    /// <summary>The command, when the text starts with one addressed to this bot; <c>null</c> otherwise.</summary>
    public BotCommand? Command { get; init; }

    /// <summary>True when the message mentions the bot, replies to one of its messages, or is a command for it.</summary>
    public bool IsAddressedToBot { get; init; }

    /// <summary>
    /// Whether the sender may administer the chat, when the platform event already says so (private chats,
    /// Telegram anonymous admins and channel posts, Discord interaction permissions); <c>null</c> when the
    /// adapter must be asked (<see cref="Platforms.IChatPlatform.IsAdminAsync"/>).
    /// </summary>
    public bool? SenderIsAdmin { get; init; }

    /// <summary>The payload of a tapped button (Telegram callback data, Discord component custom_id); <c>null</c> for typed text.</summary>
    public string? ButtonPayload { get; init; }

    /// <summary>The platform's message id as text, when known (used to reply in thread and to de-duplicate).</summary>
    public string? MessageId { get; init; }

    /// <summary>
    /// The text (or caption) of the message this one replies to, when that message is someone else's, not the bot's:
    /// "@bot is this true?" under a rumour in a group asks about the rumour. <c>null</c> when it replies to nothing, to the
    /// bot, or to a message without text.
    /// </summary>
    public string? RepliedToText { get; init; }

    /// <summary>
    /// The text (or caption) of the bot's own earlier message this one replies to ("why?" under an answer): the message goes
    /// on from that answer, also after the follow-up window has closed. <c>null</c> when it replies to nothing, to someone
    /// else (<see cref="RepliedToText"/>) or to a message without text. Only read, to tell which answer it was; never kept.
    /// </summary>
    public string? RepliedToOwnText { get; init; }
}
