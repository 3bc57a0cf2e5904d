using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using WithdrawalBot.Core.Messages;
using WithdrawalBot.Core.Platforms;
using WithdrawalBot.Telegram.Configuration;
using WithdrawalBot.Telegram.Diagnostics;
using WithdrawalBot.Telegram.Updates;

namespace WithdrawalBot.Telegram.Hosting;

/// <summary>
/// Webhook mode (when <see cref="TelegramOptions.WebhookUrl"/> is set): getMe, setMyCommands, then setWebhook with the
/// secret token, <c>drop_pending_updates=false</c> and the allowed update types, retried with back-off; left set at stop.
/// Updates arrive through the endpoint mapped by <c>MapTelegramWebhook</c>. Updates a stop leaves unanswered are kept
/// (<see cref="PendingUpdateKeeper"/>) and answered at the next start, before the webhook is set. A rejected token stops
/// Telegram alone while Discord serves on (<see cref="ServingPlatforms"/>), and otherwise the host, with
/// <see cref="TelegramFatalException"/>. Once set, getWebhookInfo is read every <see cref="CheckInterval"/>, so /healthz
/// shows when Telegram cannot deliver to the webhook or the webhook is no longer this bot's.
/// </summary>
public sealed class TelegramWebhookService(
    ITelegramBotClient client,
    TelegramStartup startup,
    UpdateDispatcher dispatcher,
    PendingUpdateKeeper pending,
    TelegramHealth health,
    ServingPlatforms platforms,
    TimeProvider timeProvider,
    IOptions<TelegramOptions> options,
    ILogger<TelegramWebhookService> logger) : BackgroundService
{
    /// <inheritdoc/>
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await startup.ConnectAsync(stoppingToken);
            await startup.RegisterCommandsAsync(stoppingToken);
            await pending.ReplayAsync(dispatcher, stoppingToken);
            await SetWebhookAsync(stoppingToken);
            await WatchDeliveryAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        catch (TelegramFatalException exception) when (platforms.StopAlone(ChatPlatform.Telegram, exception.Message))
        {
            // Discord serves on: restarting would not fix this, and would take Discord down with it.
            logger.StoppedAlone(platforms.OthersServing(ChatPlatform.Telegram));
        }
    }

    /// <summary>
    /// Waits for the updates in flight. The webhook stays set (break 32 #6: deleting it at stop silenced a new instance that
    /// had set the same URL on another host; Telegram holds updates for a webhook that does not answer, and long polling
    /// deletes it at its start).
    /// </summary>
    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await dispatcher.StopAsync();
    }

    /// <summary>How often getWebhookInfo is read to see whether Telegram can deliver to the webhook.</summary>
    public static readonly TimeSpan CheckInterval = TimeSpan.FromMinutes(2);

    /// <summary>A delivery failure Telegram reports counts as current for this long (Telegram retries failed deliveries).</summary>
    public static readonly TimeSpan RecentFailure = TimeSpan.FromMinutes(10);

    /// <summary>
    /// Reads getWebhookInfo every <see cref="CheckInterval"/>: Degraded while Telegram reports a delivery failure within
    /// <see cref="RecentFailure"/> and updates are waiting (a broken TLS proxy, an expired certificate, wrong DNS), Unhealthy
    /// when the webhook is no longer this bot's URL (another instance set its own, or a long-polling run deleted it; not set
    /// back: the instance started last wins). A warning when that starts or changes, an information line when it is over; a
    /// failed read is only recorded (the next one may work).
    /// </summary>
    private async Task WatchDeliveryAsync(CancellationToken stoppingToken)
    {
        var url = options.Value.WebhookUrl!;
        var host = new Uri(url).Authority;
        string? reported = null;
        while (true)
        {
            await Task.Delay(CheckInterval, timeProvider, stoppingToken);
            WebhookInfo info;
            try
            {
                info = await client.GetWebhookInfo(stoppingToken);
            }
            catch (ApiRequestException exception) when (exception.ErrorCode is 401 or 404)
            {
                // The token was reset while the bot ran: as at start-up.
                throw startup.TokenRejected(exception);
            }
            catch (Exception exception) when (exception is ApiRequestException || TelegramStartup.IsTransient(exception, stoppingToken))
            {
                health.Failed("getWebhookInfo", TelegramFailure.Describe(exception));
                continue;
            }

            string? state;
            if (!string.Equals(info.Url, url, StringComparison.Ordinal))
            {
                var what = string.IsNullOrEmpty(info.Url)
                    ? "it was deleted (a long-polling run with this token?)"
                    : $"it now points to {(Uri.TryCreate(info.Url, UriKind.Absolute, out var other) ? other.Authority : "another address")} (another instance?)";
                health.Down("The webhook is no longer this bot's: " + what);
                state = "lost:" + what;
                if (state != reported)
                {
                    logger.WebhookLost(what);
                }
            }
            else if (info.PendingUpdateCount > 0 && info.LastErrorDate is { } failedAt
                && new DateTimeOffset(DateTime.SpecifyKind(failedAt, DateTimeKind.Utc)) is var at && timeProvider.GetUtcNow() - at <= RecentFailure)
            {
                var error = info.LastErrorMessage ?? "no reason given";
                health.Troubled("getWebhookInfo", $"Telegram could not deliver updates to the webhook: {error} (last at {at:HH:mm:ss} UTC), {info.PendingUpdateCount} update(s) waiting");
                state = "undelivered:" + error;
                if (state != reported)
                {
                    logger.WebhookUndelivered(host, error, at, info.PendingUpdateCount);
                }
            }
            else
            {
                health.Succeeded("getWebhookInfo");
                state = null;
                if (reported is not null)
                {
                    logger.WebhookDelivering();
                }
            }

            reported = state;
        }
    }

    private async Task SetWebhookAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        var url = new Uri(settings.WebhookUrl!);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await client.SetWebhook(
                    settings.WebhookUrl!,
                    allowedUpdates: TelegramUpdateTypes.Allowed,
                    dropPendingUpdates: false,
                    secretToken: settings.WebhookSecret,
                    cancellationToken: stoppingToken);
                health.Succeeded("setWebhook");
                logger.WebhookSet(url.Authority, url.AbsolutePath);
                return;
            }
            catch (Exception exception) when (TelegramStartup.IsTransient(exception, stoppingToken))
            {
                var cause = TelegramFailure.Describe(exception);
                health.Failed("setWebhook", cause);
                var delay = startup.RetryDelay(exception, attempt);
                logger.WebhookSetFailed(attempt, cause, delay);
                logger.FailureDetails(exception);
                await Task.Delay(delay, timeProvider, stoppingToken);
            }
        }
    }
}
