using System.Diagnostics.Metrics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using WithdrawalBot.Core.Diagnostics;
using WithdrawalBot.Core.Languages;
using WithdrawalBot.Core.Messages;
using WithdrawalBot.Core.Platforms;
using WithdrawalBot.Core.Replies;
using WithdrawalBot.Telegram.Hosting;
using WithdrawalBot.Telegram.Sending;
using WithdrawalBot.Telegram.Tests.Fakes;

namespace WithdrawalBot.Telegram.Tests.Sending;

public sealed class TelegramChatPlatformTests : IAsyncLifetime
{
    private static readonly ChatAddress Private = new(ChatPlatform.Telegram, "42");
    private static readonly ChatAddress Group = new(ChatPlatform.Telegram, TelegramUpdates.GroupChatId.ToString(CultureInfo.InvariantCulture));
    private TelegramHarness harness = null!;
    private TelegramChatPlatform platform = null!;

    public async Task InitializeAsync()
    {
        harness = await TelegramHarness.StartAsync(start: false);
        platform = harness.Host.Services.GetRequiredService<TelegramChatPlatform>();
        harness.Host.Services.GetRequiredService<TelegramBotIdentity>().Set(FakeBotApi.DefaultBotId, FakeBotApi.DefaultBotUsername);
    }

    public async Task DisposeAsync() => await harness.DisposeAsync();

    [Fact]
    public void AddTelegram_RegistersThisAsTheTelegramChatPlatform()
    {
        var registered = Assert.Single(harness.Host.Services.GetServices<IChatPlatform>());

        Assert.Same(platform, registered);
        Assert.Equal(ChatPlatform.Telegram, registered.Platform);
    }

    [Fact]
    public async Task SendAsync_Accepted_Delivered()
    {
        var result = await platform.SendAsync(Private, TelegramHarness.Answer("hello"), CancellationToken.None);

        Assert.Equal(DeliveryStatus.Delivered, result.Status);
        Assert.Equal("hello", Assert.Single(harness.Api.SentMessages).Text);
    }

    public static TheoryData<FakeBotApiError, DeliveryStatus> Errors => new()
    {
        { FakeBotApiError.Blocked, DeliveryStatus.ChatUnavailable },
        { FakeBotApiError.Kicked, DeliveryStatus.ChatUnavailable },
        { new FakeBotApiError(403, "Forbidden: user is deactivated"), DeliveryStatus.ChatUnavailable },
        { FakeBotApiError.ChatNotFound, DeliveryStatus.ChatUnavailable },
        { FakeBotApiError.ThreadNotFound, DeliveryStatus.ChatUnavailable },
        { new FakeBotApiError(400, "Bad Request: TOPIC_DELETED"), DeliveryStatus.ChatUnavailable },
        { new FakeBotApiError(400, "Bad Request: TOPIC_CLOSED"), DeliveryStatus.Failed },
        { FakeBotApiError.TooManyRequests(17), DeliveryStatus.RateLimited },
        { FakeBotApiError.Migrated(-1009999), DeliveryStatus.Migrated },
        { new FakeBotApiError(400, "Bad Request: message is too long"), DeliveryStatus.Failed },
        { new FakeBotApiError(500, "Internal Server Error"), DeliveryStatus.Failed },
        { FakeBotApiError.BadGateway, DeliveryStatus.Failed },
    };

    [Theory]
    [MemberData(nameof(Errors))]
    public async Task SendAsync_ApiError_MappedByCode(FakeBotApiError error, DeliveryStatus expected)
    {
        harness.Api.Fail("sendMessage", error);

        var result = await platform.SendAsync(Group, TelegramHarness.Answer("reminder"), CancellationToken.None);

        Assert.Equal(expected, result.Status);
        Assert.Empty(harness.Api.SentMessages);
    }

    [Fact]
    public async Task SendAsync_TooManyRequests_RetryAfterFromParameters()
    {
        harness.Api.Fail("sendMessage", FakeBotApiError.TooManyRequests(17));

        var result = await platform.SendAsync(Private, TelegramHarness.Answer("x"), CancellationToken.None);

        Assert.Equal(TimeSpan.FromSeconds(17), result.RetryAfter);
        Assert.Equal(429, result.ErrorCode);
        Assert.Single(harness.Api.Calls("sendMessage"));
    }

