using Microsoft.Extensions.Logging;

namespace WithdrawalBot.Storage;

/// <summary>Source-generated log messages of the storage (event ids 3000–3099).</summary>
internal static partial class StorageLog
{
    [LoggerMessage(3000, LogLevel.Information, "Database open at {Location}")]
    public static partial void Opened(ILogger logger, string location);

    [LoggerMessage(3001, LogLevel.Information, "Database checkpointed and closing")]
    public static partial void Closing(ILogger logger);

    [LoggerMessage(3050, LogLevel.Warning, "LiteDB's journal beside {Location} did not belong to it: {Reason}. It was moved to {SetAside} instead of being replayed into this database (LiteDB replays any journal it finds, over a restored backup too). Delete it once you no longer need it")]
    public static partial void JournalSetAside(ILogger logger, string location, string reason, string setAside);

    [LoggerMessage(3002, LogLevel.Warning, "Database checkpoint at shutdown failed")]
    public static partial void CheckpointFailed(ILogger logger, Exception exception);

    [LoggerMessage(3003, LogLevel.Warning, "The database refuses calls; opening it again")]
    public static partial void Failing(ILogger logger, Exception exception);

    [LoggerMessage(3005, LogLevel.Debug, "Opening the database again failed (attempt {Attempts}); trying again later")]
    public static partial void ReopenFailed(ILogger logger, int attempts, Exception exception);

    [LoggerMessage(3004, LogLevel.Information, "The database works again: {Location} was opened anew after {Attempts} attempt(s); what was written before the failure is kept")]
    public static partial void Recovered(ILogger logger, string location, int attempts);
}
