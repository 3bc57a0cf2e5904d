using System.Text.Json.Nodes;
using WithdrawalBot.Core.Messages;
using WithdrawalBot.Discord.Adapter;
using WithdrawalBot.Discord.Tests.Fakes;

namespace WithdrawalBot.Discord.Tests.Rest;

public sealed class DiscordChatPlatformTests
{
    private static string Bits(DiscordPermissions p) => ((ulong)p).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static FakeDiscord Server()
    {
        var fake = new FakeDiscord();
        fake.Guilds["200"] = new JsonObject
        {
            ["id"] = "200", ["owner_id"] = "1",
            ["roles"] = new JsonArray(
                new JsonObject { ["id"] = "200", ["name"] = "@everyone", ["permissions"] = Bits(DiscordPermissions.ViewChannel | DiscordPermissions.SendMessages) },
                new JsonObject { ["id"] = "10", ["name"] = "mods", ["permissions"] = Bits(DiscordPermissions.ManageChannels) }),
        };
        fake.Channels["300"] = new JsonObject { ["id"] = "300", ["type"] = 0, ["guild_id"] = "200", ["permission_overwrites"] = new JsonArray() };
        fake.Channels["301"] = new JsonObject { ["id"] = "301", ["type"] = 11, ["guild_id"] = "200", ["parent_id"] = "300" };
        fake.Channels["400"] = new JsonObject { ["id"] = "400", ["type"] = 1 };
        fake.Members["200/2"] = new JsonObject { ["roles"] = new JsonArray("10"), ["user"] = new JsonObject { ["id"] = "2" } };
        fake.Members["200/3"] = new JsonObject { ["roles"] = new JsonArray(), ["user"] = new JsonObject { ["id"] = "3" } };
        return fake;
    }

    [Theory]
    [InlineData("1", null, true)]
    [InlineData("2", null, true)]
    [InlineData("2", "301", true)]
    [InlineData("3", null, false)]
    [InlineData("9", null, false)]
    public async Task IsAdminAsync_OwnerOrManageChannels_IsAdmin(string user, string? thread, bool expected)
    {
        await using var fake = Server();
        using var harness = new RestHarness(fake);

        var admin = await harness.Platform.IsAdminAsync(new ChatAddress(ChatPlatform.Discord, "300", thread), user, CancellationToken.None);

        Assert.Equal(expected, admin);
    }

    [Fact]
    public async Task IsAdminAsync_DirectMessage_TheUserAdministersIt()
    {
        await using var fake = Server();
        using var harness = new RestHarness(fake);

        Assert.True(await harness.Platform.IsAdminAsync(new ChatAddress(ChatPlatform.Discord, "400"), "3", CancellationToken.None));
    }

    [Fact]
    public async Task IsAdminAsync_DeletedChannel_FalseNotThrown()
    {
        await using var fake = Server();
        using var harness = new RestHarness(fake);

        Assert.False(await harness.Platform.IsAdminAsync(new ChatAddress(ChatPlatform.Discord, "999"), "1", CancellationToken.None));
    }

    [Fact]
    public async Task IsAdminAsync_DiscordFailingToAnswer_CouldNotAskNotNo()
    {
        // Break 25: a member with Manage Channels was told "only members who can manage this channel …" during a Discord outage.
        await using var fake = Server();
        using var harness = new RestHarness(fake);
        for (var i = 0; i < 4; i++)
        {
            fake.Script("GET", "channels/300", FakeResponse.Error(503, 0, "Service Unavailable"));
        }

        var admin = await harness.AdvanceUntilDoneAsync(harness.Platform.IsAdminAsync(new ChatAddress(ChatPlatform.Discord, "300"), "2", CancellationToken.None), TimeSpan.FromSeconds(1));

        Assert.Null(admin);
    }

    [Theory]
    [InlineData("300", "300", null, ChatKind.Group)]
    [InlineData("<#301>", "300", "301", ChatKind.Group)]
    [InlineData("400", "400", null, ChatKind.Private)]
    public async Task ResolveChatAsync_ChannelIdOrMention_AddressAndKind(string reference, string chatId, string? threadId, ChatKind kind)
    {
        await using var fake = Server();
        using var harness = new RestHarness(fake);

        var resolved = await harness.Platform.ResolveChatAsync(reference, CancellationToken.None);

        Assert.Equal((new ChatAddress(ChatPlatform.Discord, chatId, threadId), kind), resolved);
    }

    [Theory]
    [InlineData("@somechannel")]
    [InlineData("999")]
    [InlineData("")]
    public async Task ResolveChatAsync_UnknownOrNotAnId_Null(string reference)
    {
        await using var fake = Server();
        using var harness = new RestHarness(fake);

        Assert.Null(await harness.Platform.ResolveChatAsync(reference, CancellationToken.None));
    }
}
