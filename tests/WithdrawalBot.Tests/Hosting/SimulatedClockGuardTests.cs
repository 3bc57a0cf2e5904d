using Microsoft.Extensions.Logging.Abstractions;
using WithdrawalBot.Core.Languages;
using WithdrawalBot.Core.Messages;
using WithdrawalBot.Core.Reminders;
using WithdrawalBot.Hosting;
using WithdrawalBot.Storage;
using WithdrawalBot.Storage.Reminders;
using WithdrawalBot.Tests.Support;

namespace WithdrawalBot.Tests.Hosting;

/// <summary>
/// Serve mode with <c>--now</c> (a simulated clock) against a data folder: a live bot's folder with subscribers is
/// refused before any platform is contacted, so no subscriber gets a reminder weeks early; a fresh folder is served and
/// marked, and serving that folder on the real clock later warns.
/// </summary>
public sealed class SimulatedClockGuardTests
{
    [Fact]
    public async Task ServeWithNow_FolderWithALiveSubscriber_RefusesBeforeSendingAnything()
    {
        using var data = new TempDirectory();
        await SubscribeAsync(data.Path, "7001", new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero));
        await using var telegram = await FakeBotApi.StartAsync();

        await using var bot = await BotProcess.RunAsync(["--now", "2026-12-24T06:59:40Z"], Settings(data.Path, telegram));

        Assert.True(bot.ExitCode == 1, bot.AllOutput);
        var line = Assert.Single(bot.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("--now would send the chat subscribed in the data folder", line, StringComparison.Ordinal);
        Assert.Contains("Storage__DataDirectory", line, StringComparison.Ordinal);
        Assert.DoesNotContain(telegram.Calls, call => call.Contains("sendMessage", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ServeWithNow_EmptyFolder_ServesThenTheRealClockRunWarnsAboutIt()
    {
        using var data = new TempDirectory();
        await using var telegram = await FakeBotApi.StartAsync();
        var settings = Settings(data.Path, telegram);

        await using (var test = BotProcess.Start(["--now", "2026-12-24T06:59:40Z"], settings))
        {
            await Healthz.WaitAsync(test, int.Parse(settings["Health__Port"]!, System.Globalization.CultureInfo.InvariantCulture), BotProcess.StartTimeout);
            test.Terminate();
            Assert.True(await test.WaitForExitAsync(BotProcess.StartTimeout) == 0, test.AllOutput);
            Assert.DoesNotContain("simulated clock", test.AllOutput, StringComparison.Ordinal);
        }

        settings["Health__Port"] = FreePort.Next().ToString(System.Globalization.CultureInfo.InvariantCulture);
        await using var live = BotProcess.Start([], settings);
        await Healthz.WaitAsync(live, int.Parse(settings["Health__Port"]!, System.Globalization.CultureInfo.InvariantCulture), BotProcess.StartTimeout);
        live.Terminate();
        await live.WaitForExitAsync(BotProcess.StartTimeout);
        Assert.Contains("was served with --now 2026-12-24T06:59:40", live.AllOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckAsync_FolderMarkedByAnEarlierTestRun_AcceptsNowAgainAndKeepsTheFirstStart()
    {
        using var data = new TempDirectory();
        var first = new DateTimeOffset(2026, 12, 24, 6, 59, 40, TimeSpan.Zero);
        using (var database = BotDatabase.Open(data.Path))
        {
            new SimulatedClockRecord(database).Record(first);
            await new LiteDbSubscriptionStore(database).SaveAsync(Subscribed("7002", first), CancellationToken.None);
            var services = new ServiceCollection()
                .AddSingleton(database)
                .AddSingleton<SimulatedClockRecord>()
                .AddSingleton<ISubscriptionStore>(new LiteDbSubscriptionStore(database))
                .BuildServiceProvider();

            await SimulatedClockGuard.CheckAsync(services, first.AddDays(5), NullLogger.Instance, CancellationToken.None);
        }

        using var reopened = BotDatabase.Open(data.Path);
        Assert.Equal(first, new SimulatedClockRecord(reopened).Start);
    }

    private static Dictionary<string, string?> Settings(string dataPath, FakeBotApi telegram) => new()
    {
        ["Telegram__BotToken"] = FakeBotApi.Token,
        ["Telegram__ApiBaseUrl"] = telegram.BaseUrl.ToString(),
        ["Storage__DataDirectory"] = dataPath,
        ["Health__Port"] = FreePort.Next().ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    private static async Task SubscribeAsync(string dataPath, string chatId, DateTimeOffset at)
    {
        using var database = BotDatabase.Open(dataPath);
        await new LiteDbSubscriptionStore(database).SaveAsync(Subscribed(chatId, at), CancellationToken.None);
    }

    private static Subscription Subscribed(string chatId, DateTimeOffset at) =>
        new(Subscription.NewId(), new ChatAddress(ChatPlatform.Telegram, chatId, null), ChatKind.Private, Language.English, [7], "u", at, true);
}
