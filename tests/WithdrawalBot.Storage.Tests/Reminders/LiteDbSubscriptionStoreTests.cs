using WithdrawalBot.Core.Languages;
using WithdrawalBot.Core.Messages;
using WithdrawalBot.Core.Reminders;
using WithdrawalBot.Storage.Reminders;

namespace WithdrawalBot.Storage.Tests.Reminders;

public sealed class LiteDbSubscriptionStoreTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 29, 15, 30, 0, TimeSpan.FromHours(3));

    private static Subscription Make(string chatId, string? thread = null, bool active = true) =>
        new(Subscription.NewId(), new ChatAddress(ChatPlatform.Telegram, chatId, thread), ChatKind.Group, Language.Arabic, [7, 1], "u1", At, active);

    [Fact]
    public async Task SaveAsync_ThenReopen_ReadsBackEveryFieldWithUtcTime()
    {
        using var folder = new TempFolder();
        var subscription = Make("-1001", "55");
        using (var database = BotDatabase.Open(folder.Path))
        {
            await new LiteDbSubscriptionStore(database).SaveAsync(subscription, CancellationToken.None);
        }

        using var reopened = BotDatabase.Open(folder.Path);
        var read = await new LiteDbSubscriptionStore(reopened).GetAsync(subscription.Chat, CancellationToken.None);

        Assert.NotNull(read);
        Assert.Equal(subscription.Id, read.Id);
        Assert.Equal(subscription.Chat, read.Chat);
        Assert.Equal([7, 1], read.LeadDays);
        Assert.Equal(At, read.SubscribedAt);
        Assert.Equal(TimeSpan.Zero, read.SubscribedAt.Offset);
        Assert.Equal(ChatKind.Group, read.Kind);
        Assert.Equal("u1", read.SubscribedBy);
    }

    [Fact]
    public async Task GetAsync_SameChatOtherThread_IsADifferentSubscription()
    {
        using var database = BotDatabase.InMemory();
        var store = new LiteDbSubscriptionStore(database);
        await store.SaveAsync(Make("-1001", "55"), CancellationToken.None);

        Assert.Null(await store.GetAsync(new ChatAddress(ChatPlatform.Telegram, "-1001"), CancellationToken.None));
        Assert.Null(await store.GetAsync(new ChatAddress(ChatPlatform.Telegram, "-1001", "56"), CancellationToken.None));
    }

    [Fact]
    public async Task SaveAsync_SecondSubscriptionForSameAddress_Throws()
    {
        using var database = BotDatabase.InMemory();
        var store = new LiteDbSubscriptionStore(database);
        await store.SaveAsync(Make("-1001"), CancellationToken.None);

        await Assert.ThrowsAsync<InvalidOperationException>(() => store.SaveAsync(Make("-1001"), CancellationToken.None));
    }

    [Fact]
    public async Task DeactivateAsync_WholeChat_DeactivatesEveryThread()
    {
        using var database = BotDatabase.InMemory();
        var store = new LiteDbSubscriptionStore(database);
        await store.SaveAsync(Make("-1001"), CancellationToken.None);
        await store.SaveAsync(Make("-1001", "55"), CancellationToken.None);
        await store.SaveAsync(Make("-1002"), CancellationToken.None);

        var count = await store.DeactivateAsync(new ChatAddress(ChatPlatform.Telegram, "-1001"), CancellationToken.None);

        Assert.Equal(2, count);
        Assert.Equal(["-1002"], (await store.ListActiveAsync(CancellationToken.None)).Select(s => s.Chat.ChatId));
        Assert.Equal(1, await store.CountActiveAsync(CancellationToken.None));
    }

    [Fact]
    public async Task DeactivateAsync_OneThread_LeavesTheChatActive()
    {
        using var database = BotDatabase.InMemory();
        var store = new LiteDbSubscriptionStore(database);
        await store.SaveAsync(Make("-1001"), CancellationToken.None);
        await store.SaveAsync(Make("-1001", "55"), CancellationToken.None);

        await store.DeactivateAsync(new ChatAddress(ChatPlatform.Telegram, "-1001", "55"), CancellationToken.None);

        Assert.Equal([null], (await store.ListActiveAsync(CancellationToken.None)).Select(s => s.Chat.ThreadId));
    }

    [Fact]
    public async Task MoveChatAsync_KeepsIdsAndMovesThreads_OnlyOnce()
    {
        using var database = BotDatabase.InMemory();
        var store = new LiteDbSubscriptionStore(database);
        var main = Make("-1001");
        var topic = Make("-1001", "55");
        await store.SaveAsync(main, CancellationToken.None);
        await store.SaveAsync(topic, CancellationToken.None);

        var moved = await store.MoveChatAsync(ChatPlatform.Telegram, "-1001", "-1009", CancellationToken.None);
        var again = await store.MoveChatAsync(ChatPlatform.Telegram, "-1001", "-1009", CancellationToken.None);

        Assert.Equal(2, moved);
        Assert.Equal(0, again);
        Assert.Equal(main.Id, (await store.GetAsync(new ChatAddress(ChatPlatform.Telegram, "-1009"), CancellationToken.None))?.Id);
        Assert.Equal(topic.Id, (await store.GetAsync(new ChatAddress(ChatPlatform.Telegram, "-1009", "55"), CancellationToken.None))?.Id);
        Assert.Null(await store.GetAsync(main.Chat, CancellationToken.None));
    }

    [Fact]
    public async Task MoveChatAsync_TargetAlreadySubscribed_KeepsTargetAndDropsOld()
    {
        using var database = BotDatabase.InMemory();
        var store = new LiteDbSubscriptionStore(database);
        var old = Make("-1001");
        var existing = Make("-1009");
        await store.SaveAsync(old, CancellationToken.None);
        await store.SaveAsync(existing, CancellationToken.None);

        await store.MoveChatAsync(ChatPlatform.Telegram, "-1001", "-1009", CancellationToken.None);

        Assert.Null(await store.GetByIdAsync(old.Id, CancellationToken.None));
        Assert.Equal(existing.Id, (await store.GetAsync(existing.Chat, CancellationToken.None))?.Id);
    }
}
