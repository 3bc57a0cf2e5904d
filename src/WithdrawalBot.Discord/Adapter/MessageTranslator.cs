using System.Text.RegularExpressions;
using WithdrawalBot.Core.Messages;
using WithdrawalBot.Discord.Models;

namespace WithdrawalBot.Discord.Adapter;

/// <summary>
/// Turns a MESSAGE_CREATE into an <see cref="IncomingMessage"/>: in a server channel a message is for the bot
/// when it mentions the bot or replies to one of its messages (the mention is removed from the text); in a DM
/// every message is. The bot's own messages, other bots', webhooks' and system messages are dropped.
/// </summary>
public static partial class MessageTranslator
{
    /// <summary>Why a message was not translated.</summary>
    public enum Skip
    {
        /// <summary>Translated.</summary>
        None,

        /// <summary>The bot's own message, another bot's, a webhook's or a system message.</summary>
        NotFromAPerson,

        /// <summary>Not a text message (joins, pins, thread notices…).</summary>
        NotText,

        /// <summary>A server message with empty content that does not address the bot: nothing to read (the Message Content intent may be off).</summary>
        EmptyContent,
    }

    /// <summary>Translates <paramref name="message"/>, or says why not.</summary>
    /// <param name="message">The MESSAGE_CREATE object.</param>
    /// <param name="botUserId">The bot's user id (from READY).</param>
    /// <param name="chat">Where the message lives (threads resolved to parent + thread).</param>
    public static (IncomingMessage? Message, Skip Reason) Translate(DiscordMessage message, string botUserId, ChatAddress chat)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (message.Author is not { } author || author.Id == botUserId || author.Bot == true || author.System == true || message.WebhookId is not null)
        {
            return (null, Skip.NotFromAPerson);
        }

        if (message.Type is not (0 or 19))
        {
            return (null, Skip.NotText);
        }

        var isPrivate = message.GuildId is null;
        var mentioned = message.Mentions.Any(u => u.Id == botUserId) || message.Content.Contains($"<@{botUserId}>", StringComparison.Ordinal) || message.Content.Contains($"<@!{botUserId}>", StringComparison.Ordinal);
        var repliedTo = message.ReferencedMessage?.Author?.Id == botUserId;
        if (!isPrivate && message.Content.Length == 0 && !mentioned && !repliedTo)
        {
            return (null, Skip.EmptyContent);
        }

        var text = CleanText(message, botUserId);
        var (command, arguments) = ParseCommand(text);
        var incoming = new IncomingMessage(chat, isPrivate ? ChatKind.Private : ChatKind.Group, new Sender(author.Id, message.Member?.Nick ?? author.GlobalName ?? author.Username), text)
        {
            IsAddressedToBot = isPrivate || mentioned || repliedTo,
            SenderIsAdmin = isPrivate ? true : null,
            MessageId = message.Id,
            Command = command is null || !(isPrivate || mentioned || repliedTo) ? null : new BotCommand(command, arguments),
        };
        return (incoming, Skip.None);
    }

    /// <summary>Removes mentions of the bot and turns other user mentions into <c>@name</c>.</summary>
    public static string CleanText(DiscordMessage message, string botUserId)
    {
        ArgumentNullException.ThrowIfNull(message);
        var names = message.Mentions.GroupBy(u => u.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().GlobalName ?? g.First().Username ?? g.Key, StringComparer.Ordinal);
        var text = UserMention().Replace(message.Content, m =>
        {
            var id = m.Groups["id"].Value;
            return id == botUserId ? " " : "@" + names.GetValueOrDefault(id, id);
        });
        return Spaces().Replace(text, " ").Trim();
    }

    private static (string? Name, string Arguments) ParseCommand(string text)
    {
        var match = Command().Match(text);
        return match.Success ? (match.Groups["name"].Value.ToLowerInvariant(), match.Groups["args"].Value.Trim()) : (null, "");
    }

    [GeneratedRegex(@"<@!?(?<id>\d{1,20})>", RegexOptions.CultureInvariant)]
    private static partial Regex UserMention();

    [GeneratedRegex(@"[ \t]{2,}", RegexOptions.CultureInvariant)]
    private static partial Regex Spaces();

    [GeneratedRegex(@"^/(?<name>[A-Za-z0-9_]{1,32})(?:\s+(?<args>[\s\S]*))?$", RegexOptions.CultureInvariant)]
    private static partial Regex Command();
}
