using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Channels;

namespace WithdrawalBot.Discord.Tests.Fakes;

/// <summary>
/// A fake Discord on 127.0.0.1: the REST API under <c>/api/v10/</c> and the gateway at <c>/gateway</c> and
/// <c>/resume</c>, speaking Discord's JSON. It records every request and payload and answers like Discord
/// (READY, RESUMED with replay, interaction deadlines, 2000-code-point limit); tests script errors on top.
/// </summary>
public sealed class FakeDiscord : IAsyncDisposable
{
    /// <summary>The bot user id the fake's READY announces.</summary>
    public const string BotUserId = "100";

    /// <summary>The application id.</summary>
    public const string ApplicationId = "100";

    private int refuseUpgrades;
    private int refusedUpgrades;
    private int sessionStartsRemaining = 999;
    private readonly HttpListener listener = new();
    private readonly Task serving;
    private readonly Channel<FakeGatewayConnection> connections = Channel.CreateUnbounded<FakeGatewayConnection>();
    private readonly ConcurrentQueue<RestCall> calls = new();
    private readonly ConcurrentQueue<(string Method, string PathPrefix, FakeResponse Response)> scripted = new();
    private readonly ConcurrentDictionary<string, long> interactionsSent = new();
    private readonly ConcurrentDictionary<string, int> interactionCallbacks = new();
    private readonly List<(long Seq, string Name, JsonNode Data)> history = [];
    private readonly ConcurrentQueue<long> sendTimes = new();
    private long sequence;
    private long messageIds = 9000;

    /// <summary>Starts the fake on a free loopback port.</summary>
    public FakeDiscord()
    {
        Port = FreePort();
        listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        listener.Start();
        serving = Task.Run(ServeAsync);
    }

    /// <summary>The port.</summary>
    public int Port { get; }

    /// <summary>The REST base to configure as <c>Discord:ApiBaseUrl</c>.</summary>
    public Uri ApiBase => new($"http://127.0.0.1:{Port}/api/v10/");

    /// <summary>The token the fake accepts.</summary>
    public string Token { get; set; } = "MTAw.fake.token-for-tests";

    /// <summary>The token the gateway accepts in Identify (defaults to <see cref="Token"/>; set another to provoke 4004).</summary>
    public string? GatewayToken { get; set; }

    /// <summary>The <c>resume_gateway_url</c> READY names; by default this fake's own <c>/resume</c> path.</summary>
    public string? ResumeGatewayUrl { get; set; }

    /// <summary>Whether Identify is answered with READY at once (false: the test calls <see cref="StartSessionAsync"/>).</summary>
    public bool AutoReady { get; set; } = true;

    /// <summary>The heartbeat interval Hello announces.</summary>
    public int HeartbeatIntervalMs { get; set; } = 300;

    /// <summary>Recommended shards in gateway/bot.</summary>
    public int RecommendedShards { get; set; } = 1;

    /// <summary>max_concurrency in gateway/bot.</summary>
    public int MaxConcurrency { get; set; } = 1;

    /// <summary>Whether the Message Content intent is "switched on in the portal" (else Identify gets 4014).</summary>
    public bool MessageContentEnabled { get; set; } = true;

    /// <summary>session_start_limit.remaining in gateway/bot; every Identify received spends one.</summary>
    public int SessionStartsRemaining { get => sessionStartsRemaining; set => sessionStartsRemaining = value; }

    /// <summary>session_start_limit.reset_after (ms) in gateway/bot.</summary>
    public long SessionStartResetAfterMs { get; set; } = 14400000;

    /// <summary>How many Identifies get op 9 false instead of READY.</summary>
    public int AnswerIdentifyWithInvalidSession { get; set; }

    /// <summary>Whether Resume is refused with op 9 false.</summary>
    public bool RefuseResume { get; set; }

    /// <summary>A close code the gateway sends right after READY (a session Discord ends at once, e.g. 4009); <c>null</c>: none.</summary>
    public int? CloseRightAfterReady { get; set; }

    /// <summary>A close code the gateway sends right after RESUMED (an incident: 4000, 1001, 4008); <c>null</c>: none.</summary>
    public int? CloseRightAfterResumed { get; set; }

    /// <summary>How many sessions <see cref="CloseRightAfterReady"/> and <see cref="CloseRightAfterResumed"/> close, counted down; then they last.</summary>
    public int ShortSessionsLeft { get; set; } = int.MaxValue;

