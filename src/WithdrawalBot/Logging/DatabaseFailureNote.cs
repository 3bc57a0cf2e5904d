using LiteDB;
using WithdrawalBot.Storage;

namespace WithdrawalBot.Logging;

/// <summary>
/// The operator's sentence for a log entry whose exception is a database failure (LiteDB's own exception, or our
/// <see cref="StorageUnavailableException"/>), which the console logger prints in place of the stack trace: the cause
/// and what to do, on the entry's one line. A database that fails after start-up is almost always damaged (start-up
/// already read every document), and LiteDB then refuses every call until the process restarts.
/// </summary>
public static class DatabaseFailureNote
{
    /// <summary>The sentence for <paramref name="exception"/>, or <c>null</c> when no database failure is in its chain.</summary>
    public static string? For(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case StorageUnavailableException:
                    return OneLine(e.Message);
                case LiteException:
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
