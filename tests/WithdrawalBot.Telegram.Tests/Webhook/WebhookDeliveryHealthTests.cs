using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using WithdrawalBot.Telegram.Diagnostics;
using WithdrawalBot.Telegram.Hosting;
using WithdrawalBot.Telegram.Tests.Fakes;

namespace WithdrawalBot.Telegram.Tests.Webhook;

/// <summary>
/// Break 33 #5: in webhook mode /healthz said "setWebhook succeeded" for good, while Telegram could not deliver a single
/// update (a broken TLS proxy, an expired certificate, wrong DNS) or another instance had taken the webhook over. The bot
/// now reads getWebhookInfo every <see cref="TelegramWebhookService.CheckInterval"/>.
/// </summary>
public sealed class WebhookDeliveryHealthTests
{
    private const string Url = "https://bot.example.org/telegram/hook";
    private static readonly DateTimeOffset Start = DateTimeOffset.Parse("2026-11-01T09:00:00Z", CultureInfo.InvariantCulture);

    private static Task<TelegramHarness> StartAsync(FakeTimeProvider time) => TelegramHarness.StartAsync(
        settings: s =>
        {
            s["WebhookUrl"] = Url;
            s["WebhookSecret"] = "s3cret";
        },
        services: s => s.AddSingleton<TimeProvider>(time));

    private static async Task<HealthCheckResult> HealthAsync(TelegramHarness harness) =>
        await ActivatorUtilities.CreateInstance<TelegramHealthCheck>(harness.Host.Services).CheckHealthAsync(new HealthCheckContext());

    /// <summary>Lets the check interval pass (again and again) until the health check says what <paramref name="expected"/> wants.</summary>
    private static async Task<HealthCheckResult> CheckUntilAsync(TelegramHarness harness, FakeTimeProvider time, Func<HealthCheckResult, bool> expected)
    {
        var health = await HealthAsync(harness);
        for (var i = 0; i < 100 && !expected(health); i++)
        {
            time.Advance(TelegramWebhookService.CheckInterval);
            await Task.Delay(20);
            health = await HealthAsync(harness);
        }

        Assert.True(expected(health), $"{health.Status}: {health.Description}");
        return health;
    }

    [Fact]
    public async Task TelegramCannotDeliver_DegradedNamingTheErrorAndAWarning_HealthyOnceItDeliversAgain()
    {
        var time = new FakeTimeProvider(Start);
        await using var harness = await StartAsync(time);
        await harness.Api.WaitForCallAsync("setWebhook");

        harness.Api.WebhookLastError = (time.GetUtcNow().ToUnixTimeSeconds() - 30, "Connection refused");
        harness.Api.WebhookPendingCount = 7;
        var failing = await CheckUntilAsync(harness, time, h => h.Status != HealthStatus.Healthy);

        harness.Api.WebhookPendingCount = 0;
        var recovered = await CheckUntilAsync(harness, time, h => h.Status == HealthStatus.Healthy);

        Assert.Equal(HealthStatus.Degraded, failing.Status);
        Assert.Contains("Connection refused", failing.Description, StringComparison.Ordinal);
        Assert.Contains("7 update(s) waiting", failing.Description, StringComparison.Ordinal);
        Assert.Contains(harness.Logs.Entries, e => e.EventId.Id == 7045 && e.Level == LogLevel.Warning && e.Message.Contains("Connection refused", StringComparison.Ordinal));
        Assert.Equal(HealthStatus.Healthy, recovered.Status);
    }

    [Theory]
    [InlineData("https://other.example.org/hook", "other.example.org")]
    [InlineData(null, "deleted")]
    public async Task WebhookTakenOverOrDeleted_UnhealthySayingSo(string? replacement, string said)
    {
        var time = new FakeTimeProvider(Start);
        await using var harness = await StartAsync(time);
        await harness.Api.WaitForCallAsync("setWebhook");
        await CheckUntilAsync(harness, time, h => h.Description?.StartsWith("getWebhookInfo", StringComparison.Ordinal) == true);

        harness.Api.ReplaceWebhook(replacement);
        var health = await CheckUntilAsync(harness, time, h => h.Status != HealthStatus.Healthy);

        Assert.Equal(HealthStatus.Unhealthy, health.Status);
        Assert.Contains(said, health.Description, StringComparison.Ordinal);
        Assert.Contains(harness.Logs.Entries, e => e.EventId.Id == 7046 && e.Level == LogLevel.Warning);
        Assert.Single(harness.Api.Calls("setWebhook")); // another instance's webhook is not fought over
    }

    [Fact]
    public async Task AnOldErrorWithNothingWaiting_Healthy()
    {
        var time = new FakeTimeProvider(Start);
        await using var harness = await StartAsync(time);
        await harness.Api.WaitForCallAsync("setWebhook");
        harness.Api.WebhookLastError = (time.GetUtcNow().ToUnixTimeSeconds() - 30, "Read timeout expired");
        harness.Api.WebhookPendingCount = 0;

        var health = await CheckUntilAsync(harness, time, h => h.Description?.StartsWith("getWebhookInfo", StringComparison.Ordinal) == true);

        Assert.Equal(HealthStatus.Healthy, health.Status);
    }
}