    /// <summary>How many gateway upgrades are answered 502 Bad Gateway (a gateway restarting), counted down.</summary>
    public int RefuseUpgrades { get => refuseUpgrades; set => refuseUpgrades = value; }

    /// <summary>Spends one session start (an Identify was received).</summary>
    public void SpendSessionStart() => Interlocked.Decrement(ref sessionStartsRemaining);

    /// <summary>How many gateway upgrades have been refused.</summary>
    public int RefusedUpgrades => refusedUpgrades;

    /// <summary>The current session id.</summary>
    public string? SessionId { get; private set; }

    /// <summary>Every REST call, in order.</summary>
    public IReadOnlyList<RestCall> Calls => calls.ToArray();

    /// <summary>Every gateway payload time, all connections (for rate checks).</summary>
    public IReadOnlyList<long> GatewaySendTimes => sendTimes.ToArray();

    /// <summary>Channels the fake knows for GET /channels/{id}.</summary>
    public ConcurrentDictionary<string, JsonObject> Channels { get; } = new();

    /// <summary>Guilds the fake knows for GET /guilds/{id}.</summary>
    public ConcurrentDictionary<string, JsonObject> Guilds { get; } = new();

    /// <summary>The servers the bot is in, for GET /users/@me/guilds (none by default).</summary>
    public ConcurrentQueue<string> BotGuilds { get; } = new();

    /// <summary>The application's commands registered per server (the JSON array of the last PUT), for GET …/guilds/{guild}/commands.</summary>
    public ConcurrentDictionary<string, string> GuildCommands { get; } = new();

    /// <summary>Members for GET /guilds/{guild}/members/{user}, keyed "guild/user".</summary>
    public ConcurrentDictionary<string, JsonObject> Members { get; } = new();

