using WithdrawalBot.Core.Messages;
using WithdrawalBot.Core.Platforms;
using WithdrawalBot.Terminal;
using WithdrawalBot.Tests.Support;

namespace WithdrawalBot.Tests.Terminal;

public sealed class ConsoleChatPlatformTests
{
    [Fact]
    public async Task SendAsync_ConsoleChat_PrintsTheReply()
    {
        using var output = new StringWriter();
        var platform = new ConsoleChatPlatform(new ConsoleIo(new StringReader(""), output, new StringWriter(), false));

        var result = await platform.SendAsync(ConsoleChat.Chat, FakeRouter.Echo("reminder"), CancellationToken.None);

        Assert.Equal(DeliveryStatus.Delivered, result.Status);
        Assert.Contains("echo: reminder", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_ChatOfAnotherPlatform_IsUnavailableAndPrintsNothing()
    {
        using var output = new StringWriter();
        var platform = new ConsoleChatPlatform(new ConsoleIo(new StringReader(""), output, new StringWriter(), false));

        var result = await platform.SendAsync(new ChatAddress(ChatPlatform.Telegram, "-100123"), FakeRouter.Echo("x"), CancellationToken.None);

        Assert.Equal(DeliveryStatus.ChatUnavailable, result.Status);
        Assert.Equal("", output.ToString());
        Assert.True(await platform.IsAdminAsync(ConsoleChat.Chat, "console", CancellationToken.None));
        Assert.Null(await platform.ResolveChatAsync("@channel", CancellationToken.None));
    }

    [Fact]
    public void CanReceiveLater_NoConsoleOrAskChat_RemindersRunOnlyWhileServing()
    {
        var platform = new ConsoleChatPlatform(new ConsoleIo(new StringReader(""), new StringWriter(), new StringWriter(), false));

        Assert.False(platform.CanReceiveLater(ConsoleChat.Chat));
        Assert.False(platform.CanReceiveLater(AskCommand.Chat));
        Assert.False(platform.CanReceiveLater(new ChatAddress(ChatPlatform.Telegram, "-100123")));
    }
}
