using Moq;
using WithdrawalBot.Core.Messages;
using WithdrawalBot.Core.Platforms;

namespace WithdrawalBot.Core.Tests.Platforms;

public sealed class ServingPlatformsTests
{
    private static IChatPlatform Platform(ChatPlatform platform)
    {
        var mock = new Mock<IChatPlatform>();
        mock.SetupGet(p => p.Platform).Returns(platform);
        return mock.Object;
    }

    [Fact]
    public void StopAlone_AnotherPlatformServes_TrueAndTheReasonIsKept()
    {
        var platforms = new ServingPlatforms([Platform(ChatPlatform.Telegram), Platform(ChatPlatform.Discord)]);

        Assert.True(platforms.StopAlone(ChatPlatform.Discord, "4014 disallowed intents"));

        Assert.Equal("4014 disallowed intents", platforms.StoppedReason(ChatPlatform.Discord));
        Assert.Null(platforms.StoppedReason(ChatPlatform.Telegram));
        Assert.Equal([ChatPlatform.Telegram], platforms.Serving);
        Assert.Equal("Telegram", platforms.OthersServing(ChatPlatform.Discord));
    }

    [Fact]
    public void StopAlone_TheOnlyPlatform_FalseSoTheProcessStops()
    {
        var platforms = new ServingPlatforms([Platform(ChatPlatform.Discord)]);

        Assert.False(platforms.StopAlone(ChatPlatform.Discord, "4004"));
        Assert.Null(platforms.StoppedReason(ChatPlatform.Discord));
    }

    [Fact]
    public void StopAlone_TheLastOfTwo_False()
    {
        var platforms = new ServingPlatforms([Platform(ChatPlatform.Telegram), Platform(ChatPlatform.Discord)]);

        Assert.True(platforms.StopAlone(ChatPlatform.Telegram, "409"));
        Assert.False(platforms.StopAlone(ChatPlatform.Discord, "401"));
        Assert.Empty(platforms.Serving);
    }

    [Fact]
    public void Console_IsNoServedPlatform()
    {
        var platforms = new ServingPlatforms([Platform(ChatPlatform.Console), Platform(ChatPlatform.Discord)]);

        Assert.False(platforms.StopAlone(ChatPlatform.Discord, "4004"));
    }
}
