using LiteDB;
using WithdrawalBot.Core.Messages;

namespace WithdrawalBot.Storage;

/// <summary>Small conversions shared by the stores: UTC instants, chat keys.</summary>
internal static class Bson
{
    /// <summary>An instant as a BSON date in UTC (millisecond precision).</summary>
    public static BsonValue Date(DateTimeOffset instant) => new(instant.UtcDateTime);

    /// <summary>A BSON date back as a UTC instant, whatever kind LiteDB hands out.</summary>
    public static DateTimeOffset ReadDate(BsonValue value)
    {
        var date = value.AsDateTime;
        return new DateTimeOffset(date.Kind == DateTimeKind.Local ? date.ToUniversalTime() : DateTime.SpecifyKind(date, DateTimeKind.Utc), TimeSpan.Zero);
    }

    /// <summary>A string field or <c>null</c>.</summary>
    public static string? ReadString(BsonDocument document, string field) =>
        document.TryGetValue(field, out var value) && value.IsString ? value.AsString : null;

    /// <summary>"telegram|-100123": the chat, thread ignored.</summary>
    public static string ChatKey(ChatAddress chat) => $"{chat.Platform.ToString().ToLowerInvariant()}|{chat.ChatId}";

    /// <summary>"telegram|-100123|77": the chat and thread.</summary>
    public static string AddressKey(ChatAddress chat) => ChatKey(chat) + "|" + chat.ThreadId;

    /// <summary>Writes platform, chat id and thread id fields.</summary>
    public static void WriteChat(BsonDocument document, ChatAddress chat)
    {
        document["platform"] = chat.Platform.ToString();
        document["chatId"] = chat.ChatId;
        document["threadId"] = chat.ThreadId is null ? BsonValue.Null : new BsonValue(chat.ThreadId);
    }

    /// <summary>Reads what <see cref="WriteChat"/> wrote.</summary>
    public static ChatAddress ReadChat(BsonDocument document) => new(
        Enum.Parse<ChatPlatform>(document["platform"].AsString),
        document["chatId"].AsString,
        ReadString(document, "threadId"));
}
