using System.Text.Json.Nodes;
using Moq;
using WithdrawalBot.Core.Messages;
using WithdrawalBot.Discord.Tests.Fakes;

namespace WithdrawalBot.Discord.Tests.Adapter;

/// <summary>
/// Break 33 #2: Discord's mention picker offers the bot's managed role beside the bot, under the same name. A message
/// mentioning that role (<c>&lt;@&amp;role&gt;</c>, <c>mention_roles</c>) addresses the bot, as a mention of the bot does.
/// </summary>
public sealed class RoleMentionTests
{
    private const string OwnRole = "555";
    private const string OtherBotRole = "556";
    private const string PlainRole = "557";

    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);

    private static JsonObject Role(string id, string name, string? botId) => new()
    {
        ["id"] = id,
        ["name"] = name,
        ["permissions"] = "274877991936",
        ["managed"] = botId is not null,
        ["tags"] = botId is null ? null : new JsonObject { ["bot_id"] = botId },
    };

    private static JsonObject Guild(params JsonObject[] roles) => new()
    {
        ["id"] = "200",
        ["name"] = "g",
        ["owner_id"] = "1",
        ["unavailable"] = false,
        ["roles"] = new JsonArray([new JsonObject { ["id"] = "200", ["name"] = "@everyone", ["permissions"] = "0" }, .. roles]),
        ["channels"] = new JsonArray(new JsonObject { ["id"] = "300", ["type"] = 0, ["guild_id"] = "200", ["name"] = "general" }),
        ["threads"] = new JsonArray(),
        ["members"] = new JsonArray(),
        ["member_count"] = 3,
    };

    private static JsonObject RoleMention(string id, string role, string question)
    {
        var message = DiscordEvents.Message(id, $"<@&{role}> {question}");
        message["mention_roles"] = new JsonArray(role);
        return message;
    }

    [Fact]
    public async Task MessageMentioningTheBotsManagedRole_IsForTheBotAndTheMentionIsCut()
    {
        await using var fake = new FakeDiscord();
        await using var host = await DiscordTestHost.StartAsync(fake);
        var connection = await fake.NextConnectionAsync();
        await host.WaitUntilReadyAsync();
        await connection.DispatchAsync("GUILD_CREATE", Guild(Role(OwnRole, "WithdrawalBot", FakeDiscord.BotUserId), Role(OtherBotRole, "OtherBot", "999")));

        await connection.DispatchAsync("MESSAGE_CREATE", RoleMention("7300", OwnRole, "when do troops leave erbil?"));
        await fake.WaitForCallsAsync(c => c.Method == "POST" && c.Path == "channels/300/messages");

        host.Router.Verify(r => r.HandleAsync(It.Is<IncomingMessage>(m => m.MessageId == "7300" && m.IsAddressedToBot && m.Text == "when do troops leave erbil?"), It.IsAny<CancellationToken>()));
    }

    [Fact]
    public async Task RoleOfAnotherBotOrAPlainRole_IsNotTheBot()
    {
        await using var fake = new FakeDiscord();
        await using var host = await DiscordTestHost.StartAsync(fake);
        var connection = await fake.NextConnectionAsync();
        await host.WaitUntilReadyAsync();
        await connection.DispatchAsync("GUILD_CREATE", Guild(Role(OwnRole, "WithdrawalBot", FakeDiscord.BotUserId), Role(OtherBotRole, "OtherBot", "999"), Role(PlainRole, "mods", null)));

        await connection.DispatchAsync("MESSAGE_CREATE", RoleMention("7301", OtherBotRole, "when do troops leave erbil?"));
        await connection.DispatchAsync("MESSAGE_CREATE", RoleMention("7302", PlainRole, "when do troops leave erbil?"));
        await connection.DispatchAsync("MESSAGE_CREATE", DiscordEvents.Message("7303", $"<@{FakeDiscord.BotUserId}> marker", mentions: [FakeDiscord.BotUserId]));
        await DiscordTestHost.Eventually(() => host.Router.Invocations.Count(i => i.Method.Name == "HandleAsync") == 3, Wait);

        host.Router.Verify(r => r.HandleAsync(It.Is<IncomingMessage>(m => m.MessageId == "7301" && !m.IsAddressedToBot), It.IsAny<CancellationToken>()));
        host.Router.Verify(r => r.HandleAsync(It.Is<IncomingMessage>(m => m.MessageId == "7302" && !m.IsAddressedToBot), It.IsAny<CancellationToken>()));
    }

    [Fact]
    public async Task RoleCreatedLater_GuildRoleCreate_CountsToo_AndADeletedRoleNoLonger()
    {
        await using var fake = new FakeDiscord();
        await using var host = await DiscordTestHost.StartAsync(fake);
        var connection = await fake.NextConnectionAsync();
        await host.WaitUntilReadyAsync();
        await connection.DispatchAsync("GUILD_CREATE", Guild());

        // The bot joined a server after READY: its managed role comes in GUILD_ROLE_CREATE.
        await connection.DispatchAsync("GUILD_ROLE_CREATE", new JsonObject { ["guild_id"] = "200", ["role"] = Role(OwnRole, "WithdrawalBot", FakeDiscord.BotUserId) });
        await connection.DispatchAsync("MESSAGE_CREATE", RoleMention("7310", OwnRole, "how many troops in iraq?"));
        await fake.WaitForCallsAsync(c => c.Method == "POST" && c.Path == "channels/300/messages");
        await connection.DispatchAsync("GUILD_ROLE_DELETE", new JsonObject { ["guild_id"] = "200", ["role_id"] = OwnRole });
        await connection.DispatchAsync("MESSAGE_CREATE", RoleMention("7311", OwnRole, "how many troops in iraq?"));
        await DiscordTestHost.Eventually(() => host.Router.Invocations.Count(i => i.Method.Name == "HandleAsync") == 2, Wait);

        host.Router.Verify(r => r.HandleAsync(It.Is<IncomingMessage>(m => m.MessageId == "7310" && m.IsAddressedToBot && m.Text == "how many troops in iraq?"), It.IsAny<CancellationToken>()));
        host.Router.Verify(r => r.HandleAsync(It.Is<IncomingMessage>(m => m.MessageId == "7311" && !m.IsAddressedToBot), It.IsAny<CancellationToken>()));
    }
}
