using System.Diagnostics;
using System.Globalization;
using System.Net;
using WithdrawalBot.Tests.Support;

namespace WithdrawalBot.Tests.Hosting;

public sealed class ShutdownTests
{
    /// <summary>docker stop sends SIGTERM and kills after 10 s.</summary>
    private static readonly TimeSpan DockerStopTimeout = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task Sigterm_WhileServing_StopsWithinTenSecondsWithExitCodeZero()
    {
        await using var telegram = await FakeBotApi.StartAsync();
        var port = FreePort.Next();
        await using var bot = BotProcess.Start([], new Dictionary<string, string?>
        {
            ["Telegram__BotToken"] = FakeBotApi.Token,
            ["Telegram__ApiBaseUrl"] = telegram.BaseUrl.ToString(),
            ["Health__Port"] = port.ToString(CultureInfo.InvariantCulture),
        });
        var (status, _) = await Healthz.WaitAsync(bot, port, BotProcess.StartTimeout);
        Assert.Equal(HttpStatusCode.OK, status);

        var stopwatch = Stopwatch.StartNew();
        bot.Terminate();
        var exitCode = await bot.WaitForExitAsync(DockerStopTimeout);

        Assert.True(exitCode == 0, $"exit code {exitCode}\n{bot.AllOutput}");
        Assert.True(stopwatch.Elapsed < DockerStopTimeout, $"took {stopwatch.Elapsed}");
        Assert.Contains("WithdrawalBot stopped with exit code 0", bot.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sigterm_WhileAskWaitsForInput_ExitsZeroWithoutAStackTrace()
    {
        await using var bot = BotProcess.Start(["ask", "--json"]);
        await bot.Input.WriteLineAsync("How many US troops are in Iraq?");
        await bot.Input.FlushAsync();
        await bot.WaitForOutputAsync("\"question\"", BotProcess.StartTimeout);

        bot.Terminate();
        var exitCode = await bot.WaitForExitAsync(DockerStopTimeout);

        Assert.True(exitCode == 0, $"exit code {exitCode}\n{bot.AllOutput}");
        Assert.DoesNotContain("Exception", bot.Error, StringComparison.Ordinal);
    }
}
