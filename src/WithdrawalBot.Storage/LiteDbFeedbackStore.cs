using LiteDB;
using WithdrawalBot.Core.Storage;

namespace WithdrawalBot.Storage;

/// <summary>
/// "Was this helpful?" ratings in the <c>feedback</c> collection, newest first, with totals for <c>/stats</c>. A user has
/// one rating per answer (fact) in a chat: rating it again replaces the earlier one, so a double press counts once.
/// Ratings without a user id (platforms that do not say) are each kept.
/// </summary>
public sealed class LiteDbFeedbackStore : IFeedbackStore, IFeedbackStatistics
{
    private const int MaxQuestionLength = 1000;
    private readonly BotDatabase database;
    private ILiteCollection<BsonDocument> Collection => database.Collection("feedback");

    /// <summary>Opens the collection and its indexes on <c>ratedAt</c> and <c>helpful</c>.</summary>
    public LiteDbFeedbackStore(BotDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        this.database = database;
        Collection.EnsureIndex("ratedAt");
        Collection.EnsureIndex("helpful");
    }

    /// <inheritdoc />
    public Task RecordAsync(AnswerFeedback feedback, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(feedback);
        cancellationToken.ThrowIfCancellationRequested();
        var document = new BsonDocument
        {
            ["factId"] = feedback.FactId,
            ["paragraphs"] = new BsonArray(feedback.Paragraphs.Select(p => new BsonValue(p))),
            ["helpful"] = feedback.Helpful,
            ["ratedAt"] = Bson.Date(feedback.RatedAt),
        };
        if (feedback.UserId is not null)
        {
            document["userId"] = feedback.UserId;
        }

        if (feedback.Question is { } question)
        {
            document["question"] = question.Length > MaxQuestionLength ? question[..MaxQuestionLength] : question;
        }

        Bson.WriteChat(document, feedback.Chat);
        // One vote per person per answer: pressing 👍 twice counts once, and 👎 after 👍 replaces it.
        if (feedback.UserId is not null && Collection.FindOne(SameVoter(feedback)) is { } earlier)
        {
            document["_id"] = earlier["_id"];
            Collection.Update(document);
        }
        else
        {
            Collection.Insert(document);
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<AnswerFeedback>> LatestAsync(int count, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, 100);
        cancellationToken.ThrowIfCancellationRequested();
        IReadOnlyList<AnswerFeedback> latest = [.. Collection.Query().OrderByDescending("ratedAt").Limit(count).ToEnumerable().Select(Read)];
        return Task.FromResult(latest);
    }

    /// <inheritdoc />
    public Task<FeedbackSummary> SummarizeAsync(int top, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(top, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(top, 100);
        cancellationToken.ThrowIfCancellationRequested();
        var helpful = Collection.Count(Query.EQ("helpful", true));
        var tallies = new Dictionary<string, FeedbackTally>(StringComparer.Ordinal);
        var order = new Dictionary<string, int>(StringComparer.Ordinal);
        var position = 0;
        foreach (var rating in Collection.Query().Where(Query.EQ("helpful", false)).OrderBy("ratedAt").ToEnumerable().Select(Read))
        {
            var count = tallies.TryGetValue(rating.FactId, out var seen) ? seen.Count + 1 : 1;
            tallies[rating.FactId] = new FeedbackTally(rating.FactId, rating.Paragraphs, count, rating.Question ?? seen?.LastQuestion);
            order[rating.FactId] = position++;
        }

        var notHelpful = tallies.Values.Sum(t => t.Count);
        IReadOnlyList<FeedbackTally> worst = [.. tallies.Values.OrderByDescending(t => t.Count).ThenByDescending(t => order[t.FactId]).Take(top)];
        return Task.FromResult(new FeedbackSummary(helpful, notHelpful, worst));
    }

    /// <summary>The earlier rating of the same answer (fact) by the same user in the same chat or topic.</summary>
    private static BsonExpression SameVoter(AnswerFeedback feedback) => Query.And(
        Query.EQ("factId", feedback.FactId),
        Query.EQ("userId", feedback.UserId),
        Query.EQ("platform", feedback.Chat.Platform.ToString()),
        Query.EQ("chatId", feedback.Chat.ChatId),
        Query.EQ("threadId", feedback.Chat.ThreadId is null ? BsonValue.Null : new BsonValue(feedback.Chat.ThreadId)));

    private static AnswerFeedback Read(BsonDocument document) => new(
        Bson.ReadChat(document),
        Bson.ReadString(document, "userId"),
        Bson.ReadString(document, "factId") ?? "",
        document.TryGetValue("paragraphs", out var paragraphs) && paragraphs.IsArray ? [.. paragraphs.AsArray.Select(p => p.AsInt32)] : [],
        document["helpful"].AsBoolean,
        Bson.ReadString(document, "question"),
        Bson.ReadDate(document["ratedAt"]));
}
