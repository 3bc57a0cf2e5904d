using WithdrawalBot.Hosting;
using WithdrawalBot.Tests.Support;

namespace WithdrawalBot.Tests.Hosting;

public sealed class DataFolderLockTests
{
    [Fact]
    public void Acquire_MissingFolder_CreatesItAndLocksIt()
    {
        using var temp = new TempDirectory();
        var folder = temp.Combine("nested", "data");

        using var dataLock = DataFolderLock.Acquire(folder);

        Assert.Equal(folder, dataLock.Directory);
        Assert.True(File.Exists(Path.Combine(folder, DataFolderLock.FileName)));
    }

    [Fact]
    public void Acquire_FolderAlreadyLocked_RefusesSayingAnotherInstanceRuns()
    {
        using var temp = new TempDirectory();
        using var first = DataFolderLock.Acquire(temp.Path);

        var error = Assert.Throws<StartupException>(() => DataFolderLock.Acquire(temp.Path));

        Assert.Contains("Another WithdrawalBot is already running", error.Message, StringComparison.Ordinal);
        Assert.Contains(temp.Path, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Acquire_AfterTheFirstIsReleased_Succeeds()
    {
        using var temp = new TempDirectory();
        DataFolderLock.Acquire(temp.Path).Dispose();

        using var second = DataFolderLock.Acquire(temp.Path);

        Assert.Equal(temp.Path, second.Directory);
    }

    [Fact]
    public void Acquire_PathThroughAFile_StopsNamingTheSettingToChange()
    {
        using var temp = new TempDirectory();
        var file = temp.Combine("not-a-folder");
        File.WriteAllText(file, "x");

        var error = Assert.Throws<StartupException>(() => DataFolderLock.Acquire(Path.Combine(file, "data")));

        Assert.Contains("Storage__DataDirectory", error.Message, StringComparison.Ordinal);
    }
}