    [Fact]
    public async Task SendAsync_GroupUpgraded_MigratedToTheNewId()
    {
        harness.Api.Fail("sendMessage", FakeBotApiError.Migrated(-1001111222333));

        var result = await platform.SendAsync(Group, TelegramHarness.Answer("x"), CancellationToken.None);

        Assert.Equal("-1001111222333", result.MigratedToChatId);
    }

    [Fact]
    public async Task SendAsync_ServerGone_FailedNotThrown()
    {
        await harness.Api.DisposeAsync();

        var result = await platform.SendAsync(Private, TelegramHarness.Answer("x"), CancellationToken.None);

        Assert.Equal(DeliveryStatus.Failed, result.Status);
    }

    [Fact]
    public async Task SendAsync_PostedButAnsweredTooLate_UncertainNotFailed()
    {
        // Break 31 #2: the client timed out after Telegram posted the reminder; counted as failed, it was sent again.
        await using var slow = await TelegramHarness.StartAsync(services: s => s.Configure<Microsoft.Extensions.Http.HttpClientFactoryOptions>(
            TelegramServiceCollectionExtensions.HttpClientName, o => o.HttpClientActions.Add(http => http.Timeout = TimeSpan.FromMilliseconds(500))));
        slow.Api.Stall("sendMessage", TimeSpan.FromSeconds(5));
        var sender = slow.Host.Services.GetRequiredService<TelegramChatPlatform>();

        var result = await sender.SendAsync(Private, TelegramHarness.Answer("x"), CancellationToken.None);

        Assert.Equal(DeliveryStatus.Uncertain, result.Status);
        Assert.Single(slow.Api.SentMessages);
    }

    [Fact]
    public async Task SendAsync_StoppedWhileThePostIsOnTheWire_FinishesWithinTheGraceAndIsDelivered()
    {
        // Break 32 #4: a stop cancelled a sendMessage Telegram had already taken; the answer was replayed and posted twice.
        var result = await SendStoppedOnTheWireAsync(answeredAfter: TimeSpan.FromMilliseconds(400));

        Assert.Equal(DeliveryStatus.Delivered, result.Status);
        Assert.Single(harness.Api.SentMessages);
    }

    [Fact]
    public async Task SendAsync_StoppedAndTelegramSilentBeyondTheGrace_UncertainSoItIsNotSentAgain()
    {
        var result = await SendStoppedOnTheWireAsync(answeredAfter: TimeSpan.FromSeconds(30));

        Assert.Equal(DeliveryStatus.Uncertain, result.Status);
        Assert.Contains("may have posted", result.Description, StringComparison.Ordinal);
        Assert.Contains(harness.Logs.Entries, e => e.EventId.Id == 7042 && e.Message.Contains("part 1 of 1", StringComparison.Ordinal));
    }

    /// <summary>Sends a reply that Telegram posts at once and answers after <paramref name="answeredAfter"/>, and stops the send once it is posted.</summary>
    private async Task<DeliveryResult> SendStoppedOnTheWireAsync(TimeSpan answeredAfter)
    {
        harness.Api.Stall("sendMessage", answeredAfter);
        using var stop = new CancellationTokenSource();
        var sending = platform.SendAsync(Private, TelegramHarness.Answer("x"), stop.Token);
        await harness.Api.WaitForSentAsync(1);
        await stop.CancelAsync();
        return await sending.WaitAsync(TelegramChatPlatform.FinishGrace * 3);
    }

