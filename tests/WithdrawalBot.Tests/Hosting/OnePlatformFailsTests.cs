using System.Globalization;
using System.Net;
using System.Text.Json;
using WithdrawalBot.Tests.Support;

namespace WithdrawalBot.Tests.Hosting;

/// <summary>
/// Break 33 #4: the real app serving Telegram and Discord together, one of which fails for good. That platform stops alone,
/// with its critical line and /healthz naming it Degraded, and the other serves on; only when no platform is left does the
/// process end with exit code 1.
/// </summary>
public sealed class OnePlatformFailsTests
{
    private const string DiscordToken = "MTAwMDAwMDAwMDAwMDAwMDAw.GfAkEt.fake-token-for-process-tests_0123456789";

    private static Dictionary<string, string?> Environment(int healthPort, Uri telegramApi, Uri discordApi) => new()
    {
        ["Health__Port"] = healthPort.ToString(CultureInfo.InvariantCulture),
        ["Telegram__BotToken"] = FakeBotApi.Token,
        ["Telegram__ApiBaseUrl"] = telegramApi.ToString(),
        ["Discord__BotToken"] = DiscordToken,
        ["Discord__ApiBaseUrl"] = discordApi + "api/v10/",
        ["Discord__ApplicationId"] = "100",
    };

    private static List<string> Notable(BotProcess bot) =>
        bot.AllOutput.Split('\n').Where(l => l.Contains(" crit: ", StringComparison.Ordinal) || l.Contains(" fail: ", StringComparison.Ordinal) || l.Contains(" warn: ", StringComparison.Ordinal)).ToList();

    private static async Task<JsonElement> CheckAsync(BotProcess bot, int port, string name)
    {
        var (status, body) = await Healthz.WaitAsync(bot, port, BotProcess.StartTimeout);
        using var report = JsonDocument.Parse(body);
        var check = report.RootElement.GetProperty("checks").EnumerateArray().Single(c => c.GetProperty("name").GetString() == name).Clone();
        Assert.True(status is HttpStatusCode.OK or HttpStatusCode.ServiceUnavailable, body);
        return check;
    }

    [Fact]
    public async Task Serve_DiscordTokenRejected_TelegramServesOnAndHealthzNamesDiscordDegraded()
    {
        await using var telegram = await FakeBotApi.StartAsync();
        await using var discord = await RejectingApi.StartAsync();
        var port = FreePort.Next();
        await using var bot = BotProcess.Start([], Environment(port, telegram.BaseUrl, discord.BaseUrl));

        await bot.WaitForOutputAsync("Discord has stopped for good", BotProcess.StartTimeout);
        var polls = telegram.Calls.Count(c => c.Equals("getUpdates", StringComparison.OrdinalIgnoreCase));
        var deadline = DateTime.UtcNow + BotProcess.StartTimeout;
        while (telegram.Calls.Count(c => c.Equals("getUpdates", StringComparison.OrdinalIgnoreCase)) < polls + 2 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }

        var (status, body) = await Healthz.WaitAsync(bot, port, BotProcess.StartTimeout);
        var discordCheck = await CheckAsync(bot, port, "discord");
        var telegramCheck = await CheckAsync(bot, port, "telegram");
        Assert.False(bot.HasExited, bot.AllOutput);
        bot.Terminate();
        var exitCode = await bot.WaitForExitAsync(BotProcess.StartTimeout);

        Assert.True(telegram.Calls.Count(c => c.Equals("getUpdates", StringComparison.OrdinalIgnoreCase)) >= polls + 2, "Telegram kept polling after Discord stopped");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("\"status\":\"Degraded\"", body, StringComparison.Ordinal);
        Assert.Equal("Degraded", discordCheck.GetProperty("status").GetString());
        Assert.Contains("Discord stopped for good", discordCheck.GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Contains("Telegram keeps serving", discordCheck.GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Equal("Healthy", telegramCheck.GetProperty("status").GetString());
        Assert.True(exitCode == 0, $"exit code {exitCode}\n{bot.AllOutput}");
        var line = Assert.Single(Notable(bot));
        Assert.Contains(" crit: WithdrawalBot.", line, StringComparison.Ordinal);
        Assert.Contains("Discord__BotToken", line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", bot.AllOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serve_TelegramTokenRejected_DiscordServesOnAndHealthzNamesTelegramDegraded()
    {
        await using var telegram = await RejectingApi.StartAsync();
        // Discord cannot be reached yet: the adapter keeps trying, as it would serve once it can.
        var discord = new Uri($"http://127.0.0.1:{FreePort.Next()}/");
        var port = FreePort.Next();
        await using var bot = BotProcess.Start([], Environment(port, telegram.BaseUrl, discord));

        await bot.WaitForOutputAsync("Telegram has stopped for good", BotProcess.StartTimeout);
        var telegramCheck = await CheckAsync(bot, port, "telegram");
        await bot.WaitForOutputAsync("GET gateway/bot failed", BotProcess.StartTimeout);
        Assert.False(bot.HasExited, bot.AllOutput);
        bot.Terminate();
        var exitCode = await bot.WaitForExitAsync(BotProcess.StartTimeout);

        Assert.Equal("Degraded", telegramCheck.GetProperty("status").GetString());
        Assert.Contains("Telegram stopped for good: Telegram rejected the bot token; check Telegram__BotToken. Discord keeps serving.", telegramCheck.GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.True(exitCode == 0, $"exit code {exitCode}\n{bot.AllOutput}");
        var critical = Assert.Single(Notable(bot), l => l.Contains(" crit: ", StringComparison.Ordinal));
        Assert.Contains("Telegram__BotToken", critical, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serve_BothTokensRejected_ExitsOneWithACriticalLineForEach()
    {
        await using var api = await RejectingApi.StartAsync();
        var port = FreePort.Next();

        await using var bot = await BotProcess.RunAsync([], Environment(port, api.BaseUrl, api.BaseUrl), timeout: TimeSpan.FromSeconds(30));

        Assert.True(bot.ExitCode == 1, $"exit code {bot.ExitCode}\n{bot.AllOutput}");
        var notable = Notable(bot);
        Assert.Equal(2, notable.Count);
        Assert.Contains(notable, l => l.Contains(" crit: ", StringComparison.Ordinal) && l.Contains("Telegram__BotToken", StringComparison.Ordinal));
        Assert.Contains(notable, l => l.Contains(" crit: ", StringComparison.Ordinal) && l.Contains("Discord__BotToken", StringComparison.Ordinal));
        Assert.Contains("WithdrawalBot stopped with exit code 1", bot.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", bot.AllOutput, StringComparison.Ordinal);
    }
}
