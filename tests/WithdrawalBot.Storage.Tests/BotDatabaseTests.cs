using System.Diagnostics;

namespace WithdrawalBot.Storage.Tests;

public sealed class BotDatabaseTests
{
    [Fact]
    public void Open_SecondOpenOfSameFolder_FailsWithInUseMessage()
    {
        using var folder = new TempFolder();
        using var first = BotDatabase.Open(folder.Path);

        var error = Assert.Throws<StorageUnavailableException>(() => BotDatabase.Open(folder.Path));

        Assert.Contains("is in use by another WithdrawalBot instance", error.Message, StringComparison.Ordinal);
        Assert.Contains(folder.Path, error.Message, StringComparison.Ordinal);
        Assert.Contains("'ask --json'", error.Message, StringComparison.Ordinal);
    }

    // Why the lock file exists: on Linux, LiteDB 5's direct mode opens its data file with a shared lock, so it does
    // not stop a second LiteDatabase (or a second process) on the same file; two writers would corrupt it.
    [Fact]
    public void LiteDbDirectMode_SecondOpenOfSameFile_IsNotRefusedByLiteDbItself()
    {
        using var folder = new TempFolder();
        var file = Path.Combine(folder.Path, "plain.db");
        using var first = new LiteDB.LiteDatabase(new LiteDB.ConnectionString { Filename = file, Connection = LiteDB.ConnectionType.Direct });
        first.GetCollection("probe").Insert(new LiteDB.BsonDocument { ["_id"] = 1 });

        var second = Record.Exception(() =>
        {
            using var other = new LiteDB.LiteDatabase(new LiteDB.ConnectionString { Filename = file, Connection = LiteDB.ConnectionType.Direct });
            other.GetCollection("probe").Count();
        });

        Assert.Null(second);
    }

    [Fact]
    public void Open_AfterFirstInstanceDisposed_SucceedsAndKeepsData()
    {
        using var folder = new TempFolder();
        using (var first = BotDatabase.Open(folder.Path))
        {
            first.Database.GetCollection("probe").Insert(new LiteDB.BsonDocument { ["_id"] = "x", ["v"] = 1 });
        }

        using var second = BotDatabase.Open(folder.Path);

        Assert.Equal(1, second.Database.GetCollection("probe").FindById("x")["v"].AsInt32);
    }

