using Microsoft.Extensions.DependencyInjection;
using Moq;
using WithdrawalBot.Core.Messages;
using WithdrawalBot.Core.Storage;
using WithdrawalBot.Storage;
using WithdrawalBot.Telegram.Tests.Fakes;
using WithdrawalBot.Telegram.Updates;
using static WithdrawalBot.Telegram.Tests.Fakes.TelegramUpdates;

namespace WithdrawalBot.Telegram.Tests.Updates;

/// <summary>
/// Break 33 #8: with privacy mode off (for @mentions) the bot receives every message of its groups, and every one was
/// written to the database's pending updates before it was found to be chatter not meant for the bot. Only what the bot
/// acts on is kept now; what is for it is still kept until answered, so a crash loses none.
/// </summary>
public sealed class KeptUpdatesPrivacyTests
{
    [Fact]
    public async Task GroupChatterAndEdits_NeverWrittenToTheStore_WhatIsForTheBotIsKeptUntilAnswered()
    {
        using var database = BotDatabase.InMemory();
        var store = new LiteDbPendingUpdateStore(database);
        await using var harness = await TelegramHarness.StartAsync(services: s => s.AddSingleton<IPendingUpdateStore>(store));
        var release = new TaskCompletionSource();
        harness.Router.Setup(r => r.HandleAsync(It.Is<IncomingMessage>(m => m.Kind == ChatKind.Group || m.Kind == ChatKind.Channel), It.IsAny<CancellationToken>()))
            .Returns(async (IncomingMessage message, CancellationToken token) =>
            {
                await release.Task.WaitAsync(token);
                return TelegramHarness.Answer("answered " + message.Text);
            });
        var replyToBot = Message(Chat(GroupChatId, "supergroup"), User(9), "and Erbil?");
        replyToBot["reply_to_message"] = Message(Chat(GroupChatId, "supergroup"), User(FakeBotApi.DefaultBotId, "Withdrawal Bot", null, isBot: true), "An earlier answer");

        harness.Api.EnqueueUpdate(GroupText("my secret chatter ZQXMARKER123 not for the bot"));
        var ask = harness.Api.EnqueueUpdate(GroupText("/ask@WithdrawalTestBot how many troops are in iraq?"));
        harness.Api.EnqueueUpdate(GroupText("another private message PRIVMARK987 between members", userId: 8));
        harness.Api.EnqueueUpdate(Update("edited_message", Message(Chat(GroupChatId, "supergroup"), User(8), "an edited secret EDITMARK555")));
        // Break 35 #11: a channel post mentioning the bot is no command, which is all the bot answers in a channel.
        harness.Api.EnqueueUpdate(Update("channel_post", Message(Chat(ChannelChatId, "channel"), null, "@WithdrawalTestBot our digest CHANMARK777")));
        var mention = harness.Api.EnqueueUpdate(GroupText("@WithdrawalTestBot when do they leave?"));
        var reply = harness.Api.EnqueueUpdate(Update("message", replyToBot));
        var removed = harness.Api.EnqueueUpdate(MyChatMember(-1005550001, FakeBotApi.DefaultBotId, "kicked"));
        await harness.Api.WaitForConfirmedAsync(removed);
        var whileRunning = await store.ListAsync(ChatPlatform.Telegram, CancellationToken.None);
        release.SetResult();
        await harness.Api.WaitForSentAsync(3);
        await harness.Host.Services.GetRequiredService<UpdateDispatcher>().WhenIdleAsync();

        Assert.Equal([ask, mention, reply], whileRunning.Select(u => u.Id).Where(id => id != removed));
        Assert.All(whileRunning, u => Assert.DoesNotContain("MARK", u.Json, StringComparison.Ordinal));
        Assert.Empty(await store.ListAsync(ChatPlatform.Telegram, CancellationToken.None));
    }
}
