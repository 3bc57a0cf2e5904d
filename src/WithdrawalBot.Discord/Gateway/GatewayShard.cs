using System.Net.WebSockets;
using System.Text.Json;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using WithdrawalBot.Discord.Models;

namespace WithdrawalBot.Discord.Gateway;

/// <summary>
/// One gateway shard: connects, identifies or resumes, heartbeats, tracks the sequence, hands every dispatch
/// to a channel (handlers never run on the receive path), and reconnects by Discord's rules (see
/// <see cref="GatewayCloseCodes.Classify"/>) until shutdown or a fatal close.
/// </summary>
public sealed class GatewayShard
{
    private readonly string token;
    private readonly GatewayIntents intents;
    private readonly Func<bool, CancellationToken, Task<Uri>> gatewayUrl;
    private readonly IdentifyGate identifyGate;
    private readonly ChannelWriter<GatewayDispatch> events;
    private readonly Action<ReadyEvent> onReady;
    private readonly GatewayTimings timings;
    private readonly TimeProvider time;
    private readonly ILogger logger;
    private long sequence = -1;
    private volatile string? sessionId;
    private volatile Uri? resumeUrl;

    /// <summary>Connects to <see cref="resumeUrl"/> that failed in a row; at <see cref="MaxUnreachableResumeHost"/> the session is resumed on the gateway URL instead.</summary>
    private int unreachableResumeHost;

    /// <summary>
    /// How many failed connects to READY's <c>resume_gateway_url</c> in a row make the shard resume on the gateway URL it
    /// looked up instead (Discord accepts a resume there): a regional host a firewall or DNS does not let through left the
    /// bot offline until restarted (break 28), while the gateway URL was reachable all along.
    /// </summary>
    internal const int MaxUnreachableResumeHost = 2;
    private volatile GatewayConnection? current;
    private volatile ShardState state = ShardState.NotStarted;
    private long downSinceTicks;
    private long downBeforeSession;
    private readonly ReconnectPolicy policy;

    internal GatewayShard(int id, int count, string token, GatewayIntents intents, Func<bool, CancellationToken, Task<Uri>> gatewayUrl,
        IdentifyGate identifyGate, ChannelWriter<GatewayDispatch> events, Action<ReadyEvent> onReady, GatewayTimings timings, TimeProvider time, ILogger logger)
    {
        Id = id;
        Count = count;
        this.token = token;
        this.intents = intents;
        this.gatewayUrl = gatewayUrl;
        this.identifyGate = identifyGate;
        this.events = events;
        this.onReady = onReady;
        this.timings = timings;
        this.time = time;
        this.logger = logger;
        policy = new ReconnectPolicy(timings);
    }

    /// <summary>The shard id (0-based).</summary>
    public int Id { get; }

    /// <summary>The total number of shards.</summary>
    public int Count { get; }

    /// <summary>Where the connection stands.</summary>
    public ShardState State => state;

    /// <summary>The current session, or <c>null</c> before READY / after the session was dropped.</summary>
    public string? SessionId => sessionId;

    /// <summary>The last dispatch sequence seen in this session, or <c>null</c>.</summary>
    public long? Sequence => Interlocked.Read(ref sequence) is var s and >= 0 ? s : null;

    /// <summary>The last heartbeat round trip.</summary>
    public TimeSpan? Latency => current?.Latency;

    /// <summary>How the last connection ended, for the health check.</summary>
    public GatewayDisconnect? LastDisconnect { get; private set; }

    /// <summary>
    /// When the shard lost its last READY or RESUMED connection and has not got one back since (UTC); <c>null</c> while
    /// connected and before its first connection ended.
    /// </summary>
    public DateTimeOffset? DownSince => Interlocked.Read(ref downSinceTicks) is var ticks and > 0 ? new DateTimeOffset(ticks, TimeSpan.Zero) : null;

    /// <summary>
    /// Sessions in a row that Discord closed right after READY or RESUMED, before they worked (see
    /// <see cref="GatewayTimings.SettleTime"/>); 0 once the current session works.
    /// </summary>
    public int ShortSessions => SessionWorks ? 0 : policy.ShortSessions;

