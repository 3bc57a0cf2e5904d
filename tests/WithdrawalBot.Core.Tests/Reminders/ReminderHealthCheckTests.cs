using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Time.Testing;
using WithdrawalBot.Core.Reminders;

namespace WithdrawalBot.Core.Tests.Reminders;

public sealed class ReminderHealthCheckTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 2, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task CheckHealthAsync_RunningButNeverPlanned_TurnsUnhealthyOnceAPassIsOverdue()
    {
        // Break 30: a planning pass that failed from the first (a grace window of years) left /healthz Healthy for ever.
        var time = new FakeTimeProvider(Start);
        var activity = new ReminderActivity { Running = true, StartedAt = Start };
        var check = new ReminderHealthCheck(activity, time, Microsoft.Extensions.Options.Options.Create(new ReminderOptions()));

        var early = await check.CheckHealthAsync(new HealthCheckContext());
        time.Advance((new ReminderOptions().WakeInterval * 2) + TimeSpan.FromMinutes(6));
        var overdue = await check.CheckHealthAsync(new HealthCheckContext());

        Assert.Equal(HealthStatus.Healthy, early.Status);
        Assert.Equal(HealthStatus.Unhealthy, overdue.Status);
        Assert.Contains("has not planned once since it started", overdue.Description, StringComparison.Ordinal);
    }
}
