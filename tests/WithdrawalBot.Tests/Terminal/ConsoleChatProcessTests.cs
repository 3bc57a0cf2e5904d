using WithdrawalBot.Tests.Support;

namespace WithdrawalBot.Tests.Terminal;

/// <summary>The console chat as a person gets it: the real app on a terminal (a pseudo-terminal from <c>script</c>), no token, the real core.</summary>
public sealed class ConsoleChatProcessTests
{
    [Fact]
    public async Task ConsoleChat_OnATerminalWithoutToken_AnswersWithCitationAndExitsOnExit()
    {
        await using var bot = BotProcess.Start(["--now", "2026-11-29T12:00:00Z"], terminal: true);
        await bot.WaitForOutputAsync("Ctrl-D", BotProcess.StartTimeout); // the banner: the chat is ready

        await bot.Input.WriteAsync("How many US troops are in Iraq?\n");
        await bot.WaitForOutputAsync("paragraph 13", BotProcess.StartTimeout);
        await bot.Input.WriteAsync("exit\n");
        await bot.Input.FlushAsync();
        var exitCode = await bot.WaitForExitAsync(BotProcess.StartTimeout);

        Assert.True(exitCode == 0, bot.AllOutput);
        Assert.Contains("2,500", bot.Output, StringComparison.Ordinal);
        Assert.Contains("> ", bot.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConsoleChat_NumberOutsideTheSuggestionsOfARefusal_SaysPickOneToThree()
    {
        await using var bot = BotProcess.Start(["--now", "2026-11-29T12:00:00Z"], terminal: true);
        await bot.WaitForOutputAsync("Ctrl-D", BotProcess.StartTimeout);

        await bot.Input.WriteAsync("what is the weather in Paris today?\n");
        await bot.WaitForOutputAsync("  3) ", BotProcess.StartTimeout);
        await bot.Input.WriteAsync("9\n");
        await bot.WaitForOutputAsync("Pick a number from 1 to 3", BotProcess.StartTimeout);
        await bot.Input.WriteAsync("exit\n");
        await bot.Input.FlushAsync();

        Assert.True(await bot.WaitForExitAsync(BotProcess.StartTimeout) == 0, bot.AllOutput);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(bot.Output, "does not say"));
    }
}
