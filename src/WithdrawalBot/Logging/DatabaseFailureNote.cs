using LiteDB;
using WithdrawalBot.Storage;
using WithdrawalBot.Core.Diagnostics;

namespace WithdrawalBot.Logging;

/// <summary>
/// The operator's sentence for a log entry whose exception is a database failure (LiteDB's own exception, or our
/// <see cref="StorageUnavailableException"/>), which the console logger prints in place of the stack trace: the cause
/// and what to do, on the entry's one line. A full disk, an input/output error of the disk and a call refused after an
/// earlier failure (a lock timeout, a closed engine) are said to be what they are; any other database failure after start-up is almost always damage
/// (start-up already read every document). Either way LiteDB refuses every later call; a serving bot opens the file again
/// every 15 s while a full disk, a failed disk or a refused call is the cause (<c>DatabaseRecovery</c>), and the console chat
/// and <c>ask</c> need a restart.
/// </summary>
public static class DatabaseFailureNote
{
    /// <summary>What happens next while the file itself is sound: LiteDB refuses every call after a failed write until the file is opened again.</summary>
    private const string Reopening =
        "A serving bot opens the database again every 15 s until it works (the console chat and ask: restart them)";

    /// <summary>The sentence for <paramref name="exception"/>, or <c>null</c> when no database failure is in its chain.</summary>
    public static string? For(Exception? exception)
    {
        foreach (var e in ExceptionChain.Of(exception))
        {
            if (e is StorageUnavailableException)
            {
                return OneLine(e.Message);
            }

            if (StorageFailure.IsDiskFull(e))
            {
                return OneLine(
                    $"the disk holding Storage__DataDirectory is full ({e.GetType().Name}: {e.Message}); the database file is not damaged by it: free space there. " +
                    $"{Reopening}");
            }

            if (StorageFailure.IsInputOutputError(e))
            {
                return OneLine(
                    $"the disk holding Storage__DataDirectory failed a read or write ({e.GetType().Name}: {e.Message}); check the disk and its file system " +
                    $"(dmesg). {Reopening}; only if it still fails once the disk is sound, restore {BotDatabase.FileName} from a backup");
            }

            if (StorageFailure.IsAfterAnEarlierFailure(e))
            {
                return OneLine(
                    $"the database refused a call after an earlier failure ({e.GetType().Name}: {e.Message}). {Reopening}. Only if it still fails after that, " +
                    $"with nothing else wrong, may {BotDatabase.FileName} in Storage__DataDirectory be damaged");
            }

            if (e is LiteException)
            {
                return OneLine(
                    $"the database cannot be read or written (LiteException: {e.Message}); it is probably damaged: stop the bot, move {BotDatabase.FileName} in Storage__DataDirectory away " +
                    $"(for example to {BotDatabase.FileName}.broken) or restore it from a backup, then start again");
            }
        }

        return null;
    }

    private static string OneLine(string text) =>
        string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
