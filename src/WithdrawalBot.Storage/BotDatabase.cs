using System.Collections.Concurrent;
using System.Globalization;
using LiteDB;

namespace WithdrawalBot.Storage;

/// <summary>
/// The process's one LiteDB database (<c>withdrawalbot.db</c> in the data folder, direct mode), opened once and
/// disposed at shutdown by the DI container. An exclusive lock file in the same folder makes a second instance fail
/// at once with a clear message. Documents are mapped by hand with an explicit <see cref="BsonMapper"/> (never the
/// global one); instants are stored as UTC and read back as UTC (<see cref="LiteDatabase.UtcDate"/>), to the millisecond.
/// </summary>
public sealed class BotDatabase : IDisposable
{
    /// <summary>The database file's name inside the data folder.</summary>
    public const string FileName = "withdrawalbot.db";

    /// <summary>LiteDB's journal beside it: pages not yet written into the file, replayed into whatever file is found at the next open.</summary>
    public const string JournalName = "withdrawalbot-log.db";

    /// <summary>
    /// How long a call waits for LiteDB's lock before it fails (LiteDB's default is a minute). Calls take milliseconds; a
    /// lock still held after this was left by a failed call (a full disk), and the checkpoint at shutdown must give up
    /// within the host's shutdown timeout (8 s) rather than hold the container past Docker's 10 s.
    /// </summary>
    public static readonly TimeSpan LockTimeout = TimeSpan.FromSeconds(5);

    /// <summary>LiteDB 5's page size in bytes.</summary>
    internal const int PageSize = 8192;

    private readonly DataFolderLock? folderLock;
    private readonly ConnectionString? connection;
    private readonly Lock reopening = new();
    private volatile LiteDatabase database;

    /// <summary>The collections of <see cref="database"/> fetched so far, by name (a collection object allocates; a call should not); new after <see cref="Reopen"/>.</summary>
    private volatile ConcurrentDictionary<string, ILiteCollection<BsonDocument>> collections = new(StringComparer.Ordinal);

    private BotDatabase(LiteDatabase database, ConnectionString? connection, DataFolderLock? folderLock, string location, JournalSetAside? journalSetAside = null)
    {
        this.database = database;
        this.connection = connection;
        this.folderLock = folderLock;
        Location = location;
        JournalSetAside = journalSetAside;
    }

    /// <summary>The database file's full path, or <c>:memory:</c>.</summary>
    public string Location { get; }

    /// <summary>A journal left by another database (a crash before a backup was restored, or before the file was moved
    /// away) that <see cref="Open"/> moved aside instead of letting LiteDB replay it into this file; usually <c>null</c>.</summary>
    public JournalSetAside? JournalSetAside { get; }

    /// <summary>The LiteDB database open now: a new object after <see cref="Reopen"/>, so callers fetch it (and its collections) per call and never keep it.</summary>
    internal LiteDatabase Database => database;

    /// <summary>Reads one document, to tell whether the database answers (the health check and <see cref="DatabaseRecovery"/>).</summary>
    /// <exception cref="LiteException">LiteDB refuses the call (after an earlier failure, or damage).</exception>
    /// <exception cref="IOException">The disk failed the read, or an earlier write (LiteDB repeats that write's error).</exception>
    /// <exception cref="ObjectDisposedException">The database was closed (a reopen that failed).</exception>
    internal void Probe() => _ = Collection("chat_settings").FindById("health-probe");

    /// <summary>The collection <paramref name="name"/> of the database open now (see <see cref="Database"/>).</summary>
    internal ILiteCollection<BsonDocument> Collection(string name) =>
        collections.GetOrAdd(name, static (name, database) => database.GetCollection(name), database);

    /// <summary>Opens (creating if needed) the database in <paramref name="dataDirectory"/>, after taking the folder's lock.</summary>
    /// <exception cref="StorageUnavailableException">The folder cannot be created, read or written, is held by another instance, or the file is damaged or not a LiteDB database (the message names the file and says to move it away).</exception>
    public static BotDatabase Open(string dataDirectory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dataDirectory);
        var directory = Path.GetFullPath(dataDirectory);
        try
        {
            Directory.CreateDirectory(directory);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new StorageUnavailableException($"The data folder '{directory}' cannot be created ({e.Message}). Set Storage__DataDirectory to a writable folder.", e);
        }

