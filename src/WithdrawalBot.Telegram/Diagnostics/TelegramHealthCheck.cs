using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace WithdrawalBot.Telegram.Diagnostics;

/// <summary>
/// The "telegram" health check: healthy when the last getMe / getUpdates / setWebhook succeeded, unhealthy when it
/// failed, degraded before the first call.
/// </summary>
/// <param name="health">The shared connection state.</param>
public sealed class TelegramHealthCheck(TelegramHealth health) : IHealthCheck
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

        return Task.FromResult(snapshot.Ok switch
        {
            true => HealthCheckResult.Healthy(snapshot.Detail, data),
            false => HealthCheckResult.Unhealthy(snapshot.Detail, data: data),
            null => HealthCheckResult.Degraded(snapshot.Detail, data: data),
        });
    }
}
