using WithdrawalBot.Core.Messages;
using WithdrawalBot.Core.Storage;

namespace WithdrawalBot.Storage.Tests;

public sealed class LiteDbPendingUpdateStoreTests
{
    private static readonly DateTimeOffset Arrived = new(2026, 12, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task ListAsync_AfterARestart_ThePlatformsUnansweredUpdatesLowestIdFirst_TheAnsweredOneGone()
    {
        using var folder = new TempFolder();
        using (var database = BotDatabase.Open(folder.Path))
        {
            var store = new LiteDbPendingUpdateStore(database);
            await store.AddAsync(new PendingUpdate(ChatPlatform.Telegram, 12, """{"update_id":12}""", Arrived, ReceivedBy: "123456789"), CancellationToken.None);
            await store.AddAsync(new PendingUpdate(ChatPlatform.Telegram, 10, """{"update_id":10}""", Arrived), CancellationToken.None);
            await store.AddAsync(new PendingUpdate(ChatPlatform.Telegram, 11, """{"update_id":11}""", Arrived), CancellationToken.None);
            await store.AddAsync(new PendingUpdate(ChatPlatform.Discord, 10, "{}", Arrived), CancellationToken.None);
            await store.RemoveAsync(ChatPlatform.Telegram, 11, CancellationToken.None);
        }

        using var reopened = BotDatabase.Open(folder.Path);
        var kept = new LiteDbPendingUpdateStore(reopened);
        var left = await kept.ListAsync(ChatPlatform.Telegram, CancellationToken.None);

        Assert.Equal([10L, 12L], left.Select(u => u.Id));
        Assert.Equal("""{"update_id":10}""", left[0].Json);
        Assert.Equal(Arrived, left[0].SavedAt);
        Assert.Null(left[0].ReceivedBy);
        Assert.Equal("123456789", left[1].ReceivedBy);
        Assert.Equal(left, await kept.ListAsync(ChatPlatform.Telegram, CancellationToken.None));
        Assert.Single(await kept.ListAsync(ChatPlatform.Discord, CancellationToken.None));
    }

    [Fact]
    public async Task AddAsync_TheSameUpdateAgain_KeepsTheFirstArrivalTime()
    {
        // Break 27: the day an update may wait restarted at every stop, so a kept question was answered two days late.
        using var folder = new TempFolder();
        using var database = BotDatabase.Open(folder.Path);
        var store = new LiteDbPendingUpdateStore(database);

        await store.AddAsync(new PendingUpdate(ChatPlatform.Telegram, 10, "{}", Arrived), CancellationToken.None);
        await store.AddAsync(new PendingUpdate(ChatPlatform.Telegram, 10, "{}", Arrived.AddHours(20)), CancellationToken.None);

        Assert.Equal(Arrived, Assert.Single(await store.ListAsync(ChatPlatform.Telegram, CancellationToken.None)).SavedAt);
    }
}
