using LiteDB;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace WithdrawalBot.Storage;

/// <summary>
/// Opens the database when the host builds its hosted services, before any of them starts (so a locked or
/// unwritable data folder stops start-up before a platform connects), and checkpoints it at shutdown.
/// </summary>
internal sealed class StorageStartup(BotDatabase database, ILogger<StorageStartup> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        StorageLog.Opened(logger, database.Location);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        try
        {
            database.Checkpoint();
            StorageLog.Closing(logger);
        }
        catch (Exception e) when (e is LiteException or IOException or ObjectDisposedException or LockRecursionException)
        {
            StorageLog.CheckpointFailed(logger, e);
        }

        return Task.CompletedTask;
    }
}
