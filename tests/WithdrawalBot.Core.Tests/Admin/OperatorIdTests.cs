using WithdrawalBot.Core.Admin;
using WithdrawalBot.Core.Messages;

namespace WithdrawalBot.Core.Tests.Admin;

public sealed class OperatorIdTests
{
    [Theory]
    [InlineData("telegram:123", ChatPlatform.Telegram, "123")]
    [InlineData(" Discord : 80351110224678912 ", ChatPlatform.Discord, "80351110224678912")]
    [InlineData("console:alice", ChatPlatform.Console, "alice")]
    [InlineData("123", null, "123")]
    public void TryParse_ValidEntry_ReadsPlatformAndId(string entry, ChatPlatform? platform, string id)
    {
        Assert.Equal(new OperatorId(platform, id), OperatorId.TryParse(entry));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("whatsapp:123")]
    [InlineData("telegram:")]
    [InlineData(":123")]
    [InlineData("1:123")]
    [InlineData("telegram:abc")]
    [InlineData("telegram:@alice")]
    [InlineData("discord:12ab")]
    [InlineData("discord:123456789012345678901")]
    public void TryParse_InvalidEntry_ReturnsNull(string entry)
    {
        Assert.Null(OperatorId.TryParse(entry));
    }

    [Theory]
    [InlineData("telegram:123", ChatPlatform.Telegram, "123", true)]
    [InlineData("telegram:123", ChatPlatform.Discord, "123", false)]
    [InlineData("123", ChatPlatform.Discord, "123", true)]
    [InlineData("123", ChatPlatform.Telegram, "1234", false)]
    public void Matches_PlatformAndId_OnlyTheListedUser(string entry, ChatPlatform platform, string userId, bool expected)
    {
        Assert.Equal(expected, OperatorId.TryParse(entry)!.Matches(platform, userId));
    }
}
