using WithdrawalBot.Core.Messages;
using WithdrawalBot.Core.Storage;

namespace WithdrawalBot.Storage.Tests;

public sealed class LiteDbUnansweredLogTests
{
    private static readonly ChatAddress Chat = new(ChatPlatform.Telegram, "42");
    private static readonly DateTimeOffset Start = new(2026, 11, 29, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task LatestAsync_ReturnsNewestFirstWithUtcTimes()
    {
        using var database = BotDatabase.InMemory();
        var log = new LiteDbUnansweredLog(database);
        await log.RecordAsync(new UnansweredQuestion(Chat, "first", "en", 0.1, Start), CancellationToken.None);
        await log.RecordAsync(new UnansweredQuestion(Chat, "second", "en", 0.2, Start.AddMinutes(1).ToOffset(TimeSpan.FromHours(3))), CancellationToken.None);

        var latest = await log.LatestAsync(10, CancellationToken.None);

        Assert.Equal(["second", "first"], latest.Select(q => q.Text));
        Assert.Equal(Start.AddMinutes(1), latest[0].AskedAt);
        Assert.Equal(TimeSpan.Zero, latest[0].AskedAt.Offset);
    }

    [Fact]
    public async Task TopAsync_GroupsByTextIgnoringCaseAndSpaces()
    {
        using var database = BotDatabase.InMemory();
        var log = new LiteDbUnansweredLog(database);
        string[] questions = ["Dollar rate?", "dollar   rate?", " DOLLAR rate? ", "Russian troops in Syria?"];
        for (var i = 0; i < questions.Length; i++)
        {
            await log.RecordAsync(new UnansweredQuestion(Chat, questions[i], "en", 0.1, Start.AddMinutes(i)), CancellationToken.None);
        }

        var top = await log.TopAsync(5, CancellationToken.None);

        Assert.Equal(4, await log.CountAsync(CancellationToken.None));
        Assert.Equal(2, top.Count);
        Assert.Equal(3, top[0].Count);
        Assert.Equal(Start.AddMinutes(2), top[0].LastAskedAt);
        Assert.Equal(1, top[1].Count);
    }

    [Fact]
    public async Task RecordAsync_FloodOfQuestions_KeepsTheLatestUpToTheMaximum()
    {
        // Anyone can write to the bot: 50,000 spam questions made a 142 MB database and /stats needed 547 MB to read it.
        using var database = BotDatabase.InMemory();
        var log = new LiteDbUnansweredLog(database, maxEntries: 50);
        var recorded = 2 * LiteDbUnansweredLog.TrimEvery;
        for (var i = 0; i < recorded; i++)
        {
            await log.RecordAsync(new UnansweredQuestion(Chat, $"spam {i}", "en", 0.1, Start.AddSeconds(i)), CancellationToken.None);
            Assert.True(await log.CountAsync(CancellationToken.None) <= 50 + LiteDbUnansweredLog.TrimEvery);
        }

        var latest = await log.LatestAsync(100, CancellationToken.None);

        // Trimmed on the last question recorded: the latest 50 are kept.
        Assert.Equal(50, await log.CountAsync(CancellationToken.None));
        Assert.Equal($"spam {recorded - 1}", latest[0].Text);
        Assert.Equal($"spam {recorded - 50}", latest[^1].Text);
    }

    [Fact]
    public async Task Constructor_LogOverTheMaximum_TrimsItToTheLatest()
    {
        using var database = BotDatabase.InMemory();
        var first = new LiteDbUnansweredLog(database, maxEntries: 100);
        for (var i = 0; i < 30; i++)
        {
            await first.RecordAsync(new UnansweredQuestion(Chat, $"q {i}", "en", 0.1, Start.AddSeconds(i)), CancellationToken.None);
        }

        var reopened = new LiteDbUnansweredLog(database, maxEntries: 10);

        Assert.Equal(10, await reopened.CountAsync(CancellationToken.None));
        Assert.Equal("q 20", (await reopened.LatestAsync(10, CancellationToken.None))[^1].Text);
    }

    [Fact]
    public async Task RecordAsync_HugePaste_StoresAtMost1000Characters()
    {
        using var database = BotDatabase.InMemory();
        var log = new LiteDbUnansweredLog(database);
        await log.RecordAsync(new UnansweredQuestion(Chat, new string('x', 100_000), "en", 0, Start), CancellationToken.None);

        var latest = await log.LatestAsync(1, CancellationToken.None);

        Assert.Equal(1000, latest[0].Text.Length);
    }
}
