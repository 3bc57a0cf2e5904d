using LiteDB;
using WithdrawalBot.Core.Reminders;

namespace WithdrawalBot.Storage.Reminders;

/// <summary>
/// The delivery ledger in the <c>deliveries</c> collection: id = <see cref="DeliveryKey.ToString"/>, so a reminder
/// can be claimed only once; each state change is one committed write (LiteDB's journal makes it survive a kill).
/// Finished entries are deleted by <see cref="PruneFinishedAsync"/> once they can no longer matter.
/// </summary>
public sealed class LiteDbDeliveryLedger : IDeliveryLedger
{
    private const string CollectionName = "deliveries";
    private readonly BotDatabase database;

    private ILiteCollection<BsonDocument> Collection => database.Collection(CollectionName);

    /// <summary>Opens the collection and its index on <c>state</c>.</summary>
    public LiteDbDeliveryLedger(BotDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        this.database = database;
        Collection.EnsureIndex("state");
    }

    /// <inheritdoc />
    public Task<IReadOnlyDictionary<DeliveryKey, DeliveryRecord>> FindAsync(IReadOnlyCollection<DeliveryKey> keys, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keys);
        cancellationToken.ThrowIfCancellationRequested();
        var found = new Dictionary<DeliveryKey, DeliveryRecord>();
        foreach (var key in keys)
        {
            if (Collection.FindById(key.ToString()) is { } document)
            {
                found[key] = Read(document);
            }
        }

        return Task.FromResult<IReadOnlyDictionary<DeliveryKey, DeliveryRecord>>(found);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<DeliveryRecord>> TryAddAsync(IReadOnlyCollection<DeliveryRecord> records, CancellationToken cancellationToken) =>
        WriteWhereAsync(records, existing => existing is null, cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<DeliveryRecord>> SupersedeAsync(IReadOnlyCollection<DeliveryRecord> records, CancellationToken cancellationToken) =>
        WriteWhereAsync(records, existing => existing is not null && Read(existing).IsFinished, cancellationToken);

    /// <summary>Writes each record whose key's entry (or <c>null</c>) passes <paramref name="writes"/>, in one transaction; returns those written.</summary>
    private Task<IReadOnlyList<DeliveryRecord>> WriteWhereAsync(IReadOnlyCollection<DeliveryRecord> records, Func<BsonDocument?, bool> writes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(records);
        cancellationToken.ThrowIfCancellationRequested();
        var written = new List<DeliveryRecord>(records.Count);
        var db = database.Database; // one engine for the whole transaction, even if it is reopened meanwhile
        var collection = db.GetCollection(CollectionName);
        db.BeginTrans();
        try
        {
            foreach (var record in records)
            {
                if (writes(collection.FindById(record.Key.ToString())))
                {
                    collection.Upsert(Write(record));
                    written.Add(record);
                }
            }

            db.Commit();
        }
        catch
        {
            db.Rollback();
            throw;
        }

        return Task.FromResult<IReadOnlyList<DeliveryRecord>>(written);
    }

    /// <inheritdoc />
    public Task UpdateAsync(DeliveryKey key, DeliveryState state, DateTimeOffset at, string? detail, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var document = Collection.FindById(key.ToString()) ?? throw new KeyNotFoundException($"No delivery ledger entry {key}.");
        document["state"] = state.ToString();
        document["updatedAt"] = Bson.Date(at);
        document["detail"] = detail is null ? BsonValue.Null : new BsonValue(detail);
        if (state == DeliveryState.Sending)
        {
            document["attempts"] = document["attempts"].AsInt32 + 1;
        }

        Collection.Update(document);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<DeliveryRecord?> GetAsync(DeliveryKey key, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var document = Collection.FindById(key.ToString());
        return Task.FromResult(document is null ? null : Read(document));
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<DeliveryRecord>> ListUnfinishedAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        IReadOnlyList<DeliveryRecord> unfinished =
        [
            .. Collection.Find(Query.In("state", nameof(DeliveryState.Claimed), nameof(DeliveryState.Sending)))
                .Select(Read)
                .OrderBy(r => r.DueAt),
        ];
        return Task.FromResult(unfinished);
    }

    /// <inheritdoc />
    public Task<IReadOnlyDictionary<DeliveryState, int>> CountByStateAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        IReadOnlyDictionary<DeliveryState, int> counts = Enum.GetValues<DeliveryState>()
            .ToDictionary(s => s, s => Collection.Count(Query.EQ("state", s.ToString())));
        return Task.FromResult(counts);
    }

    /// <inheritdoc />
    public Task<int> PruneFinishedAsync(DateTimeOffset dueBefore, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var finished = Enum.GetValues<DeliveryState>()
            .Where(s => s is not (DeliveryState.Claimed or DeliveryState.Sending))
            .Select(s => new BsonValue(s.ToString()))
            .ToArray();
        var removed = Collection.DeleteMany(Query.And(Query.In("state", finished), Query.LT("dueAt", Bson.Date(dueBefore))));
        return Task.FromResult(removed);
    }

    private static BsonDocument Write(DeliveryRecord record)
    {
        var document = new BsonDocument
        {
            ["_id"] = record.Key.ToString(),
            ["milestoneId"] = record.Key.MilestoneId,
            ["leadDays"] = record.Key.LeadDays,
            ["subscriptionId"] = record.Key.SubscriptionId,
            ["dueAt"] = Bson.Date(record.DueAt),
            ["state"] = record.State.ToString(),
            ["attempts"] = record.Attempts,
            ["detail"] = record.Detail is null ? BsonValue.Null : new BsonValue(record.Detail),
            ["updatedAt"] = Bson.Date(record.UpdatedAt),
        };
        Bson.WriteChat(document, record.Chat);
        return document;
    }

    private static DeliveryRecord Read(BsonDocument document) => new(
        new DeliveryKey(document["milestoneId"].AsString, document["leadDays"].AsInt32, document["subscriptionId"].AsString),
        Bson.ReadChat(document),
        Bson.ReadDate(document["dueAt"]),
        Enum.Parse<DeliveryState>(document["state"].AsString),
        Bson.ReadDate(document["updatedAt"]))
    {
        Attempts = document["attempts"].AsInt32,
        Detail = Bson.ReadString(document, "detail"),
    };
}
