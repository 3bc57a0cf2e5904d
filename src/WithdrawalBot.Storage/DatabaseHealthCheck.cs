using LiteDB;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace WithdrawalBot.Storage;

/// <summary>The <c>database</c> health check: healthy when a read from the database succeeds.</summary>
internal sealed class DatabaseHealthCheck(BotDatabase database) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            _ = database.Database.GetCollection("chat_settings").FindById("health-probe");
            return Task.FromResult(HealthCheckResult.Healthy($"LiteDB at {database.Location}"));
        }
        catch (Exception e) when (e is LiteException or IOException or ObjectDisposedException)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy("The database cannot be read.", e));
        }
    }
}
