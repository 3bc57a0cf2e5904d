using Microsoft.Extensions.Logging;
using WithdrawalBot.Core.Diagnostics;
using WithdrawalBot.Core.Knowledge;
using WithdrawalBot.Core.Platforms;
using WithdrawalBot.Core.Storage;

namespace WithdrawalBot.Core.Reminders;

/// <summary>
/// Makes one attempt at one claimed reminder: marks it <see cref="DeliveryState.Sending"/> in the ledger, hands it
/// to the platform, and records the outcome. Permanent failures change the subscription, not the loop.
/// </summary>
internal sealed class ReminderSender(
    ISubscriptionStore subscriptions,
    IDeliveryLedger ledger,
    IChatSettingsStore settings,
    IReadOnlyDictionary<Messages.ChatPlatform, IChatPlatform> platforms,
    IReadOnlyList<Milestone> milestones,
    SubscriptionLifecycle lifecycle,
    CallWindow callWindow,
    BotMetrics metrics,
    TimeProvider time,
    ReminderOptions options,
    ILogger logger)
{
    /// <summary>Sends the reminder once.</summary>
    /// <returns><c>null</c> when the reminder is settled; otherwise when to try again.</returns>
    /// <exception cref="OperationCanceledException">Shutdown cancelled the platform call; the ledger keeps <see cref="DeliveryState.Sending"/>.</exception>
    public async Task<DateTimeOffset?> SendAsync(DeliveryJob job, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var key = job.Key.ToString();
        var subscription = await subscriptions.GetByIdAsync(job.Key.SubscriptionId, cancellationToken);
        var milestone = milestones.FirstOrDefault(m => m.Id == job.Key.MilestoneId);
        var platformName = job.Platform.ToString().ToLowerInvariant();
        if (subscription is not { Active: true } || milestone is null)
        {
            await ledger.UpdateAsync(job.Key, DeliveryState.Cancelled, now, subscription is null ? "subscription gone" : milestone is null ? "milestone gone" : "subscription inactive", cancellationToken);
            ReminderLog.Cancelled(logger, key, job.Key.SubscriptionId);
            metrics.ReminderDelivered(platformName, "cancelled");
            return null;
        }

        if (!job.Attempted && now - job.DueAt > options.GraceWindow)
        {
            await ledger.UpdateAsync(job.Key, DeliveryState.Skipped, now, "older than the grace window when its turn came", cancellationToken);
            ReminderLog.SkippedStale(logger, 1, milestone.Id, job.Key.LeadDays, job.DueAt, options.GraceWindow);
            metrics.ReminderDelivered(platformName, "skipped_stale");
            return null;
        }

        if (!platforms.TryGetValue(subscription.Chat.Platform, out var platform))
        {
            return now + options.WakeInterval;
        }

        var chatSettings = await settings.GetAsync(subscription.Chat with { ThreadId = null }, cancellationToken);
        // The chat's own calendar: the reminder sent "on the day" says "today" there, not "in about 1 day" in Baghdad's.
        var zone = TimeZoneNames.Find(chatSettings.TimeZone) ?? TimeZoneNames.Find(options.TimeZone);
        var reply = ReminderComposer.Compose(milestone, now, chatSettings.Language ?? subscription.Language, zone) with { DeliveryKey = key };

        await ledger.UpdateAsync(job.Key, DeliveryState.Sending, now, null, cancellationToken);
        job.Attempted = true;
        var handedOver = false;
        DeliveryResult result;
        try
        {
            await callWindow.WaitTurnAsync(job.Platform, cancellationToken);
            handedOver = true;
            result = await platform.SendAsync(subscription.Chat, reply, cancellationToken);
        }
        catch (OperationCanceledException e) when (!handedOver || DeliveryNotStartedException.Describes(e))
        {
            // Stopped while still waiting for its turn (break 28: 16 reminders held by a rate-limit pause were taken as
            // "most likely went out" at the next start and never sent): nothing was posted, so it is sent at the next start.
            await ledger.UpdateAsync(job.Key, DeliveryState.Claimed, time.GetUtcNow(), "stopped before it was sent", CancellationToken.None);
            throw;
        }

        var after = time.GetUtcNow();
        switch (result.Status)
        {
            case DeliveryStatus.Delivered:
                await ledger.UpdateAsync(job.Key, DeliveryState.Delivered, after, null, CancellationToken.None);
                ReminderLog.Delivered(logger, key, subscription.Chat);
                metrics.ReminderDelivered(platformName, "sent");
                return null;

            case DeliveryStatus.RateLimited:
                var wait = result.RetryAfter is { } retryAfter && retryAfter > TimeSpan.Zero ? retryAfter : TimeSpan.FromSeconds(1);
                await ledger.UpdateAsync(job.Key, DeliveryState.Claimed, after, $"rate limited for {wait}", CancellationToken.None);
                ReminderLog.RateLimited(logger, subscription.Chat, key, wait);
                metrics.ReminderDelivered(platformName, "rate_limited");
                return after + wait;

            case DeliveryStatus.ChatUnavailable:
                await subscriptions.DeactivateAsync(subscription.Chat, CancellationToken.None);
                await ledger.UpdateAsync(job.Key, DeliveryState.ChatUnavailable, after, Describe(result), CancellationToken.None);
                ReminderLog.ChatUnavailable(logger, subscription.Chat, result.ErrorCode, result.Description);
                metrics.ReminderDelivered(platformName, "chat_unavailable");
                return null;

            case DeliveryStatus.Uncertain:
                // Break 31 #2: a send that timed out after Telegram posted it was sent again, up to MaxAttempts copies.
                await ledger.UpdateAsync(job.Key, DeliveryState.Uncertain, after, Describe(result), CancellationToken.None);
                ReminderLog.NoAnswer(logger, key, subscription.Chat, result.Description);
                metrics.ReminderDelivered(platformName, "uncertain");
                return null;

            case DeliveryStatus.Migrated when !string.IsNullOrWhiteSpace(result.MigratedToChatId) && job.Migrations == 0:
                job.Migrations++;
                await lifecycle.ChatMigratedAsync(subscription.Chat, result.MigratedToChatId, CancellationToken.None);
                await ledger.UpdateAsync(job.Key, DeliveryState.Claimed, after, $"chat migrated to {result.MigratedToChatId}", CancellationToken.None);
                ReminderLog.Migrated(logger, subscription.Chat, result.MigratedToChatId, key);
                metrics.ReminderDelivered(platformName, "migrated");
                return after;

            default:
                job.Failures++;
                if (job.Failures >= options.MaxAttempts)
                {
                    await ledger.UpdateAsync(job.Key, DeliveryState.Failed, after, Describe(result), CancellationToken.None);
                    ReminderLog.GaveUp(logger, key, subscription.Chat, job.Failures, result.ErrorCode, result.Description);
                    metrics.ReminderDelivered(platformName, "failed");
                    return null;
                }

                var retryAt = after + (options.RetryBackoff * Math.Pow(2, job.Failures - 1));
                await ledger.UpdateAsync(job.Key, DeliveryState.Claimed, after, Describe(result), CancellationToken.None);
                ReminderLog.SendFailed(logger, key, subscription.Chat, job.Failures, options.MaxAttempts, result.ErrorCode, result.Description, retryAt);
                metrics.ReminderDelivered(platformName, "retry");
                return retryAt;
        }
    }

    private static string Describe(DeliveryResult result) => $"{result.Status} {result.ErrorCode} {result.Description}".Trim();
}
