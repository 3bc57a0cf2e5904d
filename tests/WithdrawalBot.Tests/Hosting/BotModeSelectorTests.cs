using WithdrawalBot.Cli;
using WithdrawalBot.Hosting;
using WithdrawalBot.Tests.Support;

namespace WithdrawalBot.Tests.Hosting;

public sealed class BotModeSelectorTests
{
    private static readonly Invocation Run = Invocation.Parse([]);

    [Fact]
    public void Select_Ask_AnswersEvenWithAMalformedToken()
    {
        var mode = BotModeSelector.Select(Invocation.Parse(["ask", "hi"]), Settings(("Telegram:BotToken", "broken")), inputIsTerminal: false);

        Assert.Equal(BotMode.Ask, mode);
    }

    [Theory]
    [InlineData("Telegram:BotToken", FakeBotApi.Token)]
    [InlineData("Discord:BotToken", "MTA5ODc2NTQzMjEwOTg3NjU0Mw.GhIjKl.abcdefghijklmnopqrstuvwxyz0123456789AB")]
    [InlineData("Telegram:BotToken", "malformed")] // serves: Telegram's options validation then stops start-up with its line
    public void Select_AnyToken_Serves(string key, string token)
    {
        Assert.Equal(BotMode.Serve, BotModeSelector.Select(Run, Settings((key, token)), inputIsTerminal: true));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Select_NoTokenOnATerminal_ChatsOnTheConsole(string token)
    {
        Assert.Equal(BotMode.ConsoleChat, BotModeSelector.Select(Run, Settings(("Telegram:BotToken", token)), inputIsTerminal: true));
    }

    [Fact]
    public void Select_NoTokenAndNoTerminal_StopsSayingWhichVariableToSet()
    {
        var error = Assert.Throws<StartupException>(() => BotModeSelector.Select(Run, Settings(), inputIsTerminal: false));

        Assert.Contains("Telegram__BotToken", error.Message, StringComparison.Ordinal);
        Assert.Contains("Discord__BotToken", error.Message, StringComparison.Ordinal);
    }

    private static IConfiguration Settings(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build();
}
