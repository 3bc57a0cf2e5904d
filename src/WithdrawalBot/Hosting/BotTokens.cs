using System.Text.RegularExpressions;

namespace WithdrawalBot.Hosting;

/// <summary>
/// The configuration keys of the secrets and the shapes of platform tokens, used to find tokens in text that
/// leaves the process. Telegram: digits, a colon and 35 or more of <c>[A-Za-z0-9_-]</c> (BotFather's form).
/// Discord: three base64url parts joined by dots (user id, timestamp, HMAC). The platforms' own options
/// validation checks the configured tokens.
/// </summary>
public static partial class BotTokens
{
    /// <summary>The configuration key of the Telegram token.</summary>
    public const string TelegramKey = "Telegram:BotToken";

    /// <summary>The configuration key of the Discord token.</summary>
    public const string DiscordKey = "Discord:BotToken";

    /// <summary>The configuration key of the Telegram webhook secret, also kept out of logs.</summary>
    public const string TelegramWebhookSecretKey = "Telegram:WebhookSecret";

    /// <summary>Finds Telegram-shaped tokens anywhere in a text, e.g. inside <c>/bot123:ABC…/getUpdates</c>.</summary>
    [GeneratedRegex(@"\d+:[A-Za-z0-9_-]{35,}", RegexOptions.CultureInvariant)]
    public static partial Regex TelegramTokenInText();

    /// <summary>Finds Discord-shaped tokens anywhere in a text.</summary>
    [GeneratedRegex(@"[A-Za-z0-9_-]{23,28}\.[A-Za-z0-9_-]{6,7}\.[A-Za-z0-9_-]{27,}", RegexOptions.CultureInvariant)]
    public static partial Regex DiscordTokenInText();

    /// <summary>Finds Discord interaction and webhook tokens in request paths (<c>/interactions/{id}/{token}</c>, <c>/webhooks/{id}/{token}</c>).</summary>
    [GeneratedRegex(@"(?<=/(?:interactions|webhooks)/\d+/)[A-Za-z0-9_.-]{20,}", RegexOptions.CultureInvariant)]
    public static partial Regex DiscordPathTokenInText();
}
