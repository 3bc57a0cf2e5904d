using System.Text.Json;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using WithdrawalBot.Core.Messages;
using WithdrawalBot.Core.Platforms;
using WithdrawalBot.Discord.Gateway;
using WithdrawalBot.Discord.Models;
using WithdrawalBot.Discord.Rest;

namespace WithdrawalBot.Discord.Adapter;

/// <summary>
/// The Discord hosted service: registers slash commands, runs the gateway, and hands each dispatch to its
/// handler off the receive path (<see cref="ChatWorkQueue"/>): messages and interactions are de-duplicated by
/// id, guild/channel/thread removals reach every <see cref="IChatLifecycle"/>. Stopping closes every shard's
/// socket with 1000 and gives the answers in flight or queued <see cref="ShutdownGrace"/> to finish (Discord never sends
/// an event again), then cancels the rest and counts them in one warning. A rejected token or a fatal gateway close stops
/// Discord alone while Telegram serves on (<see cref="ServingPlatforms"/>: the service ends quietly and the health check
/// says Degraded); when Discord is the only platform left it ends the service with <see cref="DiscordFatalException"/>,
/// which stops the host (exit code 1), as Telegram's fatal errors do.
/// </summary>
public sealed class DiscordBotService(DiscordGateway gateway, SlashCommandRegistrar registrar, DiscordMessageHandler messages, InteractionResponder interactions,
    ChannelDirectory directory, BotRoles roles, IEnumerable<IChatLifecycle> lifecycles, TokenRejection rejection, ServingPlatforms platforms, TimeProvider time,
    ILogger<DiscordBotService> logger) : BackgroundService
{
    /// <summary>How long stopping lets the answers in flight or queued finish before cancelling them (within Host:ShutdownTimeout, 8 s).</summary>
    public static readonly TimeSpan ShutdownGrace = TimeSpan.FromSeconds(3);

    private const int MaxConcurrentHandlers = 16;
    private readonly RecentIds recent = new();

    /// <inheritdoc />
    /// <exception cref="DiscordFatalException">
    /// The token was rejected or the gateway closed for good, and no other platform serves: ends the service so the host stops (exit code 1).
    /// </exception>
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var running = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        using var handling = new CancellationTokenSource(Timeout.InfiniteTimeSpan, time);
        using var grace = stoppingToken.Register(() => handling.CancelAfter(ShutdownGrace));
        using var queue = new ChatWorkQueue(MaxConcurrentHandlers, logger);
        var registration = registrar.RegisterAsync(running.Token);
        var consumer = ConsumeAsync(queue, running.Token, handling.Token);
        DiscordFatalException? fatal = null;
        try
        {
            var run = gateway.RunAsync(running.Token);
            if (await Task.WhenAny(run, rejection.Rejected) != run)
            {
                // A 401 on a REST call while connected (the token was reset): stopped as at start-up, not left connected
                // and "healthy" while every reply is refused. The REST client logged the critical line.
                fatal = new DiscordFatalException(AdapterLog.TokenRejectedMessage);
                await running.CancelAsync();
            }

            await run;
        }
        catch (DiscordApiException e) when (e.IsUnauthorized)
        {
            fatal = new DiscordFatalException(AdapterLog.TokenRejectedMessage, e); // the REST client logged the critical line
        }
        catch (DiscordFatalException e)
        {
            fatal = e; // the shard logged the critical line
        }

        if (fatal is not null)
        {
            await running.CancelAsync();
            await handling.CancelAsync(); // nothing can be sent with a rejected token or a closed gateway
        }

        await consumer;
        try
        {
            await registration;
        }
        catch (OperationCanceledException) when (running.IsCancellationRequested && !stoppingToken.IsCancellationRequested)
        {
            // Stopped by the fatal error below.
        }

        await queue.DrainAsync();
        if (queue.Unanswered > 0)
        {
            AdapterLog.EventsUnanswered(logger, queue.Unanswered);
        }

        if (fatal is not null)
        {
            if (platforms.StopAlone(ChatPlatform.Discord, fatal.Message))
            {
                // Telegram serves on: restarting would not fix this, and would take Telegram down with it.
                AdapterLog.StoppedAlone(logger, platforms.OthersServing(ChatPlatform.Discord));
                return;
            }

            // The same path as the Telegram adapter's fatal errors: the host stops and the process exits with code 1.
            throw fatal;
        }
    }

    /// <summary>Reads the gateway's events until <paramref name="stoppingToken"/>; the work they queue runs until <paramref name="handlingToken"/>.</summary>
    private async Task ConsumeAsync(ChatWorkQueue queue, CancellationToken stoppingToken, CancellationToken handlingToken)
    {
        try
        {
            await foreach (var dispatch in gateway.Events.ReadAllAsync(stoppingToken))
            {
                try
                {
                    Route(dispatch, queue, handlingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // A field missing, null or of another type ("channel_id": null, a null channel in GUILD_CREATE) throws
                    // more than JsonException; one bad event must not end the only consumer and leave the bot deaf.
                    AdapterLog.MalformedEvent(logger, dispatch.Name, $"{e.GetType().Name}: {e.Message}");
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutdown.
        }
    }

    private void Route(GatewayDispatch dispatch, ChatWorkQueue queue, CancellationToken stoppingToken)
    {
        switch (dispatch.Name)
        {
            case "MESSAGE_CREATE":
                var message = DiscordJsonContext.Read<DiscordMessage>(dispatch.Data);
                if (Fresh(dispatch.Name, message.Id))
                {
                    queue.Enqueue(message.ChannelId, dispatch.Name, token => messages.HandleAsync(message, token), stoppingToken);
                }

                break;
            case "INTERACTION_CREATE":
                var interaction = DiscordJsonContext.Read<DiscordInteraction>(dispatch.Data);
                if (Fresh(dispatch.Name, interaction.Id))
                {
                    // Acknowledge at once, outside the per-chat order, so the 3-second deadline holds.
                    queue.Track(dispatch.Name, async token =>
                    {
                        if (await interactions.AcknowledgeAsync(interaction, token))
                        {
                            queue.Enqueue(interaction.ChannelId ?? interaction.Id, dispatch.Name, t => interactions.AnswerAsync(interaction, t), token);
                        }
                    }, stoppingToken);
                }

                break;
            case "GUILD_DELETE":
                var guild = DiscordJsonContext.Read<DiscordGuild>(dispatch.Data);
                if (guild.Unavailable != true)
                {
                    roles.ForgetGuild(guild.Id);
                    Removed(directory.ForgetGuild(guild.Id), "removed from a server or the server was deleted", queue, stoppingToken);
                }

                break;
            case "CHANNEL_DELETE" or "THREAD_DELETE":
                var channel = DiscordJsonContext.Read<DiscordChannel>(dispatch.Data);
                var address = channel.IsThread && channel.ParentId is { } parent
                    ? new ChatAddress(ChatPlatform.Discord, parent, channel.Id)
                    : new ChatAddress(ChatPlatform.Discord, channel.Id);
                directory.Forget(channel.Id);
                Removed([address], dispatch.Name == "THREAD_DELETE" ? "thread deleted" : "channel deleted", queue, stoppingToken);
                break;
            default:
                directory.Observe(dispatch.Name, dispatch.Data);
                roles.Observe(dispatch.Name, dispatch.Data);
                break;
        }
    }

    private bool Fresh(string eventName, string id)
    {
        if (recent.TryAdd(eventName + ":" + id))
        {
            return true;
        }

        AdapterLog.Duplicate(logger, eventName, id);
        return false;
    }

    private void Removed(IReadOnlyList<ChatAddress> chats, string reason, ChatWorkQueue queue, CancellationToken stoppingToken)
    {
        if (chats.Count == 0)
        {
            return;
        }

        AdapterLog.ChatsRemoved(logger, chats.Count, reason);
        foreach (var chat in chats)
        {
            queue.Enqueue(chat.ThreadId ?? chat.ChatId, "BOT_REMOVED", async token =>
            {
                foreach (var lifecycle in lifecycles)
                {
                    await lifecycle.BotRemovedAsync(chat, token);
                }
            }, stoppingToken);
        }
    }
}
