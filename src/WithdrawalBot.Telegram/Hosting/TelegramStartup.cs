using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using WithdrawalBot.Core.Routing;
using WithdrawalBot.Telegram.Configuration;
using WithdrawalBot.Telegram.Diagnostics;
using TelegramCommand = Telegram.Bot.Types.BotCommand;

namespace WithdrawalBot.Telegram.Hosting;

/// <summary>
/// What both the polling and the webhook service do first: getMe (given up after <see cref="TelegramOptions.ConnectTimeout"/>
/// and retried while Telegram cannot be reached, after a 429's retry_after or else with back-off, one warning line naming the cause per attempt, the
/// stack trace only at Debug; a 401 is fatal with "Telegram rejected the bot token; check Telegram__BotToken"), then register the
/// command list in English (default) and Arabic (language_code "ar") from <see cref="IMessageRouter.Commands"/>.
/// </summary>
public sealed partial class TelegramStartup(
    ITelegramBotClient client,
    TelegramBotIdentity identity,
    TelegramHealth health,
    IServiceScopeFactory scopes,
    TimeProvider timeProvider,
    IOptions<TelegramOptions> options,
    ILogger<TelegramStartup> logger)
{
    /// <summary>Calls getMe until it answers and records the bot's identity.</summary>
    /// <exception cref="TelegramFatalException">When Telegram rejects the token (401).</exception>
    /// <exception cref="OperationCanceledException">When <paramref name="cancellationToken"/> is cancelled.</exception>
    public async Task ConnectAsync(CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var timeout = options.Value.ConnectTimeout;
            using var deadline = new CancellationTokenSource(timeout, timeProvider);
            using var call = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
            try
            {
                var me = await client.GetMe(call.Token);
                identity.Set(me.Id, me.Username ?? "");
                health.Succeeded("getMe");
                logger.Connected(me.Username ?? "", me.Id);
                return;
            }
            catch (ApiRequestException exception) when (exception.ErrorCode is 401 or 404)
            {
                // The Bot API answers 404 when the token's shape is wrong and 401 when Telegram does not know it.
                throw TokenRejected(exception);
            }
            catch (Exception exception) when (IsTransient(exception, cancellationToken))
            {
                var cause = deadline.IsCancellationRequested ? TelegramFailure.NoAnswer(timeout) : TelegramFailure.Describe(exception);
                health.Failed("getMe", cause);
                var delay = RetryDelay(exception, attempt);
                logger.ConnectFailed(attempt, cause, delay);
                logger.FailureDetails(exception);
                await Task.Delay(delay, timeProvider, cancellationToken);
            }
        }
    }

    /// <summary>
    /// Records (health Unhealthy for good) and logs (critical 7002) that Telegram rejected the bot token, a 401, or a 404
    /// for a token of the wrong shape, at start-up or later; returns the exception that stops Telegram.
    /// </summary>
    public TelegramFatalException TokenRejected(ApiRequestException exception)
    {
        health.Fatal(TelegramLog.TokenRejectedMessage);
        logger.TokenRejected();
        return new TelegramFatalException(TelegramLog.TokenRejectedMessage, exception);
    }

    /// <summary>Registers the command list (hidden operator commands left out) in English (no language code) and Arabic ("ar"); failures are logged, not fatal.</summary>
    public async Task RegisterCommandsAsync(CancellationToken cancellationToken)
    {
        IReadOnlyList<CommandSpec> specs;
        await using (var scope = scopes.CreateAsyncScope())
        {
            specs = [.. scope.ServiceProvider.GetRequiredService<IMessageRouter>().Commands.Where(s => !s.Hidden)];
        }

        var valid = specs.Where(s => IsValidName(s.Name)).ToList();
        foreach (var skipped in specs.Except(valid))
        {
            logger.CommandSkipped(skipped.Name);
        }

        await RegisterAsync(valid.Select(s => new TelegramCommand(s.Name, Limit(s.DescriptionEnglish, s.Name))), null, cancellationToken);
        await RegisterAsync(valid.Select(s => new TelegramCommand(s.Name, Limit(s.DescriptionArabic, s.Name))), "ar", cancellationToken);
    }

    /// <summary>The pause after the <paramref name="failures"/>th failure in a row: 1 s, 2 s, 4 s … up to <see cref="TelegramOptions.MaxBackoff"/>.</summary>
    public TimeSpan Backoff(int failures)
    {
        var seconds = Math.Pow(2, Math.Clamp(failures - 1, 0, 20));
        return TimeSpan.FromSeconds(Math.Min(seconds, options.Value.MaxBackoff.TotalSeconds));
    }

    /// <summary>
    /// The pause before retrying after the <paramref name="failures"/>th failure in a row: the 429's retry_after (seconds,
    /// however long) when Telegram gave one, since retrying sooner only extends a flood wait; otherwise <see cref="Backoff"/>.
    /// </summary>
    public TimeSpan RetryDelay(Exception exception, int failures) =>
        exception is ApiRequestException { Parameters.RetryAfter: { } retryAfter } ? TimeSpan.FromSeconds(retryAfter) : Backoff(failures);

    /// <summary>True for failures worth retrying: API errors other than 401/409, network errors and timeouts (not our own cancellation).</summary>
    public static bool IsTransient(Exception exception, CancellationToken cancellationToken) => exception switch
    {
        ApiRequestException api => api.ErrorCode is not (401 or 404 or 409),
        OperationCanceledException => !cancellationToken.IsCancellationRequested,
        RequestException or HttpRequestException or System.Text.Json.JsonException => true,
        _ => false,
    };

    private async Task RegisterAsync(IEnumerable<TelegramCommand> commands, string? languageCode, CancellationToken cancellationToken)
    {
        var list = commands.ToList();
        try
        {
            await client.SetMyCommands(list, languageCode: languageCode, cancellationToken: cancellationToken);
            logger.CommandsRegistered(list.Count, languageCode ?? "default");
        }
        catch (Exception exception) when (IsTransient(exception, cancellationToken))
        {
            logger.CommandsFailed(languageCode ?? "default", TelegramFailure.Describe(exception));
            logger.FailureDetails(exception);
        }
    }

    private static string Limit(string description, string name)
    {
        var text = string.IsNullOrWhiteSpace(description) ? name : description.Trim();
        return text.Length <= 256 ? text : text[..255] + "…";
    }

    private static bool IsValidName(string name) => CommandName().IsMatch(name);

    [GeneratedRegex("^[a-z0-9_]{1,32}$")]
    private static partial Regex CommandName();
}
