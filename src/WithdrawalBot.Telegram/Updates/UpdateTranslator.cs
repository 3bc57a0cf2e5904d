using System.Globalization;
using System.Text.RegularExpressions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using WithdrawalBot.Core.Messages;
using WithdrawalBot.Telegram.Hosting;
using BotCommand = WithdrawalBot.Core.Messages.BotCommand;

namespace WithdrawalBot.Telegram.Updates;

/// <summary>
/// Turns Telegram messages, button taps and inline queries into <see cref="IncomingMessage"/>s. The one place that
/// knows Telegram's shapes:
/// <list type="bullet">
/// <item>chat kinds: private → Private, group and supergroup → Group, channel → Channel;</item>
/// <item>text, else the media caption; a <c>bot_command</c> entity at offset 0 is a command, <c>/cmd@ItsOwnUsername</c>
/// compared case-insensitively, <c>/cmd@SomeOtherBot</c> ignored;</item>
/// <item>mentions of the bot (<c>mention</c> or <c>text_mention</c> entities) and replies to its messages make a group
/// message addressed to it; the mention is cut out of the text; the text of the bot's message replied to goes with it
/// (<see cref="IncomingMessage.RepliedToOwnText"/>: "why?" under an answer is about that answer), that of someone else's
/// too (<see cref="IncomingMessage.RepliedToText"/>, the quoted part when the reply quotes one);</item>
/// <item>forum topics: <c>message_thread_id</c> becomes <see cref="ChatAddress.ThreadId"/> when <c>is_topic_message</c>;</item>
/// <item>the sender counts as admin in private chats, for anonymous group admins (sender_chat is the group itself) and
/// for channel posts; otherwise the platform is asked later.</item>
/// </list>
/// In private chats every message counts as addressed to the bot; in groups only messages addressed to it are routed, and
/// in channels only commands (as the router answers nothing else there), so other chatter never reaches the core.
/// </summary>
/// <param name="identity">The bot's own user, from getMe.</param>
public sealed partial class UpdateTranslator(TelegramBotIdentity identity)
{
    /// <summary>
    /// Whether the bot acts on <paramref name="update"/> at all, and so must keep it until it is answered: a message or channel
    /// post <see cref="FromMessage"/> routes or answers (a question in a private chat, a command, a mention or a reply to the
    /// bot in a group), a group's move to a supergroup, a button tap, an inline query, a change of the bot's membership. Group
    /// chatter not addressed to the bot, edits and update kinds the bot ignores are not: with privacy mode off the bot receives
    /// every message of its groups, and members' conversation has no business on its disk.
    /// </summary>
    public bool IsForTheBot(Update update)
    {
        ArgumentNullException.ThrowIfNull(update);
        return update switch
        {
            { Message: { } message } => message.MigrateToChatId is not null || FromMessage(message).Disposition != MessageDisposition.Ignore,
            { ChannelPost: { } post } => FromMessage(post).Disposition != MessageDisposition.Ignore,
            { CallbackQuery: not null } or { InlineQuery: not null } or { MyChatMember: not null } => true,
            _ => false,
        };
    }

    /// <summary>Translates a message or channel post (not an edited one, not a service message).</summary>
    /// <returns>What to do with it and, unless ignored, the translated message.</returns>
    public Translation FromMessage(Message message)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (KindOf(message.Chat.Type) is not { } kind)
        {
            return Translation.Ignore("unsupported chat type " + message.Chat.Type);
        }

        if (message.IsServiceMessage)
        {
            return Translation.Ignore("service message");
        }

        if (message.IsAutomaticForward)
        {
            // Telegram's copy of a channel post in the channel's linked discussion group: the post itself was answered in
            // the channel; the copy would be answered twice, and a command in it refused as from no group admin.
            return Translation.Ignore("channel post copied into its discussion group");
        }

