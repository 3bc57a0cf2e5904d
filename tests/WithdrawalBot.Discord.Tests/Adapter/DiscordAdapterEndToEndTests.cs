using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Moq;
using WithdrawalBot.Core.Languages;
using WithdrawalBot.Core.Messages;
using WithdrawalBot.Core.Platforms;
using WithdrawalBot.Core.Replies;
using WithdrawalBot.Discord.Tests.Fakes;

namespace WithdrawalBot.Discord.Tests.Adapter;

public sealed class DiscordAdapterEndToEndTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);
    private const string IraqiQuestion = "شوكت يطلعون الامريكان من اربيل؟";

    private static readonly Reply ErbilAnswer = new(Language.Arabic,
    [
        new ReplyBlock(ReplyBlockKind.Paragraph, "بحسب التقرير، تنتهي مهمة التحالف في أربيل بحلول نهاية 2026 تقريباً."),
        new ReplyBlock(ReplyBlockKind.Quote, "على أن تغادر القوات المتبقية بحلول نهاية 2026"),
        new ReplyBlock(ReplyBlockKind.Footnote, "المصدر: رويترز، الفقرة 18"),
    ])
    {
        Intent = "fact",
        Answered = true,
        Citations = [new Citation(18, "نهاية 2026")],
        Buttons = [new ReplyButton("ليش؟", "q:why-erbil")],
    };

    private static async Task<(FakeDiscord Fake, DiscordTestHost Host, FakeGatewayConnection Connection)> ConnectAsync(Action<Mock<WithdrawalBot.Core.Routing.IMessageRouter>>? router = null,
        IDictionary<string, string?>? settings = null)
    {
        var fake = new FakeDiscord { HeartbeatIntervalMs = 1000 };
        var host = await DiscordTestHost.StartAsync(fake, router, settings: settings);
        var connection = await fake.NextConnectionAsync();
        await host.WaitUntilReadyAsync();
        return (fake, host, connection);
    }

    private static async Task UntilAsync(Func<bool> condition)
    {
        var started = System.Diagnostics.Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(started.Elapsed < Wait, "timed out waiting");
            await Task.Delay(10);
        }
    }

    private static IncomingMessage[] Asked(DiscordTestHost host) =>
        host.Router.Invocations.Where(i => i.Method.Name == "HandleAsync").Select(i => (IncomingMessage)i.Arguments[0]).ToArray();

    [Fact]
    public async Task GuildMention_IraqiQuestion_RouterGetsCleanTextAndCitedReplyIsPostedToTheChannel()
    {
        var (fake, host, connection) = await ConnectAsync(r => r.Setup(x => x.HandleAsync(It.IsAny<IncomingMessage>(), It.IsAny<CancellationToken>())).ReturnsAsync(ErbilAnswer));
        await using var _ = fake;
        await using var __ = host;

        await connection.DispatchAsync("MESSAGE_CREATE", DiscordEvents.Message("7200", $"<@{FakeDiscord.BotUserId}> {IraqiQuestion}", mentions: [FakeDiscord.BotUserId]));
        var post = (await fake.WaitForCallsAsync(c => c.Path == "channels/300/messages")).Single();

        var asked = Assert.Single(Asked(host));
        Assert.Equal(IraqiQuestion, asked.Text);
        Assert.True(asked.IsAddressedToBot);
        Assert.Equal(ChatKind.Group, asked.Kind);
        Assert.Equal(new ChatAddress(ChatPlatform.Discord, "300"), asked.Chat);
        Assert.Equal("7200", asked.MessageId);
        Assert.Null(asked.SenderIsAdmin);
        Assert.Equal("500", asked.Sender?.Id);
        var body = post.Json;
        Assert.Equal("[]", body["allowed_mentions"]!["parse"]!.ToJsonString());
        Assert.Equal("7200", (string?)body["message_reference"]!["message_id"]);
        var content = (string)body["content"]!;
        Assert.Contains("الفقرة 18", content, StringComparison.Ordinal);
        Assert.Contains("> على أن تغادر", content, StringComparison.Ordinal);
        Assert.Equal("q:why-erbil", (string?)body["components"]![0]!["components"]![0]!["custom_id"]);
        Assert.Equal("Bot " + fake.Token, post.Authorization);
    }

    [Fact]
    public async Task DirectMessage_EveryMessage_IsAQuestionAnsweredWithoutReplyReference()
    {
        var (fake, host, connection) = await ConnectAsync();
        await using var _ = fake;
        await using var __ = host;

        await connection.DispatchAsync("MESSAGE_CREATE", DiscordEvents.Message("7300", "when do US troops leave?", channelId: "400", guildId: null));
        var post = (await fake.WaitForCallsAsync(c => c.Path == "channels/400/messages")).Single();

        var asked = Assert.Single(Asked(host));
        Assert.Equal(ChatKind.Private, asked.Kind);
        Assert.True(asked.IsAddressedToBot);
        Assert.True(asked.SenderIsAdmin);
        Assert.Null(post.Json["message_reference"]);
        Assert.Equal("Answer: when do US troops leave?", (string?)post.Json["content"]);
    }

    [Fact]
    public async Task DirectMessage_ForwardedRumour_IsReadAsTheForwardedText()
    {
        // Break 27: a forward's text is in message_snapshots, and content is empty: it got "Send me a question…".
        var (fake, host, connection) = await ConnectAsync();
        await using var _ = fake;
        await using var __ = host;
        var forward = DiscordEvents.Message("7310", "", channelId: "410", guildId: null);
        forward["message_reference"] = new JsonObject { ["type"] = 1, ["message_id"] = "6100", ["channel_id"] = "900", ["guild_id"] = "901" };
        forward["message_snapshots"] = new JsonArray(new JsonObject
        {
            ["message"] = new JsonObject { ["content"] = "All US troops out of Iraq by September 2025", ["type"] = 0, ["timestamp"] = "2026-01-05T09:00:00.000000+00:00", ["embeds"] = new JsonArray(), ["attachments"] = new JsonArray() },
        });

        await connection.DispatchAsync("MESSAGE_CREATE", forward);
        var post = (await fake.WaitForCallsAsync(c => c.Path == "channels/410/messages")).Single();

        Assert.Equal("All US troops out of Iraq by September 2025", Assert.Single(Asked(host)).Text);
        Assert.Equal("Answer: All US troops out of Iraq by September 2025", (string?)post.Json["content"]);
    }

    [Theory]
    [InlineData("GUILD_CREATE", """{"id":"201","name":"x","channels":[{"id":"4001","type":0},null]}""")]
    [InlineData("MESSAGE_CREATE", """{"id":"7020","channel_id":null,"author":{"id":"777"},"content":"hello"}""")]
    [InlineData("CHANNEL_DELETE", """{"id":null,"type":0}""")]
    [InlineData("THREAD_CREATE", """{"id":null,"type":11}""")]
    public async Task MalformedEvent_NullWhereAnIdBelongs_IsLoggedAndTheNextMessageStillAnswered(string eventName, string data)
    {
        var (fake, host, connection) = await ConnectAsync();
        await using var _ = fake;
        await using var __ = host;

        await connection.DispatchAsync(eventName, JsonNode.Parse(data)!);
        await connection.DispatchAsync("MESSAGE_CREATE", DiscordEvents.Message("7303", "when do US troops leave?", channelId: "403", guildId: null));
        var post = (await fake.WaitForCallsAsync(c => c.Path == "channels/403/messages")).Single();

        Assert.Equal("Answer: when do US troops leave?", (string?)post.Json["content"]);
        Assert.Contains(host.Logs.GetSnapshot(), r => r.Message.StartsWith($"Discord: a malformed {eventName} event was ignored", StringComparison.Ordinal));
    }

    [Fact]
    public async Task HealthCheck_EveryReplyRefused_DegradedNamingTheErrorUntilOneIsPosted()
    {
        var (fake, host, connection) = await ConnectAsync();
        await using var _ = fake;
        await using var __ = host;
        var failures = SendFailureStreak.Threshold;
        for (var i = 0; i < failures; i++)
        {
            fake.Script("POST", $"channels/41{i}/messages", FakeResponse.Error(400, 50035, "Invalid Form Body"));
            await connection.DispatchAsync("MESSAGE_CREATE", DiscordEvents.Message($"731{i}", "when do US troops leave?", channelId: $"41{i}", guildId: null));
        }

        var platform = host.Host.Services.GetRequiredService<WithdrawalBot.Discord.Adapter.DiscordChatPlatform>();
        await UntilAsync(() => platform.Sends.Count == failures);
        var failing = (await host.HealthAsync()).Entries["discord"];
        await connection.DispatchAsync("MESSAGE_CREATE", DiscordEvents.Message("7320", "when do US troops leave?", channelId: "420", guildId: null));
        await UntilAsync(() => platform.Sends.Count == 0);
        var recovered = (await host.HealthAsync()).Entries["discord"];

        Assert.Equal(HealthStatus.Degraded, failing.Status);
        Assert.Contains($"the last {failures} replies failed to send (50035: Invalid Form Body)", failing.Description, StringComparison.Ordinal);
        Assert.Equal(HealthStatus.Healthy, recovered.Status);
    }

    [Theory]
    [InlineData(false, "a global rate limit pauses every REST call")]
    [InlineData(true, "Cloudflare (too many invalid requests from this IP) pauses every REST call")]
    public async Task HealthCheck_GlobalOrCloudflarePause_DegradedWhileItLastsAndTheReplyPostedAfterIt(bool cloudflare, string expected)
    {
        // Break 27: while a global (or Cloudflare) 429 held every reply back, /healthz said Healthy.
        var (fake, host, connection) = await ConnectAsync();
        await using var _ = fake;
        await using var __ = host;
        fake.Script("POST", "channels/430/messages", cloudflare
            ? new FakeResponse(429, "<html><body>Error 1015: You are being rate limited.</body></html>", "text/html") { Headers = [("Retry-After", "2")] }
            : FakeResponse.RateLimited(2, global: true));

        await connection.DispatchAsync("MESSAGE_CREATE", DiscordEvents.Message("7330", "when do US troops leave?", channelId: "430", guildId: null));
        await fake.WaitForCallsAsync(c => c.Path == "channels/430/messages");
        // The 429 reaches the fake before the bot has read it: wait for the pause, not for the request.
        var paused = (await host.HealthAsync()).Entries["discord"];
        for (var i = 0; i < 40 && paused.Status == HealthStatus.Healthy; i++)
        {
            await Task.Delay(25);
            paused = (await host.HealthAsync()).Entries["discord"];
        }

        var posts = await fake.WaitForCallsAsync(c => c.Path == "channels/430/messages", count: 2);
        var after = (await host.HealthAsync()).Entries["discord"];

        Assert.Equal(HealthStatus.Degraded, paused.Status);
        Assert.Contains(expected, paused.Description, StringComparison.Ordinal);
        Assert.Equal("Answer: when do US troops leave?", (string?)posts[^1].Json["content"]);
        Assert.Equal(HealthStatus.Healthy, after.Status);
    }

    [Fact]
    public async Task DirectMessage_Answered_IsLeftToTheRouterToCount()
    {
        // The router counts every message it handles (withdrawalbot.messages and the reply duration); the adapter adding
        // its own count doubled both on /metrics. The router here is a mock, so nothing may be counted at all.
        var counted = 0;
        using var listener = new System.Diagnostics.Metrics.MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Name is "withdrawalbot.messages" or "withdrawalbot.reply.duration")
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((_, _, _, _) => Interlocked.Increment(ref counted));
        listener.SetMeasurementEventCallback<double>((_, _, _, _) => Interlocked.Increment(ref counted));
        listener.Start();
        var (fake, host, connection) = await ConnectAsync();
        await using var _ = fake;
        await using var __ = host;

        await connection.DispatchAsync("MESSAGE_CREATE", DiscordEvents.Message("7301", "when do US troops leave?", channelId: "401", guildId: null));
        await fake.WaitForCallsAsync(c => c.Path == "channels/401/messages");

        Assert.Equal(0, counted);
    }

    [Fact]
    public async Task DirectMessage_ReplyRateLimitedMoreTimesThanOneRequestWaits_IsPostedOnceTheLimitLifts()
    {
        var (fake, host, connection) = await ConnectAsync();
        await using var _ = fake;
        await using var __ = host;
        for (var i = 0; i < 4; i++)
        {
            fake.Script("POST", "channels/402/messages", FakeResponse.RateLimited(0.05));
        }

        await connection.DispatchAsync("MESSAGE_CREATE", DiscordEvents.Message("7302", "when do US troops leave?", channelId: "402", guildId: null));
        var posts = await fake.WaitForCallsAsync(c => c.Path == "channels/402/messages", count: 5);

        Assert.Equal(5, posts.Count);
        Assert.Single(posts.Select(p => (string?)p.Json["nonce"]).Distinct());
        Assert.Equal("Answer: when do US troops leave?", (string?)posts[^1].Json["content"]);
    }

    [Fact]
    public async Task ReplyToTheBot_WithoutMention_IsAddressed()
    {
        var (fake, host, connection) = await ConnectAsync();
        await using var _ = fake;
        await using var __ = host;

        await connection.DispatchAsync("MESSAGE_CREATE", DiscordEvents.Message("7310", "and Erbil?", replyToAuthorId: FakeDiscord.BotUserId));
        await fake.WaitForCallsAsync(c => c.Path == "channels/300/messages");

        Assert.True(Assert.Single(Asked(host)).IsAddressedToBot);
    }

    [Theory]
    [InlineData(FakeDiscord.BotUserId, false)]
    [InlineData("600", true)]
    public async Task BotAuthors_OwnOrOtherBots_AreIgnored(string authorId, bool bot)
    {
        var (fake, host, connection) = await ConnectAsync();
        await using var _ = fake;
        await using var __ = host;

        await connection.DispatchAsync("MESSAGE_CREATE", DiscordEvents.Message("7400", $"<@{FakeDiscord.BotUserId}> hi", authorId: authorId, bot: bot, mentions: [FakeDiscord.BotUserId]));
        await connection.DispatchAsync("MESSAGE_CREATE", DiscordEvents.Message("7401", "marker", guildId: null, channelId: "401"));
        await fake.WaitForCallsAsync(c => c.Path == "channels/401/messages");

        Assert.DoesNotContain(Asked(host), m => m.MessageId == "7400");
        Assert.DoesNotContain(fake.Calls, c => c.Path == "channels/300/messages");
    }

    [Fact]
    public async Task EmptyContent_ServerMessages_NeverAQuestionAndIntentHintLoggedOnce()
    {
        var (fake, host, connection) = await ConnectAsync();
        await using var _ = fake;
        await using var __ = host;

        await connection.DispatchAsync("MESSAGE_CREATE", DiscordEvents.Message("7500", ""));
        await connection.DispatchAsync("MESSAGE_CREATE", DiscordEvents.Message("7501", ""));
        await connection.DispatchAsync("MESSAGE_CREATE", DiscordEvents.Message("7502", "marker", guildId: null, channelId: "401"));
        await fake.WaitForCallsAsync(c => c.Path == "channels/401/messages");

        // Chats are handled concurrently: channel 401's answer does not prove channel 300's messages were read yet.
        static bool IsHint(FakeLogRecord r) => r.Message.Contains("Message Content intent", StringComparison.Ordinal);
        for (var i = 0; i < 100 && !host.Logs.GetSnapshot().Any(IsHint); i++)
        {
            await Task.Delay(50);
        }

        Assert.DoesNotContain(Asked(host), m => m.MessageId is "7500" or "7501");
        var hint = Assert.Single(host.Logs.GetSnapshot(), IsHint);
        Assert.Equal(LogLevel.Warning, hint.Level);
    }

    [Fact]
    public async Task GuildChatter_NotAddressed_RouterDecidesSilenceAndNothingIsPosted()
    {
        var (fake, host, connection) = await ConnectAsync();
        await using var _ = fake;
        await using var __ = host;

        await connection.DispatchAsync("MESSAGE_CREATE", DiscordEvents.Message("7600", "anyone watching the match?"));
        await DiscordTestHost.Eventually(() => Asked(host).Length == 1, Wait);
        await Task.Delay(200);

        Assert.False(Asked(host)[0].IsAddressedToBot);
        Assert.DoesNotContain(fake.Calls, c => c.Path.StartsWith("channels/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SlashAsk_SlowAnswer_DeferredWithinDeadlineThenOriginalEdited()
    {
        var answered = new TaskCompletionSource();
        var (fake, host, connection) = await ConnectAsync(r => r.Setup(x => x.HandleAsync(It.IsAny<IncomingMessage>(), It.IsAny<CancellationToken>()))
            .Returns(async (IncomingMessage m, CancellationToken ct) =>
            {
                await Task.Delay(1200, ct);
                answered.SetResult();
                return ErbilAnswer;
            }));
        await using var _ = fake;
        await using var __ = host;

        var interaction = DiscordEvents.SlashCommand("8100", "ask", "question", IraqiQuestion, permissions: ((1UL << 10) | (1UL << 5)).ToString(System.Globalization.CultureInfo.InvariantCulture));
        await fake.DispatchInteractionAsync(connection, interaction);
        var callback = (await fake.WaitForCallsAsync(c => c.Path.StartsWith("interactions/8100/", StringComparison.Ordinal))).Single();
        Assert.False(answered.Task.IsCompleted, "acknowledged before the answer was ready");
        var edit = (await fake.WaitForCallsAsync(c => c.Method == "PATCH")).Single();

        Assert.Equal(5, (int)callback.Json["type"]!);
        Assert.Null(callback.Authorization);
        Assert.Equal($"webhooks/{FakeDiscord.ApplicationId}/itok-8100-aW50ZXJhY3Rpb24/messages/@original", edit.Path);
        Assert.Contains("الفقرة 18", (string)edit.Json["content"]!, StringComparison.Ordinal);
        Assert.Equal("[]", edit.Json["allowed_mentions"]!["parse"]!.ToJsonString());
        var asked = Assert.Single(Asked(host));
        Assert.Equal(new BotCommand("ask", IraqiQuestion), asked.Command);
        Assert.True(asked.SenderIsAdmin, "Manage Server in member.permissions");
        Assert.Null(asked.Sender?.LanguageCode);
    }

    [Fact]
    public async Task SlashAsk_AnswerRateLimitedMoreTimesThanOneRequestWaits_IsEditedInOnceTheLimitLifts()
    {
        // Break 28: the answer was given up after three 429s and the asker was left on "thinking…".
        var (fake, host, connection) = await ConnectAsync();
        await using var _ = fake;
        await using var __ = host;
        for (var i = 0; i < 4; i++)
        {
            fake.Script("PATCH", "webhooks/", FakeResponse.RateLimited(0.05));
        }

        await fake.DispatchInteractionAsync(connection, DiscordEvents.SlashCommand("8150", "ask", "question", "when do US troops leave?"));
        var edits = await fake.WaitForCallsAsync(c => c.Method == "PATCH", count: 5);

        Assert.Equal(5, edits.Count);
        Assert.Contains("when do US troops leave?", (string?)edits[^1].Json["content"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task SlashHelp_NoPermissions_NotAdminAndAnswered()
    {
        var (fake, host, connection) = await ConnectAsync();
        await using var _ = fake;
        await using var __ = host;

        await fake.DispatchInteractionAsync(connection, DiscordEvents.SlashCommand("8200", "help"));
        await fake.WaitForCallsAsync(c => c.Method == "PATCH");

        var asked = Assert.Single(Asked(host));
        Assert.Equal(new BotCommand("help", ""), asked.Command);
        Assert.False(asked.SenderIsAdmin);
        Assert.Equal("/help", asked.Text);
    }

    [Fact]
    public async Task ButtonTap_SuggestedQuestion_DeferredUpdateThenFollowUpMessage()
    {
        var (fake, host, connection) = await ConnectAsync();
        await using var _ = fake;
        await using var __ = host;

        await fake.DispatchInteractionAsync(connection, DiscordEvents.Button("8300", "q:why-erbil", "ليش؟"));
        var callback = (await fake.WaitForCallsAsync(c => c.Path.StartsWith("interactions/8300/", StringComparison.Ordinal))).Single();
        var followUp = (await fake.WaitForCallsAsync(c => c.Method == "POST" && c.Path.StartsWith("webhooks/", StringComparison.Ordinal))).Single();

        Assert.Equal(6, (int)callback.Json["type"]!);
        var asked = Assert.Single(Asked(host));
        Assert.Equal("q:why-erbil", asked.ButtonPayload);
        Assert.Equal("ليش؟", asked.Text);
        Assert.Null(asked.Command);
        Assert.Equal("Answer: ليش؟", (string?)followUp.Json["content"]);
    }

    [Fact]
    public async Task StaleButton_Pressed_OnlyThePresserIsToldAndNothingInTheChannel()
    {
        var stale = new Reply(Language.English, [new ReplyBlock(ReplyBlockKind.Paragraph, "That button is no longer valid. Ask me again, or try /help.")]) { Intent = WithdrawalBot.Core.Routing.Router.StaleButtonIntent };
        var (fake, host, connection) = await ConnectAsync(r => r.Setup(x => x.HandleAsync(It.IsAny<IncomingMessage>(), It.IsAny<CancellationToken>())).ReturnsAsync(stale));
        await using var _ = fake;
        await using var __ = host;

        await fake.DispatchInteractionAsync(connection, DiscordEvents.Button("8410", "q:gone:en", "Old question"));
        var followUp = (await fake.WaitForCallsAsync(c => c.Method == "POST" && c.Path.StartsWith("webhooks/", StringComparison.Ordinal))).Single();

        Assert.Equal(64, (int)followUp.Json["flags"]!);
        Assert.StartsWith("That button is no longer valid", (string?)followUp.Json["content"], StringComparison.Ordinal);
        Assert.DoesNotContain(fake.Calls, c => c.Path == "channels/300/messages");
    }

    [Fact]
    public async Task SuggestionButton_TappedAgainRightAway_OnlyThePresserIsToldItWasAnsweredAbove()
    {
        // Break 27: three quick taps posted three follow-ups in the channel.
        var repeat = new Reply(Language.English, [new ReplyBlock(ReplyBlockKind.Paragraph, "Answered just above ↑")]) { Intent = WithdrawalBot.Core.Routing.Router.RepeatTapIntent };
        var (fake, host, connection) = await ConnectAsync(r => r.Setup(x => x.HandleAsync(It.IsAny<IncomingMessage>(), It.IsAny<CancellationToken>())).ReturnsAsync(repeat));
        await using var _ = fake;
        await using var __ = host;

        await fake.DispatchInteractionAsync(connection, DiscordEvents.Button("8420", "q:why-erbil", "ليش؟"));
        var followUp = (await fake.WaitForCallsAsync(c => c.Method == "POST" && c.Path.StartsWith("webhooks/", StringComparison.Ordinal))).Single();

        Assert.Equal(64, (int)followUp.Json["flags"]!);
        Assert.Equal("Answered just above ↑", (string?)followUp.Json["content"]);
        Assert.DoesNotContain(fake.Calls, c => c.Path == "channels/300/messages");
    }

    [Fact]
    public async Task FeedbackButton_PressedTwiceBySameUser_OneEphemeralThanksAndNothingInTheChannel()
    {
        var thanks = new Reply(Language.English, [new ReplyBlock(ReplyBlockKind.Paragraph, "Thanks for the feedback! It helps us improve the answers.")]) { Intent = ReplyComposer.FeedbackIntent };
        var (fake, host, connection) = await ConnectAsync(r => r.Setup(x => x.HandleAsync(It.IsAny<IncomingMessage>(), It.IsAny<CancellationToken>())).ReturnsAsync(thanks));
        await using var _ = fake;
        await using var __ = host;
        var otherUser = DiscordEvents.Button("8402", "fb:+:troops-in-iraq:en", "👍 Helpful");
        otherUser["member"]!["user"]!["id"] = "501";

        await fake.DispatchInteractionAsync(connection, DiscordEvents.Button("8400", "fb:+:troops-in-iraq:en", "👍 Helpful"));
        await fake.WaitForCallsAsync(c => c.Method == "POST" && c.Path.StartsWith("webhooks/", StringComparison.Ordinal));
        await fake.DispatchInteractionAsync(connection, DiscordEvents.Button("8401", "fb:+:troops-in-iraq:en", "👍 Helpful"));
        await UntilAsync(() => Asked(host).Length == 2);
        // Queued behind the second press (one channel's interactions are answered in order): once it is thanked, the second press was handled.
        await fake.DispatchInteractionAsync(connection, otherUser);
        await fake.WaitForCallsAsync(c => c.Method == "POST" && c.Path.StartsWith("webhooks/", StringComparison.Ordinal), 2);

        Assert.Equal(3, Asked(host).Length);
        var followUps = fake.Calls.Where(c => c.Method == "POST" && c.Path.StartsWith("webhooks/", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, followUps.Count);
        Assert.Contains("itok-8400-", followUps[0].Path, StringComparison.Ordinal);
        Assert.Contains("itok-8402-", followUps[1].Path, StringComparison.Ordinal);
        Assert.All(followUps, f => Assert.Equal(64, (int)f.Json["flags"]!));
        Assert.All(followUps, f => Assert.StartsWith("Thanks for the feedback!", (string?)f.Json["content"], StringComparison.Ordinal));
        Assert.DoesNotContain(fake.Calls, c => c.Path == "channels/300/messages");
        Assert.Equal(3, fake.Calls.Count(c => c.Path.StartsWith("interactions/84", StringComparison.Ordinal) && (int)c.Json["type"]! == 6));
    }

    [Fact]
    public async Task LongReply_2500CodePoints_SplitIntoMessagesDiscordAccepts()
    {
        var sentence = "The coalition plan is reported in stages 🇮🇶 and each stage has a date. ";
        var text = string.Concat(Enumerable.Repeat(sentence, 40));
        Assert.True(text.EnumerateRunes().Count() >= 2500);
        var reply = new Reply(Language.English, [new ReplyBlock(ReplyBlockKind.Paragraph, text), new ReplyBlock(ReplyBlockKind.Footnote, "Source: Reuters, paragraph 2")])
        {
            Buttons = [new ReplyButton("Why?", "q:why")],
        };
        var (fake, host, connection) = await ConnectAsync(r => r.Setup(x => x.HandleAsync(It.IsAny<IncomingMessage>(), It.IsAny<CancellationToken>())).ReturnsAsync(reply));
        await using var _ = fake;
        await using var __ = host;

        await connection.DispatchAsync("MESSAGE_CREATE", DiscordEvents.Message("7700", $"<@{FakeDiscord.BotUserId}> tell me everything", mentions: [FakeDiscord.BotUserId]));
        var posts = await fake.WaitForCallsAsync(c => c.Path == "channels/300/messages", 2);
        await Task.Delay(200);

        posts = fake.Calls.Where(c => c.Path == "channels/300/messages").ToArray();
        Assert.Equal(2, posts.Count);
        var contents = posts.Select(p => (string)p.Json["content"]!).ToArray();
        Assert.All(contents, c => Assert.InRange(c.EnumerateRunes().Count(), 1, 2000));
        Assert.All(contents.Take(1), c => Assert.EndsWith(".", c, StringComparison.Ordinal));
        Assert.NotNull(posts[0].Json["message_reference"]);
        Assert.Null(posts[1].Json["message_reference"]);
        Assert.Null(posts[0].Json["components"]);
        Assert.NotNull(posts[1].Json["components"]);
        Assert.Contains("paragraph 2", contents[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Markdown_UserTextWithMarkupAndMassMentions_EscapedAndNeverPings()
    {
        var (fake, host, connection) = await ConnectAsync();
        await using var _ = fake;
        await using var __ = host;

        await connection.DispatchAsync("MESSAGE_CREATE", DiscordEvents.Message("7800", "*bold* _it_ `code` @everyone <@&55> # title", guildId: null, channelId: "402"));
        var post = (await fake.WaitForCallsAsync(c => c.Path == "channels/402/messages")).Single();

        var content = (string)post.Json["content"]!;
        Assert.Contains(@"\*bold\*", content, StringComparison.Ordinal);
        Assert.Contains(@"\_it\_", content, StringComparison.Ordinal);
        Assert.Contains(@"\`code\`", content, StringComparison.Ordinal);
        Assert.DoesNotContain("@everyone", content, StringComparison.Ordinal);
        Assert.DoesNotContain("<@&55>", content, StringComparison.Ordinal);
        Assert.Contains(@"\# title", content, StringComparison.Ordinal);
        Assert.Equal("[]", post.Json["allowed_mentions"]!["parse"]!.ToJsonString());
    }

    [Fact]
    public async Task Start_DiscordFailingToTakeTheCommands_RegistersThemOnceItRecovers()
    {
        // 507 is a server error the REST client's own retries leave alone, so each failure here is one registration attempt.
        await using var fake = new FakeDiscord { HeartbeatIntervalMs = 1000 };
        fake.Script("PUT", "applications", FakeResponse.Error(507, 0, "Insufficient Storage"));
        fake.Script("PUT", "applications", FakeResponse.Error(507, 0, "Insufficient Storage"));
        await using var host = await DiscordTestHost.StartAsync(fake);

        var puts = await fake.WaitForCallsAsync(c => c.Method == "PUT", count: 3);
        await UntilAsync(() => host.Logs.GetSnapshot().Any(r => r.Message.Contains("registered", StringComparison.Ordinal)));

        Assert.Equal(3, puts.Count);
        Assert.Equal(2, host.Logs.GetSnapshot().Count(r => r.Level == LogLevel.Warning && r.Message.Contains("trying again", StringComparison.Ordinal)));
        Assert.DoesNotContain(host.Logs.GetSnapshot(), r => r.Level == LogLevel.Error && r.Message.Contains("slash command", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Start_DiscordRefusingTheCommandsAsInvalidFormBody_LogsTheFieldsOnceAndDoesNotRetry()
    {
        await using var fake = new FakeDiscord { HeartbeatIntervalMs = 1000 };
        fake.Script("PUT", "applications", FakeResponse.Json(400, """
            {"code":50035,"message":"Invalid Form Body","errors":{"0":{"name_localizations":{"ar":{"_errors":[{"code":"LOCALE_INVALID","message":"Invalid locale"}]}}},
             "3":{"options":{"0":{"description":{"_errors":[{"code":"BASE_TYPE_BAD_LENGTH","message":"Must be between 1 and 100 in length."}]}}}}}}
            """));
        await using var host = await DiscordTestHost.StartAsync(fake);

        await UntilAsync(() => host.Logs.GetSnapshot().Any(r => r.Message.Contains("registration failed", StringComparison.Ordinal)));
        await host.WaitUntilReadyAsync();

        var failure = host.Logs.GetSnapshot().Single(r => r.Message.Contains("registration failed", StringComparison.Ordinal)).Message;
        Assert.Contains("0.name_localizations.ar: Invalid locale (LOCALE_INVALID)", failure, StringComparison.Ordinal);
        Assert.Contains("3.options.0.description: Must be between 1 and 100 in length. (BASE_TYPE_BAD_LENGTH)", failure, StringComparison.Ordinal);
        Assert.Single(fake.Calls, c => c.Method == "PUT");
        Assert.DoesNotContain(host.Logs.GetSnapshot(), r => r.Message.Contains("trying again", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Start_GuildIdSet_CommandsRegisteredWithOneBulkOverwriteInThatGuild()
    {
        var (fake, host, _) = await ConnectAsync(settings: new Dictionary<string, string?> { ["Discord:GuildId"] = "555" });
        await using var __ = fake;
        await using var ___ = host;

        var put = (await fake.WaitForCallsAsync(c => c.Method == "PUT")).Single();

        Assert.Equal($"applications/{FakeDiscord.ApplicationId}/guilds/555/commands", put.Path);
        var commands = JsonNode.Parse(put.Body)!.AsArray();
        Assert.Equal(DiscordTestHost.Commands.Select(c => c.Name), commands.Select(c => (string)c!["name"]!));
        Assert.All(commands, c => Assert.Matches("^[-_a-z0-9]{1,32}$", (string)c!["name"]!));
        Assert.All(commands, c => Assert.InRange(((string)c!["description"]!).Length, 1, 100));
        Assert.All(commands, c => Assert.DoesNotMatch(@"\p{IsArabic}", c!.ToJsonString()));
        var ask = commands.Single(c => (string)c!["name"]! == "ask")!;
        Assert.Equal("question", (string?)ask["options"]![0]!["name"]);
        Assert.Equal(3, (int)ask["options"]![0]!["type"]!);
        Assert.True((bool)ask["options"]![0]!["required"]!);
    }

    [Fact]
    public async Task Start_NoGuildId_CommandsRegisteredGlobally()
    {
        var (fake, host, _) = await ConnectAsync();
        await using var __ = fake;
        await using var ___ = host;

        var put = (await fake.WaitForCallsAsync(c => c.Method == "PUT")).Single();

        Assert.Equal($"applications/{FakeDiscord.ApplicationId}/commands", put.Path);
    }

    [Fact]
    public async Task ThreadMessage_KnownThread_AddressCarriesThreadAndReplyGoesToTheThread()
    {
        var (fake, host, connection) = await ConnectAsync();
        await using var _ = fake;
        await using var __ = host;

        await connection.DispatchAsync("THREAD_CREATE", new JsonObject { ["id"] = "301", ["type"] = 11, ["guild_id"] = "200", ["parent_id"] = "300", ["name"] = "withdrawal" });
        await connection.DispatchAsync("MESSAGE_CREATE", DiscordEvents.Message("7900", $"<@{FakeDiscord.BotUserId}> and Erbil?", channelId: "301", mentions: [FakeDiscord.BotUserId]));
        await fake.WaitForCallsAsync(c => c.Path == "channels/301/messages");

        Assert.Equal(new ChatAddress(ChatPlatform.Discord, "300", "301"), Assert.Single(Asked(host)).Chat);
    }

    [Fact]
    public async Task GuildDelete_BotRemoved_EveryKnownChannelAndThreadReported()
    {
        var (fake, host, connection) = await ConnectAsync();
        await using var _ = fake;
        await using var __ = host;

        await connection.DispatchAsync("GUILD_CREATE", new JsonObject
        {
            ["id"] = "200",
            ["channels"] = new JsonArray(new JsonObject { ["id"] = "300", ["type"] = 0 }, new JsonObject { ["id"] = "302", ["type"] = 0 }),
            ["threads"] = new JsonArray(new JsonObject { ["id"] = "301", ["type"] = 11, ["parent_id"] = "300" }),
        });
        await connection.DispatchAsync("GUILD_DELETE", new JsonObject { ["id"] = "200", ["unavailable"] = true });
        await connection.DispatchAsync("GUILD_DELETE", new JsonObject { ["id"] = "200" });
        await DiscordTestHost.Eventually(() => host.Lifecycle.Invocations.Count == 3, Wait);

        var removed = host.Lifecycle.Invocations.Select(i => (ChatAddress)i.Arguments[0]).ToHashSet();
        Assert.Equal(
            new HashSet<ChatAddress> { new(ChatPlatform.Discord, "300"), new(ChatPlatform.Discord, "302"), new(ChatPlatform.Discord, "300", "301") },
            removed);
    }

    [Fact]
    public async Task ChannelDelete_ReportedToLifecycle()
    {
        var (fake, host, connection) = await ConnectAsync();
        await using var _ = fake;
        await using var __ = host;

        await connection.DispatchAsync("CHANNEL_DELETE", new JsonObject { ["id"] = "302", ["type"] = 0, ["guild_id"] = "200" });
        await DiscordTestHost.Eventually(() => host.Lifecycle.Invocations.Count == 1, Wait);

        host.Lifecycle.Verify(l => l.BotRemovedAsync(new ChatAddress(ChatPlatform.Discord, "302", null), It.IsAny<CancellationToken>()));
    }
}