        var folderLock = DataFolderLock.Acquire(directory);
        var file = Path.Combine(directory, FileName);
        try
        {
            var connection = new ConnectionString
            {
                Filename = file,
                Connection = ConnectionType.Direct,
                Collation = new Collation(CultureInfo.InvariantCulture.LCID, CompareOptions.Ordinal),
            };
            CheckHeader(file);
            var setAside = ForeignJournal.SetAside(file, Path.Combine(directory, JournalName));
            return new BotDatabase(OpenChecked(connection), connection, folderLock, file, setAside);
        }
        catch (Exception e) when (IsDamage(e))
        {
            folderLock.Dispose();
            throw new StorageUnavailableException(
                $"The database '{file}' is damaged or is not a WithdrawalBot database ({e.GetType().Name}: {e.Message}). Stop the bot, move the file away " +
                $"(for example to {FileName}.broken) together with its journal {JournalName} if there is one (LiteDB would replay it into the next file), " +
                "to start with an empty database, or restore it from a backup; subscriptions and statistics live in it.",
                e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            folderLock.Dispose();
            throw new StorageUnavailableException($"The database '{file}' cannot be opened ({e.Message}). Check the file's permissions, or move it away to start with an empty database.", e);
        }
    }

    /// <summary>
    /// Opens the file and checks it before anything uses it, so that a damaged or truncated file is found here, with its
    /// name, rather than by the first query (after which LiteDB refuses every call until restart): the file must be as
    /// long as the header says (a cut at the end otherwise passes every read until a write reaches the missing pages),
    /// and every document of every collection is read, through the primary key and through every other index. The
    /// bot's database holds kilobytes to a few megabytes, so this costs milliseconds.
    /// </summary>
    private static LiteDatabase OpenChecked(ConnectionString connection)
    {
        var database = new LiteDatabase(connection, CreateMapper()) { UtcDate = true };
        try
        {
            CheckLength(database);
            foreach (var name in database.GetCollectionNames())
            {
                ReadEverything(database, name);
            }

            if (database.Timeout != LockTimeout)
            {
                // A pragma kept in the file's header: written once.
                database.Timeout = LockTimeout;
            }

            return database;
        }
        catch (Exception e) when (IsDamage(e))
        {
            Close(database);
            throw;
        }
    }

    /// <summary>The text LiteDB 5 writes at <see cref="HeaderInfoOffset"/> of a database file's first page.</summary>
    internal static readonly byte[] HeaderInfo = "** This is a LiteDB file **"u8.ToArray();

    /// <summary>Where <see cref="HeaderInfo"/> starts on a header page (the file's first page, or its copy in the journal): after the 32-byte page header.</summary>
    internal const int HeaderInfoOffset = 32;

    /// <summary>
    /// A file that is there and not empty must be a LiteDB database at least one page long: LiteDB itself would take a
    /// shorter or foreign file ("hello world", a database cut to 4 KB) for a new database and overwrite it, losing what
    /// it held. A missing or empty file is a new database.
    /// </summary>
    /// <exception cref="InvalidDataException">The file is shorter than a page or does not start with LiteDB's header.</exception>
    private static void CheckHeader(string file)
    {
        var info = new FileInfo(file);
        if (!info.Exists || info.Length == 0)
        {
            return;
        }

        if (info.Length < PageSize)
        {
            throw new InvalidDataException($"the file is {info.Length} bytes, shorter than one page of {PageSize} bytes: it was cut short");
        }

        Span<byte> header = stackalloc byte[HeaderInfoOffset + HeaderInfo.Length];
        using (var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite))
        {
            stream.ReadExactly(header);
        }

