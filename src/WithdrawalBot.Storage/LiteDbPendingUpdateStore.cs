using LiteDB;
using WithdrawalBot.Core.Messages;
using WithdrawalBot.Core.Storage;

namespace WithdrawalBot.Storage;

/// <summary>
/// Updates left unanswered at the last stop, in the <c>pending_updates</c> collection (<c>_id</c> = "telegram|123",
/// <c>platform</c>, <c>updateId</c>, <c>json</c>, <c>savedAt</c>). Empty except between a stop and the next start.
/// </summary>
public sealed class LiteDbPendingUpdateStore(BotDatabase database) : IPendingUpdateStore
{
    private readonly ILiteCollection<BsonDocument> collection = database.Database.GetCollection("pending_updates");

    /// <inheritdoc />
    public Task SaveAsync(IReadOnlyList<PendingUpdate> updates, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(updates);
        cancellationToken.ThrowIfCancellationRequested();
        collection.Upsert(updates.Select(update => new BsonDocument
        {
            ["_id"] = Key(update.Platform, update.Id),
            ["platform"] = update.Platform.ToString(),
            ["updateId"] = update.Id,
            ["json"] = update.Json,
            ["savedAt"] = Bson.Date(update.SavedAt),
        }));
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<PendingUpdate>> TakeAllAsync(ChatPlatform platform, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var name = platform.ToString();
        var documents = collection.Find(Query.EQ("platform", name)).ToList();
        collection.DeleteMany(Query.EQ("platform", name));
        IReadOnlyList<PendingUpdate> updates = documents
            .Select(d => new PendingUpdate(platform, d["updateId"].AsInt64, d["json"].AsString, Bson.ReadDate(d["savedAt"])))
            .OrderBy(u => u.Id)
            .ToList();
        return Task.FromResult(updates);
    }

    private static string Key(ChatPlatform platform, long id) => $"{platform.ToString().ToLowerInvariant()}|{id}";
}