        var text = message.Text ?? message.Caption;
        var entities = (message.Text is not null ? message.Entities : message.CaptionEntities) ?? [];
        var chat = AddressOf(message);
        var sender = SenderOf(message, kind);
        if (text is null)
        {
            return kind == ChatKind.Private
                ? new Translation(MessageDisposition.NonTextInPrivate, new IncomingMessage(chat, kind, sender, "") { MessageId = IdOf(message) })
                : Translation.Ignore("no text in a group or channel");
        }

        var me = identity.Current;
        // Telegram computes entities itself; one that does not fit the text (a client or proxy bug) is not read.
        var commandEntity = entities.FirstOrDefault(e => e.Type == MessageEntityType.BotCommand && e.Offset == 0 && e.Length > 0 && e.Length <= text.Length);
        var (commandToken, target) = commandEntity is null ? (null, null) : SplitCommand(text[..commandEntity.Length]);
        if (target is not null && !string.Equals(target, me.Username, StringComparison.OrdinalIgnoreCase))
        {
            return Translation.Ignore("command for another bot");
        }

        var mentions = Disjoint(entities.Where(e => IsMentionOfMe(e, text, me)));
        var stripped = StripRanges(text, mentions);
        var command = commandToken is null ? null : new BotCommand(commandToken, ArgumentsAfterCommand(text, commandEntity!, mentions));
        var repliesToMe = message.ReplyToMessage is { From.Id: var repliedTo, IsServiceMessage: false } && repliedTo == me.Id;
        if (kind == ChatKind.Channel && command is null)
        {
            // A channel gets commands only (the router's rule): a post mentioning the bot or replying to it is not answered,
            // so it is not kept either.
            return Translation.Ignore("channel post that is no command");
        }

        var addressed = kind == ChatKind.Private || command is not null || mentions.Count > 0 || repliesToMe;
        if (!addressed)
        {
            return Translation.Ignore("group chatter not addressed to the bot");
        }