        if (!header[HeaderInfoOffset..].SequenceEqual(HeaderInfo))
        {
            throw new InvalidDataException("it does not start with a LiteDB header");
        }
    }

    /// <summary>
    /// The data file must hold every page up to the header's last page. Only checked when the journal (<c>-log</c> file)
    /// is empty: pages still in the journal may lie beyond the end of the data file.
    /// </summary>
    /// <exception cref="InvalidDataException">The file is shorter than its header says.</exception>
    private static void CheckLength(LiteDatabase database)
    {
        var info = database.Execute("SELECT $ FROM $database").ToEnumerable().Single().AsDocument;
        var lastPage = info["lastPageID"].AsInt64;
        var dataBytes = info["dataFileSize"].AsInt64;
        var logBytes = info["logFileSize"].AsInt64;
        var needed = (lastPage + 1) * PageSize;
        if (logBytes == 0 && dataBytes < needed)
        {
            var whole = dataBytes / PageSize;
            throw new InvalidDataException($"the file holds {whole} whole {(whole == 1 ? "page" : "pages")} of {PageSize} bytes, but its header counts {lastPage + 1}: it was cut short");
        }
    }

    /// <summary>Reads every document of the collection <paramref name="name"/> in the order of each of its indexes.</summary>
    private static void ReadEverything(LiteDatabase database, string name)
    {
        var collection = database.GetCollection(name);
        foreach (var _ in collection.FindAll())
        {
        }

        var indexes = database.Execute("SELECT $ FROM $indexes").ToEnumerable()
            .Select(i => i.AsDocument)
            .Where(i => i["collection"].AsString == name && i["name"].AsString != "_id")
            .ToList();
        foreach (var index in indexes)
        {
            foreach (var _ in collection.Find(Query.All(index["expression"].AsString)))
            {
            }
        }
    }

    /// <summary>What LiteDB throws on reading a file that is not (or no longer) a valid database.</summary>
    private static bool IsDamage(Exception e) =>
        e is LiteException or InvalidCastException or ArgumentException or InvalidDataException or FormatException or IndexOutOfRangeException or OverflowException or EndOfStreamException;

    private static void Close(LiteDatabase database)
    {
        try
        {
            database.Dispose();
        }
        catch (Exception e) when (IsDamage(e) || e is IOException)
        {
            // Closing a damaged file can fail too; the error that matters is already on its way.
        }
    }

    /// <summary>A database in memory (tests, benchmarks); nothing is locked or written to disk.</summary>
    public static BotDatabase InMemory() =>
        new(new LiteDatabase(new MemoryStream(), CreateMapper()) { UtcDate = true }, null, null, ":memory:");

    /// <summary>
    /// Closes the database and opens its file again, as a restart would: after a failed write (a full disk, an
    /// input/output error) LiteDB refuses every later call, even once the disk has recovered, until the file is opened
    /// anew. The journal's committed transactions are kept; the failed one is dropped. The folder's lock stays held.
    /// Calls made meanwhile on the old database fail as they would have anyway.
    /// </summary>
    /// <exception cref="InvalidOperationException">The database is in memory (<see cref="InMemory"/>): there is no file to open again.</exception>
    /// <exception cref="IOException">The file still cannot be read or written (the disk is still full or failing).</exception>
    /// <exception cref="LiteException">The file is damaged, or LiteDB failed otherwise (also <see cref="InvalidDataException"/> for a file cut short); the old database stays closed, and a later call may try again.</exception>
    internal void Reopen()
    {
        if (connection is null)
        {
            throw new InvalidOperationException("An in-memory database cannot be reopened.");
        }

        lock (reopening)
        {
            Close(database);
            CheckHeader(connection.Filename);
            database = OpenChecked(connection);
            collections = new(StringComparer.Ordinal);
        }
    }

    /// <summary>Writes the journal into the data file (at shutdown).</summary>
    public void Checkpoint() => Database.Checkpoint();

    /// <summary>Closes the database and releases the folder's lock.</summary>
    public void Dispose()
    {
        database.Dispose();
        folderLock?.Dispose();
    }

    private static BsonMapper CreateMapper() => new()
    {
        SerializeNullValues = false,
        TrimWhitespace = false,
        EmptyStringToNull = false,
        EnumAsInteger = false,
    };
}
