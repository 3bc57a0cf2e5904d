using LiteDB;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace WithdrawalBot.Storage;

/// <summary>
/// The <c>database</c> health check: healthy when a read from the database succeeds; otherwise unhealthy, saying
/// whether the disk is full or failed, LiteDB refuses calls after an earlier failure, or the database cannot be read.
/// </summary>
internal sealed class DatabaseHealthCheck(BotDatabase database) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            database.Probe();
            return Task.FromResult(HealthCheckResult.Healthy($"LiteDB at {database.Location}"));
        }
        catch (Exception e) when (e is LiteException or IOException or ObjectDisposedException)
        {
            var description = StorageFailure.IsDiskFull(e) ? "The disk holding the data folder is full: free space there; the bot opens the database again every 15 s until it works."
                : StorageFailure.IsInputOutputError(e) ? "The disk holding the data folder failed a read or write (input/output error): check it; the bot opens the database again every 15 s until it works."
                : StorageFailure.IsAfterAnEarlierFailure(e) ? "The database refuses calls after an earlier failure; the bot opens it again every 15 s until it works."
                : "The database cannot be read.";
            return Task.FromResult(HealthCheckResult.Unhealthy(description, e));
        }
    }
}
