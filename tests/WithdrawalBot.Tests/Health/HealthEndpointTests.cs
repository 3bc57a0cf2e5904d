using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using WithdrawalBot.Logging;
using WithdrawalBot.Tests.Support;

namespace WithdrawalBot.Tests.Health;

public sealed class HealthEndpointTests
{
    [Fact]
    public async Task Healthz_AllChecksHealthy_Answers200WithEachCheckListed()
    {
        await using var host = await ServeModeHost.StartAsync(services => services.AddHealthChecks()
            .AddCheck("telegram", () => HealthCheckResult.Healthy("long polling"))
            .AddCheck("database", () => HealthCheckResult.Healthy()));

        using var response = await host.Client.GetAsync(new Uri("/healthz", UriKind.Relative));
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.Equal("Healthy", body.RootElement.GetProperty("status").GetString());
        var checks = body.RootElement.GetProperty("checks").EnumerateArray().ToList();
        Assert.Equal(["database", "telegram"], checks.Select(c => c.GetProperty("name").GetString()));
        Assert.Equal("long polling", checks[1].GetProperty("description").GetString());
    }

    [Fact]
    public async Task Healthz_OneCheckUnhealthy_Answers503NamingItWithSecretsRedacted()
    {
        await using var host = await ServeModeHost.StartAsync(
            services => services.AddHealthChecks()
                .AddCheck("telegram", () => HealthCheckResult.Unhealthy(
                    $"getUpdates failed for bot{FakeBotApi.Token}", new HttpRequestException($"401 at /bot{FakeBotApi.Token}/getUpdates")))
                .AddCheck("reminders", () => HealthCheckResult.Healthy()),
            new Dictionary<string, string?> { ["Telegram:BotToken"] = FakeBotApi.Token });

        using var response = await host.Client.GetAsync(new Uri("/healthz", UriKind.Relative));
        var text = await response.Content.ReadAsStringAsync();
        using var body = JsonDocument.Parse(text);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("Unhealthy", body.RootElement.GetProperty("status").GetString());
        var telegram = body.RootElement.GetProperty("checks").EnumerateArray().Single(c => c.GetProperty("name").GetString() == "telegram");
        Assert.Equal("Unhealthy", telegram.GetProperty("status").GetString());
        Assert.Contains("HttpRequestException", telegram.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain(FakeBotApi.Token, text, StringComparison.Ordinal);
        Assert.Contains(TokenRedactor.Mask, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Healthz_Degraded_StillAnswers200()
    {
        await using var host = await ServeModeHost.StartAsync(services => services.AddHealthChecks()
            .AddCheck("discord", () => HealthCheckResult.Degraded("resuming")));

        using var response = await host.Client.GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"Degraded\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
