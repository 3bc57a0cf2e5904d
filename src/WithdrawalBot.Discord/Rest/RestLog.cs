using Microsoft.Extensions.Logging;

namespace WithdrawalBot.Discord.Rest;

/// <summary>Log lines of the Discord REST client (event ids 3100–3199).</summary>
internal static partial class RestLog
{
    [LoggerMessage(3100, LogLevel.Critical, "Discord rejected the bot token (401) on {Route}. No further Discord requests will be sent: set Discord__BotToken to the token from the developer portal (Bot → Reset Token) and restart.")]
    public static partial void TokenRejected(ILogger logger, string route);

    [LoggerMessage(3101, LogLevel.Warning, "Discord rate-limited {Route}: retry after {RetryAfterSeconds} s (global: {IsGlobal}, attempt {Attempt}).")]
    public static partial void RateLimited(ILogger logger, string route, double retryAfterSeconds, bool isGlobal, int attempt);

    [LoggerMessage(3102, LogLevel.Error, "Cloudflare rate-limited {Route} (a 429 without Discord's JSON): all Discord requests pause for {PauseSeconds} s. This follows too many 401/403/429 answers from this IP (10,000 per 10 minutes).")]
    public static partial void CloudflareRateLimited(ILogger logger, string route, double pauseSeconds);

    [LoggerMessage(3104, LogLevel.Warning, "Discord {Route} failed ({Cause}); retry {Attempt} of {MaxAttempts} in {DelaySeconds:0.#} s.")]
    public static partial void Retrying(ILogger logger, string route, string cause, int attempt, int maxAttempts, double delaySeconds);

    [LoggerMessage(3103, LogLevel.Warning, "Discord answered {Status} (code {Code}: {DiscordMessage}) to {Route}.")]
    public static partial void ApiError(ILogger logger, int status, int code, string? discordMessage, string route);
}
