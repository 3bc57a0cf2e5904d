using WithdrawalBot.Core.Languages;
using WithdrawalBot.Core.Messages;

namespace WithdrawalBot.Terminal;

/// <summary>
/// Turns a console line into the platform-neutral <see cref="IncomingMessage"/>, as the Telegram and Discord
/// adapters do for their events: a private chat, addressed to the bot, the operator as an admin, and a
/// <see cref="BotCommand"/> when the line starts with <c>/name</c>.
/// </summary>
public static class ConsoleMessages
{
    /// <summary>The console user's sender id.</summary>
    public const string SenderId = "console";

    /// <summary>Builds the message for one line.</summary>
    /// <param name="chat">The console chat (<c>console</c>) or the ask chat (<c>ask</c>).</param>
    /// <param name="text">The line as typed, without the line break.</param>
    /// <param name="sequence">The line's number in this session, used as the message id.</param>
    /// <param name="language">The configured language hint, if any.</param>
    /// <param name="buttonPayload">The payload of the suggestion the user picked by number; <c>null</c> for typed text.</param>
    /// <param name="senderId">Who asks; the conversation context (follow-ups) is kept per sender. <see cref="SenderId"/> by default.</param>
    public static IncomingMessage Create(ChatAddress chat, string text, long sequence, Language? language, string? buttonPayload = null, string senderId = SenderId)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new IncomingMessage(chat, ChatKind.Private, new Sender(senderId, Environment.UserName, language?.ToCode()), text)
        {
            Command = buttonPayload is null ? ParseCommand(text) : null,
            IsAddressedToBot = true,
            SenderIsAdmin = true,
            ButtonPayload = buttonPayload,
            MessageId = sequence.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
    }

    /// <summary>
    /// Reads <c>/name rest</c> (name 1–32 of a–z, 0–9, _; case-insensitive; an <c>@anything</c> suffix dropped)
    /// as a command with trimmed arguments; <c>null</c> when the text is not a command.
    /// </summary>
    public static BotCommand? ParseCommand(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        if (trimmed.Length < 2 || trimmed[0] != '/')
        {
            return null;
        }

        var end = trimmed.AsSpan(1).IndexOfAny([' ', '\t', '\n']);
        var word = end < 0 ? trimmed[1..] : trimmed[1..(end + 1)];
        var at = word.IndexOf('@', StringComparison.Ordinal);
        var name = (at < 0 ? word : word[..at]).ToLowerInvariant();
        if (name.Length is 0 or > 32 || !name.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '_'))
        {
            return null;
        }

        return new BotCommand(name, end < 0 ? "" : trimmed[(end + 2)..].Trim());
    }
}