    [Fact]
    public async Task SendAsync_ConnectionNeverOpens_FailedSoItIsRetried()
    {
        // Break 32 #1: packets dropped (a firewall, a block) left the connection hanging until the client's timeout, which
        // read as "may have been posted": the reminder was never sent. A listener whose accept queue is full drops SYNs.
        using var full = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        full.Start(backlog: 1);
        var port = ((System.Net.IPEndPoint)full.LocalEndpoint).Port;
        var waiting = new List<System.Net.Sockets.TcpClient>();
        for (var i = 0; i < 4; i++)
        {
            var filler = new System.Net.Sockets.TcpClient();
            _ = filler.ConnectAsync(System.Net.IPAddress.Loopback, port);
            waiting.Add(filler);
        }

        await Task.Delay(200);
        await using var blocked = await TelegramHarness.StartAsync(
            settings: v => (v["ApiBaseUrl"], v["ConnectTimeout"]) = ($"http://127.0.0.1:{port}/", "00:00:01"),
            services: s => s.Configure<Microsoft.Extensions.Http.HttpClientFactoryOptions>(
                TelegramServiceCollectionExtensions.HttpClientName, o => o.HttpClientActions.Add(http => http.Timeout = TimeSpan.FromSeconds(20))),
            start: false);
        var sender = blocked.Host.Services.GetRequiredService<TelegramChatPlatform>();

        var result = await sender.SendAsync(Private, TelegramHarness.Answer("x"), CancellationToken.None);

        Assert.Equal(DeliveryStatus.Failed, result.Status);
        Assert.Contains("could not connect", result.Description, StringComparison.Ordinal);
        waiting.ForEach(c => c.Dispose());
    }

