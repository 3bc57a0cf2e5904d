namespace WithdrawalBot.Storage.Tests;

public sealed class StorageFailureTests
{
    [Fact]
    public void IsDiskFull_NoSpaceLeftAnywhereInTheChain_IsTrue() =>
        Assert.True(StorageFailure.IsDiskFull(new InvalidOperationException("write failed", new IOException("No space left on device", 28))));

    [Fact]
    public void IsDiskFull_OtherInputOutputError_IsFalse() =>
        Assert.False(StorageFailure.IsDiskFull(new IOException("Permission denied", 13)));

    [Fact]
    public void IsInputOutputError_EioAnywhereInTheChain_IsTrueAndNotADiskFull()
    {
        var eio = new InvalidOperationException("read failed", new IOException("Input/output error", 5));

        Assert.True(StorageFailure.IsInputOutputError(eio));
        Assert.False(StorageFailure.IsDiskFull(eio));
        Assert.False(StorageFailure.IsInputOutputError(new IOException("No space left on device", 28)));
    }

    [Theory]
    [InlineData("Database lock timeout when entering in exclusive mode after 00:00:05")]
    [InlineData("This engine instance already disposed.")]
    [InlineData("transaction must be active to commit (current state: Aborted)")]
    [InlineData("Maximum number of transactions reached")]
    public void IsAfterAnEarlierFailure_LiteDbRefusingAfterAFailure_IsTrue(string message) =>
        Assert.True(StorageFailure.IsAfterAnEarlierFailure(new LiteDB.LiteException(0, message)));

    [Fact]
    public void IsAfterAnEarlierFailure_DamagedPage_IsFalse() =>
        Assert.False(StorageFailure.IsAfterAnEarlierFailure(new LiteDB.LiteException(0, "Page type must be data page: 36")));
}
