using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Types;
using WithdrawalBot.Core.Messages;
using WithdrawalBot.Core.Storage;
using WithdrawalBot.Telegram.Diagnostics;
using WithdrawalBot.Telegram.Hosting;

namespace WithdrawalBot.Telegram.Updates;

/// <summary>
/// Keeps every Telegram update from its arrival until it is answered (<see cref="IPendingUpdateStore"/>): the dispatcher
/// records an update before the poller's next offset or the webhook's 200 tells Telegram it arrived, and forgets it once
/// handled. What a stop, a crash or a kill cut off is still kept at the next start, and <see cref="ReplayAsync"/> hands it
/// to the dispatcher before any new update; Telegram delivering one of those again is then skipped
/// (<see cref="WasReplayed"/>). Updates first kept longer than <see cref="MaxAge"/> ago are dropped, as Telegram drops its
/// own undelivered updates after a day; updates another bot received (the token was changed to another bot's) are left
/// for it, not answered by this one. Without a store (no database) nothing is kept.
/// </summary>
public sealed class PendingUpdateKeeper(TimeProvider time, TelegramBotIdentity identity, ILogger<PendingUpdateKeeper> logger, IPendingUpdateStore? store = null)
{
    /// <summary>How long after its arrival a kept update may still be answered.</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromHours(24);

    private readonly HashSet<long> replayed = [];
    private readonly HashSet<long> kept = [];

    /// <summary>Whether the update with <paramref name="updateId"/> was kept at the last stop and dispatched again by <see cref="ReplayAsync"/>.</summary>
    public bool WasReplayed(long updateId)
    {
        lock (replayed)
        {
            return replayed.Contains(updateId);
        }
    }

    /// <summary>Whether the update with <paramref name="updateId"/> is in the store, to be answered at the next start if not now.</summary>
    public bool IsKept(long updateId)
    {
        lock (kept)
        {
            return kept.Contains(updateId);
        }
    }

    /// <summary>Writes <paramref name="update"/> to the store; a failure (a full disk) is one warning, and the update is then answered only if the bot keeps running.</summary>
    public async Task RecordAsync(Update update)
    {
        ArgumentNullException.ThrowIfNull(update);
        if (store is null)
        {
            return;
        }

        try
        {
            await store.AddAsync(new PendingUpdate(ChatPlatform.Telegram, update.Id, JsonSerializer.Serialize(update, JsonBotAPI.Options), time.GetUtcNow(), ThisBot), CancellationToken.None);
            lock (kept)
            {
                kept.Add(update.Id);
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.UpdatesNotKept(1, exception.Message);
        }
    }

    /// <summary>Removes the answered update <paramref name="updateId"/> from the store; a failure leaves it to be answered again at the next start.</summary>
    public async Task ForgetAsync(long updateId)
    {
        lock (kept)
        {
            if (store is null || !kept.Remove(updateId))
            {
                return;
            }
        }

        try
        {
            await store.RemoveAsync(ChatPlatform.Telegram, updateId, CancellationToken.None);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.UpdateNotForgotten(updateId, exception.Message);
        }
    }

    /// <summary>Dispatches the updates a stop or crash left kept, lowest update_id first; those older than <see cref="MaxAge"/> are forgotten.</summary>
    /// <exception cref="OperationCanceledException">When <paramref name="cancellationToken"/> is cancelled while the dispatcher has no room.</exception>
    public async Task ReplayAsync(UpdateDispatcher dispatcher, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dispatcher);
        if (store is null)
        {
            return;
        }

        var left = await store.ListAsync(ChatPlatform.Telegram, cancellationToken);
        var oldest = time.GetUtcNow() - MaxAge;
        var stale = left.Where(u => u.SavedAt < oldest).ToList();
        foreach (var update in stale)
        {
            await store.RemoveAsync(ChatPlatform.Telegram, update.Id, cancellationToken);
        }

        var me = ThisBot;
        bool ForAnotherBot(PendingUpdate u) => u.ReceivedBy is not null && me is not null && u.ReceivedBy != me;
        var others = left.Where(u => u.SavedAt >= oldest && ForAnotherBot(u)).ToList();
        if (others.Count > 0)
        {
            logger.UpdatesForAnotherBot(others.Count, others[0].ReceivedBy!);
        }

        var fresh = left.Where(u => u.SavedAt >= oldest && !ForAnotherBot(u)).ToList();
        if (fresh.Count + stale.Count > 0)
        {
            logger.UpdatesReplayed(fresh.Count, stale.Count);
        }

        lock (kept)
        {
            kept.UnionWith(fresh.Select(u => u.Id));
        }

        lock (replayed)
        {
            replayed.UnionWith(fresh.Select(u => u.Id));
        }

        foreach (var pending in fresh)
        {
            if (Read(pending) is { } update)
            {
                await dispatcher.DispatchAsync(update, cancellationToken, kept: true);
            }
            else
            {
                await ForgetAsync(pending.Id);
            }
        }
    }

    /// <summary>This bot's Telegram user id as kept in <see cref="PendingUpdate.ReceivedBy"/>; <c>null</c> before getMe answered.</summary>
    private string? ThisBot => identity.IsKnown ? identity.Current.Id.ToString(CultureInfo.InvariantCulture) : null;

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
