using WithdrawalBot.Core.Diagnostics;
using WithdrawalBot.Tests.Support;

namespace WithdrawalBot.Tests.Metrics;

public sealed class MetricsEndpointTests
{
    [Fact]
    public async Task Metrics_AfterBotActivity_ExportsPrometheusTextForEveryInstrument()
    {
        await using var host = await ServeModeHost.StartAsync(services => services.AddMetrics().AddSingleton<BotMetrics>());
        var metrics = host.Services.GetRequiredService<BotMetrics>();
        metrics.MessageHandled("telegram", "fact", answered: true, TimeSpan.FromMilliseconds(3));
        metrics.MessageHandled("discord", "unknown", answered: false, TimeSpan.FromMilliseconds(40));
        metrics.ReminderDelivered("telegram", "sent");
        metrics.ReminderDelivered("telegram", "failed");
        metrics.PlatformError("telegram", 429);
        using (await host.Client.GetAsync(new Uri("/healthz", UriKind.Relative)))
        {
        }

        using var response = await host.Client.GetAsync(new Uri("/metrics", UriKind.Relative));
        var text = await response.Content.ReadAsStringAsync();
        var lines = text.Split('\n');

        Assert.StartsWith("text/plain", response.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
        Assert.Contains(lines, l => l.StartsWith("withdrawalbot_messages_total{", StringComparison.Ordinal)
            && l.Contains("platform=\"telegram\"", StringComparison.Ordinal) && l.Contains("intent=\"fact\"", StringComparison.Ordinal)
            && l.Contains("answered=\"true\"", StringComparison.Ordinal) && l.EndsWith(" 1", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("withdrawalbot_messages_total{", StringComparison.Ordinal) && l.Contains("answered=\"false\"", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("withdrawalbot_reply_duration_seconds_bucket{", StringComparison.Ordinal)
            && l.Contains("platform=\"telegram\"", StringComparison.Ordinal) && l.Contains("le=\"0.005\"", StringComparison.Ordinal) && l.EndsWith(" 1", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("withdrawalbot_reminders_total{", StringComparison.Ordinal) && l.Contains("outcome=\"failed\"", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("withdrawalbot_platform_errors_total{", StringComparison.Ordinal) && l.Contains("code=\"429\"", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("http_server_request_duration_seconds_bucket{", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("dotnet_gc_collections_total", StringComparison.Ordinal));
    }
}
