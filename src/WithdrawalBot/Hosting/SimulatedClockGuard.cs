using WithdrawalBot.Core.Reminders;
using WithdrawalBot.Storage;

namespace WithdrawalBot.Hosting;

/// <summary>
/// Keeps a serve-mode test run with <c>--now</c> away from a live bot's data folder. Under a simulated clock every
/// reminder due after <c>--now</c> is sent at once: on a live folder that sends real subscribers reminders weeks early
/// and records them as delivered, so the real ones never come. A folder first served with <c>--now</c> is marked
/// (<see cref="SimulatedClockRecord"/>) and may be used with <c>--now</c> again.
/// </summary>
public static class SimulatedClockGuard
{
    /// <summary>
    /// With <paramref name="now"/>: refuses a folder that has active subscriptions and was never served with <c>--now</c>,
    /// otherwise marks it. Without: logs a warning when the folder was served with <c>--now</c> before.
    /// </summary>
    /// <param name="services">The built application's services (the database is opened here if it was not yet).</param>
    /// <param name="now">The <c>--now</c> instant, or <c>null</c> on the real clock.</param>
    /// <param name="logger">Where the warning goes.</param>
    /// <param name="cancellationToken">Cancels the subscription count.</param>
    /// <exception cref="StartupException"><paramref name="now"/> is set and the folder holds a live bot's subscriptions.</exception>
    public static async Task CheckAsync(IServiceProvider services, DateTimeOffset? now, ILogger logger, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        var record = services.GetRequiredService<SimulatedClockRecord>();
        var folder = Path.GetDirectoryName(services.GetRequiredService<BotDatabase>().Location) ?? ".";
        if (now is not { } start)
        {
            if (record.Start is { } simulated)
            {
                HostLog.ServedWithSimulatedClockBefore(logger, folder, simulated);
            }

            return;
        }

        if (record.Start is null)
        {
            var subscribed = await services.GetRequiredService<ISubscriptionStore>().CountActiveAsync(cancellationToken);
            if (subscribed > 0)
            {
                var chats = subscribed == 1 ? "the chat" : $"the {subscribed} chats";
                throw new StartupException(
                    $"--now would send {chats} subscribed in the data folder '{folder}' their reminders on a simulated clock and use up their real ones; " +
                    "for a test run, set Storage__DataDirectory to a new, empty folder.");
            }
        }

        record.Record(start);
    }
}
