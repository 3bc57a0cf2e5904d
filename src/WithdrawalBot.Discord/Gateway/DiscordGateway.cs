using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using WithdrawalBot.Core.Diagnostics;
using WithdrawalBot.Discord.Models;
using WithdrawalBot.Discord.Rest;

namespace WithdrawalBot.Discord.Gateway;

/// <summary>
/// The sharded gateway client: asks <c>GET gateway/bot</c> for the URL, shard count and Identify budget, runs
/// one <see cref="GatewayShard"/> per shard in this process (<c>Discord:ShardCount</c> or Discord's
/// recommendation), paces Identify by <c>max_concurrency</c> per 5 s and within the daily session-start budget, and merges every shard's dispatches
/// into <see cref="Events"/>.
/// </summary>
public sealed class DiscordGateway
{
    private readonly DiscordRestClient rest;
    private readonly DiscordOptions options;
    private readonly GatewayTimings timings;
    private readonly TimeProvider time;
    private readonly ILoggerFactory loggers;
    private readonly ILogger logger;
    private readonly Channel<GatewayDispatch> events = Channel.CreateUnbounded<GatewayDispatch>(new UnboundedChannelOptions { SingleReader = true });
    private volatile Uri? url;
    private volatile IReadOnlyList<GatewayShard> shards = [];
    private volatile DiscordUser? currentUser;
    private volatile string? applicationId;
    private volatile IdentifyGate? identifyGate;

