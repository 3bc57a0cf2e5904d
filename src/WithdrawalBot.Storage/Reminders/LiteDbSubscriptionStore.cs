using LiteDB;
using WithdrawalBot.Core.Languages;
using WithdrawalBot.Core.Messages;
using WithdrawalBot.Core.Reminders;

namespace WithdrawalBot.Storage.Reminders;

/// <summary>Subscriptions in the <c>subscriptions</c> collection: id = <see cref="Subscription.Id"/>, unique index on the address (chat + thread).</summary>
public sealed class LiteDbSubscriptionStore : ISubscriptionStore
{
    private const string CollectionName = "subscriptions";
    private readonly BotDatabase database;

    private ILiteCollection<BsonDocument> Collection => database.Collection(CollectionName);

    /// <summary>Opens the collection and its indexes.</summary>
    public LiteDbSubscriptionStore(BotDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        this.database = database;
        Collection.EnsureIndex("address", unique: true);
        Collection.EnsureIndex("chat");
        Collection.EnsureIndex("active");
    }

    /// <inheritdoc />
    public Task<Subscription?> GetAsync(ChatAddress chat, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(chat);
        cancellationToken.ThrowIfCancellationRequested();
        var document = Collection.FindOne(Query.EQ("address", Bson.AddressKey(chat)));
        return Task.FromResult(document is null ? null : Read(document));
    }

    /// <inheritdoc />
    public Task<Subscription?> GetByIdAsync(string id, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var document = Collection.FindById(id);
        return Task.FromResult(document is null ? null : Read(document));
    }

    /// <inheritdoc />
    public Task SaveAsync(Subscription subscription, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            Collection.Upsert(Write(subscription));
        }
        catch (LiteException e) when (e.ErrorCode == LiteException.INDEX_DUPLICATE_KEY)
        {
            throw new InvalidOperationException($"Another subscription already exists for {subscription.Chat}.", e);
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<Subscription>> ListActiveAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        IReadOnlyList<Subscription> active = [.. Collection.Find(Query.EQ("active", true)).Select(Read)];
        return Task.FromResult(active);
    }

    /// <inheritdoc />
    public Task<int> DeactivateAsync(ChatAddress chat, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(chat);
        cancellationToken.ThrowIfCancellationRequested();
        var matches = chat.ThreadId is null
            ? Collection.Find(Query.EQ("chat", Bson.ChatKey(chat)))
            : Collection.Find(Query.EQ("address", Bson.AddressKey(chat)));
        var count = 0;
        foreach (var document in matches.Where(d => d["active"].AsBoolean).ToList())
        {
            document["active"] = false;
            Collection.Update(document);
            count++;
        }

        return Task.FromResult(count);
    }

    /// <inheritdoc />
    public Task<int> MoveChatAsync(ChatPlatform platform, string oldChatId, string newChatId, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var moved = 0;
        var db = database.Database; // one engine for the whole transaction, even if it is reopened meanwhile
        var collection = db.GetCollection(CollectionName);
        db.BeginTrans();
        try
        {
            foreach (var old in collection.Find(Query.EQ("chat", Bson.ChatKey(new ChatAddress(platform, oldChatId)))).Select(Read).ToList())
            {
                var target = old.Chat with { ChatId = newChatId };
                if (collection.FindOne(Query.EQ("address", Bson.AddressKey(target))) is not null)
                {
                    collection.Delete(old.Id);
                    continue;
                }

                collection.Update(Write(old with { Chat = target }));
                moved++;
            }

            db.Commit();
        }
        catch
        {
            db.Rollback();
            throw;
        }

        return Task.FromResult(moved);
    }

    /// <inheritdoc />
    public Task<int> CountActiveAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(Collection.Count(Query.EQ("active", true)));
    }

    private static BsonDocument Write(Subscription subscription)
    {
        var document = new BsonDocument
        {
            ["_id"] = subscription.Id,
            ["address"] = Bson.AddressKey(subscription.Chat),
            ["chat"] = Bson.ChatKey(subscription.Chat),
            ["kind"] = subscription.Kind.ToString(),
            ["language"] = subscription.Language.ToCode(),
            ["leadDays"] = new BsonArray(subscription.LeadDays.Select(d => new BsonValue(d))),
            ["subscribedBy"] = subscription.SubscribedBy is null ? BsonValue.Null : new BsonValue(subscription.SubscribedBy),
            ["subscribedAt"] = Bson.Date(subscription.SubscribedAt),
            ["active"] = subscription.Active,
        };
        Bson.WriteChat(document, subscription.Chat);
        return document;
    }

    private static Subscription Read(BsonDocument document) => new(
        document["_id"].AsString,
        Bson.ReadChat(document),
        Enum.Parse<ChatKind>(document["kind"].AsString),
        LanguageCodes.TryParse(Bson.ReadString(document, "language")) ?? Language.Arabic,
        [.. document["leadDays"].AsArray.Select(v => v.AsInt32)],
        Bson.ReadString(document, "subscribedBy"),
        Bson.ReadDate(document["subscribedAt"]),
        document["active"].AsBoolean);
}
