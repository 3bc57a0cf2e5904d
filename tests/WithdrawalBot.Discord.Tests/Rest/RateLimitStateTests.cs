using Microsoft.Extensions.Time.Testing;
using WithdrawalBot.Discord.Rest;

namespace WithdrawalBot.Discord.Tests.Rest;

public sealed class RateLimitStateTests
{
    [Fact]
    public void BucketFor_ManyInteractionsLongIdle_DropsTheirBucketsButKeepsOnesInUse()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero));
        var state = new RateLimitState(time, new TokenRejection());
        for (var i = 0; i < RateLimitState.PruneAbove + 500; i++)
        {
            state.BucketFor(new RestRoute("interactions/{interactions}/{token}/callback", $"interactions/{i}"));
        }

        var channel = new RestRoute("channels/{channels}/messages", "channels/400");
        state.BucketFor(channel);
        time.Advance(RateLimitState.IdleBucketLifetime - TimeSpan.FromMinutes(1));
        state.BucketFor(channel);
        time.Advance(TimeSpan.FromMinutes(2));
        var kept = state.BucketFor(channel);

        Assert.Equal(1, state.BucketCount);
        Assert.Same(kept, state.BucketFor(channel));
    }

    [Fact]
    public void BucketFor_FewBuckets_KeepsThemAll()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero));
        var state = new RateLimitState(time, new TokenRejection());
        state.BucketFor(new RestRoute("channels/{channels}/messages", "channels/400"));
        time.Advance(TimeSpan.FromDays(1));

        state.BucketFor(new RestRoute("channels/{channels}/messages", "channels/401"));

        Assert.Equal(2, state.BucketCount);
    }
}
