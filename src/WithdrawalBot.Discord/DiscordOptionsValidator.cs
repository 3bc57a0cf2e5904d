using Microsoft.Extensions.Options;

namespace WithdrawalBot.Discord;

/// <summary>Checks <see cref="DiscordOptions"/> at start-up; each failure names the environment variable to fix.</summary>
public sealed class DiscordOptionsValidator : IValidateOptions<DiscordOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, DiscordOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        var token = options.BotToken?.Trim() ?? "";
        if (token.Length == 0)
        {
            failures.Add("Discord__BotToken is empty: copy the token from the Discord developer portal (your application → Bot → Reset Token).");
        }
        else if (token.Length >= 2 && ((token[0] == '"' && token[^1] == '"') || (token[0] == '\'' && token[^1] == '\'')))
        {
            failures.Add("Discord__BotToken is in quotes: remove them (docker run --env-file and some .env readers keep quotes as part of the value).");
        }
        else if (token.StartsWith("Bot ", StringComparison.OrdinalIgnoreCase))
        {
            failures.Add("Discord__BotToken starts with \"Bot \": give the bare token; the client adds the prefix itself.");
        }
        else if (token.Any(char.IsWhiteSpace) || token.Count(c => c == '.') != 2)
        {
            failures.Add("Discord__BotToken does not look like a bot token (three dot-separated parts, no spaces); copy it again from the developer portal.");
        }

        if (!IsSnowflakeOrEmpty(options.ApplicationId))
        {
            failures.Add($"Discord__ApplicationId '{options.ApplicationId}' is not a Discord id (digits only; the portal's General Information page shows it).");
        }

        if (!IsSnowflakeOrEmpty(options.GuildId))
        {
            failures.Add($"Discord__GuildId '{options.GuildId}' is not a Discord id (digits only; right-click the server with Developer Mode on → Copy Server ID).");
        }

        if (options.ApiBaseUrl is not { IsAbsoluteUri: true } url || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
        {
            failures.Add("Discord__ApiBaseUrl must be an absolute http(s) URL such as https://discord.com/api/v10/.");
        }

        if (options.ShardCount is < 1 or > 10_000)
        {
            failures.Add($"Discord__ShardCount {options.ShardCount} is out of range: leave it empty (use Discord's recommendation) or give 1–10000.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static bool IsSnowflakeOrEmpty(string? value) =>
        string.IsNullOrWhiteSpace(value) || (value.Trim().Length <= 20 && value.Trim().All(char.IsAsciiDigit));
}
