using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Moq;
using WithdrawalBot.Core.Messages;
using WithdrawalBot.Core.Replies;
using WithdrawalBot.Telegram.Tests.Fakes;
using WithdrawalBot.Telegram.Updates;
using static WithdrawalBot.Telegram.Tests.Fakes.TelegramUpdates;

namespace WithdrawalBot.Telegram.Tests.Updates;

/// <summary>
/// Break 33 #3: a button tap in a busy group waited behind the group's whole backlog (replies go out at 20 a minute) before
/// answerCallbackQuery, long after Telegram stops taking the answer; the button kept spinning. The tap is now acknowledged
/// within <see cref="CallbackAcknowledger.Deadline"/> however long the chat's queue is; what it posts still waits its turn.
/// </summary>
public sealed class CallbackAcknowledgementTests
{
    private static readonly DateTimeOffset Start = DateTimeOffset.Parse("2026-11-01T09:00:00Z", CultureInfo.InvariantCulture);

    [Fact]
    public async Task TapBehindABusyChatsBacklog_AcknowledgedAtTheDeadline_ThenHandledInItsTurnWithoutASecondAnswer()
    {
        var time = new FakeTimeProvider(Start);
        var backlog = new TaskCompletionSource<Reply?>(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var harness = await TelegramHarness.StartAsync(services: s => s.AddSingleton<TimeProvider>(time));
        harness.Router.Setup(r => r.HandleAsync(It.Is<IncomingMessage>(m => m.ButtonPayload == null), It.IsAny<CancellationToken>())).Returns(() => backlog.Task);
        harness.Router.Setup(r => r.HandleAsync(It.Is<IncomingMessage>(m => m.ButtonPayload != null), It.IsAny<CancellationToken>()))
            .ReturnsAsync(TelegramHarness.Answer("Thanks for the feedback!") with { Intent = ReplyComposer.FeedbackIntent });

        // An earlier question of the group is still being answered (the group's send window, a slow router).
        harness.Api.EnqueueUpdate(GroupText("/ask how many troops in iraq"));
        await harness.Api.WaitUntilAsync(() => harness.Router.Invocations.Count(i => i.Method.Name == "HandleAsync") == 1);
        var tap = harness.Api.EnqueueUpdate(CallbackQuery(Chat(GroupChatId, "supergroup"), 8, "fb:+:us-troops:en", FakeBotApi.DefaultBotId, queryId: "cb-busy"));
        await harness.Api.WaitForConfirmedAsync(tap);
        Assert.Empty(harness.Api.Calls("answerCallbackQuery"));

        await AdvanceUntilAsync(time, CallbackAcknowledger.Deadline, () => harness.Api.Calls("answerCallbackQuery").Count == 1);

        var early = Assert.Single(harness.Api.Calls("answerCallbackQuery"));
        Assert.Equal("cb-busy", early["callback_query_id"]);
        Assert.Null(early["text"]);
        Assert.Equal(1, harness.Router.Invocations.Count(i => i.Method.Name == "HandleAsync")); // the tap has not had its turn yet

        backlog.SetResult(TelegramHarness.Answer("About 2,500."));
        await harness.HandledAsync(tap);

        // Its turn came: the vote is counted; the answer was given already, so no second one (Telegram would refuse it).
        harness.Router.Verify(r => r.HandleAsync(It.Is<IncomingMessage>(m => m.ButtonPayload == "fb:+:us-troops:en"), It.IsAny<CancellationToken>()), Times.Once);
        Assert.Single(harness.Api.Calls("answerCallbackQuery"));
        Assert.Equal("About 2,500.", Assert.Single(harness.Api.SentMessages).Text);
    }

    [Fact]
    public async Task TapInAnIdleChat_AnsweredInItsTurnWithItsToast_NoEarlyAnswerLater()
    {
        var time = new FakeTimeProvider(Start);
        await using var harness = await TelegramHarness.StartAsync(services: s => s.AddSingleton<TimeProvider>(time));
        harness.Router.Setup(r => r.HandleAsync(It.IsAny<IncomingMessage>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(TelegramHarness.Answer("Thanks for the feedback!") with { Intent = ReplyComposer.FeedbackIntent });

        await harness.DeliverAsync(CallbackQuery(Chat(GroupChatId, "supergroup"), 8, "fb:+:us-troops:en", FakeBotApi.DefaultBotId, queryId: "cb-idle"));
        time.Advance(CallbackAcknowledger.Deadline * 2);
        await Task.Delay(100);

        var answer = Assert.Single(harness.Api.Calls("answerCallbackQuery"));
        Assert.Equal("Thanks for the feedback!", answer["text"]);
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
