namespace WithdrawalBot.Hosting;

/// <summary>
/// Proof that this process owns the data folder: an exclusive lock on <c>withdrawalbot.lock</c> inside it,
/// held until disposed (or the process ends, when the operating system releases it). Acquire with
/// <see cref="Acquire"/> before anything opens the database.
/// </summary>
public sealed class DataFolderLock : IDisposable
{
    /// <summary>The lock file's name inside the data folder.</summary>
    public const string FileName = "withdrawalbot.lock";

    /// <summary>The default for <c>Storage:DataDirectory</c>.</summary>
    public const string DefaultDirectory = "./data";

    // What .NET reports when FileShare.None meets a lock held elsewhere: Windows ERROR_SHARING_VIOLATION as an
    // HRESULT; on Unix the errno of flock(LOCK_EX | LOCK_NB), EWOULDBLOCK (11 on Linux, 35 on macOS).
    private static readonly int[] LockedCodes = [unchecked((int)0x80070020), 11, 35];

    private readonly FileStream stream;

    private DataFolderLock(string directory, FileStream stream)
    {
        Directory = directory;
        this.stream = stream;
    }

    /// <summary>The data folder's full path.</summary>
    public string Directory { get; }

    /// <summary>
    /// Resolves <c>Storage:DataDirectory</c> (relative paths against the current directory), creates the folder
    /// if missing, checks that the files already in it can be read and written, and takes the instance lock.
    /// </summary>
    /// <param name="configuredPath">The configured path; <c>null</c> or blank means <see cref="DefaultDirectory"/>.</param>
    /// <exception cref="StartupException">The folder cannot be created, read or written, or another instance holds the lock.</exception>
    public static DataFolderLock Acquire(string? configuredPath)
    {
        var directory = Path.GetFullPath(string.IsNullOrWhiteSpace(configuredPath) ? DefaultDirectory : configuredPath);
        var fix = $"make it a folder that user {Environment.UserName} can read and write (in the container: chown 1654 on a bind mount, or use a named volume), or set Storage__DataDirectory";
        try
        {
            System.IO.Directory.CreateDirectory(directory);
            foreach (var file in System.IO.Directory.EnumerateFiles(directory))
            {
                if (Path.GetFileName(file) != FileName)
                {
                    using var probe = new FileStream(file, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite);
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new StartupException($"Storage:DataDirectory \"{directory}\" is not usable ({e.Message}): {fix}.", e);
        }

        try
        {
            var stream = new FileStream(Path.Combine(directory, FileName), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            WriteOwner(stream);
            return new DataFolderLock(directory, stream);
        }
        catch (IOException e) when (LockedCodes.Contains(e.HResult))
        {
            throw new StartupException(
                $"Another WithdrawalBot is already running on the data folder \"{directory}\" ({FileName} is locked): stop it first, or give this one its own Storage__DataDirectory; two instances would corrupt the database and fight over Telegram updates.",
                e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new StartupException($"Storage:DataDirectory \"{directory}\" is not writable ({e.Message}): {fix}.", e);
        }
    }

    /// <summary>Releases the lock.</summary>
    public void Dispose() => stream.Dispose();

    private static void WriteOwner(FileStream stream)
    {
        stream.SetLength(0);
        using var writer = new StreamWriter(stream, leaveOpen: true);
        writer.Write($"pid {Environment.ProcessId}\n");
    }
}