    /// <summary>Waits for the next gateway connection.</summary>
    public async Task<FakeGatewayConnection> NextConnectionAsync(TimeSpan? timeout = null)
    {
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(10));
        return await connections.Reader.ReadAsync(cts.Token);
    }

    /// <summary>Whether a connection arrives within <paramref name="wait"/>.</summary>
    public async Task<bool> ConnectsWithinAsync(TimeSpan wait)
    {
        using var cts = new CancellationTokenSource(wait);
        try
        {
            await connections.Reader.WaitToReadAsync(cts.Token);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    /// <summary>Answers the next request whose method matches and whose path starts with <paramref name="pathPrefix"/> (after /api/v10/) with <paramref name="response"/>.</summary>
    public void Script(string method, string pathPrefix, FakeResponse response) => scripted.Enqueue((method, pathPrefix, response));

    /// <summary>Waits until <paramref name="count"/> calls match.</summary>
    public async Task<IReadOnlyList<RestCall>> WaitForCallsAsync(Func<RestCall, bool> match, int count = 1, TimeSpan? timeout = null)
    {
        var deadline = Stopwatch.GetTimestamp() + (long)((timeout ?? TimeSpan.FromSeconds(10)).TotalSeconds * Stopwatch.Frequency);
        while (true)
        {
            var found = calls.Where(match).ToArray();
            if (found.Length >= count)
            {
                return found;
            }

            if (Stopwatch.GetTimestamp() > deadline)
            {
                throw new TimeoutException($"Expected {count} matching REST calls, saw {found.Length}: {string.Join(" | ", calls.Select(c => c.Method + " " + c.Path))}");
            }

            await Task.Delay(20);
        }
    }

    /// <summary>Records when an interaction was dispatched, so its callback deadline (3 s) can be enforced.</summary>
    public async Task<long> DispatchInteractionAsync(FakeGatewayConnection connection, JsonObject interaction)
    {
        interactionsSent[(string)interaction["id"]!] = Stopwatch.GetTimestamp();
        return await connection.DispatchAsync("INTERACTION_CREATE", interaction);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        listener.Stop();
        listener.Close();
        connections.Writer.TryComplete();
        try
        {
            await serving;
        }
        catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
        {
        }
    }

    internal long NextSequence() => Interlocked.Increment(ref sequence);

    internal void CountSend() => sendTimes.Enqueue(Stopwatch.GetTimestamp());

    internal void Remember(long seq, string name, JsonNode data)
    {
        lock (history)
        {
            history.Add((seq, name, data.DeepClone()));
        }
    }

    /// <summary>Queues a dispatch that happened while the client was away: it is replayed on Resume.</summary>
    public void MissWhileAway(string eventName, JsonNode data) => Remember(NextSequence(), eventName, data);

    /// <summary>Starts a new session on <paramref name="connection"/> and sends READY (s = 1).</summary>
    public async Task StartSessionAsync(FakeGatewayConnection connection)
    {
        SessionId = "sess-" + Guid.NewGuid().ToString("N")[..8];
        Interlocked.Exchange(ref sequence, 0);
        lock (history)
        {
            history.Clear();
        }

        var ready = JsonNode.Parse($$"""
            {"v":10,"user":{"id":"{{BotUserId}}","username":"withdrawalbot","bot":true,"global_name":null},
             "guilds":[{"id":"200","unavailable":true}],"session_id":"{{SessionId}}",
             "resume_gateway_url":"{{ResumeGatewayUrl ?? $"ws://127.0.0.1:{Port}/resume"}}","application":{"id":"{{ApplicationId}}","flags":0},
             "_trace":["fake-gateway"],"geo_ordered_rtc_regions":["x"],"shard":[0,1]}
            """)!;
        await connection.DispatchAsync("READY", ready);
        if (CloseRightAfterReady is { } code && ShortSessionsLeft-- > 0)
        {
            await connection.CloseAsync(code);
        }
    }

    internal async Task ReplayAsync(FakeGatewayConnection connection, long after)
    {
        (long Seq, string Name, JsonNode Data)[] missed;
        lock (history)
        {
            missed = history.Where(h => h.Seq > after).OrderBy(h => h.Seq).ToArray();
        }

        foreach (var (seq, name, data) in missed)
        {
            await connection.SendAsync(new JsonObject { ["op"] = 0, ["t"] = name, ["s"] = seq, ["d"] = data.DeepClone() }.ToJsonString());
        }

        await connection.SendAsync(new JsonObject { ["op"] = 0, ["t"] = "RESUMED", ["s"] = NextSequence(), ["d"] = new JsonObject() }.ToJsonString());
        if (CloseRightAfterResumed is { } code && ShortSessionsLeft-- > 0)
        {
            await connection.CloseAsync(code);
        }
    }

    private async Task ServeAsync()
    {
        while (listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            _ = Task.Run(() => HandleAsync(context));
        }
    }

    private async Task HandleAsync(HttpListenerContext context)
    {
        var path = context.Request.Url!.AbsolutePath;
        if (context.Request.IsWebSocketRequest && (path == "/gateway" || path == "/gateway/" || path == "/resume" || path == "/resume/"))
        {
            if (Interlocked.Decrement(ref refuseUpgrades) >= 0)
            {
                Interlocked.Increment(ref refusedUpgrades);
                context.Response.StatusCode = 502;
                context.Response.Close();
                return;
            }

            var ws = await context.AcceptWebSocketAsync(null);
            var connection = new FakeGatewayConnection(ws.WebSocket, this, path.TrimEnd('/'), context.Request.Url.Query);
            await connections.Writer.WriteAsync(connection);
            await connection.RunAsync(HeartbeatIntervalMs);
            return;
        }

        try
        {
            string body;
            using (var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8))
            {
                body = await reader.ReadToEndAsync();
            }

            var call = new RestCall(context.Request.HttpMethod, path.StartsWith("/api/v10/", StringComparison.Ordinal) ? path["/api/v10/".Length..] : path,
                context.Request.Url.Query, context.Request.Headers["Authorization"], context.Request.Headers["User-Agent"], context.Request.ContentType, body, Stopwatch.GetTimestamp());
            calls.Enqueue(call);
            var response = Scripted(call) ?? Answer(call);
            context.Response.StatusCode = response.Status;
            foreach (var (name, value) in response.Headers)
            {
                context.Response.Headers[name] = value;
            }

            context.Response.ContentType = response.ContentType;
            var bytes = Encoding.UTF8.GetBytes(response.Body);
            if (response.Status != 204)
            {
                context.Response.ContentLength64 = bytes.Length;
                await context.Response.OutputStream.WriteAsync(bytes);
            }

            context.Response.Close();
        }
        catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or IOException)
        {
        }
    }

    private FakeResponse? Scripted(RestCall call)
    {
        lock (scripted)
        {
            var all = scripted.ToArray();
            var index = Array.FindIndex(all, s => s.Method == call.Method && call.Path.StartsWith(s.PathPrefix, StringComparison.Ordinal));
            if (index < 0)
            {
                return null;
            }

            scripted.Clear();
            for (var i = 0; i < all.Length; i++)
            {
                if (i != index)
                {
                    scripted.Enqueue(all[i]);
                }
            }

            return all[index].Response;
        }
    }

    private FakeResponse Answer(RestCall call)
    {
        var segments = call.Path.Split('/');
        var botRoute = segments[0] is not ("interactions" or "webhooks");
        if (botRoute && call.Authorization != "Bot " + Token)
        {
            return FakeResponse.Error(401, 0, "401: Unauthorized");
        }

        switch (call.Method, segments)
        {
            case ("GET", ["gateway", "bot"]):
                return FakeResponse.Json(200, $$$"""{"url":"ws://127.0.0.1:{{{Port}}}/gateway","shards":{{{RecommendedShards}}},"session_start_limit":{"total":1000,"remaining":{{{SessionStartsRemaining}}},"reset_after":{{{SessionStartResetAfterMs}}},"max_concurrency":{{{MaxConcurrency}}} } }""");
            case ("GET", ["applications", "@me"]):
                return FakeResponse.Json(200, $$"""{"id":"{{ApplicationId}}","name":"WithdrawalBot"}""");
            case ("PUT", ["applications", _, "guilds", var commandGuild, "commands"]):
                GuildCommands[commandGuild] = call.Body;
                return FakeResponse.Json(200, call.Body);
            case ("PUT", ["applications", _, "commands"]):
                return FakeResponse.Json(200, call.Body);
            case ("GET", ["applications", _, "guilds", var commandGuild, "commands"]):
                return FakeResponse.Json(200, GuildCommands.GetValueOrDefault(commandGuild, "[]"));
            case ("GET", ["users", "@me", "guilds"]):
                return FakeResponse.Json(200, new JsonArray(BotGuilds.Select(g => (JsonNode)new JsonObject { ["id"] = g, ["name"] = "server " + g }).ToArray()).ToJsonString());
            case ("POST", ["channels", var channel, "messages"]):
                return CreateMessage(channel, call.Body);
            case ("POST", ["interactions", var id, _, "callback"]):
                return Callback(id);
            case ("PATCH", ["webhooks", _, _, "messages", "@original"]):
            case ("POST", ["webhooks", _, _]):
                return CreateMessage("300", call.Body);
            case ("DELETE", ["webhooks", _, _, "messages", "@original"]):
                return new FakeResponse(204, "");
            case ("GET", ["channels", var channel]):
                return Channels.TryGetValue(channel, out var c) ? FakeResponse.Json(200, c.ToJsonString()) : FakeResponse.Error(404, 10003, "Unknown Channel");
            case ("GET", ["guilds", var guild]):
                return Guilds.TryGetValue(guild, out var g) ? FakeResponse.Json(200, g.ToJsonString()) : FakeResponse.Error(404, 10004, "Unknown Guild");
            case ("GET", ["guilds", var guild, "members", var user]):
                return Members.TryGetValue(guild + "/" + user, out var m) ? FakeResponse.Json(200, m.ToJsonString()) : FakeResponse.Error(404, 10007, "Unknown Member");
            default:
                return FakeResponse.Error(404, 0, "404: Not Found");
        }
    }

    private FakeResponse CreateMessage(string channel, string body)
    {
        var message = JsonNode.Parse(body)!.AsObject();
        var content = (string?)message["content"] ?? "";
        if (content.EnumerateRunes().Count() > 2000)
        {
            return FakeResponse.Json(400, """{"code":50035,"errors":{"content":{"_errors":[{"code":"BASE_TYPE_MAX_LENGTH","message":"Must be 2000 or fewer in length."}]}},"message":"Invalid Form Body"}""");
        }

        var created = new JsonObject
        {
            ["id"] = Interlocked.Increment(ref messageIds).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["channel_id"] = channel,
            ["content"] = content,
            ["author"] = new JsonObject { ["id"] = BotUserId, ["username"] = "withdrawalbot", ["bot"] = true },
            ["type"] = 0,
        };
        return FakeResponse.Json(200, created.ToJsonString());
    }

    private FakeResponse Callback(string interactionId)
    {
        if (!interactionsSent.TryGetValue(interactionId, out var sentAt) || Stopwatch.GetElapsedTime(sentAt) > TimeSpan.FromSeconds(3))
        {
            return FakeResponse.Error(404, 10062, "Unknown interaction");
        }

        return interactionCallbacks.AddOrUpdate(interactionId, 1, (_, n) => n + 1) > 1
            ? FakeResponse.Error(400, 40060, "Interaction has already been acknowledged.")
            : new FakeResponse(204, "");
    }

    private static int FreePort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }
}
