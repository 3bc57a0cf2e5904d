using System.Text.Json;
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
/// Long polling (the default mode): getMe, deleteWebhook (pending updates kept), setMyCommands, then a getUpdates
/// loop. Each iteration catches, logs and backs off (a 429's retry_after, else 1 s doubling up to
/// <see cref="TelegramOptions.MaxBackoff"/>, on <see cref="TimeProvider"/>); the offset moves past every update received, readable or not, once it is
/// dispatched (before it is handled; the dispatcher has written it to <see cref="PendingUpdateKeeper"/> first), so one bad
/// update never stalls the ones after it, and a stop or crash loses none: what is kept unanswered is answered at the next start,
/// before polling. At stop, one short getUpdates confirms every update taken, up to the first left unanswered that could not be
/// kept (no database, a full disk), so a restart answers none twice and drops none. Fatal: a rejected token and 409 Conflict (another instance polling
/// with the same token) log a critical line and stop Telegram: alone while Discord serves on (<see cref="ServingPlatforms"/>;
/// the health check then says Degraded), otherwise by ending the service with <see cref="TelegramFatalException"/>, which
/// stops the host. Cancellation ends the loop quietly.
/// </summary>
public sealed class TelegramPollingService(
    ITelegramBotClient client,
    TelegramStartup startup,
    UpdateDispatcher dispatcher,
    PendingUpdateKeeper pending,
    TelegramHealth health,
    ServingPlatforms platforms,
    TimeProvider timeProvider,
    IOptions<TelegramOptions> options,
    ILogger<TelegramPollingService> logger) : BackgroundService
{
    /// <summary>One more than the update_id last received: what the next getUpdates confirms.</summary>
    private long offset;

    /// <summary>The offset Telegram last took (the last getUpdates that answered): every update below it is confirmed.</summary>
    private long polledOffset;

    /// <inheritdoc/>
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await startup.ConnectAsync(stoppingToken);
            await DeleteWebhookAsync(stoppingToken);
            await startup.RegisterCommandsAsync(stoppingToken);
            await pending.ReplayAsync(dispatcher, stoppingToken);
            await PollAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        catch (TelegramFatalException exception) when (platforms.StopAlone(ChatPlatform.Telegram, exception.Message))
        {
            // Discord serves on: restarting would not fix this, and would take Discord down with it.
            logger.StoppedAlone(platforms.OthersServing(ChatPlatform.Telegram));
        }
        finally
        {
            await dispatcher.StopAsync();
            var unanswered = dispatcher.Unanswered;
            await ConfirmHandledAsync(unanswered);
            logger.PollingStopped();
        }
    }

    /// <summary>How long stopping waits for Telegram to take the confirmation of the updates handled.</summary>
    private static readonly TimeSpan ConfirmTimeout = TimeSpan.FromSeconds(2);

    /// <summary>
    /// Confirms to Telegram, with one short getUpdates, every update taken since the last poll, up to the first one left
    /// unanswered at shutdown that <see cref="PendingUpdateKeeper"/> could not keep: the handled ones are not delivered (and
    /// answered) again after a restart; the kept ones are answered from the store, the others delivered again.
    /// </summary>
    private async Task ConfirmHandledAsync(IReadOnlyList<Update> unanswered)
    {
        var first = unanswered.Where(update => !pending.IsKept(update.Id)).Select(update => (long?)update.Id).Min();
        var confirmed = first is { } id ? Math.Min(id, offset) : offset;
        if (confirmed <= polledOffset)
        {
            return;
        }

        using var timeout = new CancellationTokenSource(ConfirmTimeout, timeProvider);
        try
        {
            await client.SendRequest(new RawGetUpdatesRequest { Offset = confirmed, Timeout = 0, Limit = 1, AllowedUpdates = TelegramUpdateTypes.AllowedNames }, timeout.Token);
        }
        catch (Exception exception) when (exception is ApiRequestException or RequestException or HttpRequestException or JsonException or OperationCanceledException)
        {
            // Telegram unreachable at shutdown: those updates come again after the restart.
            logger.ConfirmAtStopFailed(TelegramFailure.Describe(exception));
        }
    }

    private async Task PollAsync(CancellationToken stoppingToken)
    {
        var timeout = (int)options.Value.PollingTimeout.TotalSeconds;
        logger.PollingStarted(options.Value.PollingTimeout);
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            JsonElement[] batch;
            try
            {
                var asked = offset;
                batch = await client.SendRequest(new RawGetUpdatesRequest { Offset = asked, Timeout = timeout, AllowedUpdates = TelegramUpdateTypes.AllowedNames }, stoppingToken);
                polledOffset = asked;
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
                throw startup.TokenRejected(exception);
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
                if (update is not null)
                {
                    await dispatcher.DispatchAsync(update, stoppingToken);
                }

                // Only once dispatched: one still waiting for room when the bot stops is not confirmed, so it comes again.
                // The last update's id, not the highest ever: after a week without updates Telegram numbers the next one at
                // random, maybe below the offset, and an offset kept above it would be given that update again and again.
                if (id >= 0)
                {
                    offset = id + 1;
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
