using System.Text.Json.Nodes;

namespace WithdrawalBot.Discord.Tests.Fakes;

/// <summary>Builders for gateway event payloads as Discord sends them.</summary>
public static class DiscordEvents
{
    /// <summary>A MESSAGE_CREATE <c>d</c>. <paramref name="guildId"/> null = a DM.</summary>
    public static JsonObject Message(string id, string content, string channelId = "300", string? guildId = "200", string authorId = "500", bool bot = false,
        string[]? mentions = null, string? replyToAuthorId = null, int? channelType = null)
    {
        var message = new JsonObject
        {
            ["id"] = id,
            ["channel_id"] = channelId,
            ["content"] = content,
            ["timestamp"] = "2026-01-05T10:00:00.000000+00:00",
            ["edited_timestamp"] = null,
            ["tts"] = false,
            ["type"] = replyToAuthorId is null ? 0 : 19,
            ["author"] = new JsonObject { ["id"] = authorId, ["username"] = "user" + authorId, ["global_name"] = "User " + authorId, ["discriminator"] = "0", ["bot"] = bot },
            ["mention_everyone"] = false,
            ["mentions"] = new JsonArray((mentions ?? []).Select(m => (JsonNode)new JsonObject { ["id"] = m, ["username"] = m == FakeDiscord.BotUserId ? "withdrawalbot" : "user" + m, ["bot"] = m == FakeDiscord.BotUserId }).ToArray()),
            ["mention_roles"] = new JsonArray(),
            ["attachments"] = new JsonArray(),
            ["embeds"] = new JsonArray(),
            ["nonce"] = "n" + id,
            ["pinned"] = false,
        };
        if (guildId is not null)
        {
            message["guild_id"] = guildId;
            message["member"] = new JsonObject { ["roles"] = new JsonArray(), ["nick"] = null, ["joined_at"] = "2025-01-01T00:00:00+00:00" };
        }

        if (replyToAuthorId is not null)
        {
            message["message_reference"] = new JsonObject { ["message_id"] = "8000", ["channel_id"] = channelId, ["guild_id"] = guildId };
            message["referenced_message"] = new JsonObject
            {
                ["id"] = "8000", ["channel_id"] = channelId, ["content"] = "earlier", ["type"] = 0,
                ["author"] = new JsonObject { ["id"] = replyToAuthorId, ["username"] = "x", ["bot"] = replyToAuthorId == FakeDiscord.BotUserId },
                ["mentions"] = new JsonArray(),
            };
        }

        if (channelType is not null)
        {
            message["channel_type"] = channelType;
        }

        return message;
    }

    /// <summary>An INTERACTION_CREATE <c>d</c> for a slash command in a guild channel.</summary>
    public static JsonObject SlashCommand(string id, string name, string? optionName = null, string? value = null, string permissions = "1024", string channelId = "300")
    {
        var data = new JsonObject { ["id"] = "777", ["name"] = name, ["type"] = 1 };
        if (optionName is not null)
        {
            data["options"] = new JsonArray(new JsonObject { ["type"] = 3, ["name"] = optionName, ["value"] = value });
        }

        return Interaction(id, 2, data, permissions, channelId);
    }

    /// <summary>An INTERACTION_CREATE <c>d</c> for a tapped button on one of the bot's messages.</summary>
    public static JsonObject Button(string id, string customId, string label)
    {
        var interaction = Interaction(id, 3, new JsonObject { ["custom_id"] = customId, ["component_type"] = 2 }, "1024", "300");
        interaction["message"] = new JsonObject
        {
            ["id"] = "9001", ["channel_id"] = "300", ["content"] = "an answer", ["type"] = 0,
            ["author"] = new JsonObject { ["id"] = FakeDiscord.BotUserId, ["username"] = "withdrawalbot", ["bot"] = true },
            ["components"] = new JsonArray(new JsonObject
            {
                ["type"] = 1,
                ["components"] = new JsonArray(new JsonObject { ["type"] = 2, ["style"] = 2, ["label"] = label, ["custom_id"] = customId }),
            }),
        };
        return interaction;
    }

    private static JsonObject Interaction(string id, int type, JsonObject data, string permissions, string channelId) => new()
    {
        ["id"] = id,
        ["application_id"] = FakeDiscord.ApplicationId,
        ["type"] = type,
        ["token"] = "itok-" + id + "-aW50ZXJhY3Rpb24",
        ["version"] = 1,
        ["guild_id"] = "200",
        ["channel_id"] = channelId,
        ["channel"] = new JsonObject { ["id"] = channelId, ["type"] = 0, ["guild_id"] = "200", ["name"] = "general" },
        ["member"] = new JsonObject
        {
            ["user"] = new JsonObject { ["id"] = "500", ["username"] = "user500", ["global_name"] = "User 500" },
            ["roles"] = new JsonArray(), ["permissions"] = permissions, ["nick"] = null,
        },
        ["locale"] = "en-US",
        ["guild_locale"] = "en-US",
        ["app_permissions"] = "2248473465835073",
        ["entitlements"] = new JsonArray(),
        ["authorizing_integration_owners"] = new JsonObject { ["0"] = "200" },
        ["context"] = 0,
        ["data"] = data,
    };
}
