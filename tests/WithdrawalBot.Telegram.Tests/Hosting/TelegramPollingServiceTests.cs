using Moq;
using WithdrawalBot.Core.Messages;
using WithdrawalBot.Telegram.Tests.Fakes;

namespace WithdrawalBot.Telegram.Tests.Hosting;

public sealed class TelegramPollingServiceTests
{
    [Fact]
    public async Task Polling_PrivateText_RouterCalledAndReplySentAsEscapedHtml()
    {
        await using var harness = await TelegramHarness.StartAsync();
        harness.Router.Setup(r => r.HandleAsync(It.IsAny<IncomingMessage>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(TelegramHarness.Answer("US <troops> & \"allies\" leave"));

        await harness.DeliverAsync(TelegramUpdates.PrivateText("when do they leave?"));

        harness.Router.Verify(r => r.HandleAsync(
            It.Is<IncomingMessage>(m => m.Chat == new ChatAddress(ChatPlatform.Telegram, "42", null)
                && m.Kind == ChatKind.Private && m.Text == "when do they leave?" && m.Sender!.Id == "42"
                && m.Sender.LanguageCode == "en" && m.IsAddressedToBot && m.SenderIsAdmin == true && m.Command == null),
            It.IsAny<CancellationToken>()), Times.Once);
        var sent = Assert.Single(harness.Api.SentMessages);
        Assert.Equal("42", sent.ChatId);
        Assert.Equal("html", sent.ParseMode, ignoreCase: true);
        Assert.Equal("US &lt;troops&gt; &amp; \"allies\" leave", sent.Text);
        Assert.Null(sent.ReplyToMessageId);
    }
}
