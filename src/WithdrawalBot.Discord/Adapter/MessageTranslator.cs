using System.Text.RegularExpressions;
using WithdrawalBot.Core.Messages;
using WithdrawalBot.Discord.Models;

namespace WithdrawalBot.Discord.Adapter;

/// <summary>
/// Turns a MESSAGE_CREATE into an <see cref="IncomingMessage"/>: in a server channel a message is for the bot
/// when it mentions the bot or the bot's managed role, or replies to one of its messages (the mention is removed from the
/// text; the message replied to goes with it, the bot's own as <see cref="IncomingMessage.RepliedToOwnText"/>); in a DM
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

    /// <summary>The <c>message_reference.type</c> of a forwarded message.</summary>
    private const int ForwardReference = 1;

    /// <summary>Translates <paramref name="message"/>, or says why not (a forward is read as the text it forwards).</summary>
    /// <param name="message">The MESSAGE_CREATE object.</param>
    /// <param name="botUserId">The bot's user id (from READY).</param>
    /// <param name="chat">Where the message lives (threads resolved to parent + thread).</param>
    /// <param name="isBotRole">Whether a role id is the bot's managed role (see <see cref="BotRoles"/>); none when <c>null</c>.</param>
    public static (IncomingMessage? Message, Skip Reason) Translate(DiscordMessage message, string botUserId, ChatAddress chat, Func<string, bool>? isBotRole = null)
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

        if (message.Content.Length == 0 && message.MessageReference?.Type == ForwardReference && message.MessageSnapshots is [{ Message.Content: { Length: > 0 } forwarded }, ..])
        {
            // A forward ("is this true?" about a rumour seen elsewhere): its text is the forwarded message's.
            message = message with { Content = forwarded };
        }

        var isPrivate = message.GuildId is null;
        var mentioned = message.Mentions.Any(u => u.Id == botUserId) || message.Content.Contains($"<@{botUserId}>", StringComparison.Ordinal) || message.Content.Contains($"<@!{botUserId}>", StringComparison.Ordinal)
            || (isBotRole is not null && (message.MentionRoles.Any(isBotRole) || RoleMention().Matches(message.Content).Any(m => isBotRole(m.Groups["id"].Value))));
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
            RepliedToText = repliedTo || message.MessageReference?.Type == ForwardReference ? null : message.ReferencedMessage?.Content is { Length: > 0 } replied ? replied : null,
            RepliedToOwnText = repliedTo && message.ReferencedMessage?.Content is { Length: > 0 } own ? own : null,
        };
        return (incoming, Skip.None);
    }

    /// <summary>
    /// The text a question is read from: mentions of the bot removed, and so is whom else a message is addressed to (a
    /// member mentioned first or last, roles, channels, <c>@everyone</c>, <c>@here</c>); a member mentioned inside a
    /// sentence becomes <c>@name</c> ("what did @sara say?"). Quoted lines (<c>&gt; …</c>) are someone else's words and
    /// are left out when the message says something of its own, and the emphasis marks <c>**</c>, <c>__</c>, <c>~~</c>,
    /// <c>||</c> are dropped around their words ("when do they leave Erbil and **Basra**?").
    /// </summary>
    public static string CleanText(DiscordMessage message, string botUserId)
    {
        ArgumentNullException.ThrowIfNull(message);
        var names = message.Mentions.GroupBy(u => u.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().GlobalName ?? g.First().Username ?? g.Key, StringComparer.Ordinal);
        var addressed = Addressing().Replace(WithoutQuotedLines(message.Content), " ");
        var text = UserMention().Replace(addressed, m =>
        {
            var id = m.Groups["id"].Value;
            return id == botUserId || IsAtEdge(addressed, m) ? " " : "@" + names.GetValueOrDefault(id, id);
        });
        return Spaces().Replace(Emphasis().Replace(text, "${words}"), " ").Trim();
    }

    /// <summary>Whether only spaces and other mentions stand between <paramref name="mention"/> and an end of <paramref name="text"/>.</summary>
    private static bool IsAtEdge(string text, Match mention) =>
        UserMention().Replace(text[..mention.Index], "").Trim().Length == 0
        || UserMention().Replace(text[(mention.Index + mention.Length)..], "").Trim().TrimEnd('?', '؟', '!', '.').Length == 0;

    /// <summary><paramref name="content"/> without its quoted lines ("&gt; …", "&gt;&gt;&gt; …") when it has others; else without the quote marks.</summary>
    private static string WithoutQuotedLines(string content)
    {
        if (!content.Contains('>', StringComparison.Ordinal))
        {
            return content;
        }

        var lines = content.Split('\n');
        var own = lines.Where(line => !QuoteMark().IsMatch(line) && line.Trim().Length > 0).ToArray();
        return own.Length > 0 && own.Length < lines.Length
            ? string.Join('\n', own)
            : string.Join('\n', lines.Select(line => QuoteMark().Replace(line, "")));
    }

    private static (string? Name, string Arguments) ParseCommand(string text)
    {
        var match = Command().Match(text);
        return match.Success ? (match.Groups["name"].Value.ToLowerInvariant(), match.Groups["args"].Value.Trim()) : (null, "");
    }

    [GeneratedRegex(@"<@!?(?<id>\d{1,20})>", RegexOptions.CultureInvariant)]
    private static partial Regex UserMention();

    [GeneratedRegex(@"<@&(?<id>\d{1,20})>", RegexOptions.CultureInvariant)]
    private static partial Regex RoleMention();

    /// <summary>Roles, channels, <c>@everyone</c> and <c>@here</c>: whom a message is addressed to, never what it asks.</summary>
    [GeneratedRegex(@"<@&\d{1,20}>|<#\d{1,20}>|@(?:everyone|here)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Addressing();

    [GeneratedRegex(@"^\s*>(?:>>)?\s?", RegexOptions.CultureInvariant)]
    private static partial Regex QuoteMark();

    [GeneratedRegex(@"(?<mark>\*\*|__|~~|\|\|)(?<words>\S(?:.*?\S)?)\k<mark>", RegexOptions.CultureInvariant)]
    private static partial Regex Emphasis();

    [GeneratedRegex(@"[ \t]{2,}", RegexOptions.CultureInvariant)]
    private static partial Regex Spaces();

    [GeneratedRegex(@"^/(?<name>[A-Za-z0-9_]{1,32})(?:\s+(?<args>[\s\S]*))?$", RegexOptions.CultureInvariant)]
    private static partial Regex Command();
}
