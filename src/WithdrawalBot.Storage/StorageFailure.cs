using LiteDB;
using WithdrawalBot.Core.Diagnostics;

namespace WithdrawalBot.Storage;

/// <summary>
/// What a database failure after start-up says about the file, for the operator's log line and the health check: a
/// full disk, LiteDB refusing calls after an earlier failure (its engine closes on the first failed write and stays
/// closed until the process restarts), or a file that may be damaged.
/// </summary>
public static class StorageFailure
{
    /// <summary>ENOSPC on Linux and macOS, which .NET gives as the <see cref="Exception.HResult"/> of the <see cref="IOException"/>.</summary>
    private const int NoSpaceErrno = 28;

    /// <summary>ERROR_DISK_FULL and ERROR_HANDLE_DISK_FULL on Windows, as HRESULTs.</summary>
    private const int DiskFullHResult = unchecked((int)0x80070070);
    private const int HandleDiskFullHResult = unchecked((int)0x80070027);

    /// <summary>Whether <paramref name="exception"/> or one of its inner exceptions is a write that failed for want of disk space.</summary>
    public static bool IsDiskFull(Exception? exception) =>
        ExceptionChain.Of(exception).Any(e => e is IOException { HResult: NoSpaceErrno or DiskFullHResult or HandleDiskFullHResult });

    /// <summary>EIO on Linux and macOS: the disk or its file system failed a read or write (a dying disk, a network volume gone, a file system shut down).</summary>
    private const int InputOutputErrno = 5;

    /// <summary>Whether <paramref name="exception"/> or one of its inner exceptions is an input/output error of the disk itself.</summary>
    public static bool IsInputOutputError(Exception? exception) => ExceptionChain.Of(exception).Any(e => e is IOException { HResult: InputOutputErrno });

    /// <summary>
    /// Whether <paramref name="exception"/> is LiteDB refusing a call because of an earlier failure rather than because
    /// of what the file holds: a lock timeout, an engine already closed, a transaction no longer active, or every
    /// transaction slot taken (LiteDB keeps the transaction of each failed write open, so after a full disk every call
    /// soon says "Maximum number of transactions reached").
    /// </summary>
    public static bool IsAfterAnEarlierFailure(Exception? exception) =>
        ExceptionChain.Of(exception).Any(e => e is ObjectDisposedException or LockRecursionException
            || (e is LiteException && (e.Message.Contains("lock timeout", StringComparison.OrdinalIgnoreCase)
                || e.Message.Contains("already disposed", StringComparison.OrdinalIgnoreCase)
                || e.Message.Contains("transaction must be active", StringComparison.OrdinalIgnoreCase)
                || e.Message.Contains("maximum number of transactions", StringComparison.OrdinalIgnoreCase))));
}
