using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using WithdrawalBot.Telegram.Configuration;
using WithdrawalBot.Telegram.Diagnostics;
using WithdrawalBot.Telegram.Updates;

namespace WithdrawalBot.Telegram.Hosting;

/// <summary>
/// Webhook mode (when <see cref="TelegramOptions.WebhookUrl"/> is set): getMe, setMyCommands, then setWebhook with the
/// secret token, <c>drop_pending_updates=false</c> and the allowed update types, retried with back-off; deleteWebhook at
/// stop, only while getWebhookInfo shows the webhook is still this instance's. Updates arrive through the endpoint mapped by <c>MapTelegramWebhook</c>. Updates a stop leaves unanswered are kept
/// (<see cref="PendingUpdateKeeper"/>) and answered at the next start, before the webhook is set.
/// </summary>
public sealed class TelegramWebhookService(
    ITelegramBotClient client,
    TelegramStartup startup,
    UpdateDispatcher dispatcher,
    PendingUpdateKeeper pending,
    TelegramHealth health,
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
    }

    private volatile bool webhookSet;

    /// <summary>
    /// Deletes the webhook (pending updates kept at Telegram) when this instance set it and getWebhookInfo shows it still
    /// points at <see cref="TelegramOptions.WebhookUrl"/>, then waits for the updates in flight.
    /// </summary>
    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        if (webhookSet && await IsStillOursAsync(cancellationToken))
        {
            await DeleteWebhookAsync(cancellationToken);
        }

        await dispatcher.StopAsync();
    }

    /// <summary>
    /// Whether Telegram's webhook still points at this instance's URL. A bot moved to a new host whose new instance was
    /// started first has its own webhook by now, and deleting it would silence the new instance; so when getWebhookInfo
    /// shows another URL, or cannot be asked, the webhook is left alone.
    /// </summary>
    private async Task<bool> IsStillOursAsync(CancellationToken cancellationToken)
    {
        var own = new Uri(options.Value.WebhookUrl!);
        try
        {
            var current = (await client.GetWebhookInfo(cancellationToken)).Url;
            if (Uri.TryCreate(current, UriKind.Absolute, out var url) && url == own)
            {
                return true;
            }

            logger.WebhookNotOurs(Describe(current), own.Authority, own.AbsolutePath);
            return false;
        }
        catch (Exception exception) when (exception is RequestException or HttpRequestException or OperationCanceledException)
        {
            logger.WebhookCheckFailed(CauseOf(exception));
            logger.FailureDetails(exception);
            return false;
        }
    }

    private async Task DeleteWebhookAsync(CancellationToken cancellationToken)
    {
        try
        {
            await client.DeleteWebhook(dropPendingUpdates: false, cancellationToken: cancellationToken);
            logger.WebhookDeleted();
        }
        catch (Exception exception) when (exception is RequestException or HttpRequestException or OperationCanceledException)
        {
            logger.WebhookDeleteFailed(CauseOf(exception));
            logger.FailureDetails(exception);
        }
    }

    /// <summary>A webhook URL Telegram reported, as host and path (no query), or "none" when no webhook is set.</summary>
    private static string Describe(string? url) =>
        string.IsNullOrEmpty(url) ? "none" : Uri.TryCreate(url, UriKind.Absolute, out var parsed) ? parsed.Authority + parsed.AbsolutePath : "another URL";

    private static string CauseOf(Exception exception) =>
        exception is OperationCanceledException ? "no answer before the stop timeout" : TelegramFailure.Describe(exception);

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
                webhookSet = true;
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
