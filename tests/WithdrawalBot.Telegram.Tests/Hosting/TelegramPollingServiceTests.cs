using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Moq;
using WithdrawalBot.Core.Languages;
using WithdrawalBot.Core.Messages;
using WithdrawalBot.Core.Platforms;
using WithdrawalBot.Core.Storage;
using WithdrawalBot.Storage;
using WithdrawalBot.Core.Replies;
using WithdrawalBot.Telegram.Diagnostics;
using WithdrawalBot.Telegram.Tests.Fakes;
using WithdrawalBot.Telegram.Updates;
using static WithdrawalBot.Telegram.Tests.Fakes.TelegramUpdates;

namespace WithdrawalBot.Telegram.Tests.Hosting;

public sealed class TelegramPollingServiceTests
{
    private static readonly string Group = GroupChatId.ToString(CultureInfo.InvariantCulture);

    /// <summary>Keeps <paramref name="update"/>, numbered <paramref name="id"/>, in <paramref name="store"/> as if it arrived <paramref name="age"/> ago at the bot <paramref name="receivedBy"/> (unknown by default).</summary>
    private static async Task<JsonObject> KeepAsync(LiteDbPendingUpdateStore store, JsonObject update, long id, TimeSpan age, string? receivedBy = null)
    {
        update["update_id"] = id;
        await store.AddAsync(new PendingUpdate(Core.Messages.ChatPlatform.Telegram, id, update.ToJsonString(), DateTimeOffset.UtcNow - age, receivedBy), CancellationToken.None);
        return update;
    }

