using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using WithdrawalBot.Telegram.Configuration;
using WithdrawalBot.Telegram.Sending;

namespace WithdrawalBot.Telegram.Tests.Sending;

/// <summary>Counts leases granted at once versus queued; no wall-clock timing is asserted.</summary>
public sealed class TelegramRateLimiterTests : IDisposable
{
    private readonly TelegramRateLimiter limiter = new(Options.Create(new TelegramOptions()));
    private readonly CancellationTokenSource end = new();

    [Fact]
    public void AcquireAsync_BurstOf45PrivateChats_ThirtyNowTheRestWait()
    {
        var leases = Enumerable.Range(1, 45).Select(i => limiter.AcquireAsync(i.ToString(System.Globalization.CultureInfo.InvariantCulture), end.Token)).ToList();

        Assert.Equal(30, leases.Count(Granted));
        Assert.Equal(15, leases.Count(l => !l.IsCompleted));
    }

    [Fact]
    public void AcquireAsync_OneGroup_TwentyPerMinuteWithoutHoldingUpOtherChats()
    {
        var group = Enumerable.Range(1, 21).Select(_ => limiter.AcquireAsync("-100500", end.Token)).ToList();
        var otherGroup = limiter.AcquireAsync("-100600", end.Token);
        var user = limiter.AcquireAsync("42", end.Token);

        Assert.Equal(20, group.Count(Granted));
        Assert.False(group[^1].IsCompleted);
        Assert.True(Granted(otherGroup));
        Assert.True(Granted(user));
    }

    [Fact]
    public async Task AcquireAsync_WaitingAndCancelled_ThrowsOperationCanceled()
    {
        for (var i = 0; i < 20; i++)
        {
            (await limiter.AcquireAsync("-100500", end.Token)).Dispose();
        }

        using var cancel = new CancellationTokenSource();
        var waiting = limiter.AcquireAsync("-100500", cancel.Token).AsTask();
        Assert.False(waiting.IsCompleted);

        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
    }

    [Fact]
    public void AcquireAsync_LimitsFromOptions_Used()
    {
        using var custom = new TelegramRateLimiter(Options.Create(new TelegramOptions { MessagesPerSecond = 5, GroupMessagesPerMinute = 2 }));

        var users = Enumerable.Range(1, 6).Select(i => custom.AcquireAsync(i.ToString(System.Globalization.CultureInfo.InvariantCulture), end.Token)).ToList();
        Assert.Equal(5, users.Count(l => l.IsCompletedSuccessfully));
    }

    [Theory]
    [InlineData("-1001234", true)]
    [InlineData("-42", true)]
    [InlineData("@channel", true)]
    [InlineData("42", false)]
    public void IsGroupOrChannel_ChatId_ByTelegramIdShape(string chatId, bool expected)
    {
        Assert.Equal(expected, TelegramRateLimiter.IsGroupOrChannel(chatId));
    }

    /// <summary>Whether the lease was granted at once, without waiting.</summary>
    private static bool Granted(ValueTask<RateLimitLease> lease) => lease.IsCompletedSuccessfully && lease.Result.IsAcquired;

    public void Dispose()
    {
        end.Cancel();
        limiter.Dispose();
        end.Dispose();
    }
}
