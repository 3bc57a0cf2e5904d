using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using WithdrawalBot.Core.Messages;
using WithdrawalBot.Core.Platforms;
using WithdrawalBot.Telegram.Configuration;

namespace WithdrawalBot.Telegram.Diagnostics;

/// <summary>
/// The "telegram" health check: healthy when the last getMe / getUpdates / setWebhook succeeded (degraded when, even
/// so, the last <see cref="Core.Platforms.SendFailureStreak.Threshold"/> or more sends failed, or getWebhookInfo says
/// Telegram cannot deliver to the webhook), unhealthy when it
/// failed (with the cause), degraded before the first answer while it is still within
/// <see cref="TelegramOptions.ConnectTimeout"/> of start, unhealthy after that ("not connected yet after 12 s").
/// Degraded for good when Telegram stopped on an error no retry fixes while another platform serves on
/// (<see cref="ServingPlatforms"/>).
/// </summary>
/// <param name="health">The shared connection state.</param>
/// <param name="platforms">Which platforms serve, and which stopped alone.</param>
/// <param name="time">The clock.</param>
/// <param name="options">For the connect timeout.</param>
public sealed class TelegramHealthCheck(TelegramHealth health, ServingPlatforms platforms, TimeProvider time, IOptions<TelegramOptions> options) : IHealthCheck
{
    /// <summary>The name the check is registered under.</summary>
    public const string Name = "telegram";

    /// <inheritdoc/>
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var snapshot = health.Current;
        var data = new Dictionary<string, object>();
        if (snapshot.At is { } at)
        {
            data["at"] = at;
        }

        if (platforms.DescribeStopped(ChatPlatform.Telegram) is { } stopped)
        {
            // Stopped alone while another platform serves: the process is useful, and restarting it would not fix this.
            return Task.FromResult(HealthCheckResult.Degraded(stopped, data: data));
        }

        var waited = time.GetUtcNow() - health.CreatedAt;
        return Task.FromResult(snapshot.Ok switch
        {
            true when snapshot.Trouble is { } trouble => HealthCheckResult.Degraded($"{snapshot.Detail}, but {trouble}", data: data),
            true when health.Sends.Describe() is { } failing => HealthCheckResult.Degraded($"{snapshot.Detail}, but {failing}", data: data),
            true => HealthCheckResult.Healthy(snapshot.Detail, data),
            false => HealthCheckResult.Unhealthy(snapshot.Detail, data: data),
            null when waited > options.Value.ConnectTimeout =>
                HealthCheckResult.Unhealthy($"{snapshot.Detail} after {waited.TotalSeconds:0} s (getMe has not answered)", data: data),
            null => HealthCheckResult.Degraded(snapshot.Detail, data: data),
        });
    }
}