    /// <summary>Whether the current session works (READY or RESUMED, then a heartbeat acknowledged or <see cref="GatewayTimings.SettleTime"/> up).</summary>
    public bool SessionWorks => current is { Settled: true };

    /// <summary>How the last of <see cref="ShortSessions"/> ended; <c>null</c> when there are none.</summary>
    public GatewayDisconnect? LastShortSession => ShortSessions > 0 ? policy.LastShortSession : null;

    /// <summary>Runs the shard until <paramref name="stopping"/> is cancelled (the socket is then closed with 1000) or a fatal close.</summary>
    public async Task RunAsync(CancellationToken stopping)
    {
        var failedResumes = 0;
        var refreshUrl = false;
        while (!stopping.IsCancellationRequested)
        {
            var resuming = sessionId is not null;
            state = ShardState.Connecting;
            var outcome = await RunConnectionAsync(resuming, refreshUrl, stopping);
            LastDisconnect = outcome;
            var shortSession = outcome.ReachedReady && !outcome.Settled;
            if (shortSession)
            {
                // A session that closed right after READY / RESUMED never served: the shard counts as down since before it.
                var before = Interlocked.Read(ref downBeforeSession);
                Interlocked.Exchange(ref downSinceTicks, before > 0 ? before : time.GetUtcNow().UtcTicks);
            }
            else
            {
                Interlocked.CompareExchange(ref downSinceTicks, time.GetUtcNow().UtcTicks, 0);
            }

            refreshUrl = false;
            if (outcome.Action == GatewayReconnect.Shutdown || stopping.IsCancellationRequested)
            {
                break;
            }

            if (outcome.Action == GatewayReconnect.Fatal)
            {
                state = ShardState.Failed;
                GatewayLog.Fatal(logger, Id, outcome.Reason);
                return;
            }

            // A gateway that could not be reached for a few seconds (restarting, a network blip) rejected no resume: the
            // session is kept, so what members said meanwhile is replayed, and no Identify is spent.
            failedResumes = !resuming || outcome.ReachedReady ? 0 : outcome.Unreachable ? failedResumes : failedResumes + 1;
            policy.Record(outcome);
            var identify = outcome.Action == GatewayReconnect.Identify || failedResumes >= timings.MaxFailedResumes;
            if (identify && sessionId is not null)
            {
                GatewayLog.SessionDropped(logger, Id, outcome.Reason);
                sessionId = null;
                resumeUrl = null;
                Interlocked.Exchange(ref sequence, -1);
                failedResumes = 0;
            }

            // Invalid Session came over a working connection: the URL is fine.
            refreshUrl = !outcome.ReachedReady && !resuming && outcome.CloseCode is null && !outcome.InvalidSession;
            var delay = policy.NextDelay(identifyNext: sessionId is null);
            if (outcome.InvalidSession && policy.InvalidSessions >= RepeatedInvalidSessions)
            {
                GatewayLog.InvalidSessionRepeated(logger, Id, policy.InvalidSessions, delay.TotalSeconds, identifyGate.Remaining);
            }

            state = ShardState.Reconnecting;
            if (shortSession)
            {
                var level = policy.ShortSessions > 1 ? LogLevel.Warning : LogLevel.Information;
                GatewayLog.SessionEndedEarly(logger, level, Id, outcome.SessionUptime?.TotalSeconds ?? 0, resuming ? "RESUMED" : "READY", outcome.Reason,
                    policy.ShortSessions, sessionId is null ? "identify" : "resume", delay.TotalMilliseconds);
            }
            else
            {
                LogReconnecting(outcome.Reason, policy.Failures, delay);
            }

            try
            {
                await Task.Delay(delay, time, stopping);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }

        state = ShardState.Stopped;
    }

    /// <summary>Sets the bot's custom status (an ordinary payload, inside the 115-a-minute share).</summary>
    /// <exception cref="InvalidOperationException">The shard is not connected.</exception>
    public Task UpdatePresenceAsync(string text, CancellationToken cancellationToken) =>
        (current ?? throw new InvalidOperationException($"Shard {Id} is not connected.")).SendAsync(GatewayPayloads.Presence(text), important: false, cancellationToken);

    /// <summary>The longest heartbeat interval taken from Hello (Discord's is about 41 s).</summary>
    private static readonly TimeSpan MaxHeartbeatInterval = TimeSpan.FromMinutes(10);

    /// <summary>Hello's heartbeat_interval (milliseconds) as a span.</summary>
    /// <exception cref="InvalidDataException">It is not a number of milliseconds above 0 and at most 10 minutes.</exception>
    private static TimeSpan HeartbeatInterval(double milliseconds) =>
        milliseconds > 0 && milliseconds <= MaxHeartbeatInterval.TotalMilliseconds
            ? TimeSpan.FromMilliseconds(milliseconds)
            : throw new InvalidDataException($"heartbeat_interval {milliseconds} ms is out of range");

    /// <summary>A gateway address READY gives (ws:// or wss://); <c>null</c> for anything else, so resuming falls back to the gateway URL.</summary>
    internal static Uri? GatewayUrl(string? text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == "wss" || uri.Scheme == "ws") ? uri : null;

    /// <summary>Invalid Sessions in a row from which on each one is logged as a warning.</summary>
    private const int RepeatedInvalidSessions = 3;

    /// <summary>
    /// A disconnect from a working session (Discord's routine reconnect requests) is Information; a connection attempt
    /// that never reached a session (the gateway unreachable or refusing) is a Warning, as Telegram's retries are.
    /// </summary>
    private void LogReconnecting(string reason, int failures, TimeSpan delay)
    {
        var next = sessionId is null ? "identify" : "resume";
        if (failures == 0)
        {
            GatewayLog.Reconnecting(logger, Id, reason, next, delay.TotalMilliseconds);
        }
        else
        {
            GatewayLog.ReconnectingAgain(logger, Id, reason, failures, next, delay.TotalMilliseconds);
        }
    }

    private async Task<GatewayDisconnect> RunConnectionAsync(bool resuming, bool refreshUrl, CancellationToken stopping)
    {
        IdentifyGate.Slot? slot = null;
        try
        {
            if (!resuming)
            {
                slot = await identifyGate.AcquireAsync(Id, stopping);
            }

            var baseUrl = resuming && resumeUrl is { } resume ? resume : await gatewayUrl(refreshUrl, stopping);
            using var connection = new GatewayConnection(timings, time);
            current = connection;
            try
            {
                using var timeout = new CancellationTokenSource(timings.ConnectTimeout, time);
                using var linked = CancellationTokenSource.CreateLinkedTokenSource(stopping, timeout.Token);
                await connection.ConnectAsync(WithQuery(baseUrl), linked.Token);
            }
            catch (Exception e) when (e is WebSocketException or HttpRequestException or ArgumentException or OperationCanceledException && !stopping.IsCancellationRequested)
            {
                if (resuming && ReferenceEquals(baseUrl, resumeUrl) && (e is ArgumentException || ++unreachableResumeHost >= MaxUnreachableResumeHost))
                {
                    // Not one a WebSocket can open, or not reachable from here: the next try resumes on the gateway URL.
                    resumeUrl = null;
                    unreachableResumeHost = 0;
                }

                // A cancellation here is the connect timeout: "The operation was canceled." would tell the operator nothing.
                var cause = e is OperationCanceledException ? $"no answer within {timings.ConnectTimeout.TotalSeconds:0} s" : e.Message;
                return new GatewayDisconnect(resuming ? GatewayReconnect.Resume : GatewayReconnect.Identify, null, $"could not connect to {baseUrl.Host}: {cause}") { Unreachable = true };
            }

            unreachableResumeHost = 0;
            GatewayLog.Connected(logger, Id, baseUrl.Host, resuming);
            using var stop = stopping.Register(() => _ = connection.EndAsync(new GatewayDisconnect(GatewayReconnect.Shutdown, 1000, "shutting down"), 1000));
            var outcome = await ReceiveLoopAsync(connection, resuming, slot);
            return outcome with
            {
                ReachedReady = connection.ReachedReady,
                Settled = connection.Settled,
                Identified = connection.Identified,
                SessionUptime = connection.SinceReady,
            };
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            return new GatewayDisconnect(GatewayReconnect.Shutdown, null, "shutting down");
        }
        finally
        {
            slot?.Dispose();
            current = null;
        }
    }

    private async Task<GatewayDisconnect> ReceiveLoopAsync(GatewayConnection connection, bool resuming, IdentifyGate.Slot? slot)
    {
        var heartbeat = Task.CompletedTask;
        var sessionWatch = WatchForSessionAsync(connection, resuming);
        try
        {
            while (true)
            {
                var message = await connection.ReceiveAsync(connection.Lifetime);
                if (message is not { } payload)
                {
                    if (connection.Outcome is { } ended)
                    {
                        return ended;
                    }

                    var code = connection.CloseStatus;
                    // Answer the close without 1000/1001, which would end the session.
                    await connection.CloseOutputAsync(code is >= 4000 and < 5000 ? code.Value : GatewayCloseCodes.Reconnecting, "closing");
                    return new GatewayDisconnect(GatewayCloseCodes.Classify(code), code, GatewayCloseCodes.Describe(code));
                }

                var (disconnect, startedHeartbeat) = await HandleAsync(connection, payload, resuming, slot);
                if (startedHeartbeat is not null)
                {
                    heartbeat = startedHeartbeat;
                }

                if (disconnect is not null)
                {
                    await connection.CloseOutputAsync(GatewayCloseCodes.Reconnecting, "reconnecting");
                    return disconnect;
                }
            }
        }
        catch (OperationCanceledException) when (connection.Outcome is { } ended)
        {
            return ended;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Also what a strict read of odd gateway data throws (an op of 0.5, a heartbeat interval out of range, a
            // resume URL that is none): the connection is dropped and resumed, never the whole process.
            return connection.Outcome ?? new GatewayDisconnect(GatewayReconnect.Resume, null, $"{GatewayCloseCodes.Describe(null)} ({e.GetType().Name}: {e.Message})");
        }
        finally
        {
            await connection.EndAsync(new GatewayDisconnect(GatewayReconnect.Resume, null, "connection ended"), GatewayCloseCodes.Reconnecting);
            await Task.WhenAll(heartbeat, sessionWatch);
        }
    }

    private async Task<(GatewayDisconnect? Disconnect, Task? Heartbeat)> HandleAsync(GatewayConnection connection, ReadOnlyMemory<byte> payload, bool resuming, IdentifyGate.Slot? slot)
    {
        using var document = JsonDocument.Parse(payload);
        var root = document.RootElement;
        var op = (GatewayOpCode)root.GetProperty("op").GetInt32();
        var data = root.TryGetProperty("d", out var d) ? d : default;
        switch (op)
        {
            case GatewayOpCode.Hello:
                var interval = HeartbeatInterval(data.GetProperty("heartbeat_interval").GetDouble());
                var heartbeat = HeartbeatLoopAsync(connection, interval);
                await AuthenticateAsync(connection, resuming, slot);
                return (null, heartbeat);
            case GatewayOpCode.HeartbeatAck:
                connection.HeartbeatAcknowledged();
                return (null, null);
            case GatewayOpCode.Heartbeat:
                await SendHeartbeatAsync(connection, connection.Lifetime);
                return (null, null);
            case GatewayOpCode.Reconnect:
                return (new GatewayDisconnect(GatewayReconnect.Resume, null, "Discord asked to reconnect (op 7)"), null);
            case GatewayOpCode.InvalidSession:
                var resumable = data.ValueKind == JsonValueKind.True;
                return (resumable
                    ? new GatewayDisconnect(GatewayReconnect.Resume, null, "invalid session (op 9, resumable)")
                    : new GatewayDisconnect(GatewayReconnect.Identify, null, "invalid session (op 9, not resumable)") { InvalidSession = true }, null);
            case GatewayOpCode.Dispatch:
                Dispatch(connection, root, data);
                return (null, null);
            default:
                return (null, null);
        }
    }

    private async Task AuthenticateAsync(GatewayConnection connection, bool resuming, IdentifyGate.Slot? slot)
    {
        state = ShardState.Authenticating;
        if (resuming && sessionId is { } session)
        {
            GatewayLog.Resuming(logger, Id, session, Sequence);
            await connection.SendAsync(GatewayPayloads.Resume(token, session, Sequence), important: true, connection.Lifetime);
            return;
        }

        Interlocked.Exchange(ref sequence, -1);
        await connection.SendAsync(GatewayPayloads.Identify(token, intents, Id, Count), important: true, connection.Lifetime);
        connection.Identified = true;
        slot?.MarkSent();
        GatewayLog.Identified(logger, Id, Count, (int)intents);
    }

    private void Dispatch(GatewayConnection connection, JsonElement root, JsonElement data)
    {
        var s = root.TryGetProperty("s", out var seq) && seq.ValueKind == JsonValueKind.Number ? seq.GetInt64() : -1;
        if (s >= 0)
        {
            Interlocked.Exchange(ref sequence, s);
        }

        var name = root.TryGetProperty("t", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString()! : "";
        if (name == "READY")
        {
            var ready = DiscordJsonContext.Read<ReadyEvent>(data);
            sessionId = ready.SessionId;
            resumeUrl = GatewayUrl(ready.ResumeGatewayUrl);
            SessionStarted(connection);
            onReady(ready);
            GatewayLog.Ready(logger, Id, ready.User.Id, ready.SessionId);
        }
        else if (name == "RESUMED")
        {
            SessionStarted(connection);
            GatewayLog.Resumed(logger, Id, Sequence);
        }

        if (name.Length > 0 && data.ValueKind != JsonValueKind.Undefined)
        {
            events.TryWrite(new GatewayDispatch(Id, name, s, data.Clone()));
        }
    }

    private void SessionStarted(GatewayConnection connection)
    {
        connection.MarkReady();
        state = ShardState.Ready;
        // Kept in case the session closes right away: then the shard has been down since before it.
        Interlocked.Exchange(ref downBeforeSession, Interlocked.Exchange(ref downSinceTicks, 0));
    }

    private async Task HeartbeatLoopAsync(GatewayConnection connection, TimeSpan interval)
    {
        var lifetime = connection.Lifetime;
        try
        {
            await Task.Delay(interval * Random.Shared.NextDouble(), time, lifetime);
            while (!lifetime.IsCancellationRequested)
            {
                if (connection.AckPending)
                {
                    GatewayLog.Zombie(logger, Id, interval.TotalMilliseconds);
                    await connection.EndAsync(new GatewayDisconnect(GatewayReconnect.Resume, null, "no heartbeat ACK within the interval (zombie connection)"), GatewayCloseCodes.Reconnecting);
                    return;
                }

                await SendHeartbeatAsync(connection, lifetime);
                await Task.Delay(interval, time, lifetime);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException or ObjectDisposedException or InvalidOperationException)
        {
            // The connection is ending; the receive loop decides what comes next.
        }
    }

    private Task SendHeartbeatAsync(GatewayConnection connection, CancellationToken cancellationToken)
    {
        connection.HeartbeatSent();
        return connection.SendAsync(GatewayPayloads.Heartbeat(Sequence), important: true, cancellationToken);
    }

    private async Task WatchForSessionAsync(GatewayConnection connection, bool resuming)
    {
        try
        {
            await Task.Delay(timings.ConnectTimeout, time, connection.Lifetime);
            if (state is ShardState.Connecting or ShardState.Authenticating)
            {
                // No Hello, or Hello but no READY / RESUMED for Identify / Resume: a gateway that ACKs heartbeats and
                // never lets the session in would otherwise hold the shard for good.
                var reason = state is ShardState.Connecting ? "no Hello from the gateway" : $"no {(resuming ? "RESUMED" : "READY")} from the gateway";
                await connection.EndAsync(new GatewayDisconnect(resuming ? GatewayReconnect.Resume : GatewayReconnect.Identify, null, reason), GatewayCloseCodes.Reconnecting);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException)
        {
            // Connection ended before the watch.
        }
    }

    private static Uri WithQuery(Uri baseUrl)
    {
        var builder = new UriBuilder(baseUrl) { Query = "v=10&encoding=json" };
        if (builder.Path.Length == 0)
        {
            builder.Path = "/";
        }

        return builder.Uri;
    }
}
