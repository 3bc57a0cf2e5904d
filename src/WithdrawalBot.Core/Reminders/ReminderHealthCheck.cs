using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace WithdrawalBot.Core.Reminders;

/// <summary>
/// The <c>reminders</c> health check: healthy while the scheduler loop runs and has planned within twice its wake
/// interval and five minutes, counted from its start when it has not planned yet (a pass that fails from the first).
/// </summary>
public sealed class ReminderHealthCheck(ReminderActivity activity, TimeProvider time, IOptions<ReminderOptions> options) : IHealthCheck
{
    /// <inheritdoc />
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var now = time.GetUtcNow();
        var overdueAfter = (options.Value.WakeInterval * 2) + TimeSpan.FromMinutes(5);
        var data = new Dictionary<string, object>
        {
            ["queued"] = activity.Queued,
            ["inFlight"] = activity.InFlight,
            ["nextDueAt"] = activity.NextDueAt?.ToString("O") ?? "none",
        };
        HealthCheckResult result;
        if (activity.Fault is { } fault)
        {
            result = HealthCheckResult.Unhealthy("The reminder scheduler stopped on an error.", fault, data);
        }
        else if (!activity.Running)
        {
            result = activity.LastPlannedAt is null
                ? HealthCheckResult.Degraded("The reminder scheduler has not started yet.", data: data)
                : HealthCheckResult.Unhealthy("The reminder scheduler is not running.", data: data);
        }
        else if (activity.LastPlannedAt is { } last && now - last > overdueAfter)
        {
            result = HealthCheckResult.Unhealthy($"The reminder scheduler has not planned since {last:O}.", data: data);
        }
        else if (activity is { LastPlannedAt: null, StartedAt: { } started } && now - started > overdueAfter)
        {
            result = HealthCheckResult.Unhealthy($"The reminder scheduler has not planned once since it started at {started:O}; the log says why (event 4006).", data: data);
        }
        else
        {
            result = HealthCheckResult.Healthy("The reminder scheduler is running.", data);
        }

        return Task.FromResult(result);
    }
}
