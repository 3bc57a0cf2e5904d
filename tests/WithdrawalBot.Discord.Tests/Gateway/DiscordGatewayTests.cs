using System.Diagnostics;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Moq;
using WithdrawalBot.Core.Messages;
using WithdrawalBot.Discord.Adapter;
using WithdrawalBot.Discord.Gateway;
using WithdrawalBot.Discord.Rest;
using WithdrawalBot.Discord.Tests.Fakes;

namespace WithdrawalBot.Discord.Tests.Gateway;

public sealed class DiscordGatewayTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);

    private static double Seconds(long from, long to) => (to - from) / (double)Stopwatch.Frequency;

    [Fact]
    public async Task Connect_ValidToken_IdentifiesWithTokenIntentsPropertiesAndShard()
    {
        await using var fake = new FakeDiscord();
        await using var host = await DiscordTestHost.StartAsync(fake);

        var connection = await fake.NextConnectionAsync();
        var identify = await connection.WaitForAsync(2, Wait);
        await host.WaitUntilReadyAsync();

        var lookup = fake.Calls.First(c => c.Path == "gateway/bot");
        Assert.Equal("Bot " + fake.Token, lookup.Authorization);
        Assert.StartsWith("DiscordBot (https://", lookup.UserAgent, StringComparison.Ordinal);
        Assert.Equal("/gateway", connection.Path);
        Assert.Equal("?v=10&encoding=json", connection.Query);
        var d = identify.Data!.AsObject();
        Assert.Equal(fake.Token, (string?)d["token"]);
        Assert.Equal(37377, (int)d["intents"]!);
        Assert.Equal("linux", (string?)d["properties"]!["os"]);
        Assert.False(string.IsNullOrEmpty((string?)d["properties"]!["browser"]));
        Assert.False(string.IsNullOrEmpty((string?)d["properties"]!["device"]));
        Assert.Equal("[0,1]", d["shard"]!.ToJsonString());
        Assert.Equal(FakeDiscord.BotUserId, host.Gateway.CurrentUser?.Id);
        Assert.Equal(HealthStatus.Healthy, (await host.HealthAsync()).Entries["discord"].Status);
    }

    [Fact]
    public async Task Heartbeat_BeforeAnyDispatch_SendsLiteralNullThenLastSequence()
    {
        await using var fake = new FakeDiscord { AutoReady = false, HeartbeatIntervalMs = 400 };
        await using var host = await DiscordTestHost.StartAsync(fake);
        var connection = await fake.NextConnectionAsync();

        var first = await connection.WaitForAsync(1, Wait);
        Assert.True(first.HasData);
        Assert.Null(first.Data);
        // One interval (jittered) plus slack for a loaded two-core CI machine running several test assemblies at once.
        Assert.True(Seconds(connection.HelloSentAt, first.At) <= 0.4 + 1.0, "the first heartbeat comes within one interval (jittered)");

        await fake.StartSessionAsync(connection);
        var s = await connection.DispatchAsync("GUILD_CREATE", new JsonObject { ["id"] = "200", ["channels"] = new JsonArray(), ["threads"] = new JsonArray() });
        var count = connection.Received.Count;
        var next = await connection.WaitForAsync(1, Wait, after: count);
        Assert.Equal(s, (long?)next.Data);
    }

    [Fact]
    public async Task Heartbeat_AfterTheFirst_ComesEveryInterval()
    {
        await using var fake = new FakeDiscord { HeartbeatIntervalMs = 1000 };
        await using var host = await DiscordTestHost.StartAsync(fake);
        var connection = await fake.NextConnectionAsync();
        await DiscordTestHost.Eventually(() => connection.Received.Count(p => p.Op == 1) >= 4, Wait);

        // Slack for a loaded two-core machine, yet neither "at once" (0) nor "every other interval" (2.0 s) passes. The mean
        // of three intervals is checked: one beat a scheduler pause delays makes the next gap short, not the cadence wrong.
        var beats = connection.Received.Where(p => p.Op == 1).Select(p => p.At).ToArray();
        Assert.True(Seconds(connection.HelloSentAt, beats[0]) <= 1.0 + 1.0);
        Assert.InRange(Seconds(beats[0], beats[3]) / 3, 0.6, 1.6);
    }

    [Fact]
    public async Task ServerHeartbeatRequest_Op1_ClientHeartbeatsImmediately()
    {
        await using var fake = new FakeDiscord { HeartbeatIntervalMs = 60_000 };
        await using var host = await DiscordTestHost.StartAsync(fake);
        var connection = await fake.NextConnectionAsync();
        await host.WaitUntilReadyAsync();
        var before = connection.Received.Count;

        var asked = Stopwatch.GetTimestamp();
        await connection.SendAsync("""{"op":1,"d":null}""");
        var beat = await connection.WaitForAsync(1, Wait, after: before);

        // The interval is a minute: a beat within a few seconds (a loaded 2-core machine can take over a second to schedule
        // it) answers the request, where waiting for the interval would take 60.
        Assert.True(Seconds(asked, beat.At) < 5, "answered at once, not at the next interval");
        Assert.Equal(1L, (long?)beat.Data);
    }

    [Fact]
    public async Task MissingAck_ZombieConnection_ClosesWithNon1000AndResumesAtResumeUrlWithSameQuery()
    {
        await using var fake = new FakeDiscord { HeartbeatIntervalMs = 250 };
        await using var host = await DiscordTestHost.StartAsync(fake);
        var first = await fake.NextConnectionAsync();
        await host.WaitUntilReadyAsync();
        var session = fake.SessionId;
        var s = await first.DispatchAsync("GUILD_CREATE", new JsonObject { ["id"] = "200" });
        first.AckHeartbeats = false;

        var code = await first.Closed.WaitAsync(Wait);
        var second = await fake.NextConnectionAsync();
        var resume = await second.WaitForAsync(6, Wait);

        Assert.NotNull(code);
        Assert.NotEqual(1000, code);
        Assert.NotEqual(1001, code);
        Assert.Equal("/resume", second.Path);
        Assert.Equal(first.Query, second.Query);
        Assert.Equal(session, (string?)resume.Data!["session_id"]);
        Assert.Equal(s, (long?)resume.Data!["seq"]);
        Assert.Equal(fake.Token, (string?)resume.Data!["token"]);
        Assert.DoesNotContain(second.Received, p => p.Op == 2);
        await host.WaitUntilReadyAsync();

        // The ACK state starts fresh on the new connection: it is not killed as a zombie at its first beats.
        await DiscordTestHost.Eventually(() => second.Received.Count(p => p.Op == 1) >= 3, Wait);
        Assert.False(second.Closed.IsCompleted);
    }

    [Fact]
    public async Task ResumeUrlUnreachable_ResumesOnTheGatewayUrlInstead()
    {
        // Break 28: a resume_gateway_url the network did not let through was tried for ever; the bot stayed offline.
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var closedPort = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        await using var fake = new FakeDiscord { ResumeGatewayUrl = $"ws://127.0.0.1:{closedPort}/resume" };
        await using var host = await DiscordTestHost.StartAsync(fake);
        var first = await fake.NextConnectionAsync();
        await host.WaitUntilReadyAsync();
        var session = fake.SessionId;

        await first.CloseAsync(4000, "unknown error");
        var second = await fake.NextConnectionAsync();
        var resume = await second.WaitForAsync(6, Wait);

        Assert.Equal(first.Path, second.Path);
        Assert.Equal(session, (string?)resume.Data!["session_id"]);
        await host.WaitUntilReadyAsync();
    }

    [Fact]
    public async Task ResumeHostSilent_LogsTheConnectTimeoutNotACancellation()
    {
        // Break 29: a host that takes the TCP connection but never answers the handshake was logged as "could not connect
        // to 127.0.0.1: The operation was canceled."
        var silent = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        silent.Start();
        try
        {
            var port = ((System.Net.IPEndPoint)silent.LocalEndpoint).Port;
            await using var fake = new FakeDiscord { ResumeGatewayUrl = $"ws://127.0.0.1:{port}/resume" };
            await using var host = await DiscordTestHost.StartAsync(fake, timings: DiscordTestHost.FastTimings with { ConnectTimeout = TimeSpan.FromSeconds(1) });
            var first = await fake.NextConnectionAsync();
            await host.WaitUntilReadyAsync();

            await first.CloseAsync(4000, "unknown error");
            await fake.NextConnectionAsync();

            var logs = host.Logs.GetSnapshot().Select(r => r.Message).ToList();
            Assert.Contains(logs, m => m.Contains("could not connect to 127.0.0.1: no answer within 1 s", StringComparison.Ordinal));
            Assert.DoesNotContain(logs, m => m.Contains("operation was canceled", StringComparison.OrdinalIgnoreCase));
        }
        finally
        {
            silent.Stop();
        }
    }

    [Fact]
    public async Task Reconnect_Op7_ResumesAndHandlesReplayedEvents()
    {
        await using var fake = new FakeDiscord();
        await using var host = await DiscordTestHost.StartAsync(fake);
        var first = await fake.NextConnectionAsync();
        await host.WaitUntilReadyAsync();

        fake.MissWhileAway("MESSAGE_CREATE", DiscordEvents.Message("7001", "what happens in erbil?", guildId: null));
        await first.SendAsync("""{"op":7,"d":null}""");
        var code = await first.Closed.WaitAsync(Wait);
        var second = await fake.NextConnectionAsync();
        var resume = await second.WaitForAsync(6, Wait);

        Assert.NotEqual(1000, code);
        Assert.Equal("/resume", second.Path);
        Assert.Equal("?v=10&encoding=json", second.Query);
        Assert.Equal(1L, (long?)resume.Data!["seq"]);
        await DiscordTestHost.Eventually(() => host.Router.Invocations.Any(i => i.Arguments.Count > 0 && i.Arguments[0] is IncomingMessage { Text: "what happens in erbil?" }), Wait, "the replayed message reaches the router");
        await host.WaitUntilReadyAsync();
        Assert.Equal(3L, host.Gateway.Shards[0].Sequence);
    }

    [Fact]
    public async Task Identify_NeverAnswered_ConnectionDroppedAndIdentifiedAgain()
    {
        // The gateway says Hello and ACKs heartbeats but never sends READY: the shard must not wait for it for good.
        await using var fake = new FakeDiscord { AutoReady = false, HeartbeatIntervalMs = 200 };
        await using var host = await DiscordTestHost.StartAsync(fake, timings: DiscordTestHost.FastTimings with { ConnectTimeout = TimeSpan.FromSeconds(1) });
        var first = await fake.NextConnectionAsync();
        await first.WaitForAsync(2, Wait);

        var code = await first.Closed.WaitAsync(Wait);
        var second = await fake.NextConnectionAsync();
        await second.WaitForAsync(2, Wait);

        Assert.NotEqual(1000, code);
        Assert.Contains(host.Logs.GetSnapshot(), r => r.Message.Contains("no READY from the gateway", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("""{"op":0.5}""")]
    [InlineData("""{"op":99999999999}""")]
    [InlineData("""{"op":10,"d":{"heartbeat_interval":-1e300}}""")]
    [InlineData("""{"op":10,"d":{"heartbeat_interval":1e12}}""")]
    public async Task OddPayload_AStrictReadRejects_ResumesInsteadOfStoppingTheBot(string payload)
    {
        await using var fake = new FakeDiscord();
        await using var host = await DiscordTestHost.StartAsync(fake);
        var first = await fake.NextConnectionAsync();
        await host.WaitUntilReadyAsync();

        await first.SendAsync(payload);
        var code = await first.Closed.WaitAsync(Wait);
        var second = await fake.NextConnectionAsync();
        await second.WaitForAsync(6, Wait);
        await host.WaitUntilReadyAsync();

        Assert.NotEqual(1000, code);
        Assert.Equal(ShardState.Ready, host.Gateway.Shards[0].State);
    }

    [Theory]
    [InlineData("wss://gateway-us-east1-b.discord.gg", true)]
    [InlineData("ws://127.0.0.1:9/gateway", true)]
    [InlineData("https://gateway.discord.gg", false)]
    [InlineData("/resume", false)]
    [InlineData("::::", false)]
    [InlineData(null, false)]
    public void GatewayUrl_OnlyWebSocketAddresses(string? text, bool taken) =>
        Assert.Equal(taken, GatewayShard.GatewayUrl(text) is not null);

    [Fact]
    public async Task InvalidSession_NotResumable_IdentifiesAgainAtGatewayUrlAfterAPause()
    {
        await using var fake = new FakeDiscord();
        await using var host = await DiscordTestHost.StartAsync(fake);
        var first = await fake.NextConnectionAsync();
        await host.WaitUntilReadyAsync();

        var sent = Stopwatch.GetTimestamp();
        await first.SendAsync("""{"op":9,"d":false}""");
        var second = await fake.NextConnectionAsync();
        var identify = await second.WaitForAsync(2, Wait);

        Assert.Equal("/gateway", second.Path);
        Assert.DoesNotContain(second.Received, p => p.Op == 6);
        Assert.True(Seconds(sent, identify.At) >= DiscordTestHost.FastTimings.InvalidSessionDelayMin.TotalSeconds);
        await host.WaitUntilReadyAsync();
        Assert.Equal(1L, host.Gateway.Shards[0].Sequence);
    }

    [Fact]
    public async Task InvalidSessionOnEveryIdentify_WaitsLongerEachTimeAndWarns()
    {
        // Discord answering every Identify with op 9 false (an incident, or identifying too fast) must not spend the
        // 1000 session starts a day at a fixed 1–5 s pace.
        await using var fake = new FakeDiscord { AnswerIdentifyWithInvalidSession = 5 };
        await using var host = await DiscordTestHost.StartAsync(fake);

        var identifies = new List<long>();
        for (var i = 0; i < 6; i++)
        {
            var connection = await fake.NextConnectionAsync(Wait);
            identifies.Add((await connection.WaitForAsync(2, Wait)).At);
        }

        await host.WaitUntilReadyAsync();
        // The fourth Invalid Session in a row waits 8× the first's shortest wait (100 ms).
        Assert.True(Seconds(identifies[3], identifies[4]) >= 0.75, $"gap before the fifth Identify: {Seconds(identifies[3], identifies[4]):0.00} s");
        Assert.Contains(host.Logs.GetSnapshot(), r => r.Level == LogLevel.Warning && r.Message.Contains("Invalid Session 3 times in a row", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SessionBudgetUsedUp_WaitsForTheResetReportsItAndThenIdentifies()
    {
        await using var fake = new FakeDiscord { AnswerIdentifyWithInvalidSession = 10, SessionStartsRemaining = 2, SessionStartResetAfterMs = 3000 };
        var started = Stopwatch.GetTimestamp();
        await using var host = await DiscordTestHost.StartAsync(fake);

        await (await fake.NextConnectionAsync(Wait)).WaitForAsync(2, Wait);
        await (await fake.NextConnectionAsync(Wait)).WaitForAsync(2, Wait);
        await DiscordTestHost.Eventually(() => host.Gateway.SessionBudgetWaitUntil is not null, Wait);
        var health = (await host.HealthAsync()).Entries["discord"];
        var third = await (await fake.NextConnectionAsync(Wait)).WaitForAsync(2, Wait);

        Assert.Equal(HealthStatus.Unhealthy, health.Status);
        Assert.Contains("session-start budget is used up", health.Description, StringComparison.Ordinal);
        Assert.True(Seconds(started, third.At) >= 2.9, $"third Identify after {Seconds(started, third.At):0.00} s");
        var logs = host.Logs.GetSnapshot();
        Assert.Contains(logs, r => r.Level == LogLevel.Warning && r.Message.Contains("only 1 of 1000 session starts", StringComparison.Ordinal));
        Assert.Contains(logs, r => r.Level == LogLevel.Warning && r.Message.Contains("budget (1000 Identify calls) is used up", StringComparison.Ordinal));
    }

    [Fact]
    public async Task InvalidSession_Resumable_Resumes()
    {
        await using var fake = new FakeDiscord();
        await using var host = await DiscordTestHost.StartAsync(fake);
        var first = await fake.NextConnectionAsync();
        await host.WaitUntilReadyAsync();

        await first.SendAsync("""{"op":9,"d":true}""");
        var second = await fake.NextConnectionAsync();
        await second.WaitForAsync(6, Wait);

        Assert.Equal("/resume", second.Path);
        await host.WaitUntilReadyAsync();
    }

    [Fact]
    public async Task GatewayUnreachableForMoreAttemptsThanFailedResumesAllowed_StillResumesTheSession()
    {
        await using var fake = new FakeDiscord();
        await using var host = await DiscordTestHost.StartAsync(fake);
        var first = await fake.NextConnectionAsync();
        await host.WaitUntilReadyAsync();
        await first.DispatchAsync("GUILD_CREATE", new JsonObject { ["id"] = "200" });
        fake.RefuseUpgrades = DiscordTestHost.FastTimings.MaxFailedResumes + 2;

        await first.CloseAsync(4000);
        var next = await fake.NextConnectionAsync(Wait);
        var resume = await next.WaitForAsync(6, Wait);

        Assert.Equal(DiscordTestHost.FastTimings.MaxFailedResumes + 2, fake.RefusedUpgrades);
        // After two failed connects to the resume URL the session is resumed on the gateway URL (break 28).
        Assert.Equal("/gateway", next.Path);
        // READY was event 1, GUILD_CREATE event 2: the session resumes from there, so nothing sent meanwhile is lost.
        Assert.Equal(2L, (long?)resume.Data!["seq"]);
    }

    [Fact]
    public async Task GatewayUnreachable_DegradedAtFirstThenUnhealthyNamingHowTheConnectionEnded()
    {
        await using var fake = new FakeDiscord();
        await using var host = await DiscordTestHost.StartAsync(fake);
        var first = await fake.NextConnectionAsync();
        await host.WaitUntilReadyAsync();
        fake.RefuseUpgrades = int.MaxValue;

        await first.CloseAsync(4000);
        await DiscordTestHost.Eventually(() => host.Gateway.Shards[0].LastDisconnect is { Unreachable: true } && host.Gateway.Shards[0].DownSince is not null, Wait);
        var down = host.Gateway.Shards[0].DownSince!.Value;
        var soon = await new DiscordHealthCheck(host.Gateway, new TokenRejection(), host.Host.Services.GetRequiredService<RateLimitState>(), host.Host.Services.GetRequiredService<DiscordChatPlatform>(), host.Host.Services.GetRequiredService<WithdrawalBot.Core.Platforms.ServingPlatforms>(), new FakeTimeProvider(down + TimeSpan.FromSeconds(5))).CheckHealthAsync(new HealthCheckContext());
        var later = await new DiscordHealthCheck(host.Gateway, new TokenRejection(), host.Host.Services.GetRequiredService<RateLimitState>(), host.Host.Services.GetRequiredService<DiscordChatPlatform>(), host.Host.Services.GetRequiredService<WithdrawalBot.Core.Platforms.ServingPlatforms>(), new FakeTimeProvider(down + DiscordHealthCheck.ConnectGrace + TimeSpan.FromSeconds(1))).CheckHealthAsync(new HealthCheckContext());

        Assert.Equal(HealthStatus.Degraded, soon.Status);
        Assert.Equal(HealthStatus.Unhealthy, later.Status);
        Assert.Contains("disconnected for 31 s", later.Description, StringComparison.Ordinal);
        Assert.Contains("could not connect", later.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GatewayUnreachable_EachRetryIsAWarningNamingTheCause_TheRoutineDisconnectBeforeStaysInformation()
    {
        // Break 26: at Logging__LogLevel__Default=Warning nothing was logged while /healthz said 503.
        await using var fake = new FakeDiscord();
        await using var host = await DiscordTestHost.StartAsync(fake);
        var first = await fake.NextConnectionAsync();
        await host.WaitUntilReadyAsync();
        await DiscordTestHost.Eventually(() => host.Gateway.Shards[0].SessionWorks, Wait, "a heartbeat after READY acknowledged");
        fake.RefuseUpgrades = int.MaxValue;

        await first.CloseAsync(4000);
        await DiscordTestHost.Eventually(() => host.Logs.GetSnapshot().Count(r => r.Id.Id == 3014) >= 2, Wait);

        var reconnects = host.Logs.GetSnapshot().Where(r => r.Id.Id is 3006 or 3014).ToList();
        Assert.Equal(LogLevel.Information, reconnects[0].Level);
        Assert.All(reconnects.Skip(1), r => Assert.Equal(LogLevel.Warning, r.Level));
        Assert.Contains("could not connect", reconnects[1].Message, StringComparison.Ordinal);
        Assert.Contains("attempt 2 to reconnect failed", reconnects[2].Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ResumeRefused_Op9False_IdentifiesFreshAndDropsOldSequence()
    {
        await using var fake = new FakeDiscord();
        await using var host = await DiscordTestHost.StartAsync(fake);
        var first = await fake.NextConnectionAsync();
        await host.WaitUntilReadyAsync();
        await first.DispatchAsync("GUILD_CREATE", new JsonObject { ["id"] = "200" });
        fake.RefuseResume = true;

        await first.CloseAsync(4000);
        var second = await fake.NextConnectionAsync();
        await second.WaitForAsync(6, Wait);
        var third = await fake.NextConnectionAsync();
        await third.WaitForAsync(2, Wait);

        Assert.Equal("/gateway", third.Path);
        await host.WaitUntilReadyAsync();
        Assert.Equal(1L, host.Gateway.Shards[0].Sequence);
    }

    [Theory]
    [InlineData(4000, "/resume", 6)]
    [InlineData(4008, "/resume", 6)]
    [InlineData(1001, "/resume", 6)]
    [InlineData(4007, "/gateway", 2)]
    [InlineData(4009, "/gateway", 2)]
    public async Task ServerClose_ResumableOrNot_ReconnectsTheRightWay(int code, string path, int op)
    {
        await using var fake = new FakeDiscord();
        await using var host = await DiscordTestHost.StartAsync(fake);
        var first = await fake.NextConnectionAsync();
        await host.WaitUntilReadyAsync();

        await first.CloseAsync(code);
        var clientCode = await first.Closed.WaitAsync(Wait);
        var second = await fake.NextConnectionAsync();
        await second.WaitForAsync(op, Wait);

        Assert.Equal(path, second.Path);
        Assert.NotEqual(1000, clientCode);
        await host.WaitUntilReadyAsync();
    }

    [Fact]
    public async Task ConnectionDropped_NoCloseFrame_Resumes()
    {
        await using var fake = new FakeDiscord();
        await using var host = await DiscordTestHost.StartAsync(fake);
        var first = await fake.NextConnectionAsync();
        await host.WaitUntilReadyAsync();

        first.Abort();
        var second = await fake.NextConnectionAsync();
        await second.WaitForAsync(6, Wait);

        Assert.Equal("/resume", second.Path);
    }

    [Fact]
    public async Task AuthenticationFailed4004_StopsWithClearLogAndNeverReconnects()
    {
        await using var fake = new FakeDiscord { GatewayToken = "MTAw.other.token" };
        await using var host = await DiscordTestHost.StartAsync(fake);
        var first = await fake.NextConnectionAsync();
        await first.Closed.WaitAsync(Wait);

        await DiscordTestHost.Eventually(() => host.Gateway.Shards.Count == 1 && host.Gateway.Shards[0].State == ShardState.Failed, Wait);
        Assert.False(await fake.ConnectsWithinAsync(TimeSpan.FromSeconds(1)));
        var line = Assert.Single(host.Logs.GetSnapshot(), r => r.Level == LogLevel.Critical && r.Message.Contains("4004", StringComparison.Ordinal));
        Assert.Contains("Discord__BotToken", line.Message, StringComparison.Ordinal);
        Assert.Equal(HealthStatus.Unhealthy, (await host.HealthAsync()).Entries["discord"].Status);
    }

    [Fact]
    public async Task DisallowedIntents4014_StopsWithMessageContentHint()
    {
        await using var fake = new FakeDiscord { MessageContentEnabled = false };
        await using var host = await DiscordTestHost.StartAsync(fake);
        var first = await fake.NextConnectionAsync();
        await first.Closed.WaitAsync(Wait);

        await DiscordTestHost.Eventually(() => host.Gateway.Shards[0].State == ShardState.Failed, Wait);
        Assert.False(await fake.ConnectsWithinAsync(TimeSpan.FromSeconds(1)));
        // The host adds its own critical line when the Discord service ends with the fatal error (that stops the process).
        var line = Assert.Single(host.Logs.GetSnapshot(), r => r.Level == LogLevel.Critical && r.Category?.StartsWith("WithdrawalBot.", StringComparison.Ordinal) == true);
        Assert.Contains("4014", line.Message, StringComparison.Ordinal);
        Assert.Contains("Message Content", line.Message, StringComparison.Ordinal);
        Assert.Contains("developer portal", line.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Shutdown_ClosesTheSocketWith1000()
    {
        await using var fake = new FakeDiscord();
        var host = await DiscordTestHost.StartAsync(fake);
        var connection = await fake.NextConnectionAsync();
        await host.WaitUntilReadyAsync();

        var gateway = host.Gateway;
        var stopping = Stopwatch.StartNew();
        await host.DisposeAsync();

        Assert.Equal(1000, await connection.Closed.WaitAsync(Wait));
        Assert.True(stopping.Elapsed < TimeSpan.FromSeconds(5));
        Assert.Equal(ShardState.Stopped, gateway.Shards[0].State);
    }

    [Fact]
    public async Task DuplicateDispatch_SameMessageIdTwice_HandledOnce()
    {
        await using var fake = new FakeDiscord();
        await using var host = await DiscordTestHost.StartAsync(fake);
        var connection = await fake.NextConnectionAsync();
        await host.WaitUntilReadyAsync();

        var message = DiscordEvents.Message("7100", "hello bot", guildId: null);
        await connection.DispatchAsync("MESSAGE_CREATE", message);
        await connection.DispatchAsync("MESSAGE_CREATE", message);
        await connection.DispatchAsync("MESSAGE_CREATE", DiscordEvents.Message("7101", "second", guildId: null));
        await fake.WaitForCallsAsync(c => c.Path == "channels/300/messages", 2);
        await Task.Delay(200);

        host.Router.Verify(r => r.HandleAsync(It.Is<IncomingMessage>(m => m.MessageId == "7100"), It.IsAny<CancellationToken>()), Times.Once);
        Assert.Equal(2, fake.Calls.Count(c => c.Path == "channels/300/messages"));
    }

    [Fact]
    public async Task SendRate_PresenceFlood_StaysWithin120PerMinuteAndKeepsRoomForHeartbeats()
    {
        await using var fake = new FakeDiscord { HeartbeatIntervalMs = 200 };
        await using var host = await DiscordTestHost.StartAsync(fake);
        var connection = await fake.NextConnectionAsync();
        await host.WaitUntilReadyAsync();
        using var cancel = new CancellationTokenSource();

        var shard = host.Gateway.Shards[0];
        var flood = Enumerable.Range(0, 150).Select(i => shard.UpdatePresenceAsync($"status {i}", cancel.Token)).ToArray();
        await DiscordTestHost.Eventually(() => connection.Received.Count(p => p.Op == 3) >= 115, Wait);
        var beatsBefore = connection.Received.Count(p => p.Op == 1);
        await DiscordTestHost.Eventually(() => connection.Received.Count(p => p.Op == 1) >= beatsBefore + 2, Wait, "heartbeats still go out");
        await cancel.CancelAsync();
        await Task.WhenAll(flood.Select(t => t.ContinueWith(_ => { }, TaskScheduler.Default)));

        Assert.Equal(115, connection.Received.Count(p => p.Op == 3));
        Assert.True(connection.Received.Count <= 120, $"{connection.Received.Count} payloads in well under a minute");
        Assert.All(connection.Received, p => Assert.True(p.Bytes <= 4096));
    }

    [Fact]
    public async Task Shards_TwoRecommended_OneConnectionEachIdentifyPaced()
    {
        await using var fake = new FakeDiscord { RecommendedShards = 2, MaxConcurrency = 1 };
        await using var host = await DiscordTestHost.StartAsync(fake);
        var a = await fake.NextConnectionAsync();
        var b = await fake.NextConnectionAsync();
        var identifyA = await a.WaitForAsync(2, Wait);
        var identifyB = await b.WaitForAsync(2, Wait);

        var shards = new[] { identifyA, identifyB }.Select(i => i.Data!["shard"]!.ToJsonString()).Order().ToArray();
        Assert.Equal(["[0,2]", "[1,2]"], shards);
        Assert.True(Math.Abs(Seconds(identifyA.At, identifyB.At)) >= DiscordTestHost.FastTimings.IdentifyWindow.TotalSeconds - 0.02, "one Identify per window with max_concurrency 1");
        await host.WaitUntilReadyAsync();
        Assert.Equal(2, host.Gateway.Shards.Count);
    }

    [Fact]
    public async Task ShardCount_Configured_OverridesRecommendation()
    {
        await using var fake = new FakeDiscord { RecommendedShards = 1, MaxConcurrency = 2 };
        await using var host = await DiscordTestHost.StartAsync(fake, settings: new Dictionary<string, string?> { ["Discord:ShardCount"] = "2" });
        var a = await fake.NextConnectionAsync();
        var b = await fake.NextConnectionAsync();
        await a.WaitForAsync(2, Wait);
        await b.WaitForAsync(2, Wait);

        Assert.Equal(2, host.Gateway.Shards.Count);
    }

    [Fact]
    public async Task GatewayLookup_TokenRejected401_StopsUnhealthyWithClearLogAndNoConnection()
    {
        await using var fake = new FakeDiscord();
        fake.Script("GET", "gateway/bot", FakeResponse.Error(401, 0, "401: Unauthorized"));
        await using var host = await DiscordTestHost.StartAsync(fake);

        await DiscordTestHost.Eventually(() => host.Logs.GetSnapshot().Any(r => r.Level == LogLevel.Critical && r.Message.Contains("Discord__BotToken", StringComparison.Ordinal)), Wait);

        Assert.False(await fake.ConnectsWithinAsync(TimeSpan.FromMilliseconds(500)));
        Assert.Equal(HealthStatus.Unhealthy, (await host.HealthAsync()).Entries["discord"].Status);
    }

    [Fact]
    public async Task LargeDispatch_SpanningManyFrames_ReadToTheEndBeforeParsing()
    {
        await using var fake = new FakeDiscord();
        await using var host = await DiscordTestHost.StartAsync(fake);
        var connection = await fake.NextConnectionAsync();
        await host.WaitUntilReadyAsync();
        var channels = new JsonArray(Enumerable.Range(0, 1500).Select(i => (JsonNode)new JsonObject { ["id"] = (10_000 + i).ToString(System.Globalization.CultureInfo.InvariantCulture), ["type"] = 0, ["name"] = "channel-with-a-long-name-" + i }).ToArray());
        var guild = new JsonObject { ["id"] = "200", ["channels"] = channels, ["threads"] = new JsonArray(new JsonObject { ["id"] = "399", ["type"] = 11, ["parent_id"] = "10007" }) };
        Assert.True(guild.ToJsonString().Length > 64 * 1024);

        await connection.DispatchAsync("GUILD_CREATE", guild);
        await connection.DispatchAsync("MESSAGE_CREATE", DiscordEvents.Message("7150", $"<@{FakeDiscord.BotUserId}> hi", channelId: "399", mentions: [FakeDiscord.BotUserId]));
        await fake.WaitForCallsAsync(c => c.Path == "channels/399/messages");

        host.Router.Verify(r => r.HandleAsync(It.Is<IncomingMessage>(m => m.Chat == new ChatAddress(ChatPlatform.Discord, "10007", "399")), It.IsAny<CancellationToken>()));
        Assert.Equal(ShardState.Ready, host.Gateway.Shards[0].State);
    }
}
