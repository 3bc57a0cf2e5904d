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

    [Fact]
    public void Open_DatabaseFileIsGarbage_FailsWithClearMessage()
    {
        using var folder = new TempFolder();
        File.WriteAllBytes(Path.Combine(folder.Path, BotDatabase.FileName), new byte[9000]);

        var error = Assert.Throws<StorageUnavailableException>(() => BotDatabase.Open(folder.Path));

        Assert.Contains("cannot be opened", error.Message, StringComparison.Ordinal);
        // The lock is released, so fixing the file and retrying works.
        File.Delete(Path.Combine(folder.Path, BotDatabase.FileName));
        using var retried = BotDatabase.Open(folder.Path);
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
