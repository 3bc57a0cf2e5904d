using System.Text.Encodings.Web;
using Microsoft.Extensions.Configuration;
using WithdrawalBot.Hosting;

namespace WithdrawalBot.Logging;

/// <summary>
/// Removes secrets from text that leaves the process (log lines, start-up errors, health descriptions): the
/// configured token values and their secret halves alone (also JSON- and URL-escaped) and anything shaped like a
/// Telegram or Discord token,
/// each replaced by <see cref="Mask"/>.
/// </summary>
public sealed class TokenRedactor
{
    /// <summary>What a secret is replaced with.</summary>
    public const string Mask = "[REDACTED]";

    /// <summary>Configured values shorter than this are not searched for (too likely to be ordinary words).</summary>
    public const int MinimumSecretLength = 6;

    private readonly string[] secrets;

    /// <summary>Creates a redactor for the given secret values (trimmed, as the platforms use them; blank and short values are ignored).</summary>
    public TokenRedactor(IEnumerable<string?> secretValues)
    {
        ArgumentNullException.ThrowIfNull(secretValues);
        secrets = [.. secretValues
            .Select(s => s?.Trim())
            .Where(s => s is { Length: >= MinimumSecretLength })
            .SelectMany(s => SecretTail(s!) is { } tail ? new[] { s!, tail } : [s!])
            .SelectMany(s => new[] { s, JavaScriptEncoder.Default.Encode(s), Uri.EscapeDataString(s) })
            .Distinct(StringComparer.Ordinal)
            .OrderByDescending(s => s.Length)];
    }

    /// <summary>
    /// The shortest secret a token's tail must be to be searched for alone (<see cref="SecretTail"/>): a Telegram
    /// token's part after the colon is 35 characters, a Discord token's signature 27 or more.
    /// </summary>
    public const int MinimumTailLength = 20;

    /// <summary>
    /// The secret half of a token, which an error page can echo without the rest ("secret AAHdq… id /bot123456789"):
    /// the part after a Telegram token's colon, or after a Discord token's last dot; <c>null</c> when the value has
    /// none of at least <see cref="MinimumTailLength"/> characters. (The part before is the bot's public id.)
    /// </summary>
    private static string? SecretTail(string value)
    {
        var cut = value.LastIndexOfAny([':', '.']);
        return cut >= 0 && value.Length - cut - 1 >= MinimumTailLength ? value[(cut + 1)..] : null;
    }

    /// <summary>A redactor for <c>Telegram:BotToken</c>, <c>Telegram:WebhookSecret</c> and <c>Discord:BotToken</c> as configured.</summary>
    public static TokenRedactor FromConfiguration(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return new TokenRedactor([
            configuration[BotTokens.TelegramKey],
            configuration[BotTokens.TelegramWebhookSecretKey],
            configuration[BotTokens.DiscordKey],
        ]);
    }

    /// <summary>Returns <paramref name="text"/> with every secret replaced by <see cref="Mask"/>; the same instance when there was none.</summary>
    public string Redact(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var secret in secrets)
        {
            if (text.Contains(secret, StringComparison.Ordinal))
            {
                text = text.Replace(secret, Mask, StringComparison.Ordinal);
            }
        }

        if (text.Contains(':', StringComparison.Ordinal))
        {
            text = BotTokens.TelegramTokenInText().Replace(text, Mask);
        }

        if (text.Contains('.', StringComparison.Ordinal))
        {
            text = BotTokens.DiscordTokenInText().Replace(text, Mask);
        }

        if (text.Contains('/', StringComparison.Ordinal))
        {
            text = BotTokens.DiscordPathTokenInText().Replace(text, Mask);
        }

        return text;
    }
}