    [Fact]
    public void Open_WhileAnotherProcessHoldsTheLock_FailsWithInUseMessage()
    {
        using var folder = new TempFolder();
        var lockFile = Path.Combine(folder.Path, "withdrawalbot.lock");
        using var holder = StartFlock(lockFile, "sleep 30");
        try
        {
            Assert.True(SpinWait.SpinUntil(() => File.Exists(lockFile) && IsHeldElsewhere(lockFile), TimeSpan.FromSeconds(10)), "flock did not take the lock");

            var error = Assert.Throws<StorageUnavailableException>(() => BotDatabase.Open(folder.Path));

            Assert.Contains("is in use by another WithdrawalBot instance", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            holder.Kill(entireProcessTree: true);
        }
    }

    [Fact]
    public void Open_HeldByUs_AnotherProcessCannotTakeTheLock()
    {
        using var folder = new TempFolder();
        using var database = BotDatabase.Open(folder.Path);

        Assert.True(IsHeldElsewhere(Path.Combine(folder.Path, "withdrawalbot.lock")));
    }

    [Fact]
    public void Open_PathIsAFile_FailsWithClearMessage()
    {
        using var folder = new TempFolder();
        var file = Path.Combine(folder.Path, "not-a-folder");
        File.WriteAllText(file, "x");

        var error = Assert.Throws<StorageUnavailableException>(() => BotDatabase.Open(file));

        Assert.Contains("Storage__DataDirectory", error.Message, StringComparison.Ordinal);
        Assert.Contains(file, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("zeros")]
    [InlineData("random")]
    [InlineData("truncated")]
    [InlineData("end-cut-3000-bytes")]
    [InlineData("last-page-overwritten")]
    [InlineData("cut-to-4000-bytes")]
    [InlineData("text")]
    public void Open_DatabaseFileDamaged_FailsNamingTheFileAndWhatToDo(string damage)
    {
        using var folder = new TempFolder();
        var file = Path.Combine(folder.Path, BotDatabase.FileName);
        File.WriteAllBytes(file, Damaged(damage, folder.Path));

        var error = Assert.Throws<StorageUnavailableException>(() => BotDatabase.Open(folder.Path));

        Assert.Contains($"'{file}' is damaged", error.Message, StringComparison.Ordinal);
        Assert.Contains("move the file away", error.Message, StringComparison.Ordinal);
        Assert.Contains("together with its journal withdrawalbot-log.db", error.Message, StringComparison.Ordinal);
        // The lock is released, so moving the file away and retrying works.
        File.Move(file, file + ".broken");
        using var retried = BotDatabase.Open(folder.Path);
    }

    [Theory]
    [InlineData("cut-to-4000-bytes")]
    [InlineData("text")]
    public void Open_FileShorterThanAPageOrNotLiteDb_IsLeftAsItWas(string damage)
    {
        // LiteDB takes such a file for a new database and overwrites it: a subscriber list cut short would be lost unseen.
        using var folder = new TempFolder();
        var file = Path.Combine(folder.Path, BotDatabase.FileName);
        var bytes = Damaged(damage, folder.Path);
        File.WriteAllBytes(file, bytes);

        Assert.Throws<StorageUnavailableException>(() => BotDatabase.Open(folder.Path));

        Assert.Equal(bytes, File.ReadAllBytes(file));
    }

    [Fact]
    public void Open_AnyDatabase_WaitsForALockAtMostTheLockTimeout()
    {
        // LiteDB's default is a minute: a checkpoint at shutdown behind a lock a failed write left held the container past Docker's 10 s.
        using var folder = new TempFolder();
        using var database = BotDatabase.Open(folder.Path);

        Assert.Equal(BotDatabase.LockTimeout, database.Database.Timeout);
        Assert.True(BotDatabase.LockTimeout < TimeSpan.FromSeconds(8));
    }

    [Fact]
    public void Open_EmptyFile_StartsAnEmptyDatabase()
    {
        using var folder = new TempFolder();
        File.WriteAllBytes(Path.Combine(folder.Path, BotDatabase.FileName), []);

        using var database = BotDatabase.Open(folder.Path);

        Assert.Empty(database.Database.GetCollectionNames());
    }

    [Fact]
    public void Open_DatabaseWithIndexesAndDeletions_OpensAndKeepsEveryDocument()
    {
        using var folder = new TempFolder();
        var source = Path.Combine(folder.Path, "source");
        File.WriteAllBytes(Path.Combine(folder.Path, BotDatabase.FileName), RealDatabase(source));

        using var database = BotDatabase.Open(folder.Path);

        Assert.Equal(40, database.Database.GetCollection("unanswered").Count());
        Assert.Equal(40, database.Database.GetCollection("deliveries").Find(LiteDB.Query.All("at")).Count());
    }

    [Fact]
    public void Open_BackupRestoredBesideAnotherDatabasesCrashJournal_KeepsTheBackupAndSetsTheJournalAside()
    {
        // Break 26: a crash's withdrawalbot-log.db replaced a restored backup's data with the crashed database's.
        using var folder = new TempFolder();
        var backup = RealDatabase(Path.Combine(folder.Path, "backup"));
        var (_, journal) = CrashedDatabase(Path.Combine(folder.Path, "crashed"));
        File.WriteAllBytes(Path.Combine(folder.Path, BotDatabase.FileName), backup);
        File.WriteAllBytes(Path.Combine(folder.Path, BotDatabase.JournalName), journal);

        using var database = BotDatabase.Open(folder.Path);

        Assert.Equal(40, database.Database.GetCollection("unanswered").Count());
        Assert.False(database.Database.CollectionExists("crashed"));
        var setAside = Assert.IsType<JournalSetAside>(database.JournalSetAside);
        Assert.StartsWith(Path.Combine(folder.Path, BotDatabase.JournalName + ".foreign-"), setAside.Path, StringComparison.Ordinal);
        Assert.Equal(journal, File.ReadAllBytes(setAside.Path));
        Assert.Contains("was created", setAside.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_DatabaseMovedAwayButItsCrashJournalLeft_StartsAnEmptyDatabaseAndSetsTheJournalAside()
    {
        // Break 26: following "move the file away", each new file was "damaged" at once by the old journal's replay.
        using var folder = new TempFolder();
        var (_, journal) = CrashedDatabase(Path.Combine(folder.Path, "crashed"));
        File.WriteAllBytes(Path.Combine(folder.Path, BotDatabase.JournalName), journal);

        using (var database = BotDatabase.Open(folder.Path))
        {
            Assert.Empty(database.Database.GetCollectionNames());
            Assert.Contains("missing", database.JournalSetAside!.Reason, StringComparison.Ordinal);
        }

        using var reopened = BotDatabase.Open(folder.Path);
        Assert.Null(reopened.JournalSetAside);
    }

    [Fact]
    public void Open_AfterACrash_ReplaysItsOwnJournal()
    {
        using var folder = new TempFolder();
        var (file, journal) = CrashedDatabase(Path.Combine(folder.Path, "crashed"));
        File.WriteAllBytes(Path.Combine(folder.Path, BotDatabase.FileName), file);
        File.WriteAllBytes(Path.Combine(folder.Path, BotDatabase.JournalName), journal);

        using var database = BotDatabase.Open(folder.Path);

        Assert.Null(database.JournalSetAside);
        Assert.Equal(30, database.Database.GetCollection("crashed").Count());
        Assert.Empty(Directory.GetFiles(folder.Path, "*.foreign-*"));
    }

    /// <summary>
    /// The database file and journal of a process killed while it ran: 30 documents inserted and not yet checkpointed,
    /// so they are only in the journal (read while the database is still open, as a crash leaves them).
    /// </summary>
    private static (byte[] File, byte[] Journal) CrashedDatabase(string source)
    {
        using var database = BotDatabase.Open(source);
        var collection = database.Database.GetCollection("crashed");
        for (var i = 0; i < 30; i++)
        {
            collection.Insert(new LiteDB.BsonDocument { ["_id"] = i, ["text"] = new string('y', 150) });
        }

        return (ReadShared(Path.Combine(source, BotDatabase.FileName)), ReadShared(Path.Combine(source, BotDatabase.JournalName)));
    }

    private static byte[] ReadShared(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    /// <summary>
    /// A database file of 9000 zero bytes, 50000 random bytes, a line of text, or a real database (cleanly closed) cut to
    /// 10000 or 4000 bytes (less than a page), cut by 3000 bytes at its end, or with its last page overwritten by random bytes (the trial's two tail damages).
    /// </summary>
    private static byte[] Damaged(string damage, string folder)
    {
        switch (damage)
        {
            case "zeros":
                return new byte[9000];
            case "random":
                var bytes = new byte[50_000];
                new Random(7).NextBytes(bytes);
                return bytes;
            case "end-cut-3000-bytes":
                var real = RealDatabase(Path.Combine(folder, "source"));
                return real[..^3000];
            case "cut-to-4000-bytes":
                return RealDatabase(Path.Combine(folder, "source"))[..4000];
            case "text":
                return "hello world\n"u8.ToArray();
            case "last-page-overwritten":
                var whole = RealDatabase(Path.Combine(folder, "source"));
                new Random(3).NextBytes(whole.AsSpan(whole.Length - 8192));
                return whole;
            default:
                return RealDatabase(Path.Combine(folder, "source"))[..10_000];
        }
    }

    /// <summary>
    /// The bytes of a cleanly closed database with six collections of 60 documents, an index on <c>at</c> in each, and
    /// every third document deleted (so data pages have free space, as in a database that has run for a while).
    /// </summary>
    private static byte[] RealDatabase(string source)
    {
        using (var database = BotDatabase.Open(source))
        {
            foreach (var name in new[] { "chat_settings", "unanswered", "feedback", "deliveries", "subscriptions", "question_counts" })
            {
                var collection = database.Database.GetCollection(name);
                collection.EnsureIndex("at");
                for (var i = 0; i < 60; i++)
                {
                    collection.Insert(new LiteDB.BsonDocument { ["_id"] = name + i, ["text"] = new string('x', 150), ["at"] = new DateTime(2026, 1, 1, 0, 0, i, DateTimeKind.Utc) });
                }

                for (var i = 0; i < 60; i += 3)
                {
                    collection.Delete(name + i);
                }
            }

            database.Checkpoint();
        }

        return File.ReadAllBytes(Path.Combine(source, BotDatabase.FileName));
    }

    private static Process StartFlock(string file, string command)
    {
        var info = new ProcessStartInfo("flock", ["-x", file, "-c", command]) { UseShellExecute = false };
        return Process.Start(info) ?? throw new InvalidOperationException("flock did not start");
    }

    // `flock -n` exits 1 at once when someone else holds an exclusive lock on the file.
    private static bool IsHeldElsewhere(string file)
    {
        using var probe = Process.Start(new ProcessStartInfo("flock", ["-n", file, "-c", "true"]) { UseShellExecute = false })!;
        probe.WaitForExit();
        return probe.ExitCode != 0;
    }
}
