using WithdrawalBot.Core.Storage;

namespace WithdrawalBot.Storage.Tests;

public sealed class LiteDbQuestionCountStoreTests
{
    private static readonly DateTimeOffset Today = new(2026, 11, 29, 23, 30, 0, TimeSpan.Zero);

    [Fact]
    public async Task CountAsync_QuestionsOverSeveralDays_TotalsAndRecentWindowByUtcDay()
    {
        using var database = BotDatabase.InMemory();
        var store = new LiteDbQuestionCountStore(database);
        await store.RecordAsync(true, Today.AddDays(-20), CancellationToken.None);
        await store.RecordAsync(false, Today.AddDays(-7), CancellationToken.None);
        await store.RecordAsync(true, Today.AddDays(-6), CancellationToken.None);
        await store.RecordAsync(true, Today, CancellationToken.None);
        await store.RecordAsync(false, Today, CancellationToken.None);
        // 02:30 in Baghdad on the 30th is still the 29th in UTC.
        await store.RecordAsync(true, new DateTimeOffset(2026, 11, 30, 2, 30, 0, TimeSpan.FromHours(3)), CancellationToken.None);

        var counts = await store.CountAsync(new DateOnly(2026, 11, 23), CancellationToken.None);

        Assert.Equal(new QuestionCounts(4, 2, 3, 1, new DateOnly(2026, 11, 9)), counts);
    }

    [Fact]
    public async Task CountAsync_NothingRecorded_ZerosAndNoStartDay()
    {
        using var database = BotDatabase.InMemory();

        var counts = await new LiteDbQuestionCountStore(database).CountAsync(new DateOnly(2026, 11, 23), CancellationToken.None);

        Assert.Equal(new QuestionCounts(0, 0, 0, 0, null), counts);
    }

    [Fact]
    public async Task RecordAsync_ManyAtOnce_NoneLost()
    {
        using var database = BotDatabase.InMemory();
        var store = new LiteDbQuestionCountStore(database);

        await Task.WhenAll(Enumerable.Range(0, 200).Select(i => Task.Run(() => store.RecordAsync(i % 4 != 0, Today, CancellationToken.None))));

        var counts = await store.CountAsync(DateOnly.FromDateTime(Today.UtcDateTime), CancellationToken.None);
        Assert.Equal((150, 50), (counts.Answered, counts.Refused));
    }

    [Fact]
    public async Task CountAsync_AfterReopeningTheDataFolder_CountsAreStillThere()
    {
        using var folder = new TempFolder();
        using (var database = BotDatabase.Open(folder.Path))
        {
            var store = new LiteDbQuestionCountStore(database);
            await store.RecordAsync(true, Today, CancellationToken.None);
            await store.RecordAsync(false, Today, CancellationToken.None);
        }

        using var reopened = BotDatabase.Open(folder.Path);
        var counts = await new LiteDbQuestionCountStore(reopened).CountAsync(new DateOnly(2026, 11, 23), CancellationToken.None);

        Assert.Equal(new QuestionCounts(1, 1, 1, 1, new DateOnly(2026, 11, 29)), counts);
    }
}
