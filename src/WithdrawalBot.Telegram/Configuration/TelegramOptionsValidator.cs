using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace WithdrawalBot.Telegram.Configuration;

/// <summary>
/// Checks <see cref="TelegramOptions"/> at start-up. Each failure names the environment variable to fix and never
/// echoes the token.
/// </summary>
public sealed partial class TelegramOptionsValidator : IValidateOptions<TelegramOptions>
{
    /// <inheritdoc/>
    public ValidateOptionsResult Validate(string? name, TelegramOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (IsQuoted(options.BotToken) && TokenPattern().IsMatch(options.BotToken!.Trim()[1..^1]))
        {
            failures.Add("Telegram__BotToken is in quotes: remove them (docker run --env-file and some .env readers keep quotes as part of the value).");
        }
        else if (!TokenPattern().IsMatch(options.BotToken ?? ""))
        {
            failures.Add("Telegram__BotToken is malformed: expected the token from @BotFather: digits, a colon, then 35 letters, digits, '-' or '_'.");
        }

        if (!string.IsNullOrWhiteSpace(options.ApiBaseUrl) && !IsHttpUrl(options.ApiBaseUrl))
        {
            failures.Add("Telegram__ApiBaseUrl must be an absolute http(s) address such as http://localhost:8081.");
        }

        if (options.UseWebhook)
        {
            if (!IsHttpsUrl(options.WebhookUrl!))
            {
                failures.Add($"Telegram__WebhookUrl \"{options.WebhookUrl}\" must be an absolute https:// address that Telegram can reach (Telegram posts only to https).");
            }
            else if (new Uri(options.WebhookUrl!).Port is not (443 or 80 or 88 or 8443))
            {
                failures.Add($"Telegram__WebhookUrl \"{options.WebhookUrl}\" uses port {new Uri(options.WebhookUrl!).Port}; Telegram posts only to ports 443, 80, 88 or 8443 (put a reverse proxy there).");
            }

            if (!SecretPattern().IsMatch(options.WebhookSecret ?? ""))
            {
                failures.Add("Telegram__WebhookSecret is required in webhook mode: 1-256 characters of A-Z, a-z, 0-9, '_' or '-'.");
            }
        }

        if (options.PollingTimeout < TimeSpan.Zero || options.PollingTimeout > TimeSpan.FromSeconds(90))
        {
            failures.Add("Telegram__PollingTimeout must be between 00:00:00 and 00:01:30.");
        }

        if (options.ConnectTimeout < TimeSpan.FromSeconds(1) || options.ConnectTimeout > TimeSpan.FromMinutes(5))
        {
            failures.Add("Telegram__ConnectTimeout must be between 00:00:01 and 00:05:00.");
        }

        if (options.MaxBackoff < TimeSpan.FromSeconds(1))
        {
            failures.Add("Telegram__MaxBackoff must be at least 00:00:01.");
        }

        if (options.MessagesPerSecond is < 1 or > 1000)
        {
            failures.Add("Telegram__MessagesPerSecond must be between 1 and 1000.");
        }

        if (options.GroupMessagesPerMinute is < 1 or > 10000)
        {
            failures.Add("Telegram__GroupMessagesPerMinute must be between 1 and 10000.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static bool IsHttpUrl(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    private static bool IsHttpsUrl(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps;

    /// <summary>Whether a value is wrapped in a pair of single or double quotes, as an .env line copied with them.</summary>
    internal static bool IsQuoted(string? value) =>
        value?.Trim() is { Length: >= 2 } v && ((v[0] == '"' && v[^1] == '"') || (v[0] == '\'' && v[^1] == '\''));

    [GeneratedRegex(@"\A\d+:[A-Za-z0-9_-]{35}\z")]
    private static partial Regex TokenPattern();

    [GeneratedRegex(@"\A[A-Za-z0-9_-]{1,256}\z")]
    private static partial Regex SecretPattern();
}
