using System.Text.RegularExpressions;
using LiteDB;
using WithdrawalBot.Core.Messages;
using WithdrawalBot.Core.Storage;

namespace WithdrawalBot.Storage;

/// <summary>
/// Unanswered questions in the <c>unanswered</c> collection, newest first, with totals for <c>/stats</c>. The log keeps
/// the latest <see cref="MaxEntries"/> questions (and up to <see cref="TrimEvery"/> more between trims): anyone who can
/// write to the bot adds to it, and <c>/stats</c> reads all of it.
/// </summary>
public sealed partial class LiteDbUnansweredLog : IUnansweredLog, IUnansweredStatistics
{
    /// <summary>How many questions the log keeps: the oldest beyond this are deleted.</summary>
    public const int MaxEntries = 10_000;

    /// <summary>How many questions are recorded between two trims of the log down to its maximum.</summary>
    public const int TrimEvery = 100;

    private const int MaxTextLength = 1000;
    private readonly BotDatabase database;
    private readonly int maxEntries;
    private int recordedSinceTrim;

    private ILiteCollection<BsonDocument> Collection => database.Collection("unanswered");

    /// <summary>Opens the collection and its index on <c>askedAt</c>, and trims it to <see cref="MaxEntries"/>.</summary>
    public LiteDbUnansweredLog(BotDatabase database)
        : this(database, MaxEntries)
    {
    }

    /// <summary>As the public constructor, keeping <paramref name="maxEntries"/> questions (tests).</summary>
    internal LiteDbUnansweredLog(BotDatabase database, int maxEntries)
    {
        ArgumentNullException.ThrowIfNull(database);
        this.database = database;
        this.maxEntries = maxEntries;
        Collection.EnsureIndex("askedAt");
        Trim();
    }

    /// <inheritdoc />
    public Task RecordAsync(UnansweredQuestion question, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(question);
        cancellationToken.ThrowIfCancellationRequested();
        var text = question.Text.Length > MaxTextLength ? question.Text[..MaxTextLength] : question.Text;
        var document = new BsonDocument
        {
            ["text"] = text,
            ["key"] = GroupKey(text),
            ["language"] = question.Language,
            ["confidence"] = question.Confidence,
            ["askedAt"] = Bson.Date(question.AskedAt),
        };
        Bson.WriteChat(document, question.Chat);
        Collection.Insert(document);
        if (Interlocked.Increment(ref recordedSinceTrim) >= TrimEvery)
        {
            Interlocked.Exchange(ref recordedSinceTrim, 0);
            Trim();
        }

        return Task.CompletedTask;
    }

    /// <summary>Deletes the oldest questions beyond the maximum.</summary>
    private void Trim()
    {
        var excess = Collection.Count() - maxEntries;
        if (excess <= 0)
        {
            return;
        }

        var oldest = Collection.Query().OrderBy("askedAt").Limit(excess).ToEnumerable().Select(document => document["_id"]).ToList();
        foreach (var id in oldest)
        {
            // By key, one by one: a Query.In of the ids was a new expression text each time, and LiteDB caches every
            // expression it parses for the life of the process (memory grew by a query per 100 questions).
            Collection.Delete(id);
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<UnansweredQuestion>> LatestAsync(int count, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, 100);
        cancellationToken.ThrowIfCancellationRequested();
        IReadOnlyList<UnansweredQuestion> latest = [.. Collection.Query().OrderByDescending("askedAt").Limit(count).ToEnumerable().Select(Read)];
        return Task.FromResult(latest);
    }

    /// <inheritdoc />
    public Task<int> CountAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(Collection.Count());
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<UnansweredTally>> TopAsync(int count, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, 100);
        cancellationToken.ThrowIfCancellationRequested();
        var tallies = new Dictionary<string, UnansweredTally>(StringComparer.Ordinal);
        foreach (var document in Collection.Query().OrderBy("askedAt").ToEnumerable())
        {
            var key = Bson.ReadString(document, "key") ?? "";
            var text = Bson.ReadString(document, "text") ?? "";
            var at = Bson.ReadDate(document["askedAt"]);
            tallies[key] = tallies.TryGetValue(key, out var seen) ? new UnansweredTally(text, seen.Count + 1, at) : new UnansweredTally(text, 1, at);
        }

        IReadOnlyList<UnansweredTally> top = [.. tallies.Values.OrderByDescending(t => t.Count).ThenByDescending(t => t.LastAskedAt).Take(count)];
        return Task.FromResult(top);
    }

    private static UnansweredQuestion Read(BsonDocument document) => new(
        Bson.ReadChat(document),
        Bson.ReadString(document, "text") ?? "",
        Bson.ReadString(document, "language") ?? "",
        document["confidence"].AsDouble,
        Bson.ReadDate(document["askedAt"]));

    private static string GroupKey(string text) => Spaces().Replace(text.Trim(), " ").ToLowerInvariant();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
