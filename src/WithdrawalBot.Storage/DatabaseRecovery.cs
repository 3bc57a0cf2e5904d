using LiteDB;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace WithdrawalBot.Storage;

/// <summary>
/// Serve mode's watch over the database: every <see cref="Interval"/> it reads from it, and while a read fails because
/// the disk was full, failed a read or write, or LiteDB refuses calls after such a failure, it opens the file again
/// (<see cref="BotDatabase.Reopen"/>), so a disk that was full for a moment no longer leaves every later write failing
/// until someone restarts the bot. A failure that looks like damage is left alone: the log already says to move the
/// file away, and reopening a damaged file would only hide that. Logs once when the database starts failing and once
/// when it works again, not at every probe.
/// </summary>
internal sealed class DatabaseRecovery(BotDatabase database, TimeProvider time, ILogger<DatabaseRecovery> logger) : BackgroundService
{
    /// <summary>How often the database is probed, and reopened while it fails: 15 seconds.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(15);

    private PeriodicTimer? timer;
    private int failedAttempts;

    /// <summary>Starts the interval now, not when the background task gets to run (which .NET 10 leaves to the thread pool).</summary>
    public override Task StartAsync(CancellationToken cancellationToken)
    {
        timer = new PeriodicTimer(Interval, time);
        return base.StartAsync(cancellationToken);
    }

    /// <inheritdoc />
    public override void Dispose()
    {
        timer?.Dispose();
        base.Dispose();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        ArgumentNullException.ThrowIfNull(timer);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                Check();
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }

    /// <summary>One probe, and one attempt to reopen the database if the probe fails in a way a reopen can mend.</summary>
    internal void Check()
    {
        var failure = Probe();
        if (failure is not null && Mendable(failure))
        {
            if (failedAttempts++ == 0)
            {
                StorageLog.Failing(logger, failure);
            }

            try
            {
                database.Reopen();
            }
            catch (Exception e) when (e is LiteException or IOException or UnauthorizedAccessException or InvalidDataException or InvalidOperationException)
            {
                StorageLog.ReopenFailed(logger, failedAttempts, e);
                return;
            }

            failure = Probe();
        }

        if (failure is null && failedAttempts > 0)
        {
            StorageLog.Recovered(logger, database.Location, failedAttempts);
            failedAttempts = 0;
        }
    }

    private Exception? Probe()
    {
        try
        {
            database.Probe();
            return null;
        }
        catch (Exception e) when (e is LiteException or IOException or ObjectDisposedException or LockRecursionException)
        {
            return e;
        }
    }

    private static bool Mendable(Exception failure) =>
        StorageFailure.IsDiskFull(failure) || StorageFailure.IsInputOutputError(failure) || StorageFailure.IsAfterAnEarlierFailure(failure);
}