    [Fact]
    public async Task SendAsync_CancelledBeforeAnythingWentOut_ThrowsNotStartedAndPostsNothing()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAsync<DeliveryNotStartedException>(() => platform.SendAsync(Private, TelegramHarness.Answer("x"), cancelled.Token));
        Assert.Empty(harness.Api.SentMessages);
    }

    [Fact]
    public async Task SendAsync_ApiErrors_CountedAsPlatformErrorsByCode()
    {
        var codes = new List<int>();
        var ours = harness.Host.Services.GetRequiredService<IMeterFactory>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            // Only this host's meter: other tests running in parallel have their own.
            if (instrument.Meter.Scope == ours && instrument.Meter.Name == BotMetrics.MeterName && instrument.Name == "withdrawalbot.platform.errors")
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((_, _, tags, _) =>
        {
            foreach (var tag in tags)
            {
                if (tag.Key == "code")
                {
                    lock (codes)
                    {
                        codes.Add((int)tag.Value!);
                    }
                }
            }
        });
        listener.Start();
        harness.Api.Fail("sendMessage", FakeBotApiError.Blocked);
        harness.Api.Fail("sendMessage", FakeBotApiError.TooManyRequests(3));

        await platform.SendAsync(Private, TelegramHarness.Answer("x"), CancellationToken.None);
        await platform.SendAsync(Private, TelegramHarness.Answer("x"), CancellationToken.None);

        Assert.Equal([403, 429], codes.Order());
    }

    [Fact]
    public async Task SendAsync_ForumTopic_EveryPartGoesToTheTopic()
    {
        var topic = Group with { ThreadId = "77" };
        var longText = string.Join(" ", Enumerable.Repeat("The coalition leaves Erbil by the end of 2026.", 120));

        await platform.SendAsync(topic, TelegramHarness.Answer(longText), CancellationToken.None);

        var sent = harness.Api.SentMessages;
        Assert.True(sent.Count >= 2);
        Assert.All(sent, m => Assert.Equal(77, m.MessageThreadId));
    }

    [Fact]
    public async Task SendAsync_LaterPartRateLimited_SendsThatPartAgainAndNeverTheFirstTwice()
    {
        // Break 30: a 429 on the second part failed the reply, and the caller's retry sent the whole reply: part 1 twice.
        var longText = string.Join(" ", Enumerable.Repeat("The coalition leaves Erbil by the end of 2026.", 120));
        harness.Api.Fail("sendMessage", FakeBotApiError.TooManyRequests(1), after: 1);

        var result = await platform.SendAsync(Private, TelegramHarness.Answer(longText), CancellationToken.None);

        Assert.Equal(DeliveryStatus.Delivered, result.Status);
        var texts = harness.Api.SentMessages.Select(m => m.Text).ToList();
        Assert.True(texts.Count >= 2);
        Assert.Equal(texts.Count, texts.Distinct().Count());
    }

    [Fact]
    public async Task SendAsync_ReplyToQuestionWithButtons_FirstPartRepliesLastPartCarriesKeyboard()
    {
        var longText = string.Join(" ", Enumerable.Repeat("The coalition leaves Erbil by the end of 2026.", 120));
        var reply = TelegramHarness.Answer(longText) with { Buttons = [new ReplyButton("Why?", "q:why")] };

        await platform.SendAsync(Group, reply, replyToMessageId: 321, CancellationToken.None);

        var sent = harness.Api.SentMessages;
        Assert.Equal(321, sent[0].ReplyToMessageId);
        Assert.All(sent.Skip(1), m => Assert.Null(m.ReplyToMessageId));
        Assert.All(sent.SkipLast(1), m => Assert.Null(m.ReplyMarkup));
        Assert.Equal(["q:why"], sent[^1].ButtonPayloads);
    }

    [Fact]
    public async Task SendAsync_ChannelByName_Sent()
    {
        harness.Api.AddChat(TelegramUpdates.ChannelChatId, "channel", "iraqnews");

        var result = await platform.SendAsync(new ChatAddress(ChatPlatform.Telegram, "@iraqnews"), TelegramHarness.Answer("x"), CancellationToken.None);

        Assert.Equal(DeliveryStatus.Delivered, result.Status);
    }

    [Theory]
    [InlineData("creator", true)]
    [InlineData("administrator", true)]
    [InlineData("member", false)]
    [InlineData("left", false)]
    [InlineData("kicked", false)]
    public async Task IsAdminAsync_ChatMemberStatus_OnlyCreatorAndAdministrator(string status, bool expected)
    {
        harness.Api.SetChatMember(TelegramUpdates.GroupChatId, 7, status);

        Assert.Equal(expected, await platform.IsAdminAsync(Group, "7", CancellationToken.None));
    }

    [Fact]
    public async Task IsAdminAsync_UserInTheirOwnPrivateChat_True()
    {
        Assert.True(await platform.IsAdminAsync(Private, "42", CancellationToken.None));
        Assert.Empty(harness.Api.Calls("getChatMember"));
    }

    [Fact]
    public async Task IsAdminAsync_ChatGone_False()
    {
        harness.Api.Fail("getChatMember", FakeBotApiError.ChatNotFound);

        Assert.False(await platform.IsAdminAsync(Group, "7", CancellationToken.None));
    }

    [Fact]
    public async Task IsBotAdminAsync_BotIsAdministrator_AsksAboutTheBotsOwnId()
    {
        harness.Api.SetChatMember(TelegramUpdates.ChannelChatId, FakeBotApi.DefaultBotId, "administrator");
        var channel = new ChatAddress(ChatPlatform.Telegram, TelegramUpdates.ChannelChatId.ToString(CultureInfo.InvariantCulture));

        Assert.True(await platform.IsBotAdminAsync(channel, CancellationToken.None));
        Assert.Equal(FakeBotApi.DefaultBotId.ToString(CultureInfo.InvariantCulture), harness.Api.Calls("getChatMember").Single()["user_id"]);
    }

    [Theory]
    [InlineData("@iraqnews")]
    [InlineData("iraqnews")]
    [InlineData("https://t.me/iraqnews")]
    public async Task ResolveChatAsync_ChannelName_ChannelWithItsNumericId(string reference)
    {
        harness.Api.AddChat(TelegramUpdates.ChannelChatId, "channel", "iraqnews", "Iraq News");

        var resolved = await platform.ResolveChatAsync(reference, CancellationToken.None);

        Assert.Equal((new ChatAddress(ChatPlatform.Telegram, TelegramUpdates.ChannelChatId.ToString(CultureInfo.InvariantCulture)), ChatKind.Channel), resolved);
    }

    [Theory]
    [InlineData("@nosuchchannel")]
    [InlineData("")]
    [InlineData("not a name!")]
    public async Task ResolveChatAsync_Unknown_Null(string reference)
    {
        Assert.Null(await platform.ResolveChatAsync(reference, CancellationToken.None));
    }
}
