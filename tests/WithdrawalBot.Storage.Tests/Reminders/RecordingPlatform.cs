using System.Collections.Concurrent;
using WithdrawalBot.Core.Messages;
using WithdrawalBot.Core.Platforms;
using WithdrawalBot.Core.Replies;

namespace WithdrawalBot.Storage.Tests.Reminders;

/// <summary>
/// A fake platform that records every send with the (fake) time it arrived. It can enforce a global limit of N
/// sends per sliding second (answering RateLimited past it, like Telegram's 429), script results per chat, and
/// hang a chat's send after recording it (a process killed between the platform call and the ledger write).
/// The log of deliveries can be shared across a simulated restart.
/// </summary>
internal sealed class RecordingPlatform(TimeProvider time, ConcurrentQueue<RecordingPlatform.Sent>? shared = null, int? perSecondLimit = null) : IChatPlatform
{
    private readonly Lock gate = new();
    private readonly Queue<DateTimeOffset> window = new();
    private readonly ConcurrentDictionary<string, Queue<DeliveryResult>> scripts = new();

    public sealed record Sent(ChatAddress Chat, Reply Reply, DateTimeOffset At);

    public ChatPlatform Platform { get; init; } = ChatPlatform.Telegram;

    /// <summary>Accepted sends (the chat got a message).</summary>
    public ConcurrentQueue<Sent> Delivered { get; } = shared ?? new();

    /// <summary>Every call, whatever the answer.</summary>
    public ConcurrentQueue<Sent> Attempts { get; } = new();

    public int RateLimitedCount { get; private set; }

    /// <summary>The send that makes this many deliveries (counted by this instance) is recorded and then never returns.</summary>
    public int? HangAtDelivery { get; set; }

    private int ownDeliveries;

    /// <summary>Every send waits for its turn (a platform's rate-limit pause) until cancelled, then throws <see cref="DeliveryNotStartedException"/>: nothing was posted.</summary>
    public bool HoldEverySendBeforePosting { get; set; }

    public void Script(string chatId, params DeliveryResult[] results) => scripts[chatId] = new Queue<DeliveryResult>(results);

    public Task<DeliveryResult> SendAsync(ChatAddress chat, Reply reply, CancellationToken cancellationToken) =>
        HoldEverySendBeforePosting ? HoldAsync(chat, reply, cancellationToken) : SendNowAsync(chat, reply, cancellationToken);

    private async Task<DeliveryResult> HoldAsync(ChatAddress chat, Reply reply, CancellationToken cancellationToken)
    {
        Attempts.Enqueue(new Sent(chat, reply, time.GetUtcNow()));
        try
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }
        catch (OperationCanceledException e)
        {
            throw new DeliveryNotStartedException(cancellationToken, e);
        }

        throw new InvalidOperationException("unreachable");
    }

    private Task<DeliveryResult> SendNowAsync(ChatAddress chat, Reply reply, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var sent = new Sent(chat, reply, now);
        Attempts.Enqueue(sent);
        lock (gate)
        {
            if (perSecondLimit is int limit)
            {
                while (window.Count > 0 && window.Peek() <= now - TimeSpan.FromSeconds(1))
                {
                    window.Dequeue();
                }

                if (window.Count >= limit)
                {
                    RateLimitedCount++;
                    return Task.FromResult(new DeliveryResult(DeliveryStatus.RateLimited) { RetryAfter = TimeSpan.FromSeconds(1), ErrorCode = 429 });
                }

                window.Enqueue(now);
            }
        }

        if (scripts.TryGetValue(chat.ChatId, out var script) && script.TryDequeue(out var scripted))
        {
            if (scripted.Status == DeliveryStatus.Delivered)
            {
                Delivered.Enqueue(sent);
            }

            return Task.FromResult(scripted);
        }

        Delivered.Enqueue(sent);
        if (Interlocked.Increment(ref ownDeliveries) == HangAtDelivery)
        {
            return new TaskCompletionSource<DeliveryResult>().Task;
        }

        return Task.FromResult(DeliveryResult.Delivered);
    }

    public Task<bool?> IsAdminAsync(ChatAddress chat, string userId, CancellationToken cancellationToken) => Task.FromResult<bool?>(true);

    public Task<bool> IsBotAdminAsync(ChatAddress chat, CancellationToken cancellationToken) => Task.FromResult(true);

    public Task<(ChatAddress Chat, ChatKind Kind)?> ResolveChatAsync(string reference, CancellationToken cancellationToken) =>
        Task.FromResult<(ChatAddress, ChatKind)?>(null);
}
