using System.Text.Json.Nodes;

namespace WithdrawalBot.Telegram.Tests.Fakes;

/// <summary>
/// Builders for real Bot API update JSON (the shapes Telegram sends), to queue on <see cref="FakeBotApi"/> or post
/// to the webhook. Ids: private chats use the user's id; groups are negative (supergroups -100…).
/// </summary>
public static class TelegramUpdates
{
    /// <summary>A private chat with user 42.</summary>
    public const long PrivateUserId = 42;

    /// <summary>A supergroup id.</summary>
    public const long GroupChatId = -1001234567890;

    /// <summary>A channel id.</summary>
    public const long ChannelChatId = -1009876543210;

    private static long nextMessageId = 100;

    /// <summary>A user object.</summary>
    public static JsonObject User(long id, string firstName = "Ali", string? languageCode = "en", bool isBot = false, string? username = null)
    {
        var user = new JsonObject { ["id"] = id, ["is_bot"] = isBot, ["first_name"] = firstName };
        if (languageCode is not null)
        {
            user["language_code"] = languageCode;
        }

        if (username is not null)
        {
            user["username"] = username;
        }

        return user;
    }

    /// <summary>A chat object of type private, group, supergroup or channel.</summary>
    public static JsonObject Chat(long id, string type, bool isForum = false)
    {
        var chat = type == "private"
            ? new JsonObject { ["id"] = id, ["type"] = type, ["first_name"] = "Ali" }
            : new JsonObject { ["id"] = id, ["type"] = type, ["title"] = "Iraq news" };
        if (isForum)
        {
            chat["is_forum"] = true;
        }

        return chat;
    }

    /// <summary>A text message in a private chat with <see cref="PrivateUserId"/>.</summary>
    public static JsonObject PrivateText(string text, string languageCode = "en", long userId = PrivateUserId) =>
        Update("message", Message(Chat(userId, "private"), User(userId, languageCode: languageCode), text));

    /// <summary>A text message from user 7 in the supergroup <see cref="GroupChatId"/>.</summary>
    public static JsonObject GroupText(string text, long chatId = GroupChatId, long userId = 7) =>
        Update("message", Message(Chat(chatId, "supergroup"), User(userId), text));

    /// <summary>A message object; bot_command and mention entities are added for "/cmd…" at the start and every "@name".</summary>
    public static JsonObject Message(JsonObject chat, JsonObject? from, string? text, long? messageId = null)
    {
        var message = new JsonObject
        {
            ["message_id"] = messageId ?? Interlocked.Increment(ref nextMessageId),
            ["date"] = 1_760_000_000,
            ["chat"] = chat,
        };
        if (from is not null)
        {
            message["from"] = from;
        }

        if (text is not null)
        {
            message["text"] = text;
            var entities = EntitiesOf(text);
            if (entities.Count > 0)
            {
                message["entities"] = entities;
            }
        }

        return message;
    }

    /// <summary>Wraps a payload as <c>{"update_id":…, kind: payload}</c> (the fake assigns the id).</summary>
    public static JsonObject Update(string kind, JsonObject payload) => new() { [kind] = payload };

    /// <summary>A sticker (no text) in a chat.</summary>
    public static JsonObject Sticker(JsonObject chat, JsonObject from)
    {
        var message = Message(chat, from, null);
        message["sticker"] = new JsonObject
        {
            ["file_id"] = "CAACAgIAAxk",
            ["file_unique_id"] = "AgADcQ",
            ["type"] = "regular",
            ["width"] = 512,
            ["height"] = 512,
            ["is_animated"] = false,
            ["is_video"] = false,
            ["emoji"] = "👍",
        };
        return Update("message", message);
    }

    /// <summary>A my_chat_member update: the bot's status in <paramref name="chatId"/> went from administrator to <paramref name="newStatus"/>.</summary>
    public static JsonObject MyChatMember(long chatId, long botId, string newStatus, string chatType = "supergroup")
    {
        var newMember = new JsonObject { ["status"] = newStatus, ["user"] = User(botId, "Withdrawal Bot", null, isBot: true) };
        if (newStatus == "kicked")
        {
            newMember["until_date"] = 0;
        }

        return Update("my_chat_member", new JsonObject
        {
            ["chat"] = Chat(chatId, chatType),
            ["from"] = User(7),
            ["date"] = 1_760_000_000,
            ["old_chat_member"] = new JsonObject { ["status"] = "member", ["user"] = User(botId, "Withdrawal Bot", null, isBot: true) },
            ["new_chat_member"] = newMember,
        });
    }

    /// <summary>
    /// A callback_query: user <paramref name="userId"/> tapped a button with <paramref name="data"/> under bot message
    /// <paramref name="messageId"/>, which carries that button in its reply_markup as Telegram sends it; with
    /// <paramref name="onItsKeyboard"/> false the message's keyboard has another button only (data a client forged).
    /// </summary>
    public static JsonObject CallbackQuery(JsonObject chat, long userId, string data, long botId, long messageId = 900, string queryId = "cbq-1", bool onItsKeyboard = true)
    {
        var message = Message(chat, User(botId, "Withdrawal Bot", null, isBot: true), "An earlier answer", messageId);
        message["reply_markup"] = new JsonObject
        {
            ["inline_keyboard"] = new JsonArray(new JsonArray(new JsonObject { ["text"] = "A button", ["callback_data"] = onItsKeyboard ? data : "q:another" })),
        };
        return Update("callback_query", new JsonObject
        {
            ["id"] = queryId,
            ["from"] = User(userId, languageCode: "ar"),
            ["message"] = message,
            ["chat_instance"] = "-5550001",
            ["data"] = data,
        });
    }

    /// <summary>An inline_query from user <paramref name="userId"/>.</summary>
    public static JsonObject InlineQuery(string query, long userId = PrivateUserId, string queryId = "iq-1") =>
        Update("inline_query", new JsonObject
        {
            ["id"] = queryId,
            ["from"] = User(userId),
            ["query"] = query,
            ["offset"] = "",
        });

    private static JsonArray EntitiesOf(string text)
    {
        var entities = new JsonArray();
        if (text.StartsWith('/'))
        {
            var end = text.IndexOfAny([' ', '\n']);
            entities.Add(new JsonObject { ["type"] = "bot_command", ["offset"] = 0, ["length"] = end < 0 ? text.Length : end });
        }

        for (var at = text.IndexOf('@', StringComparison.Ordinal); at >= 0; at = text.IndexOf('@', at + 1))
        {
            var insideCommand = text.StartsWith('/') && at < (text.IndexOf(' ', StringComparison.Ordinal) is var space and >= 0 ? space : text.Length);
            var end = at + 1;
            while (end < text.Length && (char.IsAsciiLetterOrDigit(text[end]) || text[end] == '_'))
            {
                end++;
            }

            if (!insideCommand && end > at + 1)
            {
                entities.Add(new JsonObject { ["type"] = "mention", ["offset"] = at, ["length"] = end - at });
            }
        }

        return entities;
    }
}
