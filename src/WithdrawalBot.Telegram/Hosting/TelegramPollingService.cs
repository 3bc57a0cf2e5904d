using System.Text.Json;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using WithdrawalBot.Telegram.Configuration;
using WithdrawalBot.Telegram.Diagnostics;
using WithdrawalBot.Telegram.Updates;

namespace WithdrawalBot.Telegram.Hosting;

/// <summary>
/// Long polling (the default mode): getMe, deleteWebhook (pending updates kept), setMyCommands, then a getUpdates
/// loop. Each iteration catches, logs and backs off (a 429's retry_after, else 1 s doubling up to
/// <see cref="TelegramOptions.MaxBackoff"/>, on <see cref="TimeProvider"/>); the offset moves past every update received, readable or not, before it is handled, so
/// one bad update never stalls the ones after it. Fatal: a rejected token and 409 Conflict (another instance polling
/// with the same token) log a critical line and end the service with <see cref="TelegramFatalException"/>, which stops
/// the host. Cancellation ends the loop quietly.
/// </summary>
public sealed class TelegramPollingService(
    ITelegramBotClient client,
    TelegramStartup startup,
    UpdateDispatcher dispatcher,
    TelegramHealth health,
    TimeProvider timeProvider,
    IOptions<TelegramOptions> options,
    ILogger<TelegramPollingService> logger) : BackgroundService
{
    /// <inheritdoc/>
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await startup.ConnectAsync(stoppingToken);
            await DeleteWebhookAsync(stoppingToken);
            await startup.RegisterCommandsAsync(stoppingToken);
            await PollAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        finally
        {
            await dispatcher.StopAsync();
            logger.PollingStopped();
        }
    }

    private async Task PollAsync(CancellationToken stoppingToken)
    {
        var timeout = (int)options.Value.PollingTimeout.TotalSeconds;
        logger.PollingStarted(options.Value.PollingTimeout);
        long offset = 0;
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            JsonElement[] batch;
            try
            {
                batch = await client.SendRequest(new RawGetUpdatesRequest { Offset = offset, Timeout = timeout, AllowedUpdates = TelegramUpdateTypes.AllowedNames }, stoppingToken);
                health.Succeeded("getUpdates");
                failures = 0;
            }
            catch (ApiRequestException exception) when (exception.ErrorCode == 409)
            {
                health.Fatal(TelegramLog.ConflictMessage);
                logger.Conflict();
                throw new TelegramFatalException(TelegramLog.ConflictMessage, exception);
            }
            catch (ApiRequestException exception) when (exception.ErrorCode is 401 or 404)
            {
                health.Fatal(TelegramLog.TokenRejectedMessage);
                logger.TokenRejected();
                throw new TelegramFatalException(TelegramLog.TokenRejectedMessage, exception);
            }
            catch (Exception exception) when (TelegramStartup.IsTransient(exception, stoppingToken))
            {
                failures++;
                var cause = TelegramFailure.Describe(exception);
                health.Failed("getUpdates", cause);
                var delay = startup.RetryDelay(exception, failures);
                logger.PollFailed("getUpdates", failures, cause, delay);
                logger.FailureDetails(exception);
                await Task.Delay(delay, timeProvider, stoppingToken);
                continue;
            }

            foreach (var element in batch)
            {
                var (id, update) = Read(element);
                offset = Math.Max(offset, id + 1);
                if (update is not null)
                {
                    await dispatcher.DispatchAsync(update, stoppingToken);
                }
            }
        }
    }

    private (long Id, Update? Update) Read(JsonElement element)
    {
        var id = element.TryGetProperty("update_id", out var value) && value.TryGetInt64(out var number) ? number : -1;
        try
        {
            return (id, element.Deserialize<Update>(JsonBotAPI.Options));
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException or NotSupportedException or FormatException or ArgumentException)
        {
            logger.UpdateUnreadable(id, exception.Message);
            logger.FailureDetails(exception);
            return (id, null);
        }
    }

    private async Task DeleteWebhookAsync(CancellationToken stoppingToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await client.DeleteWebhook(dropPendingUpdates: false, cancellationToken: stoppingToken);
                return;
            }
            catch (Exception exception) when (TelegramStartup.IsTransient(exception, stoppingToken))
            {
                var delay = startup.RetryDelay(exception, attempt);
                logger.PollFailed("deleteWebhook", attempt, TelegramFailure.Describe(exception), delay);
                logger.FailureDetails(exception);
                await Task.Delay(delay, timeProvider, stoppingToken);
            }
        }
    }
}
