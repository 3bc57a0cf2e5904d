using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using WithdrawalBot.Telegram.Configuration;

namespace WithdrawalBot.Telegram.Sending;

/// <summary>
/// Telegram's outgoing limits as System.Threading.RateLimiting limiters: at most
/// <see cref="TelegramOptions.GroupMessagesPerMinute"/> (20) messages a minute into one group or channel (a sliding
/// window per chat, so waiting for one chat never holds up another), then at most
/// <see cref="TelegramOptions.MessagesPerSecond"/> (30) a second overall (a sliding window of ten segments). Private
/// chats have no per-chat window. Callers wait in the limiters' queues (oldest first), never in a loop; waiting ends
/// with <see cref="OperationCanceledException"/> when the caller's token is cancelled.
/// </summary>
/// <remarks>The library's windows run on the system clock (it takes no <see cref="TimeProvider"/>).</remarks>
public sealed class TelegramRateLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<string> perChat;
    private readonly PartitionedRateLimiter<string> overall;
    private readonly PartitionedRateLimiter<string> chained;

    /// <summary>Creates the limiters from the options.</summary>
    public TelegramRateLimiter(IOptions<TelegramOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var settings = options.Value;
        perChat = PartitionedRateLimiter.Create<string, string>(chatId => IsGroupOrChannel(chatId)
            ? RateLimitPartition.GetSlidingWindowLimiter(chatId, _ => new SlidingWindowRateLimiterOptions
            {
                PermitLimit = settings.GroupMessagesPerMinute,
                Window = TimeSpan.FromMinutes(1),
                SegmentsPerWindow = 6,
                QueueLimit = int.MaxValue,
                QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            })
            : RateLimitPartition.GetNoLimiter(""));
        overall = PartitionedRateLimiter.Create<string, string>(_ => RateLimitPartition.GetSlidingWindowLimiter("all", _ => new SlidingWindowRateLimiterOptions
        {
            PermitLimit = settings.MessagesPerSecond,
            Window = TimeSpan.FromSeconds(1),
            SegmentsPerWindow = 10,
            QueueLimit = int.MaxValue,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        }));
        chained = PartitionedRateLimiter.CreateChained(perChat, overall);
    }

    /// <summary>Waits for permission to send one message to <paramref name="chatId"/>.</summary>
    /// <param name="chatId">The Telegram chat id as text (negative for groups and channels) or an <c>@channel</c> name.</param>
    /// <param name="cancellationToken">Ends the wait.</param>
    /// <returns>The lease; dispose it after sending. <see cref="RateLimitLease.IsAcquired"/> is false only if the limiter is disposed.</returns>
    /// <exception cref="OperationCanceledException">When <paramref name="cancellationToken"/> is cancelled while waiting.</exception>
    public ValueTask<RateLimitLease> AcquireAsync(string chatId, CancellationToken cancellationToken) =>
        chained.AcquireAsync(chatId, 1, cancellationToken);

    /// <summary>True for ids of groups, supergroups and channels (negative) and for <c>@channel</c> names.</summary>
    public static bool IsGroupOrChannel(string chatId) => chatId.StartsWith('-') || chatId.StartsWith('@');

    /// <inheritdoc/>
    public void Dispose()
    {
        chained.Dispose();
        perChat.Dispose();
        overall.Dispose();
    }
}
