using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using WithdrawalBot.Core;
using WithdrawalBot.Core.Messages;
using WithdrawalBot.Core.Routing;
using WithdrawalBot.Core.Storage;

namespace WithdrawalBot.Storage.Tests;

public sealed class LiteDbFeedbackStoreTests
{
    private static readonly ChatAddress Chat = new(ChatPlatform.Telegram, "-100123", "7");
    private static readonly DateTimeOffset Start = new(2026, 11, 29, 12, 0, 0, TimeSpan.Zero);

    private static AnswerFeedback Rating(string factId, bool helpful, int minute, string? question = null, string userId = "42") =>
        new(Chat, userId, factId, [1, 3], helpful, question, Start.AddMinutes(minute));

    [Fact]
    public async Task RecordAsync_ThenLatestAsync_RoundTripsEveryField()
    {
        using var database = BotDatabase.InMemory();
        var store = new LiteDbFeedbackStore(database);
        var rating = new AnswerFeedback(Chat, "42", "us-iraq-understanding-reached", [1, 3], false, "متى ينسحبون؟", Start);
        await store.RecordAsync(rating, CancellationToken.None);
        await store.RecordAsync(rating with { UserId = null, Question = null, Chat = new ChatAddress(ChatPlatform.Discord, "9") }, CancellationToken.None);

        var latest = await store.LatestAsync(10, CancellationToken.None);

        Assert.Equal(2, latest.Count);
        var first = latest.Single(r => r.Chat.Platform == ChatPlatform.Telegram);
        Assert.Equal(rating.Chat, first.Chat);
        Assert.Equal(rating.UserId, first.UserId);
        Assert.Equal(rating.FactId, first.FactId);
        Assert.Equal(rating.Paragraphs, first.Paragraphs);
        Assert.Equal(rating.Helpful, first.Helpful);
        Assert.Equal(rating.Question, first.Question);
        Assert.Equal(rating.RatedAt, first.RatedAt);
        var second = latest.Single(r => r.Chat.Platform == ChatPlatform.Discord);
        Assert.Null(second.UserId);
        Assert.Null(second.Question);
        Assert.Null(second.Chat.ThreadId);
    }

    [Fact]
    public async Task LatestAsync_ReturnsNewestFirstWithUtcTimes()
    {
        using var database = BotDatabase.InMemory();
        var store = new LiteDbFeedbackStore(database);
        await store.RecordAsync(Rating("older", true, 0), CancellationToken.None);
        await store.RecordAsync(Rating("newest", true, 2) with { RatedAt = Start.AddMinutes(2).ToOffset(TimeSpan.FromHours(3)) }, CancellationToken.None);
        await store.RecordAsync(Rating("middle", false, 1), CancellationToken.None);

        var latest = await store.LatestAsync(2, CancellationToken.None);

        Assert.Equal(["newest", "middle"], latest.Select(r => r.FactId));
        Assert.Equal(Start.AddMinutes(2), latest[0].RatedAt);
        Assert.Equal(TimeSpan.Zero, latest[0].RatedAt.Offset);
    }

    [Fact]
    public async Task SummarizeAsync_CountsBothAndRanksMostUnhelpfulAnswers()
    {
        using var database = BotDatabase.InMemory();
        var store = new LiteDbFeedbackStore(database);
        await store.RecordAsync(Rating("a", true, 0), CancellationToken.None);
        await store.RecordAsync(Rating("b", false, 1, "why erbil?"), CancellationToken.None);
        await store.RecordAsync(Rating("c", false, 2), CancellationToken.None);
        await store.RecordAsync(Rating("b", false, 3, userId: "43"), CancellationToken.None);
        await store.RecordAsync(Rating("b", true, 4, userId: "44"), CancellationToken.None);

        var summary = await store.SummarizeAsync(5, CancellationToken.None);

        Assert.Equal(2, summary.Helpful);
        Assert.Equal(3, summary.NotHelpful);
        Assert.Equal(["b", "c"], summary.MostUnhelpful.Select(t => t.FactId));
        Assert.Equal(2, summary.MostUnhelpful[0].Count);
        Assert.Equal("why erbil?", summary.MostUnhelpful[0].LastQuestion);
        Assert.Equal([1, 3], summary.MostUnhelpful[0].Paragraphs);
    }

    [Fact]
    public async Task RecordAsync_SameUserRatesTheSameAnswerTwice_CountsOnceWithTheLatestVote()
    {
        using var database = BotDatabase.InMemory();
        var store = new LiteDbFeedbackStore(database);
        await store.RecordAsync(Rating("a", true, 0), CancellationToken.None);
        await store.RecordAsync(Rating("a", true, 1), CancellationToken.None);
        await store.RecordAsync(Rating("b", true, 2), CancellationToken.None);
        await store.RecordAsync(Rating("b", false, 3), CancellationToken.None);
        await store.RecordAsync(Rating("a", true, 4, userId: "43"), CancellationToken.None);

        var summary = await store.SummarizeAsync(5, CancellationToken.None);

        Assert.Equal(2, summary.Helpful);
        Assert.Equal(1, summary.NotHelpful);
        Assert.Equal(3, (await store.LatestAsync(10, CancellationToken.None)).Count);
    }

    [Fact]
    public async Task SummarizeAsync_EmptyDatabase_ReturnsZeros()
    {
        using var database = BotDatabase.InMemory();
        var store = new LiteDbFeedbackStore(database);

        var summary = await store.SummarizeAsync(5, CancellationToken.None);

        Assert.Equal(0, summary.Helpful);
        Assert.Equal(0, summary.NotHelpful);
        Assert.Empty(summary.MostUnhelpful);
    }

    [Fact]
    public async Task RecordAsync_HugeQuestion_StoresAtMost1000Characters()
    {
        using var database = BotDatabase.InMemory();
        var store = new LiteDbFeedbackStore(database);
        await store.RecordAsync(Rating("a", false, 0, new string('x', 100_000)), CancellationToken.None);

        var latest = await store.LatestAsync(1, CancellationToken.None);

        Assert.Equal(1000, latest[0].Question!.Length);
    }

    [Fact]
    public async Task AddLiteDbStorage_RouterFeedbackButton_IsRecordedInTheDatabase()
    {
        using var folder = new TempFolder();
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:DataDirectory"] = folder.Path,
            ["Knowledge:Directory"] = Path.Combine(AppContext.BaseDirectory, "knowledge"),
        });
        builder.Services.AddLogging().AddWithdrawalBotCore(builder.Configuration).AddLiteDbStorage(builder.Configuration);
        using var host = builder.Build();
        var router = host.Services.GetRequiredService<IMessageRouter>();
        var tap = new IncomingMessage(new ChatAddress(ChatPlatform.Telegram, "5"), ChatKind.Private, new Sender("5", null, "en"), "")
        {
            ButtonPayload = ButtonPayloads.Feedback("us-iraq-understanding-reached", helpful: false),
        };

        await router.HandleAsync(tap, CancellationToken.None);

        var rating = Assert.Single(await host.Services.GetRequiredService<IFeedbackStore>().LatestAsync(10, CancellationToken.None));
        Assert.False(rating.Helpful);
        Assert.Equal("us-iraq-understanding-reached", rating.FactId);
        Assert.Same(host.Services.GetRequiredService<IFeedbackStore>(), host.Services.GetRequiredService<IFeedbackStatistics>());
    }
}
