using System.Text.Json;
using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Types;
using WithdrawalBot.Core.Messages;
using WithdrawalBot.Core.Storage;
using WithdrawalBot.Telegram.Diagnostics;

namespace WithdrawalBot.Telegram.Updates;

/// <summary>
/// Keeps the updates a stop left unanswered that Telegram will not deliver again (confirmed by an earlier getUpdates,
/// or acknowledged to a webhook), and hands them to the dispatcher at the next start, before any new update. Updates
/// kept longer than <see cref="MaxAge"/> are dropped, as Telegram drops its own undelivered updates after a day.
/// Without a store (no database) nothing is kept.
/// </summary>
public sealed class PendingUpdateKeeper(TimeProvider time, ILogger<PendingUpdateKeeper> logger, IPendingUpdateStore? store = null)
{
    /// <summary>How old a kept update may be and still be answered.</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromHours(24);

    private readonly HashSet<long> replayed = [];

    /// <summary>Whether the update with <paramref name="updateId"/> was kept at the last stop and dispatched again by <see cref="ReplayAsync"/>.</summary>
    public bool WasReplayed(long updateId)
    {
        lock (replayed)
        {
            return replayed.Contains(updateId);
        }
    }

    /// <summary>Saves <paramref name="updates"/> for the next start; a failure is one warning (the updates are then lost, as before).</summary>
    public async Task KeepAsync(IReadOnlyList<Update> updates)
    {
        ArgumentNullException.ThrowIfNull(updates);
        if (store is null || updates.Count == 0)
        {
            return;
        }

        var now = time.GetUtcNow();
        try
        {
            await store.SaveAsync([.. updates.Select(u => new PendingUpdate(ChatPlatform.Telegram, u.Id, JsonSerializer.Serialize(u, JsonBotAPI.Options), now))], CancellationToken.None);
            logger.UpdatesKept(updates.Count);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.UpdatesNotKept(updates.Count, exception.Message);
        }
    }

    /// <summary>Dispatches the updates kept at the last stop, lowest update_id first, and forgets them.</summary>
    /// <exception cref="OperationCanceledException">When <paramref name="cancellationToken"/> is cancelled while the dispatcher has no room.</exception>
    public async Task ReplayAsync(UpdateDispatcher dispatcher, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dispatcher);
        if (store is null)
        {
            return;
        }

        var kept = await store.TakeAllAsync(ChatPlatform.Telegram, cancellationToken);
        var oldest = time.GetUtcNow() - MaxAge;
        var fresh = kept.Where(u => u.SavedAt >= oldest).ToList();
        if (kept.Count > 0)
        {
            logger.UpdatesReplayed(fresh.Count, kept.Count - fresh.Count);
        }

        foreach (var pending in fresh)
        {
            if (Read(pending) is { } update)
            {
                lock (replayed)
                {
                    replayed.Add(update.Id);
                }

                await dispatcher.DispatchAsync(update, cancellationToken);
            }
        }
    }

    private Update? Read(PendingUpdate pending)
    {
        try
        {
            return JsonSerializer.Deserialize<Update>(pending.Json, JsonBotAPI.Options);
        }
        catch (JsonException exception)
        {
            logger.UpdateUnreadable(pending.Id, exception.Message);
            return null;
        }
    }
}
