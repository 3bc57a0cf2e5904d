using WithdrawalBot.Core.Platforms;

namespace WithdrawalBot.Core.Tests.Platforms;

public sealed class RecentIdsTests
{
    [Fact]
    public void TryAdd_AnIdSeenBefore_False_UntilItFallsOutOfTheCapacity()
    {
        var ids = new RecentIds(capacity: 2);

        Assert.True(ids.TryAdd("1"));
        Assert.False(ids.TryAdd("1"));
        Assert.True(ids.TryAdd("2"));
        Assert.True(ids.TryAdd("3"));
        Assert.True(ids.TryAdd("1"));
    }

    [Fact]
    public void Remove_AnIdThatCouldNotBeTaken_IsTakenWhenItComesAgain()
    {
        // Break 27: a webhook update whose request timed out while the queue was full was then skipped as "delivered again".
        var ids = new RecentIds();
        ids.TryAdd("7100");

        ids.Remove("7100");

        Assert.True(ids.TryAdd("7100"));
        Assert.False(ids.TryAdd("7100"));
    }
}
