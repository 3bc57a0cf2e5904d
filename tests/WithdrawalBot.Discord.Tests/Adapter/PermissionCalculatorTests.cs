using WithdrawalBot.Discord.Adapter;
using WithdrawalBot.Discord.Models;

namespace WithdrawalBot.Discord.Tests.Adapter;

public sealed class PermissionCalculatorTests
{
    private static readonly DiscordGuild Guild = new()
    {
        Id = "200",
        OwnerId = "1",
        Roles =
        [
            new DiscordRole { Id = "200", Permissions = ((ulong)(DiscordPermissions.ViewChannel | DiscordPermissions.SendMessages)).ToString(System.Globalization.CultureInfo.InvariantCulture) },
            new DiscordRole { Id = "10", Permissions = ((ulong)DiscordPermissions.ManageChannels).ToString(System.Globalization.CultureInfo.InvariantCulture) },
            new DiscordRole { Id = "11", Permissions = ((ulong)DiscordPermissions.Administrator).ToString(System.Globalization.CultureInfo.InvariantCulture) },
        ],
    };

    [Theory]
    [InlineData("1", new string[0], true)]
    [InlineData("2", new[] { "10" }, true)]
    [InlineData("3", new[] { "11" }, true)]
    [InlineData("4", new string[0], false)]
    public void Compute_OwnerRolesAdministrator_DecideChatAdmin(string user, string[] roles, bool admin)
    {
        var permissions = PermissionCalculator.Compute(Guild, user, roles, null);

        Assert.Equal(admin, (permissions & DiscordPermissions.ChatAdmin) != 0);
    }

    [Fact]
    public void Compute_ChannelOverwrites_EveryoneThenRolesThenMember()
    {
        var channel = new DiscordChannel
        {
            Id = "300",
            PermissionOverwrites =
            [
                new PermissionOverwrite { Id = "200", Type = 0, Deny = ((ulong)DiscordPermissions.SendMessages).ToString(System.Globalization.CultureInfo.InvariantCulture) },
                new PermissionOverwrite { Id = "10", Type = 0, Deny = ((ulong)DiscordPermissions.ManageChannels).ToString(System.Globalization.CultureInfo.InvariantCulture) },
                new PermissionOverwrite { Id = "5", Type = 1, Allow = ((ulong)DiscordPermissions.SendMessages).ToString(System.Globalization.CultureInfo.InvariantCulture) },
            ],
        };

        var moderator = PermissionCalculator.Compute(Guild, "2", ["10"], channel);
        var member = PermissionCalculator.Compute(Guild, "5", [], channel);
        var administrator = PermissionCalculator.Compute(Guild, "3", ["11"], channel);

        Assert.False(moderator.HasFlag(DiscordPermissions.ManageChannels));
        Assert.False(moderator.HasFlag(DiscordPermissions.SendMessages));
        Assert.True(member.HasFlag(DiscordPermissions.SendMessages));
        Assert.True(administrator.HasFlag(DiscordPermissions.SendMessages));
    }

    [Fact]
    public void BotNeeds_InviteUrlPermissions_MatchDocumentedValue() => Assert.Equal(274877991936UL, (ulong)DiscordPermissions.BotNeeds);
}
