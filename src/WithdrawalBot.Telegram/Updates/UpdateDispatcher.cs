using System.Globalization;
using Microsoft.Extensions.Logging;
using Telegram.Bot.Types;
using WithdrawalBot.Telegram.Diagnostics;

namespace WithdrawalBot.Telegram.Updates;

/// <summary>
/// Runs updates through <see cref="TelegramUpdateHandler"/> concurrently across chats and in order within a chat, so a
/// slow chat (a group waiting for its per-minute send window, a slow router) never holds up the others, and a failing
/// update is logged and never stalls the ones after it. At most <see cref="MaxInFlight"/> updates are handled at once, and
/// an update takes its slot only when its turn in its chat comes: a group's backlog waits in its own queue, not in the
/// slots. At most <see cref="MaxQueuedPerChat"/> updates of one chat wait or run; newer ones from that chat are dropped
/// (one warning per flood) until it catches up, so a raided group never fills the shared bound. At most
/// <see cref="MaxQueued"/> updates wait or run in all; beyond that <see cref="DispatchAsync"/> waits (back-pressure on the
/// poller). A button tap's callback query is answered within <see cref="CallbackAcknowledger.Deadline"/> even when its chat's
/// backlog holds it longer.
/// </summary>
public sealed class UpdateDispatcher(TelegramUpdateHandler handler, PendingUpdateKeeper keeper, CallbackAcknowledger callbacks, UpdateTranslator translator,
    TimeProvider timeProvider, ILogger<UpdateDispatcher> logger) : IDisposable
{
    /// <summary>The most updates being handled at once.</summary>
    public const int MaxInFlight = 64;

    /// <summary>The most updates dispatched and not yet handled (waiting behind their chat's earlier ones, or running).</summary>
    public const int MaxQueued = 4096;

    /// <summary>
    /// The most updates of one chat dispatched and not yet handled. A group's replies go out at 20 a minute, so this is
    /// about 25 minutes of answers; a flood beyond it (a raid, a spam bot) is dropped rather than left to hold up every
    /// other chat behind <see cref="MaxQueued"/>.
    /// </summary>
    public const int MaxQueuedPerChat = MaxQueued / 8;

    /// <summary>How long shutdown lets the updates in flight finish before cancelling them.</summary>
    public static readonly TimeSpan ShutdownGrace = TimeSpan.FromSeconds(3);

    private readonly SemaphoreSlim slots = new(MaxInFlight, MaxInFlight);
    private readonly SemaphoreSlim backlog = new(MaxQueued, MaxQueued);
    private readonly List<Update> unanswered = [];
    private readonly Dictionary<string, ChatQueue> queues = [];
    private readonly CancellationTokenSource stopping = new();

    /// <summary>
    /// Queues an update behind the earlier updates of the same chat (or user, for inline queries), after recording it
    /// with the <see cref="PendingUpdateKeeper"/> when the bot acts on it (<see cref="UpdateTranslator.IsForTheBot"/>; so it is
    /// kept until answered, even if the wait for room is cancelled; group chatter is never written).
    /// An update replayed from the last stop that Telegram delivers again is skipped, and so is an update of a chat that
    /// already has <see cref="MaxQueuedPerChat"/> waiting (warning 7038 at the first, information 7039 with the count once
    /// the chat has caught up).
    /// </summary>
    /// <param name="update">The update.</param>
    /// <param name="cancellationToken">Cancels the wait for room.</param>
    /// <param name="kept">True when the update is already kept (the keeper's replay).</param>
    /// <exception cref="OperationCanceledException">When <paramref name="cancellationToken"/> is cancelled while waiting for room (<see cref="MaxQueued"/>).</exception>
    public async Task DispatchAsync(Update update, CancellationToken cancellationToken, bool kept = false)
    {
        ArgumentNullException.ThrowIfNull(update);
        if (!kept && keeper.WasReplayed(update.Id))
        {
            logger.UpdateIgnored(update.Id, "answered from the updates kept at the last stop");
            return;
        }

        var key = OrderingKey(update);
        if (await DroppedAsFloodAsync(update, key, kept))
        {
            return;
        }

        var forTheBot = translator.IsForTheBot(update);
        if (!kept && forTheBot)
        {
            await keeper.RecordAsync(update);
        }

        await backlog.WaitAsync(cancellationToken);
        lock (queues)
        {
            if (!queues.TryGetValue(key, out var queue))
            {
                queue = new ChatQueue();
                queues[key] = queue;
            }

            queue.Pending++;
            if (update.CallbackQuery is { } query)
            {
                // A button tap waits its turn, but its spinner must stop in time (Telegram refuses late answers).
                callbacks.Track(query.Id);
            }

            queue.Tail = RunAfterAsync(queue.Tail, update, key, forTheBot);
        }
    }

    /// <summary>The updates <see cref="StopAsync"/> cancelled before they were answered, lowest update_id first.</summary>
    public IReadOnlyList<Update> Unanswered
    {
        get
        {
            lock (queues)
            {
                return [.. unanswered.OrderBy(update => update.Id)];
            }
        }
    }

    /// <summary>Completes when every update dispatched so far has been handled.</summary>
    public Task WhenIdleAsync()
    {
        lock (queues)
        {
            return Task.WhenAll(queues.Values.Select(q => q.Tail).ToList());
        }
    }

    /// <summary>
    /// Lets the updates in flight finish for up to <see cref="ShutdownGrace"/>, then cancels the rest and waits for
    /// them to end (used at shutdown), logging how many were left unanswered and how many of those are kept for the next
    /// start; returns at once when the dispatcher was
    /// already disposed.
    /// </summary>
    public async Task StopAsync()
    {
        try
        {
            await WhenIdleAsync().WaitAsync(ShutdownGrace, timeProvider);
        }
        catch (TimeoutException)
        {
        }

        try
        {
            await stopping.CancelAsync();
        }
        catch (ObjectDisposedException)
        {
            // The host failed to start (a health port in use) and its container disposed this before polling ended:
            // nothing was dispatched that could still be running.
            return;
        }

        await WhenIdleAsync();
        var left = Unanswered;
        if (left.Count > 0)
        {
            logger.UpdatesUnanswered(left.Count);
        }

        if (left.Count(update => keeper.IsKept(update.Id)) is > 0 and var kept)
        {
            // Kept in the store: answered at the next start, whether or not Telegram delivers them again.
            logger.UpdatesKept(kept);
        }
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        stopping.Dispose();
        slots.Dispose();
        backlog.Dispose();
    }

    private async Task<bool> DroppedAsFloodAsync(Update update, string key, bool kept)
    {
        lock (queues)
        {
            if (!queues.TryGetValue(key, out var queue) || queue.Pending < MaxQueuedPerChat)
            {
                return false;
            }

            if (++queue.Dropped == 1)
            {
                logger.ChatFlooded(key, MaxQueuedPerChat);
            }
        }

        if (kept)
        {
            // Replayed from the store: dropped for good, so not to be replayed again.
            await keeper.ForgetAsync(update.Id);
        }

        return true;
    }

    // forTheBot: whether the bot acts on the update; only such an update counts as left unanswered at a stop.
    private async Task RunAfterAsync(Task previous, Update update, string key, bool forTheBot)
    {
        // Always continue on the thread pool: the caller holds the queue lock, and handling must not run under it.
        await previous.ConfigureAwait(ConfigureAwaitOptions.ForceYielding | ConfigureAwaitOptions.SuppressThrowing);
        var running = false;
        var answered = true;
        try
        {
            // The slot is taken only now, after the chat's earlier updates: a busy group's backlog holds one slot, not all.
            await slots.WaitAsync(stopping.Token);
            running = true;
            await handler.HandleAsync(update, stopping.Token);
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            answered = false;
            if (forTheBot)
            {
                // Chatter left in the queue needs no answer, so it holds back no confirmation at the stop either.
                lock (queues)
                {
                    unanswered.Add(update);
                }
            }
        }
        catch (Exception exception)
        {
            logger.UpdateFailed(update.Id, update.Type.ToString(), exception);
        }
        finally
        {
            if (answered)
            {
                // Handled, or failed for good (logged): either way not to be tried again at the next start.
                await keeper.ForgetAsync(update.Id);
            }

            lock (queues)
            {
                var queue = queues[key];
                if (--queue.Pending == 0)
                {
                    queues.Remove(key);
                    if (queue.Dropped > 0)
                    {
                        logger.ChatCaughtUp(key, queue.Dropped);
                    }
                }
            }

            if (running)
            {
                slots.Release();
            }

            backlog.Release();
        }
    }

    private static string OrderingKey(Update update)
    {
        var chatId = update.Message?.Chat.Id
            ?? update.ChannelPost?.Chat.Id
            ?? update.EditedMessage?.Chat.Id
            ?? update.EditedChannelPost?.Chat.Id
            ?? update.CallbackQuery?.Message?.Chat.Id
            ?? update.MyChatMember?.Chat.Id;
        if (chatId is { } chat)
        {
            return chat.ToString(CultureInfo.InvariantCulture);
        }

        var userId = update.InlineQuery?.From.Id ?? update.CallbackQuery?.From.Id;
        return userId is { } user ? "user:" + user.ToString(CultureInfo.InvariantCulture) : "other";
    }

    private sealed class ChatQueue
    {
        public Task Tail { get; set; } = Task.CompletedTask;

        public int Pending { get; set; }

        /// <summary>Updates dropped since the queue last reached <see cref="MaxQueuedPerChat"/>.</summary>
        public int Dropped { get; set; }
    }
}