    [Fact]
    public async Task Polling_PrivateText_RouterCalledAndReplySentAsEscapedHtml()
    {
        await using var harness = await TelegramHarness.StartAsync();
        harness.Router.Setup(r => r.HandleAsync(It.IsAny<IncomingMessage>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(TelegramHarness.Answer("US <troops> & \"allies\" leave"));

        await harness.DeliverAsync(PrivateText("when do they leave?"));

        harness.Router.Verify(r => r.HandleAsync(
            It.Is<IncomingMessage>(m => m.Chat == new ChatAddress(ChatPlatform.Telegram, "42", null)
                && m.Kind == ChatKind.Private && m.Text == "when do they leave?" && m.Sender!.Id == "42"
                && m.Sender.LanguageCode == "en" && m.IsAddressedToBot && m.SenderIsAdmin == true && m.Command == null),
            It.IsAny<CancellationToken>()), Times.Once);
        var sent = Assert.Single(harness.Api.SentMessages);
        Assert.Equal("42", sent.ChatId);
        Assert.Equal("html", sent.ParseMode, ignoreCase: true);
        Assert.Equal("US &lt;troops&gt; &amp; \"allies\" leave", sent.Text);
        Assert.Null(sent.ReplyToMessageId);
    }

    [Fact]
    public async Task Polling_ArabicReply_SentRightToLeft()
    {
        await using var harness = await TelegramHarness.StartAsync();
        harness.Router.Setup(r => r.HandleAsync(It.IsAny<IncomingMessage>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(TelegramHarness.Answer("2026 نهاية", Language.Arabic));

        await harness.DeliverAsync(PrivateText("شوكت يطلعون؟", "ar"));

        Assert.StartsWith("\u200F", Assert.Single(harness.Api.SentMessages).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Polling_GroupChatter_RouterNotCalledNothingSent()
    {
        await using var harness = await TelegramHarness.StartAsync();

        await harness.DeliverAsync(GroupText("anyone watching the match tonight?"), GroupText("@ahmed call me"));

        harness.Router.Verify(r => r.HandleAsync(It.IsAny<IncomingMessage>(), It.IsAny<CancellationToken>()), Times.Never);
        Assert.Empty(harness.Api.SentMessages);
    }

    [Theory]
    [InlineData("/help@WithdrawalTestBot")]
    [InlineData("/help@withdrawaltestbot")]
    [InlineData("/HELP@WITHDRAWALTESTBOT")]
    public async Task Polling_HelpForThisBotInGroup_AnsweredAsReplyToTheQuestion(string text)
    {
        await using var harness = await TelegramHarness.StartAsync();
        var update = GroupText(text);
        var questionId = update["message"]!["message_id"]!.GetValue<long>();

        await harness.DeliverAsync(update);

        harness.Router.Verify(r => r.HandleAsync(It.Is<IncomingMessage>(m => m.Command!.Name == "help" && m.Kind == ChatKind.Group), It.IsAny<CancellationToken>()), Times.Once);
        var sent = Assert.Single(harness.Api.SentMessages);
        Assert.Equal(Group, sent.ChatId);
        Assert.Equal(questionId, sent.ReplyToMessageId);
    }

    [Fact]
    public async Task Polling_HelpForAnotherBot_Ignored()
    {
        await using var harness = await TelegramHarness.StartAsync();

        await harness.DeliverAsync(GroupText("/help@SomeOtherBot"));

        harness.Router.Verify(r => r.HandleAsync(It.IsAny<IncomingMessage>(), It.IsAny<CancellationToken>()), Times.Never);
        Assert.Empty(harness.Api.SentMessages);
    }

    [Fact]
    public async Task Polling_ChannelPostCopiedIntoItsDiscussionGroup_Ignored()
    {
        // Break 25: the automatic forward of a channel's "/ask …" was answered again in the linked group.
        await using var harness = await TelegramHarness.StartAsync();
        var copy = GroupText("/ask@WithdrawalTestBot when do troops leave erbil?", userId: 777000);
        copy["message"]!["is_automatic_forward"] = true;
        copy["message"]!["sender_chat"] = new JsonObject { ["id"] = -1007701, ["type"] = "channel", ["title"] = "News" };

        await harness.DeliverAsync(copy);

        harness.Router.Verify(r => r.HandleAsync(It.IsAny<IncomingMessage>(), It.IsAny<CancellationToken>()), Times.Never);
        Assert.Empty(harness.Api.SentMessages);
    }

    [Fact]
    public async Task Polling_MentionAndReplyToBot_BothAnswered()
    {
        await using var harness = await TelegramHarness.StartAsync();
        var reply = GroupText("why?");
        reply["message"]!["reply_to_message"] = Message(Chat(GroupChatId, "supergroup"), User(FakeBotApi.DefaultBotId, "Withdrawal Bot", null, isBot: true), "They leave Erbil by the end of 2026.");

        await harness.DeliverAsync(GroupText("@WithdrawalTestBot when do they leave Erbil?"), reply);

        harness.Router.Verify(r => r.HandleAsync(It.Is<IncomingMessage>(m => m.Text == "when do they leave Erbil?" && m.IsAddressedToBot), It.IsAny<CancellationToken>()), Times.Once);
        harness.Router.Verify(r => r.HandleAsync(It.Is<IncomingMessage>(m => m.Text == "why?" && m.IsAddressedToBot), It.IsAny<CancellationToken>()), Times.Once);
        Assert.Equal(["You asked: when do they leave Erbil?", "You asked: why?"], harness.Api.SentMessages.Select(m => m.Text));
    }

    [Theory]
    [InlineData("ar", "أقرأ الأسئلة المكتوبة فقط")]
    [InlineData("en", "I can only read text questions")]
    [InlineData(null, "I can only read text questions")]
    public async Task Polling_StickerInPrivate_PoliteTextOnlyReplyInSendersLanguage(string? languageCode, string expected)
    {
        await using var harness = await TelegramHarness.StartAsync();

        await harness.DeliverAsync(Sticker(Chat(42, "private"), User(42, languageCode: languageCode)));

        Assert.Contains(expected, Assert.Single(harness.Api.SentMessages).Text, StringComparison.Ordinal);
        harness.Router.Verify(r => r.HandleAsync(It.IsAny<IncomingMessage>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task Polling_StickerInGroup_Silence()
    {
        await using var harness = await TelegramHarness.StartAsync();

        await harness.DeliverAsync(Sticker(Chat(GroupChatId, "supergroup"), User(7)));

        Assert.Empty(harness.Api.SentMessages);
    }

    [Fact]
    public async Task Polling_EditedMessage_IgnoredAndTheNextUpdateStillAnswered()
    {
        await using var harness = await TelegramHarness.StartAsync();
        var edited = Update("edited_message", Message(Chat(42, "private"), User(42), "when do they leave? (edited)"));
        edited["edited_message"]!["edit_date"] = 1_760_000_100;

        await harness.DeliverAsync(edited, PrivateText("and Erbil?"));

        Assert.Equal("You asked: and Erbil?", Assert.Single(harness.Api.SentMessages).Text);
    }

    [Fact]
    public async Task Polling_RouterThrowsOnOneUpdate_NextUpdateOfTheSameChatAnswered()
    {
        await using var harness = await TelegramHarness.StartAsync();
        harness.Router.Setup(r => r.HandleAsync(It.Is<IncomingMessage>(m => m.Text == "boom"), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new InvalidOperationException("router bug"));

        await harness.DeliverAsync(PrivateText("boom"), PrivateText("after the bug"));

        Assert.Equal("You asked: after the bug", Assert.Single(harness.Api.SentMessages).Text);
        Assert.Contains(harness.Logs.Entries, e => e.EventId.Id == 7011 && e.Level == LogLevel.Error);
    }

    [Fact]
    public async Task Polling_UpdateNumberedBelowTheOffsetAfterAQuietWeek_AnsweredOnce()
    {
        // After a week without updates Telegram numbers the next one at random, here far below the last; an offset kept at
        // the highest id ever seen got that update again at every poll, and its answer was sent again and again.
        await using var harness = await TelegramHarness.StartAsync();
        var first = PrivateText("how many troops?");
        first["update_id"] = 700_000L;
        await harness.DeliverAsync(first);

        harness.Api.RestartNumbering(1_000);
        await harness.DeliverAsync(PrivateText("and Erbil?"));
        await harness.DeliverAsync(PrivateText("thanks"));

        Assert.Equal(["You asked: how many troops?", "You asked: and Erbil?", "You asked: thanks"], harness.Api.SentMessages.Select(m => m.Text));
    }

    [Fact]
    public async Task Polling_UnreadableUpdate_SkippedAndTheNextAnswered()
    {
        await using var harness = await TelegramHarness.StartAsync();

        harness.Api.EnqueueUpdate("""{"message":{"message_id":"not a number","chat":"not an object","date":"x"}}""");
        await harness.DeliverAsync(PrivateText("still there?"));

        Assert.Equal("You asked: still there?", Assert.Single(harness.Api.SentMessages).Text);
        var warning = Assert.Single(harness.Logs.Entries, e => e.EventId.Id == 7010);
        Assert.Null(warning.Exception);
        Assert.Contains("Path: $.message", warning.Message, StringComparison.Ordinal);
        Assert.Contains(harness.Logs.Entries, e => e.EventId.Id == 7030 && e.Exception is not null);
    }

    [Fact]
    public async Task Start_RegistersVisibleCommandsInEnglishAndArabic()
    {
        await using var harness = await TelegramHarness.StartAsync();

        await harness.Api.WaitForArrivalAsync("getUpdates");

        var calls = harness.Api.Calls("setMyCommands");
        Assert.Equal(2, calls.Count);
        var english = Assert.Single(calls, c => c["language_code"] is null);
        var arabic = Assert.Single(calls, c => c["language_code"] == "ar");
        Assert.Equal(["help", "ask"], english.Body["commands"]!.AsArray().Select(c => (string)c!["command"]!));
        Assert.Equal(["help", "ask"], arabic.Body["commands"]!.AsArray().Select(c => (string)c!["command"]!));
        Assert.Equal("How to use the bot", (string)english.Body["commands"]![0]!["description"]!);
        Assert.Equal("طريقة استعمال البوت", (string)arabic.Body["commands"]![0]!["description"]!);
    }

    [Fact]
    public async Task Start_DeletesWebhookKeepingPendingUpdatesBeforePolling()
    {
        await using var harness = await TelegramHarness.StartAsync();

        await harness.Api.WaitForArrivalAsync("getUpdates");

        var deleted = Assert.Single(harness.Api.Calls("deleteWebhook"));
        Assert.NotEqual("true", deleted["drop_pending_updates"]);
    }

    [Fact]
    public async Task Start_WrongToken_FatalMessageAndHostStops()
    {
        var api = await FakeBotApi.StartAsync(token: "999999:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw1");
        await using var harness = await TelegramHarness.StartAsync(api: api, settings: s => s["BotToken"] = FakeBotApi.DefaultToken);

        await harness.StoppingAsync();

        var fatal = Assert.Single(harness.Logs.Entries, e => e.Level == LogLevel.Critical && e.EventId.Id == 7002);
        Assert.Equal("Telegram rejected the bot token; check Telegram__BotToken", fatal.Message);
        Assert.Equal(fatal.Message, harness.Host.Services.GetRequiredService<TelegramHealth>().FatalError);
        Assert.Empty(harness.Api.Calls("getUpdates"));
    }

    [Fact]
    public async Task Polling_Conflict_ClearMessageAndStops()
    {
        var api = await FakeBotApi.StartAsync();
        api.Fail("getUpdates", FakeBotApiError.Conflict, times: null);
        await using var harness = await TelegramHarness.StartAsync(api: api);

        await harness.StoppingAsync();

        var fatal = Assert.Single(harness.Logs.Entries, e => e.Level == LogLevel.Critical && e.EventId.Id == 7008);
        Assert.Contains("another instance is polling", fatal.Message, StringComparison.Ordinal);
        Assert.Single(api.Calls("getUpdates"));
    }

    [Fact]
    public async Task Polling_TransientFailure_BacksOffOnTheTimeProviderThenRecovers()
    {
        var time = new FakeTimeProvider(DateTimeOffset.Parse("2026-11-01T09:00:00Z", CultureInfo.InvariantCulture));
        var api = await FakeBotApi.StartAsync();
        api.Fail("getUpdates", FakeBotApiError.TooManyRequests(3600));
        api.Fail("getUpdates", FakeBotApiError.BadGateway);
        await using var harness = await TelegramHarness.StartAsync(api: api, services: s => s.AddSingleton<TimeProvider>(time));
        var update = api.EnqueueUpdate(PrivateText("are you back?"));

        await api.WaitForCallAsync("getUpdates", r => r.Answered == 429);
        await AdvanceUntilAsync(time, TimeSpan.FromHours(1), () => api.Calls("getUpdates").Count >= 2);
        await AdvanceUntilAsync(time, TimeSpan.FromSeconds(2), () => api.Calls("getUpdates").Count >= 3 || api.SentMessages.Count > 0);
        await harness.HandledAsync(update);

        Assert.Equal("You asked: are you back?", Assert.Single(api.SentMessages).Text);
        var delays = harness.Logs.Entries.Where(e => e.EventId.Id == 7009).Select(e => e.State).ToList();
        Assert.Equal(2, delays.Count);
        Assert.Contains("Delay=01:00:00", delays[0], StringComparison.Ordinal);
        Assert.Contains("Failures=2;", delays[1], StringComparison.Ordinal);
        Assert.Contains("Delay=00:00:02", delays[1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("kicked")]
    [InlineData("left")]
    public async Task Polling_BotRemovedFromChat_LifecycleTold(string status)
    {
        await using var harness = await TelegramHarness.StartAsync();

        await harness.DeliverAsync(MyChatMember(GroupChatId, FakeBotApi.DefaultBotId, status));

        harness.Lifecycle.Verify(l => l.BotRemovedAsync(new ChatAddress(ChatPlatform.Telegram, Group, null), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task Polling_BotPromoted_LifecycleNotTold()
    {
        await using var harness = await TelegramHarness.StartAsync();

        await harness.DeliverAsync(MyChatMember(GroupChatId, FakeBotApi.DefaultBotId, "administrator"));

        harness.Lifecycle.Verify(l => l.BotRemovedAsync(It.IsAny<ChatAddress>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task Polling_GroupMigratedToSupergroup_LifecycleToldOnce()
    {
        await using var harness = await TelegramHarness.StartAsync();
        var migrate = Update("message", Message(Chat(-4242, "group"), User(7), null));
        migrate["message"]!["migrate_to_chat_id"] = -1004242;
        var arrived = Update("message", Message(Chat(-1004242, "supergroup"), User(7), null));
        arrived["message"]!["migrate_from_chat_id"] = -4242;

        await harness.DeliverAsync(migrate, arrived);

        harness.Lifecycle.Verify(l => l.ChatMigratedAsync(new ChatAddress(ChatPlatform.Telegram, "-4242", null), "-1004242", It.IsAny<CancellationToken>()), Times.Once);
        Assert.Empty(harness.Api.SentMessages);
    }

    [Fact]
    public async Task Polling_CallbackQuery_AnsweredAndRoutedWithPayload()
    {
        await using var harness = await TelegramHarness.StartAsync();

        await harness.DeliverAsync(CallbackQuery(Chat(GroupChatId, "supergroup"), 7, "q:erbil", FakeBotApi.DefaultBotId, messageId: 900, queryId: "cb-77"));

        Assert.Equal("cb-77", Assert.Single(harness.Api.Calls("answerCallbackQuery"))["callback_query_id"]);
        harness.Router.Verify(r => r.HandleAsync(It.Is<IncomingMessage>(m => m.ButtonPayload == "q:erbil" && m.Sender!.Id == "7" && m.Chat.ChatId == Group), It.IsAny<CancellationToken>()), Times.Once);
        Assert.Equal(900, Assert.Single(harness.Api.SentMessages).ReplyToMessageId);
    }

    [Fact]
    public async Task Polling_LongToastWithEmojiAtTheLimit_CutBeforeTheEmojiNotInsideIt()
    {
        // Break 31 #5: a cut at MaxToastLength - 1 units split the emoji starting at unit 198 into "�".
        await using var harness = await TelegramHarness.StartAsync();
        var text = new string('a', TelegramUpdateHandler.MaxToastLength - 2) + "😀😀😀 thanks";
        harness.Router.Setup(r => r.HandleAsync(It.IsAny<IncomingMessage>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(TelegramHarness.Answer(text) with { Intent = ReplyComposer.FeedbackIntent });

        await harness.DeliverAsync(CallbackQuery(Chat(42, "private"), 42, "vote:up", FakeBotApi.DefaultBotId, queryId: "cb-toast"));

        var toast = Assert.Single(harness.Api.Calls("answerCallbackQuery"))["text"];
        Assert.Equal(new string('a', TelegramUpdateHandler.MaxToastLength - 2) + "…", toast);
    }

    [Fact]
    public async Task Polling_CallbackQueryWhenRouterFails_StillAnswered()
    {
        await using var harness = await TelegramHarness.StartAsync();
        harness.Router.Setup(r => r.HandleAsync(It.IsAny<IncomingMessage>(), It.IsAny<CancellationToken>())).ThrowsAsync(new InvalidOperationException("forged"));

        await harness.DeliverAsync(CallbackQuery(Chat(42, "private"), 42, "garbage", FakeBotApi.DefaultBotId));

        Assert.Single(harness.Api.Calls("answerCallbackQuery"));
    }

    [Fact]
    public async Task Polling_CallbackQueryUnderChannelPost_AnsweredButNotPostedIntoTheChannel()
    {
        await using var harness = await TelegramHarness.StartAsync();

        await harness.DeliverAsync(CallbackQuery(Chat(ChannelChatId, "channel"), 7, "q:erbil", FakeBotApi.DefaultBotId));

        Assert.Single(harness.Api.Calls("answerCallbackQuery"));
        harness.Router.Verify(r => r.HandleAsync(It.IsAny<IncomingMessage>(), It.IsAny<CancellationToken>()), Times.Never);
        Assert.Empty(harness.Api.SentMessages);
    }

    [Fact]
    public async Task Polling_ReplyRateLimited_SentAgainAfterRetryAfterOnTheTimeProvider()
    {
        var time = new FakeTimeProvider(DateTimeOffset.Parse("2026-11-01T09:00:00Z", CultureInfo.InvariantCulture));
        var api = await FakeBotApi.StartAsync();
        api.Fail("sendMessage", FakeBotApiError.TooManyRequests(20));
        await using var harness = await TelegramHarness.StartAsync(api: api, services: s => s.AddSingleton<TimeProvider>(time));
        api.EnqueueUpdate(PrivateText("when?"));

        await api.WaitForCallAsync("sendMessage", r => r.Answered == 429);
        await AdvanceUntilAsync(time, TimeSpan.FromSeconds(20), () => api.SentMessages.Count == 1);

        Assert.Equal(2, api.Calls("sendMessage").Count);
    }

    [Fact]
    public async Task Polling_GroupBecameASupergroupBeforeTheReply_ReplySentToTheSupergroup()
    {
        const long supergroup = -1001111222333;
        var api = await FakeBotApi.StartAsync();
        api.Fail("sendMessage", FakeBotApiError.Migrated(supergroup), chatId: GroupChatId.ToString(CultureInfo.InvariantCulture));
        await using var harness = await TelegramHarness.StartAsync(api: api);

        await harness.DeliverAsync(GroupText("/help"));
        await api.WaitUntilAsync(() => api.SentMessages.Count == 1, what: "the reply in the supergroup");

        var sent = Assert.Single(api.SentMessages);
        Assert.Equal(supergroup.ToString(CultureInfo.InvariantCulture), sent.ChatId);
        Assert.Null(sent.ReplyToMessageId);
    }

    [Fact]
    public async Task Polling_ForumTopicQuestion_ReplyInTheSameTopic()
    {
        await using var harness = await TelegramHarness.StartAsync();
        var update = GroupText("/help");
        update["message"]!["chat"] = Chat(GroupChatId, "supergroup", isForum: true);
        update["message"]!["message_thread_id"] = 31;
        update["message"]!["is_topic_message"] = true;

        await harness.DeliverAsync(update);

        Assert.Equal(31, Assert.Single(harness.Api.SentMessages).MessageThreadId);
    }

    [Fact]
    public async Task Polling_SlowGroup_DoesNotHoldUpAPrivateChat()
    {
        await using var harness = await TelegramHarness.StartAsync();
        var release = new TaskCompletionSource<Reply?>(TaskCreationOptions.RunContinuationsAsynchronously);
        harness.Router.Setup(r => r.HandleAsync(It.Is<IncomingMessage>(m => m.Kind == ChatKind.Group), It.IsAny<CancellationToken>())).Returns(release.Task);

        harness.Api.EnqueueUpdate(GroupText("/ask@WithdrawalTestBot slow one"));
        harness.Api.EnqueueUpdate(PrivateText("fast one"));

        var sent = await harness.Api.WaitForSentAsync(1);
        Assert.Equal("42", sent[0].ChatId);
        release.SetResult(TelegramHarness.Answer("slow answer"));
        Assert.Equal(2, (await harness.Api.WaitForSentAsync(2)).Count);
    }

    [Fact]
    public async Task Polling_GroupBacklogLargerThanTheSlots_DoesNotHoldUpAPrivateChat()
    {
        // Break 25: 64 updates of one group waiting for its send window held every slot, and a private question waited minutes.
        await using var harness = await TelegramHarness.StartAsync();
        var release = new TaskCompletionSource<Reply?>(TaskCreationOptions.RunContinuationsAsynchronously);
        harness.Router.Setup(r => r.HandleAsync(It.Is<IncomingMessage>(m => m.Kind == ChatKind.Group), It.IsAny<CancellationToken>())).Returns(release.Task);

        for (var i = 0; i < WithdrawalBot.Telegram.Updates.UpdateDispatcher.MaxInFlight + 10; i++)
        {
            harness.Api.EnqueueUpdate(GroupText($"/ask@WithdrawalTestBot question {i}"));
        }

        harness.Api.EnqueueUpdate(PrivateText("fast one"));

        var sent = await harness.Api.WaitForSentAsync(1);
        Assert.Equal("42", sent[0].ChatId);
        release.SetResult(TelegramHarness.Answer("slow answer"));
        // The group's answers then go out in its own order, at its send window's pace (20 a minute).
        var answers = await harness.Api.WaitForSentAsync(3);
        Assert.All(answers.Skip(1), m => Assert.Equal(Group, m.ChatId));
    }

    [Fact]
    public async Task Polling_GroupFloodedBeyondEveryQueue_PrivateChatStillAnsweredAndTheFloodDroppedWithOneWarning()
    {
        // Break 27: one raided group with 4,096 updates waiting filled the shared queue, and every other chat waited for it.
        await using var harness = await TelegramHarness.StartAsync();
        var release = new TaskCompletionSource<Reply?>(TaskCreationOptions.RunContinuationsAsynchronously);
        harness.Router.Setup(r => r.HandleAsync(It.Is<IncomingMessage>(m => m.Kind == ChatKind.Group), It.IsAny<CancellationToken>())).Returns(release.Task);
        const int flood = UpdateDispatcher.MaxQueued + 10;
        for (var i = 0; i < flood; i++)
        {
            harness.Api.EnqueueUpdate(GroupText($"/ask@WithdrawalTestBot spam {i}"));
        }

        harness.Api.EnqueueUpdate(PrivateText("fast one"));

        var sent = await harness.Api.WaitForSentAsync(1);
        Assert.Equal("42", sent[0].ChatId);
        release.SetResult(null);
        await harness.Api.WaitUntilAsync(() => harness.Logs.Entries.Any(e => e.EventId.Id == 7039));

        var groupQuestions = harness.Router.Invocations.Count(call => call.Method.Name == "HandleAsync" && call.Arguments[0] is IncomingMessage { Kind: ChatKind.Group });
        Assert.Equal(UpdateDispatcher.MaxQueuedPerChat, groupQuestions);
        var warning = Assert.Single(harness.Logs.Entries, e => e.EventId.Id == 7038);
        Assert.Equal(LogLevel.Warning, warning.Level);
        Assert.Contains(Group, warning.Message, StringComparison.Ordinal);
        var caughtUp = Assert.Single(harness.Logs.Entries, e => e.EventId.Id == 7039);
        Assert.Contains($"{flood - UpdateDispatcher.MaxQueuedPerChat} of its update(s) were dropped", caughtUp.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HealthCheck_AfterPolling_HealthyAfterFatal_Unhealthy()
    {
        await using var healthy = await TelegramHarness.StartAsync();
        await healthy.Api.WaitUntilAsync(() => healthy.Host.Services.GetRequiredService<TelegramHealth>().Current.Ok == true);
        var report = await healthy.Host.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync();
        Assert.Equal(HealthStatus.Healthy, report.Entries["telegram"].Status);

        var api = await FakeBotApi.StartAsync(token: "999999:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw1");
        await using var rejected = await TelegramHarness.StartAsync(api: api, settings: s => s["BotToken"] = FakeBotApi.DefaultToken);
        await rejected.StoppingAsync();
        var failed = await rejected.Host.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync();
        Assert.Equal(HealthStatus.Unhealthy, failed.Entries["telegram"].Status);
    }

    [Fact]
    public async Task HealthCheck_EveryReplyFailingToSend_DegradedNamingTheCauseUntilOneGoesThrough()
    {
        await using var harness = await TelegramHarness.StartAsync();
        var health = harness.Host.Services.GetRequiredService<HealthCheckService>();
        harness.Api.Fail("sendMessage", FakeBotApiError.BadGateway, times: null);

        for (var user = 1; user <= SendFailureStreak.Threshold; user++)
        {
            harness.Api.EnqueueUpdate(PrivateText($"question {user}", userId: 600 + user));
        }

        var sends = harness.Host.Services.GetRequiredService<TelegramHealth>().Sends;
        await harness.Api.WaitUntilAsync(() => sends.Count >= SendFailureStreak.Threshold);
        var failing = (await health.CheckHealthAsync()).Entries[TelegramHealthCheck.Name];
        harness.Api.ClearFailures();
        harness.Api.EnqueueUpdate(PrivateText("one more", userId: 700));
        await harness.Api.WaitForSentAsync(1);
        await harness.Api.WaitUntilAsync(() => sends.Count == 0);
        var recovered = (await health.CheckHealthAsync()).Entries[TelegramHealthCheck.Name];

        Assert.Equal(HealthStatus.Degraded, failing.Status);
        Assert.Contains("replies failed to send", failing.Description, StringComparison.Ordinal);
        Assert.Contains("502", failing.Description, StringComparison.Ordinal);
        Assert.Equal(HealthStatus.Healthy, recovered.Status);
    }

    [Theory]
    [InlineData(403, "Forbidden: bot was blocked by the user")]
    [InlineData(400, "Bad Request: not enough rights to send text messages to the chat")] // break 27: one muted group made the bot Degraded
    [InlineData(400, "Bad Request: TOPIC_CLOSED")]
    public async Task HealthCheck_SendsThatChatsRefused_StayHealthy(int code, string description)
    {
        await using var harness = await TelegramHarness.StartAsync();
        harness.Api.Fail("sendMessage", new FakeBotApiError(code, description), times: null);

        for (var user = 1; user <= SendFailureStreak.Threshold + 2; user++)
        {
            harness.Api.EnqueueUpdate(PrivateText($"question {user}", userId: 600 + user));
        }

        await harness.Api.WaitUntilAsync(() => harness.Api.Calls("sendMessage").Count >= SendFailureStreak.Threshold + 2);
        var report = await harness.Host.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync();

        Assert.Equal(HealthStatus.Healthy, report.Entries[TelegramHealthCheck.Name].Status);
    }

    [Fact]
    public async Task Stop_WithUpdatesStillQueued_SaysHowManyWentUnanswered()
    {
        // Break 25: a shutdown during a group's backlog dropped questions Telegram counts as delivered, and said nothing.
        var harness = await TelegramHarness.StartAsync();
        harness.Router.Setup(r => r.HandleAsync(It.Is<IncomingMessage>(m => m.Kind == ChatKind.Group), It.IsAny<CancellationToken>()))
            .Returns(async (IncomingMessage _, CancellationToken token) =>
            {
                await Task.Delay(Timeout.Infinite, token);
                return null;
            });
        for (var i = 0; i < 3; i++)
        {
            harness.Api.EnqueueUpdate(GroupText($"/ask@WithdrawalTestBot question {i}"));
        }

        for (var waited = 0; waited < 200 && !harness.Router.Invocations.Any(call => call.Method.Name == "HandleAsync"); waited++)
        {
            await Task.Delay(50);
        }

        await harness.DisposeAsync();

        var warning = Assert.Single(harness.Logs.Entries, e => e.EventId.Id == 7031);
        Assert.Equal(LogLevel.Warning, warning.Level);
        Assert.Contains("3 update(s)", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Restart_AfterAStopLeftAGroupBacklogTelegramCountsDelivered_AnswersItAtTheNextStartInOrder()
    {
        // A group's backlog at SIGTERM was taken from Telegram (confirmed by the next getUpdates) and never answered.
        using var database = BotDatabase.InMemory();
        var store = new LiteDbPendingUpdateStore(database);
        var api = await FakeBotApi.StartAsync();
        var first = await TelegramHarness.StartAsync(api: api, services: s => s.AddSingleton<IPendingUpdateStore>(store));
        first.Router.Setup(r => r.HandleAsync(It.Is<IncomingMessage>(m => m.Kind == ChatKind.Group), It.IsAny<CancellationToken>()))
            .Returns(async (IncomingMessage _, CancellationToken token) =>
            {
                await Task.Delay(Timeout.Infinite, token);
                return null;
            });
        long last = 0;
        for (var i = 0; i < 3; i++)
        {
            last = api.EnqueueUpdate(GroupText($"/ask@WithdrawalTestBot question {i}"));
        }

        await api.WaitForConfirmedAsync(last);
        await first.Host.StopAsync();
        first.Host.Dispose();
        Assert.Empty(api.SentMessages);

        await using var second = await TelegramHarness.StartAsync(api: api, services: s => s.AddSingleton<IPendingUpdateStore>(store));
        var sent = await api.WaitForSentAsync(3);

        Assert.Equal(["question 0", "question 1", "question 2"], sent.Select(m => m.Text[(m.Text.IndexOf("question", StringComparison.Ordinal))..]));
        Assert.All(sent, m => Assert.Equal(Group, m.ChatId));
        Assert.Contains(first.Logs.Entries, e => e.EventId.Id == 7033 && e.Message.Contains("kept 3", StringComparison.Ordinal));
        await second.Host.Services.GetRequiredService<UpdateDispatcher>().WhenIdleAsync();
        Assert.Empty(await store.ListAsync(Core.Messages.ChatPlatform.Telegram, CancellationToken.None));
    }

    [Fact]
    public async Task Restart_AfterAStopCutAnAnswerTelegramHadPosted_DoesNotPostItAgain()
    {
        // Break 32 #4: an answer on the wire when the stop's grace ended was cancelled, kept and replayed: posted twice.
        using var database = BotDatabase.InMemory();
        var store = new LiteDbPendingUpdateStore(database);
        var api = await FakeBotApi.StartAsync();
        var first = await TelegramHarness.StartAsync(api: api, services: s => s.AddSingleton<IPendingUpdateStore>(store));
        api.Stall("sendMessage", TimeSpan.FromSeconds(30));
        api.EnqueueUpdate(PrivateText("question on the wire", userId: 901));
        await api.WaitForSentAsync(1);
        await first.Host.StopAsync();
        first.Host.Dispose();
        api.Stall("sendMessage", TimeSpan.Zero);

        await using var second = await TelegramHarness.StartAsync(api: api, services: s => s.AddSingleton<IPendingUpdateStore>(store));
        var control = api.EnqueueUpdate(PrivateText("question after the restart", userId: 902));
        await second.HandledAsync(control);

        Assert.Equal(["You asked: question on the wire", "You asked: question after the restart"], api.SentMessages.Select(m => m.Text));
        Assert.Contains(first.Logs.Entries, e => e.EventId.Id == 7042);
        Assert.DoesNotContain(first.Logs.Entries, e => e.EventId.Id == 7033);
        Assert.Empty(await store.ListAsync(Core.Messages.ChatPlatform.Telegram, CancellationToken.None));
    }

    [Fact]
    public async Task Backlog_WhileQueuedOrBeingAnswered_IsAlreadyInTheStoreSoACrashLosesNone()
    {
        // Break 27: the backlog was written only at a graceful stop, so kill -9 (an OOM kill, docker kill) lost it.
        using var database = BotDatabase.InMemory();
        var store = new LiteDbPendingUpdateStore(database);
        await using var harness = await TelegramHarness.StartAsync(services: s => s.AddSingleton<IPendingUpdateStore>(store));
        var release = new TaskCompletionSource();
        harness.Router.Setup(r => r.HandleAsync(It.Is<IncomingMessage>(m => m.Kind == ChatKind.Group), It.IsAny<CancellationToken>()))
            .Returns(async (IncomingMessage message, CancellationToken token) =>
            {
                await release.Task.WaitAsync(token);
                return TelegramHarness.Answer("answered " + message.Text);
            });
        long last = 0;
        for (var i = 0; i < 3; i++)
        {
            last = harness.Api.EnqueueUpdate(GroupText($"/ask@WithdrawalTestBot question {i}"));
        }

        await harness.Api.WaitForConfirmedAsync(last);
        var whileRunning = await store.ListAsync(Core.Messages.ChatPlatform.Telegram, CancellationToken.None);
        release.SetResult();
        await harness.Api.WaitForSentAsync(3);
        await harness.Host.Services.GetRequiredService<UpdateDispatcher>().WhenIdleAsync();

        Assert.Equal(3, whileRunning.Count);
        Assert.Contains("question 0", whileRunning[0].Json, StringComparison.Ordinal);
        Assert.Empty(await store.ListAsync(Core.Messages.ChatPlatform.Telegram, CancellationToken.None));
    }

    [Fact]
    public async Task Replay_KeptUpdatesStayInTheStoreUntilEachIsAnswered_AndOneTelegramDeliversAgainIsNotAnsweredTwice()
    {
        // Break 27: the replay deleted every kept update before answering the first (a crash then lost them all), and a
        // stop while getUpdates failed left the same updates kept and delivered again by Telegram: each answered twice.
        using var database = BotDatabase.InMemory();
        var store = new LiteDbPendingUpdateStore(database);
        List<JsonObject> kept = [];
        foreach (var id in new[] { 40L, 41L })
        {
            kept.Add(await KeepAsync(store, GroupText($"/ask@WithdrawalTestBot kept question {id}"), id, TimeSpan.FromMinutes(5)));
        }

        var api = await FakeBotApi.StartAsync();
        api.EnqueueUpdate(kept[0].DeepClone().AsObject());
        api.EnqueueUpdate(kept[1].DeepClone().AsObject());
        var release = new TaskCompletionSource();
        await using var harness = await TelegramHarness.StartAsync(api: api, services: s => s.AddSingleton<IPendingUpdateStore>(store), start: false);
        harness.Router.Setup(r => r.HandleAsync(It.IsAny<IncomingMessage>(), It.IsAny<CancellationToken>()))
            .Returns(async (IncomingMessage message, CancellationToken token) =>
            {
                await release.Task.WaitAsync(token);
                return TelegramHarness.Answer("answered " + message.Text);
            });
        await harness.Host.StartAsync();
        await api.WaitForConfirmedAsync(41);
        var duringReplay = await store.ListAsync(Core.Messages.ChatPlatform.Telegram, CancellationToken.None);
        release.SetResult();
        await api.WaitForSentAsync(2);
        await harness.Host.Services.GetRequiredService<UpdateDispatcher>().WhenIdleAsync();

        Assert.Equal([40L, 41L], duringReplay.Select(u => u.Id));
        Assert.Equal(2, api.SentMessages.Count);
        Assert.Empty(await store.ListAsync(Core.Messages.ChatPlatform.Telegram, CancellationToken.None));
    }

    [Fact]
    public async Task Start_WithUpdatesKeptMoreThanADayAgo_DropsThemAndAnswersTheFreshOnes()
    {
        using var database = BotDatabase.InMemory();
        var store = new LiteDbPendingUpdateStore(database);
        await KeepAsync(store, PrivateText("kept two days ago", userId: 802), 4, TimeSpan.FromDays(2));
        await KeepAsync(store, PrivateText("kept an hour ago", userId: 801), 5, TimeSpan.FromHours(1));

        await using var harness = await TelegramHarness.StartAsync(services: s => s.AddSingleton<IPendingUpdateStore>(store));
        var sent = await harness.Api.WaitForSentAsync(1);
        await harness.Host.Services.GetRequiredService<UpdateDispatcher>().WhenIdleAsync();

        Assert.Equal("You asked: kept an hour ago", Assert.Single(harness.Api.SentMessages).Text);
        Assert.Contains(harness.Logs.Entries, e => e.EventId.Id == 7035 && e.Message.Contains("1 update(s)", StringComparison.Ordinal) && e.Message.Contains("1 older than a day", StringComparison.Ordinal));
        Assert.Empty(await store.ListAsync(Core.Messages.ChatPlatform.Telegram, CancellationToken.None));
    }

    [Fact]
    public async Task Start_WithUpdatesKeptForAnotherBot_AnswersOnlyItsOwn()
    {
        // Break 27: after the token was changed to another bot's, that bot answered the old bot's kept questions in its groups.
        using var database = BotDatabase.InMemory();
        var store = new LiteDbPendingUpdateStore(database);
        var me = FakeBotApi.DefaultBotId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        await KeepAsync(store, PrivateText("kept for the old bot", userId: 812), 6, TimeSpan.FromMinutes(5), receivedBy: "999");
        await KeepAsync(store, PrivateText("kept for me", userId: 811), 7, TimeSpan.FromMinutes(5), receivedBy: me);

        await using var harness = await TelegramHarness.StartAsync(services: s => s.AddSingleton<IPendingUpdateStore>(store));
        await harness.Api.WaitForSentAsync(1);
        await harness.Host.Services.GetRequiredService<UpdateDispatcher>().WhenIdleAsync();

        Assert.Equal("You asked: kept for me", Assert.Single(harness.Api.SentMessages).Text);
        Assert.Contains(harness.Logs.Entries, e => e.EventId.Id == 7037 && e.Message.Contains("another bot (id 999", StringComparison.Ordinal));
        Assert.Equal([6L], (await store.ListAsync(Core.Messages.ChatPlatform.Telegram, CancellationToken.None)).Select(u => u.Id));
    }

    [Fact]
    public async Task Stop_AfterAnUpdateHandledButNotYetConfirmed_ConfirmsItSoARestartDoesNotAnswerItAgain()
    {
        // Break 25: updates answered after the last getUpdates were delivered (and answered) again after a restart.
        var harness = await TelegramHarness.StartAsync();
        await harness.Api.WaitForArrivalAsync("getUpdates");
        harness.Api.Fail("getUpdates", FakeBotApiError.BadGateway, times: 1);
        var id = harness.Api.EnqueueUpdate(PrivateText("how many troops are in iraq?"));
        await harness.Api.WaitForSentAsync(1);

        await harness.Host.StopAsync();

        var confirm = harness.Api.Calls("getUpdates")[^1];
        Assert.Equal("0", confirm["timeout"]);
        Assert.Equal((id + 1).ToString(CultureInfo.InvariantCulture), confirm["offset"]);
        await harness.DisposeAsync();
    }

    [Fact]
    public async Task Stop_WhilePolling_EndsQuietly()
    {
        var harness = await TelegramHarness.StartAsync();
        await harness.Api.WaitForArrivalAsync("getUpdates");

        await harness.DisposeAsync();

        Assert.DoesNotContain(harness.Logs.Entries, e => e.Level >= LogLevel.Error);
        Assert.Contains(harness.Logs.Entries, e => e.EventId.Id == 7025);
    }

    private static async Task AdvanceUntilAsync(FakeTimeProvider time, TimeSpan step, Func<bool> condition)
    {
        for (var i = 0; i < 50 && !condition(); i++)
        {
            time.Advance(step);
            for (var j = 0; j < 20 && !condition(); j++)
            {
                await Task.Delay(10);
            }
        }

        Assert.True(condition());
    }
}
