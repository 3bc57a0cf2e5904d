using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
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
/// <see cref="TelegramFatalException"/>.
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
