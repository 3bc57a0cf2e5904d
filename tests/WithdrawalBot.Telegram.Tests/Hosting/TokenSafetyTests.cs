using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using WithdrawalBot.Telegram.Tests.Fakes;
using static WithdrawalBot.Telegram.Tests.Fakes.TelegramUpdates;

namespace WithdrawalBot.Telegram.Tests.Hosting;

/// <summary>Feeds the token through every log path (start, answers, API errors, network failure, rejection) and looks for it.</summary>
public sealed class TokenSafetyTests
{
    private const string Secret = "AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw1";

    [Fact]
    public async Task FullRunWithErrors_TokenNeverLogged()
    {
        var time = new FakeTimeProvider(DateTimeOffset.Parse("2026-11-01T09:00:00Z", CultureInfo.InvariantCulture));
        var api = await FakeBotApi.StartAsync();
        api.Fail("getUpdates", FakeBotApiError.BadGateway);
        api.Fail("sendMessage", FakeBotApiError.Blocked);
        await using var harness = await TelegramHarness.StartAsync(api: api, services: s => s.AddSingleton<TimeProvider>(time));
        await api.WaitForCallAsync("getUpdates", r => r.Answered == 502);
        api.EnqueueUpdate(PrivateText("first question, blocked"));
        var last = api.EnqueueUpdate(PrivateText("second question"));
        for (var i = 0; i < 100 && api.SentMessages.Count < 1; i++)
        {
            time.Advance(TimeSpan.FromSeconds(1));
            await Task.Delay(10);
        }

        await harness.HandledAsync(last);
        await api.DisposeAsync();
        for (var i = 0; i < 100 && !harness.Logs.Entries.Any(e => e.EventId.Id == 7030 && e.Exception?.Contains("HttpRequestException", StringComparison.Ordinal) == true); i++)
        {
            time.Advance(TimeSpan.FromSeconds(1));
            await Task.Delay(10);
        }

        await harness.Host.StopAsync();

        Assert.Single(api.SentMessages);
        Assert.Contains(harness.Logs.Entries, e => e.EventId.Id == 7015);
        Assert.Contains(harness.Logs.Entries, e => e.EventId.Id == 7009);
        Assert.Contains(harness.Logs.Entries, e => e.EventId.Id == 7030 && e.Exception is not null);
        AssertNoToken(harness.Logs);
    }

    [Fact]
    public async Task RejectedToken_TokenNeverLogged()
    {
        var api = await FakeBotApi.StartAsync(token: "999999:" + new string('Z', 35));
        await using var harness = await TelegramHarness.StartAsync(api: api, settings: s => s["BotToken"] = FakeBotApi.DefaultToken);

        await harness.StoppingAsync();
        await harness.Host.StopAsync();

        Assert.Contains(harness.Logs.Entries, e => e.Level == LogLevel.Critical);
        AssertNoToken(harness.Logs);
    }

    private static void AssertNoToken(CapturingLoggerProvider logs)
    {
        var text = logs.AllText;
        Assert.NotEmpty(logs.Entries);
        Assert.DoesNotContain(Secret, text, StringComparison.Ordinal);
        Assert.DoesNotContain("/bot", text, StringComparison.Ordinal);
        Assert.DoesNotContain(logs.Entries, e => e.Category.StartsWith("System.Net.Http", StringComparison.Ordinal));
    }
}