    /// <summary>Creates the gateway client (nothing connects before <see cref="RunAsync"/>).</summary>
    public DiscordGateway(DiscordRestClient rest, IOptions<DiscordOptions> options, GatewayTimings timings, TimeProvider time, ILoggerFactory loggers)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(loggers);
        this.rest = rest;
        this.options = options.Value;
        this.timings = timings;
        this.time = time;
        this.loggers = loggers;
        logger = loggers.CreateLogger<DiscordGateway>();
    }

    /// <summary>Every dispatch of every shard, in arrival order per shard. Read by one consumer.</summary>
    public ChannelReader<GatewayDispatch> Events => events.Reader;

    /// <summary>The shards (empty until <see cref="RunAsync"/> has read <c>gateway/bot</c>).</summary>
    public IReadOnlyList<GatewayShard> Shards => shards;

    /// <summary>The bot user from the first READY; <c>null</c> before.</summary>
    public DiscordUser? CurrentUser => currentUser;

    /// <summary>The application id from READY; <c>null</c> before.</summary>
    public string? ApplicationId => applicationId;

    /// <summary>Why the gateway could not start at all (e.g. the token was rejected); <c>null</c> otherwise.</summary>
    public string? StartFailure { get; private set; }

    /// <summary>
    /// While a shard waits for Discord's daily session-start budget (1000 Identify calls) to reset, when it will identify
    /// (UTC); <c>null</c> otherwise.
    /// </summary>
    public DateTimeOffset? SessionBudgetWaitUntil => identifyGate?.WaitingUntil;

    /// <summary>When <see cref="RunAsync"/> began (UTC); <c>null</c> before.</summary>
    public DateTimeOffset? StartedAt { get; private set; }

    /// <summary>
    /// Why the last <c>GET gateway/bot</c> failed while the gateway still waits for it, e.g. "Connection refused
    /// (127.0.0.1:9)"; <c>null</c> before the first failure and once it answered.
    /// </summary>
    public string? LookupFailure { get; private set; }

    /// <summary>Raised (on the receive path: keep it quick) when a shard gets READY.</summary>
    public event Action<ReadyEvent>? Ready;

    /// <summary>Connects every shard and runs until <paramref name="stopping"/> is cancelled or a shard closes for good (the others are then closed too).</summary>
    /// <exception cref="DiscordApiException">GET gateway/bot was refused (e.g. 401: wrong token).</exception>
    /// <exception cref="DiscordFatalException">A shard got a fatal close code (4004, 4010–4014); the message names it and the fix.</exception>
    public async Task RunAsync(CancellationToken stopping)
    {
        StartedAt = time.GetUtcNow();
        try
        {
            var info = await LookUpAsync(stopping);
            var count = options.ShardCount is > 0 ? options.ShardCount.Value : Math.Max(1, info.Shards);
            var limit = info.SessionStartLimit;
            GatewayLog.Starting(logger, count, limit.MaxConcurrency, limit.Remaining, limit.Total);
            var gate = new IdentifyGate(limit, timings.IdentifyWindow, time, logger);
            identifyGate = gate;
            var shardLogger = loggers.CreateLogger<GatewayShard>();
            shards = Enumerable.Range(0, count)
                .Select(id => new GatewayShard(id, count, options.BotToken.Trim(), GatewayIntents.Bot, GetUrlAsync, gate, events.Writer, OnReady, timings, time, shardLogger))
                .ToArray();
            // One shard closing for good (bad token, disallowed intents, wrong sharding) stops them all: the process must stop.
            using var running = CancellationTokenSource.CreateLinkedTokenSource(stopping);
            await Task.WhenAll(shards.Select(shard => RunShardAsync(shard, running)));
            if (shards.FirstOrDefault(s => s.State == ShardState.Failed) is { } failed)
            {
                throw new DiscordFatalException($"Discord shard {failed.Id} closed for good: {failed.LastDisconnect?.Reason}");
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            // Shutdown.
        }
        catch (DiscordApiException e) when (e.IsPermanent)
        {
            StartFailure = e.Message;
            throw;
        }
        finally
        {
            events.Writer.TryComplete();
        }
    }

    private static async Task RunShardAsync(GatewayShard shard, CancellationTokenSource running)
    {
        await shard.RunAsync(running.Token);
        if (shard.State == ShardState.Failed)
        {
            await running.CancelAsync();
        }
    }

    private void OnReady(ReadyEvent ready)
    {
        currentUser = ready.User;
        applicationId = ready.Application?.Id ?? applicationId;
        Ready?.Invoke(ready);
    }

    private async Task<GatewayBotInfo> LookUpAsync(CancellationToken stopping)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var info = await rest.GetGatewayBotAsync(stopping);
                url = GatewayShard.GatewayUrl(info.Url) ?? throw new System.Text.Json.JsonException($"gateway/bot gave \"{info.Url}\", not a ws:// or wss:// address");
                LookupFailure = null;
                return info;
            }
            catch (Exception e) when (e is HttpRequestException or DiscordRateLimitedException or DiscordApiException { IsPermanent: false } or System.Text.Json.JsonException)
            {
                var delay = timings.ReconnectDelay * Math.Pow(2, Math.Min(attempt - 1, 6));
                delay = delay > timings.MaxReconnectDelay ? timings.MaxReconnectDelay : delay;
                if (e is DiscordRateLimitedException limited && limited.RetryAfter > delay)
                {
                    delay = limited.RetryAfter;
                }

                LookupFailure = e is HttpRequestException ? NetworkCause.Describe(e) : e.Message.TrimEnd('.');
                GatewayLog.GatewayLookupFailed(logger, LookupFailure, delay.TotalSeconds);
                await Task.Delay(delay, time, stopping);
            }
        }
    }

    private async Task<Uri> GetUrlAsync(bool refresh, CancellationToken cancellationToken)
    {
        if (refresh || url is null)
        {
            // Connecting with the cached URL failed: ask again (concurrent refreshes are harmless).
            try
            {
                url = new Uri((await rest.GetGatewayBotAsync(cancellationToken)).Url);
            }
            catch (Exception e) when (e is HttpRequestException or DiscordRateLimitedException or DiscordApiException or System.Text.Json.JsonException)
            {
                GatewayLog.GatewayLookupFailed(logger, e.Message, 0);
            }
        }

        return url ?? throw new InvalidOperationException("The gateway URL is unknown.");
    }
}
