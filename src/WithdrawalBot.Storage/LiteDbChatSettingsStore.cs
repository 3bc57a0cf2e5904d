using LiteDB;
using WithdrawalBot.Core.Languages;
using WithdrawalBot.Core.Messages;
using WithdrawalBot.Core.Storage;

namespace WithdrawalBot.Storage;

/// <summary>Per-chat settings (language, time zone) in the <c>chat_settings</c> collection, keyed by platform and chat id (threads share their chat's settings).</summary>
public sealed class LiteDbChatSettingsStore(BotDatabase database) : IChatSettingsStore
{
    private ILiteCollection<BsonDocument> Collection => database.Collection("chat_settings");

    /// <inheritdoc />
    public Task<ChatSettings> GetAsync(ChatAddress chat, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(chat);
        cancellationToken.ThrowIfCancellationRequested();
        var address = chat with { ThreadId = null };
        var document = Collection.FindById(Bson.ChatKey(chat));
        return Task.FromResult(document is null
            ? new ChatSettings(address, null, null)
            : new ChatSettings(address, LanguageCodes.TryParse(Bson.ReadString(document, "language")), Bson.ReadString(document, "timeZone")));
    }

    /// <inheritdoc />
    public Task SaveAsync(ChatSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        cancellationToken.ThrowIfCancellationRequested();
        var document = new BsonDocument { ["_id"] = Bson.ChatKey(settings.Chat) };
        Bson.WriteChat(document, settings.Chat with { ThreadId = null });
        document["language"] = settings.Language is { } language ? language.ToCode() : BsonValue.Null;
        document["timeZone"] = settings.TimeZone is null ? BsonValue.Null : new BsonValue(settings.TimeZone);
        Collection.Upsert(document);
        return Task.CompletedTask;
    }
}
