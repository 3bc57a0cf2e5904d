namespace WithdrawalBot.Storage;

/// <summary>
/// An exclusive lock on <c>withdrawalbot.lock</c> in the data folder, held for the life of the process. .NET opens
/// it with <see cref="FileShare.None"/>, which on Linux and macOS is an advisory <c>flock(LOCK_EX)</c> and on Windows a
/// sharing lock; a second process (or a second open in the same process) fails at once. The kernel drops the lock
/// when the process dies, so a crash never leaves a stale lock behind.
/// </summary>
internal sealed class DataFolderLock : IDisposable
{
    /// <summary>The lock file's name.</summary>
    public const string FileName = "withdrawalbot.lock";

    private readonly FileStream stream;

    private DataFolderLock(FileStream stream) => this.stream = stream;

    /// <summary>
    /// What to fix when the lock file cannot be opened for writing: the folder, or, when the lock file is already there,
    /// the files in it (left by a run as another user, e.g. root, in a folder later given to the bot's user without -R).
    /// </summary>
    internal static string NotWritable(string directory, bool lockFileExists, string reason) => lockFileExists
        ? $"The files in the data folder '{directory}' are not writable by this user ({reason}); they were most likely created by a run as another user. Give the folder and its files to the bot's user (chown -R, e.g. 'chown -R 1654 {directory}' for the container) or set Storage__DataDirectory to another folder."
        : $"The data folder '{directory}' is not writable ({reason}). Give the bot's user write access (e.g. 'chown -R 1654 {directory}' for the container) or set Storage__DataDirectory to a writable folder.";

    /// <summary>Takes the lock.</summary>
    /// <exception cref="StorageUnavailableException">Another instance holds it, or the folder cannot be written.</exception>
    public static DataFolderLock Acquire(string directory)
    {
        var path = Path.Combine(directory, FileName);
        try
        {
            var stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.None);
            stream.SetLength(0);
            var pid = System.Text.Encoding.UTF8.GetBytes(Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture) + "\n");
            stream.Write(pid);
            stream.Flush();
            return new DataFolderLock(stream);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new StorageUnavailableException(NotWritable(directory, File.Exists(path), e.Message), e);
        }
        catch (IOException e) when (IsLockConflict(e))
        {
            throw new StorageUnavailableException($"The data folder '{directory}' is in use by another WithdrawalBot instance (lock file {path} is held). Stop the other instance or give this one its own Storage__DataDirectory. To ask many questions from a script, send them to one 'ask --json' process, one question per line on standard input, rather than running 'ask' in parallel. Operators: send /stats and /unanswered of the running bot in a private chat with it.", e);
        }
        catch (IOException e)
        {
            throw new StorageUnavailableException($"The data folder '{directory}' cannot be used ({e.Message}). Set Storage__DataDirectory to a writable folder.", e);
        }
    }

    /// <summary>Releases the lock.</summary>
    public void Dispose() => stream.Dispose();

    // EWOULDBLOCK/EAGAIN (11 on Linux, 35 on macOS) from flock; ERROR_SHARING_VIOLATION (32) or ERROR_LOCK_VIOLATION (33) on Windows.
    private static bool IsLockConflict(IOException e) => (e.HResult & 0xFFFF) is 11 or 35 or 32 or 33
        || e.Message.Contains("being used by another process", StringComparison.OrdinalIgnoreCase);
}
