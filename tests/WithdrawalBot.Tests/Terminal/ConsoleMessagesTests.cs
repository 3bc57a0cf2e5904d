using WithdrawalBot.Core.Languages;
using WithdrawalBot.Core.Messages;
using WithdrawalBot.Terminal;

namespace WithdrawalBot.Tests.Terminal;

public sealed class ConsoleMessagesTests
{
    [Fact]
    public void Create_TypedLine_IsAPrivateMessageToTheBotFromItsAdmin()
    {
        var message = ConsoleMessages.Create(ConsoleChat.Chat, "شوكت يطلعون الامريكان؟", 7, Language.Arabic);

        Assert.Equal(new ChatAddress(ChatPlatform.Console, "console"), message.Chat);
        Assert.Equal(ChatKind.Private, message.Kind);
        Assert.Equal("شوكت يطلعون الامريكان؟", message.Text);
        Assert.True(message.IsAddressedToBot);
        Assert.True(message.SenderIsAdmin);
        Assert.Null(message.Command);
        Assert.Equal("7", message.MessageId);
        Assert.Equal("ar", message.Sender?.LanguageCode);
    }

    [Fact]
    public void Create_PickedSuggestion_CarriesThePayloadNotACommand()
    {
        var message = ConsoleMessages.Create(ConsoleChat.Chat, "/help", 1, null, buttonPayload: "intent:help");

        Assert.Equal("intent:help", message.ButtonPayload);
        Assert.Null(message.Command);
        Assert.Null(message.Sender?.LanguageCode);
    }

    [Theory]
    [InlineData("/help", "help", "")]
    [InlineData("  /ASK when do they leave?  ", "ask", "when do they leave?")]
    [InlineData("/help@WithdrawalBot", "help", "")]
    [InlineData("/lang    ar", "lang", "ar")]
    [InlineData("/subscribe\tall", "subscribe", "all")]
    public void ParseCommand_SlashCommand_GivesLowerCaseNameAndTrimmedArguments(string text, string name, string arguments)
    {
        Assert.Equal(new BotCommand(name, arguments), ConsoleMessages.ParseCommand(text));
    }

    [Theory]
    [InlineData("hello")]
    [InlineData("/")]
    [InlineData("// not a command")]
    [InlineData("/bad-name")]
    [InlineData("/مساعدة")]
    [InlineData("")]
    public void ParseCommand_NotACommand_GivesNull(string text)
    {
        Assert.Null(ConsoleMessages.ParseCommand(text));
    }
}
