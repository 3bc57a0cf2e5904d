using LiteDB;
using WithdrawalBot.Core.Messages;
using WithdrawalBot.Core.Storage;

namespace WithdrawalBot.Storage;

/// <summary>
/// The updates taken and not answered yet, in the <c>pending_updates</c> collection (<c>_id</c> = "telegram|123",
/// <c>platform</c>, <c>updateId</c>, <c>json</c>, <c>savedAt</c>, <c>receivedBy</c>): a few documents while the bot runs (those queued), the
/// ones a stop or crash cut off between a stop and the next start.
/// </summary>
public sealed class LiteDbPendingUpdateStore(BotDatabase database) : IPendingUpdateStore
{
    private ILiteCollection<BsonDocument> Collection => database.Collection("pending_updates");

    /// <inheritdoc />
    public Task AddAsync(PendingUpdate update, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(update);
        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            Collection.Insert(new BsonDocument
            {
                ["_id"] = Key(update.Platform, update.Id),
                ["platform"] = update.Platform.ToString(),
                ["updateId"] = update.Id,
                ["json"] = update.Json,
                ["savedAt"] = Bson.Date(update.SavedAt),
                ["receivedBy"] = update.ReceivedBy is null ? BsonValue.Null : update.ReceivedBy,
            });
        }
        catch (LiteException e) when (e.ErrorCode == LiteException.INDEX_DUPLICATE_KEY)
        {
            // Kept already (Telegram posted it again): the first arrival time stands. One write per update, not a read first.
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task RemoveAsync(ChatPlatform platform, long id, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Collection.Delete(Key(platform, id));
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<PendingUpdate>> ListAsync(ChatPlatform platform, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        IReadOnlyList<PendingUpdate> updates = Collection.Find(Query.EQ("platform", platform.ToString()))
            .Select(d => new PendingUpdate(platform, d["updateId"].AsInt64, d["json"].AsString, Bson.ReadDate(d["savedAt"]), d["receivedBy"].IsString ? d["receivedBy"].AsString : null))
            .OrderBy(u => u.Id)
            .ToList();
        return Task.FromResult(updates);
    }

    private static string Key(ChatPlatform platform, long id) => $"{platform.ToString().ToLowerInvariant()}|{id}";
}
