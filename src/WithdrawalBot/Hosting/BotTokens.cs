using System.Text.RegularExpressions;

namespace WithdrawalBot.Hosting;

/// <summary>
/// The shapes of platform bot tokens, used to check the configured tokens at start-up and to find tokens in
/// log output. Telegram: <c>123456789:</c> followed by 35 of <c>[A-Za-z0-9_-]</c> (BotFather's form).
/// Discord: three base64url parts joined by dots (user id, timestamp, HMAC), as the Developer Portal shows it.
/// </summary>
public static partial class BotTokens
{
    /// <summary>The configuration key of the Telegram token.</summary>
    public const string TelegramKey = "Telegram:BotToken";

    /// <summary>The configuration key of the Discord token.</summary>
    public const string DiscordKey = "Discord:BotToken";

    /// <summary>The configuration key of the Telegram webhook secret, also kept out of logs.</summary>
    public const string TelegramWebhookSecretKey = "Telegram:WebhookSecret";

    /// <summary>Whether <paramref name="token"/> has the whole shape of a Telegram bot token.</summary>
    public static bool IsTelegramToken(string token) => WholeTelegramToken().IsMatch(token);

    /// <summary>Whether <paramref name="token"/> has the whole shape of a Discord bot token (no <c>Bot </c> prefix).</summary>
    public static bool IsDiscordToken(string token) => WholeDiscordToken().IsMatch(token);

    /// <summary>Finds Telegram-shaped tokens anywhere in a text, e.g. inside <c>/bot123:ABC…/getUpdates</c>.</summary>
    [GeneratedRegex(@"\d+:[A-Za-z0-9_-]{35,}", RegexOptions.CultureInvariant)]
    public static partial Regex TelegramTokenInText();

    /// <summary>Finds Discord-shaped tokens anywhere in a text.</summary>
    [GeneratedRegex(@"[A-Za-z0-9_-]{23,28}\.[A-Za-z0-9_-]{6,7}\.[A-Za-z0-9_-]{27,}", RegexOptions.CultureInvariant)]
    public static partial Regex DiscordTokenInText();

    /// <summary>Finds Discord interaction and webhook tokens in request paths (<c>/interactions/{id}/{token}</c>, <c>/webhooks/{id}/{token}</c>).</summary>
    [GeneratedRegex(@"(?<=/(?:interactions|webhooks)/\d+/)[A-Za-z0-9_.-]{20,}", RegexOptions.CultureInvariant)]
    public static partial Regex DiscordPathTokenInText();

    [GeneratedRegex(@"^\d+:[A-Za-z0-9_-]{35}\z", RegexOptions.CultureInvariant)]
    private static partial Regex WholeTelegramToken();

    [GeneratedRegex(@"^[A-Za-z0-9_-]{18,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{20,}\z", RegexOptions.CultureInvariant)]
    private static partial Regex WholeDiscordToken();
}
