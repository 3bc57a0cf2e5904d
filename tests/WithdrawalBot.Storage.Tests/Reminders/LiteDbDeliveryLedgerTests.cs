using WithdrawalBot.Core.Messages;
using WithdrawalBot.Core.Reminders;
using WithdrawalBot.Storage.Reminders;

namespace WithdrawalBot.Storage.Tests.Reminders;

public sealed class LiteDbDeliveryLedgerTests
{
    private static readonly DateTimeOffset Due = new(2026, 12, 1, 7, 0, 0, TimeSpan.Zero);
    private static readonly ChatAddress Chat = new(ChatPlatform.Telegram, "1");

    private static DeliveryRecord Claim(string subscription, int lead = 30) =>
        new(new DeliveryKey("erbil-and-remaining-forces-leave", lead, subscription), Chat, Due, DeliveryState.Claimed, Due);

    [Fact]
    public async Task TryAddAsync_SameKeyTwice_OnlyFirstClaimWins()
    {
        using var database = BotDatabase.InMemory();
        var ledger = new LiteDbDeliveryLedger(database);

        var first = await ledger.TryAddAsync([Claim("a"), Claim("b")], CancellationToken.None);
        var second = await ledger.TryAddAsync([Claim("b"), Claim("c")], CancellationToken.None);

        Assert.Equal(2, first.Count);
        Assert.Equal(["c"], second.Select(r => r.Key.SubscriptionId));
    }

    [Fact]
    public async Task PruneFinishedAsync_OldAndRecentEntries_DeletesOnlyOldFinishedOnes()
    {
        using var database = BotDatabase.InMemory();
        var ledger = new LiteDbDeliveryLedger(database);
        var old = Due.AddDays(-40);
        DeliveryRecord Entry(string subscription, DeliveryState state, DateTimeOffset due) => Claim(subscription) with { State = state, DueAt = due };
        await ledger.TryAddAsync(
        [
            Entry("old-delivered", DeliveryState.Delivered, old),
            Entry("old-skipped", DeliveryState.Skipped, old),
            Entry("old-uncertain", DeliveryState.Uncertain, old),
            Entry("old-claimed", DeliveryState.Claimed, old),
            Entry("old-sending", DeliveryState.Sending, old),
            Entry("recent-delivered", DeliveryState.Delivered, Due),
        ], CancellationToken.None);

        var removed = await ledger.PruneFinishedAsync(Due.AddDays(-1), CancellationToken.None);

        Assert.Equal(3, removed);
        var left = await ledger.FindAsync([.. new[] { "old-delivered", "old-skipped", "old-uncertain", "old-claimed", "old-sending", "recent-delivered" }.Select(s => Claim(s).Key)], CancellationToken.None);
        Assert.Equal(["old-claimed", "old-sending", "recent-delivered"], left.Keys.Select(k => k.SubscriptionId).Order());
    }

    [Fact]
    public async Task UpdateAsync_Sending_CountsAttemptsAndSurvivesReopen()
    {
        using var folder = new TempFolder();
        var key = Claim("a").Key;
        using (var database = BotDatabase.Open(folder.Path))
        {
            var ledger = new LiteDbDeliveryLedger(database);
            await ledger.TryAddAsync([Claim("a")], CancellationToken.None);
            await ledger.UpdateAsync(key, DeliveryState.Sending, Due, null, CancellationToken.None);
            await ledger.UpdateAsync(key, DeliveryState.Claimed, Due, "rate limited", CancellationToken.None);
            await ledger.UpdateAsync(key, DeliveryState.Sending, Due.AddSeconds(5), null, CancellationToken.None);
        }

        using var reopened = BotDatabase.Open(folder.Path);
        var record = await new LiteDbDeliveryLedger(reopened).GetAsync(key, CancellationToken.None);

        Assert.NotNull(record);
        Assert.Equal(DeliveryState.Sending, record.State);
        Assert.Equal(2, record.Attempts);
        Assert.Equal(Due.AddSeconds(5), record.UpdatedAt);
        Assert.Equal(Due, record.DueAt);
    }

    [Fact]
    public async Task ListUnfinishedAsync_ReturnsClaimedAndSendingOnly()
    {
        using var database = BotDatabase.InMemory();
        var ledger = new LiteDbDeliveryLedger(database);
        await ledger.TryAddAsync([Claim("a"), Claim("b"), Claim("c")], CancellationToken.None);
        await ledger.UpdateAsync(Claim("b").Key, DeliveryState.Sending, Due, null, CancellationToken.None);
        await ledger.UpdateAsync(Claim("c").Key, DeliveryState.Delivered, Due, null, CancellationToken.None);

        var unfinished = await ledger.ListUnfinishedAsync(CancellationToken.None);
        var counts = await ledger.CountByStateAsync(CancellationToken.None);

        Assert.Equal(["a", "b"], unfinished.Select(r => r.Key.SubscriptionId).Order());
        Assert.Equal(1, counts[DeliveryState.Delivered]);
    }

    [Fact]
    public async Task UpdateAsync_UnknownKey_Throws()
    {
        using var database = BotDatabase.InMemory();
        await Assert.ThrowsAsync<KeyNotFoundException>(() => new LiteDbDeliveryLedger(database).UpdateAsync(Claim("zz").Key, DeliveryState.Delivered, Due, null, CancellationToken.None));
    }

    [Fact]
    public async Task FindAsync_ReturnsTheEntriesOfKnownKeysOnly()
    {
        using var database = BotDatabase.InMemory();
        var ledger = new LiteDbDeliveryLedger(database);
        await ledger.TryAddAsync([Claim("a", 7)], CancellationToken.None);

        var recorded = await ledger.FindAsync([Claim("a", 7).Key, Claim("a", 1).Key], CancellationToken.None);

        var entry = Assert.Single(recorded);
        Assert.Equal(Claim("a", 7).Key, entry.Key);
        Assert.Equal(Due, entry.Value.DueAt);
        Assert.Equal(DeliveryState.Claimed, entry.Value.State);
    }

    [Fact]
    public async Task SupersedeAsync_ReplacesFinishedEntriesOnlyAndAddsNothing()
    {
        using var database = BotDatabase.InMemory();
        var ledger = new LiteDbDeliveryLedger(database);
        await ledger.TryAddAsync([Claim("delivered"), Claim("claimed")], CancellationToken.None);
        await ledger.UpdateAsync(Claim("delivered").Key, DeliveryState.Delivered, Due, null, CancellationToken.None);
        var moved = Due.AddDays(15);

        var written = await ledger.SupersedeAsync([Claim("delivered") with { DueAt = moved }, Claim("claimed") with { DueAt = moved }, Claim("absent") with { DueAt = moved }], CancellationToken.None);

        Assert.Equal(["delivered"], written.Select(r => r.Key.SubscriptionId));
        var after = await ledger.FindAsync([Claim("delivered").Key, Claim("claimed").Key, Claim("absent").Key], CancellationToken.None);
        Assert.Equal((moved, DeliveryState.Claimed), (after[Claim("delivered").Key].DueAt, after[Claim("delivered").Key].State));
        Assert.Equal(Due, after[Claim("claimed").Key].DueAt);
        Assert.False(after.ContainsKey(Claim("absent").Key));
    }
}
