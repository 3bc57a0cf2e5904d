using System.Globalization;
using WithdrawalBot.Tests.Support;

namespace WithdrawalBot.Tests.Hosting;

/// <summary>
/// The real app process serving one platform whose API rejects the token: it must stop by itself with exit code 1 and
/// one critical line of ours naming the setting to fix (and no other warning, error or stack trace), never the token,
/// for Discord as for Telegram.
/// </summary>
public sealed class PlatformFatalErrorTests
{
    private const string DiscordToken = "MTAwMDAwMDAwMDAwMDAwMDAw.GfAkEt.fake-token-for-process-tests_0123456789";

    [Theory]
    [InlineData("Discord")]
    [InlineData("Telegram")]
    public async Task Serve_TokenRejectedByThePlatform_ExitsOneWithOneCriticalLine(string platform)
    {
        await using var api = await RejectingApi.StartAsync();
        var environment = new Dictionary<string, string?>
        {
            ["Health__Port"] = FreePort.Next().ToString(CultureInfo.InvariantCulture),
        };
        var token = platform == "Discord" ? DiscordToken : FakeBotApi.Token;
        if (platform == "Discord")
        {
            environment["Discord__BotToken"] = token;
            environment["Discord__ApiBaseUrl"] = api.BaseUrl + "api/v10/";
            environment["Discord__ApplicationId"] = "100";
        }
        else
        {
            environment["Telegram__BotToken"] = token;
            environment["Telegram__ApiBaseUrl"] = api.BaseUrl.ToString();
        }

        await using var bot = await BotProcess.RunAsync([], environment, timeout: TimeSpan.FromSeconds(30));

        Assert.True(bot.ExitCode == 1, $"exit code {bot.ExitCode}\n{bot.AllOutput}");
        // Exactly one line above Information, ours: no host "BackgroundService failed" trace, no "configure this to
        // Ignore" advice, no slash-command registrar claiming that mentions and DMs still work.
        var notable = bot.AllOutput.Split('\n').Where(l => l.Contains(" crit: ", StringComparison.Ordinal) || l.Contains(" fail: ", StringComparison.Ordinal) || l.Contains(" warn: ", StringComparison.Ordinal)).ToList();
        var line = Assert.Single(notable);
        Assert.Contains(" crit: WithdrawalBot.", line, StringComparison.Ordinal);
        Assert.Contains(platform + "__BotToken", line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", bot.AllOutput, StringComparison.Ordinal);
        Assert.Contains("WithdrawalBot stopped with exit code 1", bot.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(token, bot.AllOutput, StringComparison.Ordinal);
    }
}
