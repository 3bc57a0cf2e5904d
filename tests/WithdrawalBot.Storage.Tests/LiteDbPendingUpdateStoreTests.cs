using WithdrawalBot.Core.Messages;
using WithdrawalBot.Core.Storage;

namespace WithdrawalBot.Storage.Tests;

public sealed class LiteDbPendingUpdateStoreTests
{
    private static readonly DateTimeOffset Stopped = new(2026, 12, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task TakeAllAsync_AfterARestart_ReturnsThePlatformsUpdatesLowestIdFirstOnceAndKeepsTheOthers()
    {
        using var folder = new TempFolder();
        using (var database = BotDatabase.Open(folder.Path))
        {
            await new LiteDbPendingUpdateStore(database).SaveAsync(
                [
                    new PendingUpdate(ChatPlatform.Telegram, 12, """{"update_id":12}""", Stopped),
                    new PendingUpdate(ChatPlatform.Telegram, 10, """{"update_id":10}""", Stopped),
                    new PendingUpdate(ChatPlatform.Discord, 10, "{}", Stopped),
                ],
                CancellationToken.None);
        }

        using var reopened = BotDatabase.Open(folder.Path);
        var store = new LiteDbPendingUpdateStore(reopened);
        var taken = await store.TakeAllAsync(ChatPlatform.Telegram, CancellationToken.None);
        var again = await store.TakeAllAsync(ChatPlatform.Telegram, CancellationToken.None);

        Assert.Equal([10L, 12L], taken.Select(u => u.Id));
        Assert.Equal("""{"update_id":10}""", taken[0].Json);
        Assert.Equal(Stopped, taken[0].SavedAt);
        Assert.Empty(again);
        Assert.Single(await store.TakeAllAsync(ChatPlatform.Discord, CancellationToken.None));
    }
}
