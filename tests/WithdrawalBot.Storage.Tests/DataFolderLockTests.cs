namespace WithdrawalBot.Storage.Tests;

public sealed class DataFolderLockTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Acquire_FreeFolder_SecondInstanceIsToldTheFolderIsInUse()
    {
        using var first = DataFolderLock.Acquire(folder.Path);

        var second = Assert.Throws<StorageUnavailableException>(() => DataFolderLock.Acquire(folder.Path));

        Assert.Contains("in use by another WithdrawalBot instance", second.Message, StringComparison.Ordinal);
        // Break 33 #9: the README's "ask /stats" for a cron job can never read a serving bot's folder; the refusal says where
        // an operator gets the figures instead.
        Assert.Contains("/stats and /unanswered of the running bot in a private chat with it", second.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NotWritable_LockFileLeftByAnotherUser_NamesTheFilesAndChownRecursive()
    {
        // Break 29: a folder first used as root, then given to uid 1654 without -R, was called "not writable", though it was.
        var message = DataFolderLock.NotWritable("/srv/botdata", lockFileExists: true, "Access to the path '/srv/botdata/withdrawalbot.lock' is denied.");

        Assert.StartsWith("The files in the data folder '/srv/botdata' are not writable by this user", message, StringComparison.Ordinal);
        Assert.Contains("chown -R 1654 /srv/botdata", message, StringComparison.Ordinal);
    }

    [Fact]
    public void NotWritable_NoLockFileYet_NamesTheFolder()
    {
        var message = DataFolderLock.NotWritable("/srv/botdata", lockFileExists: false, "Access denied.");

        Assert.StartsWith("The data folder '/srv/botdata' is not writable (Access denied.)", message, StringComparison.Ordinal);
    }
}
