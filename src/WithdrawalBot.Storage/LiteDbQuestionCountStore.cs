using System.Globalization;
using LiteDB;
using WithdrawalBot.Core.Storage;

namespace WithdrawalBot.Storage;

/// <summary>
/// Answered and refused question counts in the <c>questionCounts</c> collection: one small document per UTC day
/// (<c>_id</c> = <c>yyyy-MM-dd</c>, <c>answered</c>, <c>refused</c>), so the collection grows by one entry a day
/// whatever the traffic. Increments are serialized in this process (one instance per data folder).
/// </summary>
public sealed class LiteDbQuestionCountStore : IQuestionCountStore
{
    private const string DayFormat = "yyyy-MM-dd";
    private readonly BotDatabase database;
    private readonly Lock gate = new();

    private ILiteCollection<BsonDocument> Collection => database.Collection("questionCounts");

    /// <summary>Opens the collection.</summary>
    public LiteDbQuestionCountStore(BotDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        this.database = database;
    }

    /// <inheritdoc />
    public Task RecordAsync(bool answered, DateTimeOffset askedAt, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var day = Key(DateOnly.FromDateTime(askedAt.UtcDateTime));
        var field = answered ? "answered" : "refused";
        lock (gate)
        {
            var document = Collection.FindById(day) ?? new BsonDocument { ["_id"] = day, ["answered"] = 0, ["refused"] = 0 };
            document[field] = document[field].AsInt32 + 1;
            Collection.Upsert(document);
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<QuestionCounts> CountAsync(DateOnly recentFrom, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var recentKey = Key(recentFrom);
        int answered = 0, refused = 0, recentAnswered = 0, recentRefused = 0;
        string? first = null;
        foreach (var document in Collection.FindAll())
        {
            var day = document["_id"].AsString;
            var (a, r) = (document["answered"].AsInt32, document["refused"].AsInt32);
            answered += a;
            refused += r;
            if (string.CompareOrdinal(day, recentKey) >= 0)
            {
                recentAnswered += a;
                recentRefused += r;
            }

            first = first is null || string.CompareOrdinal(day, first) < 0 ? day : first;
        }

        var since = first is null ? (DateOnly?)null : DateOnly.ParseExact(first, DayFormat, CultureInfo.InvariantCulture);
        return Task.FromResult(new QuestionCounts(answered, refused, recentAnswered, recentRefused, since));
    }

    private static string Key(DateOnly day) => day.ToString(DayFormat, CultureInfo.InvariantCulture);
}