        return new Translation(MessageDisposition.Route, new IncomingMessage(chat, kind, sender, stripped)
        {
            Command = command,
            IsAddressedToBot = true,
            SenderIsAdmin = AdminHint(message, kind),
            MessageId = IdOf(message),
            RepliedToText = repliesToMe ? null : message.Quote?.Text ?? message.ReplyToMessage?.Text ?? message.ReplyToMessage?.Caption,
            RepliedToOwnText = repliesToMe ? message.ReplyToMessage!.Text ?? message.ReplyToMessage.Caption ?? message.Quote?.Text : null,
        });
    }

    /// <summary>Translates a button tap under one of the bot's messages.</summary>
    /// <returns>The tap as a message with <see cref="IncomingMessage.ButtonPayload"/> and empty text, or <c>null</c> when the
    /// tap carries no data or no chat (a button under an inline-mode message). Data that is none of the tapped message's
    /// buttons (a client can send any: a vote for an answer never shown) becomes an empty payload, which the router answers
    /// as a stale button; under a message too old to be read back (Telegram sends it without its keyboard) the data is taken
    /// as it is.</returns>
    public static IncomingMessage? FromCallbackQuery(CallbackQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.Data is null || query.Message is not { } message || KindOf(message.Chat.Type) is not { } kind)
        {
            return null;
        }

        return new IncomingMessage(AddressOf(message), kind, SenderOf(query.From), "")
        {
            ButtonPayload = IsButtonOf(message, query.Data) ? query.Data : "",
            IsAddressedToBot = true,
            SenderIsAdmin = kind == ChatKind.Private ? true : null,
            MessageId = IdOf(message),
        };
    }

    /// <summary>Whether <paramref name="data"/> is a button of <paramref name="message"/>; true for an inaccessible message (date 0), whose keyboard Telegram does not send.</summary>
    private static bool IsButtonOf(Message message, string data) =>
        message.Date <= DateTime.UnixEpoch
        || message.ReplyMarkup?.InlineKeyboard.Any(row => row.Any(button => button.CallbackData == data)) == true;

    /// <summary>The chat address of a message, with the forum topic when it is a topic message.</summary>
    public static ChatAddress AddressOf(Message message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var thread = message.IsTopicMessage && message.MessageThreadId is { } topic ? topic.ToString(CultureInfo.InvariantCulture) : null;
        return new ChatAddress(ChatPlatform.Telegram, message.Chat.Id.ToString(CultureInfo.InvariantCulture), thread);
    }

    /// <summary>Maps a Telegram chat type to a chat kind; <c>null</c> for kinds the bot does not serve.</summary>
    public static ChatKind? KindOf(ChatType type) => type switch
    {
        ChatType.Private => ChatKind.Private,
        ChatType.Group or ChatType.Supergroup => ChatKind.Group,
        ChatType.Channel => ChatKind.Channel,
        _ => null,
    };

    private static string IdOf(Message message) => message.Id.ToString(CultureInfo.InvariantCulture);

    private static Sender? SenderOf(Message message, ChatKind kind)
    {
        if (kind == ChatKind.Channel)
        {
            return null;
        }

        if (message.SenderChat is { } senderChat)
        {
            return new Sender(senderChat.Id.ToString(CultureInfo.InvariantCulture), senderChat.Title ?? senderChat.Username);
        }

        return message.From is null ? null : SenderOf(message.From);
    }

    private static Sender SenderOf(User user)
    {
        var name = string.Join(' ', new[] { user.FirstName, user.LastName }.Where(n => !string.IsNullOrWhiteSpace(n)));
        return new Sender(user.Id.ToString(CultureInfo.InvariantCulture), name.Length == 0 ? user.Username : name, user.LanguageCode);
    }

    private static bool? AdminHint(Message message, ChatKind kind) => kind switch
    {
        ChatKind.Private or ChatKind.Channel => true,
        _ when message.SenderChat?.Id == message.Chat.Id => true,
        _ => null,
    };

    private static (string? Name, string? Target) SplitCommand(string token)
    {
        var at = token.IndexOf('@', StringComparison.Ordinal);
        var name = (at < 0 ? token[1..] : token[1..at]).ToLowerInvariant();
        return (name.Length == 0 ? null : name, at < 0 ? null : token[(at + 1)..]);
    }

    private static bool IsMentionOfMe(MessageEntity entity, string text, TelegramBotIdentity.BotUser me) => entity.Type switch
    {
        MessageEntityType.Mention => entity.Offset + entity.Length <= text.Length
            && string.Equals(text.Substring(entity.Offset, entity.Length), "@" + me.Username, StringComparison.OrdinalIgnoreCase),
        MessageEntityType.TextMention => entity.User?.Id == me.Id && entity.Offset + entity.Length <= text.Length,
        _ => false,
    };

    /// <summary>The mentions in text order, each starting after the one before ends: overlapping ranges would cut the text twice.</summary>
    private static List<MessageEntity> Disjoint(IEnumerable<MessageEntity> mentions)
    {
        var kept = new List<MessageEntity>();
        foreach (var mention in mentions.Where(m => m.Offset >= 0 && m.Length > 0).OrderBy(m => m.Offset))
        {
            if (kept.Count == 0 || mention.Offset >= kept[^1].Offset + kept[^1].Length)
            {
                kept.Add(mention);
            }
        }

        return kept;
    }

    private static string ArgumentsAfterCommand(string text, MessageEntity command, List<MessageEntity> mentions)
    {
        var after = mentions.Where(m => m.Offset >= command.Length).Select(m => new MessageEntity { Type = m.Type, Offset = m.Offset - command.Length, Length = m.Length });
        return StripRanges(text[command.Length..], after.ToList());
    }

    private static string StripRanges(string text, List<MessageEntity> ranges)
    {
        if (ranges.Count == 0)
        {
            return text.Trim();
        }

        var result = text;
        foreach (var range in ranges.OrderByDescending(r => r.Offset))
        {
            result = result.Remove(range.Offset, range.Length);
        }

        return LeadingSeparators().Replace(RepeatedSpaces().Replace(result, " ").Trim(), "");
    }

    [GeneratedRegex("[ \\t]{2,}")]
    private static partial Regex RepeatedSpaces();

    [GeneratedRegex("^[,:،\\s]+")]
    private static partial Regex LeadingSeparators();
}
