using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using WithdrawalBot.Core.Diagnostics;
using WithdrawalBot.Core.Knowledge;
using WithdrawalBot.Core.Messages;
using WithdrawalBot.Core.Platforms;
using WithdrawalBot.Core.Storage;

namespace WithdrawalBot.Core.Reminders;

/// <summary>
/// Sends milestone reminders exactly once. On start it resolves what a previous run left in the ledger
/// (<see cref="DeliveryState.Claimed"/> → sent; <see cref="DeliveryState.Sending"/> → <see cref="DeliveryState.Uncertain"/>,
/// not resent). Then it plans: every due reminder is claimed in the ledger and queued for the dispatcher; stale
/// ones (older than the grace window) are recorded as skipped and logged. It sleeps until the next due instant,
/// a subscription change (<see cref="ReminderTrigger"/>) or <see cref="ReminderOptions.WakeInterval"/>, whichever
/// comes first, so a wall-clock jump is noticed within that interval. No per-second polling. At start and once a day
/// it deletes finished ledger entries older than the grace window plus <see cref="ReminderOptions.LedgerRetention"/>
/// (<see cref="LedgerPruner"/>), and never plans reminders that old.
/// </summary>
public sealed class ReminderScheduler : BackgroundService
{
    private static readonly TimeSpan ClockTolerance = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan FailureDelay = TimeSpan.FromMinutes(1);

    /// <summary>
    /// How far a chat's <c>/timezone</c> can move a reminder's due instant (UTC−12 to UTC+14, and a day's turn): an entry
    /// settled for an instant farther from the planned one was for another date of the milestone.
    /// </summary>
    private static readonly TimeSpan ZoneShift = TimeSpan.FromHours(27);

    private readonly ISubscriptionStore subscriptions;
    private readonly IDeliveryLedger ledger;
    private readonly IChatSettingsStore settings;
    private readonly Dictionary<ChatPlatform, IChatPlatform> platforms;
    private readonly IReadOnlyList<Milestone> milestones;
    private readonly ReminderTrigger trigger;
    private readonly ReminderActivity activity;
    private readonly BotMetrics metrics;
    private readonly TimeProvider time;
    private readonly ReminderOptions options;
    private readonly TimeZoneInfo defaultZone;
    private readonly ILogger<ReminderScheduler> logger;
    private readonly ReminderDispatcher dispatcher;
    private readonly LedgerPruner pruner;
    private readonly HashSet<ChatPlatform> reportedMissing = [];

    /// <summary>Creates the scheduler; the store, ledger and platforms come from DI.</summary>
    public ReminderScheduler(
        ISubscriptionStore subscriptions,
        IDeliveryLedger ledger,
        IChatSettingsStore settings,
        IEnumerable<IChatPlatform> platforms,
        IReadOnlyList<Milestone> milestones,
        SubscriptionLifecycle lifecycle,
        ReminderTrigger trigger,
        ReminderActivity activity,
        BotMetrics metrics,
        TimeProvider time,
        IOptions<ReminderOptions> options,
        ILogger<ReminderScheduler> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.subscriptions = subscriptions;
        this.ledger = ledger;
        this.settings = settings;
        this.platforms = platforms.GroupBy(p => p.Platform).ToDictionary(g => g.Key, g => g.First());
        this.milestones = milestones;
        this.trigger = trigger;
        this.activity = activity;
        this.metrics = metrics;
        this.time = time;
        this.options = options.Value;
        this.logger = logger;
        defaultZone = TimeZoneNames.Find(this.options.TimeZone) ?? TimeZoneInfo.Utc;
        var sender = new ReminderSender(subscriptions, ledger, settings, this.platforms, milestones, lifecycle, new CallWindow(time, this.options.BroadcastPerSecond), metrics, time, this.options, logger);
        dispatcher = new ReminderDispatcher(time, sender, activity, this.options, logger);
        pruner = new LedgerPruner(ledger, this.options, logger);
        activity.PlannerSignal = trigger.Signal;
        activity.DispatcherSignal = dispatcher.Signal;
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        activity.Running = true;
        activity.StartedAt = time.GetUtcNow();
        try
        {
            await RecoverAsync(stoppingToken);
            var dispatching = dispatcher.RunAsync(stoppingToken);
            // The dispatcher is awaited only at shutdown: should it end on an error before then, /healthz says so at once
            // rather than "running" while nothing is sent.
            _ = dispatching.ContinueWith(failed => activity.Fault = failed.Exception?.GetBaseException(), CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
            await PlanLoopAsync(stoppingToken);
            await dispatching;
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutdown.
        }
        catch (Exception e)
        {
            activity.Fault = e;
            throw;
        }
        finally
        {
            activity.Running = false;
            ReminderLog.Stopped(logger);
        }
    }

    private async Task RecoverAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var resume = new List<DeliveryJob>();
        foreach (var record in await ledger.ListUnfinishedAsync(cancellationToken))
        {
            var platform = record.Chat.Platform.ToString().ToLowerInvariant();
            if (record.State == DeliveryState.Sending)
            {
                await ledger.UpdateAsync(record.Key, DeliveryState.Uncertain, now, "process stopped while the platform call was in flight", cancellationToken);
                ReminderLog.Uncertain(logger, record.Key.ToString(), record.Chat);
                metrics.ReminderDelivered(platform, "uncertain");
            }
            else if (now - record.DueAt > options.GraceWindow)
            {
                await ledger.UpdateAsync(record.Key, DeliveryState.Skipped, now, "claimed before a restart, now older than the grace window", cancellationToken);
                ReminderLog.SkippedStale(logger, 1, record.Key.MilestoneId, record.Key.LeadDays, record.DueAt, options.GraceWindow);
                metrics.ReminderDelivered(platform, "skipped_stale");
            }
            else
            {
                resume.Add(new DeliveryJob(record.Key, record.Chat.Platform, record.DueAt));
            }
        }

        if (resume.Count > 0)
        {
            ReminderLog.Resuming(logger, resume.Count);
            dispatcher.Enqueue(resume);
        }
    }

    private async Task PlanLoopAsync(CancellationToken stoppingToken)
    {
        var considerAfter = DateTimeOffset.MinValue;
        DateTimeOffset? expectedWake = null;
        DateTimeOffset? lastNow = null;
        var first = true;
        while (!stoppingToken.IsCancellationRequested)
        {
            var now = time.GetUtcNow();
            if ((lastNow is { } previous && now < previous - ClockTolerance) || (expectedWake is { } expected && now > expected + ClockTolerance))
            {
                ReminderLog.ClockJumped(logger, expectedWake ?? now, now);
            }

            DateTimeOffset wakeAt;
            try
            {
                // Reminders before the pruning horizon are settled and their entries may be gone: never plan them again.
                var horizon = pruner.Horizon(now);
                considerAfter = horizon > considerAfter ? horizon : considerAfter;
                await pruner.PruneIfDueAsync(now, stoppingToken);
                var (next, active) = await PlanOnceAsync(now, considerAfter, stoppingToken);
                // Reminders of the grace window are looked at again (the ledger tells the ones already settled): a chat whose
                // /timezone moved one into the past gets it now, as it would after a restart, not never.
                considerAfter = now - options.GraceWindow > considerAfter ? now - options.GraceWindow : considerAfter;
                activity.NextDueAt = next;
                activity.LastPlannedAt = now;
                wakeAt = next is { } due && due < now + options.WakeInterval ? due : now + options.WakeInterval;
                wakeAt = pruner.NextRunAt < wakeAt ? pruner.NextRunAt : wakeAt;
                if (first)
                {
                    if (next is { } nextDue)
                    {
                        ReminderLog.Started(logger, active, nextDue);
                    }
                    else
                    {
                        ReminderLog.StartedNothingDue(logger, active);
                    }
                    first = false;
                }
            }
            catch (Exception) when (stoppingToken.IsCancellationRequested)
            {
                // Stopping (a cancelled wait, or the store closing under a plan in progress): nothing failed.
                return;
            }
            catch (Exception e)
            {
                ReminderLog.PlanningFailed(logger, e, FailureDelay);
                wakeAt = now + FailureDelay;
            }

            expectedWake = wakeAt;
            lastNow = now;
            await trigger.Signal.WaitAsync(wakeAt, stoppingToken);
        }
    }

    private async Task<(DateTimeOffset? Next, int Active)> PlanOnceAsync(DateTimeOffset now, DateTimeOffset considerAfter, CancellationToken cancellationToken)
    {
        var active = await subscriptions.ListActiveAsync(cancellationToken);
        var zones = new Dictionary<(ChatPlatform, string), TimeZoneInfo>();
        var pairs = new List<(Subscription, TimeZoneInfo)>(active.Count);
        foreach (var group in active.GroupBy(s => s.Chat.Platform))
        {
            if (!platforms.ContainsKey(group.Key))
            {
                if (reportedMissing.Add(group.Key))
                {
                    ReminderLog.PlatformMissing(logger, group.Key, group.Count());
                }

                continue;
            }

            foreach (var subscription in group)
            {
                var chatKey = (subscription.Chat.Platform, subscription.Chat.ChatId);
                if (!zones.TryGetValue(chatKey, out var zone))
                {
                    var chatSettings = await settings.GetAsync(subscription.Chat with { ThreadId = null }, cancellationToken);
                    zone = TimeZoneNames.Find(chatSettings.TimeZone) ?? defaultZone;
                    zones[chatKey] = zone;
                }

                pairs.Add((subscription, zone));
            }
        }

        var plan = ReminderPlanner.Plan(pairs, milestones, options.LocalHour, now, considerAfter, options.GraceWindow);
        if (plan.Due.Count + plan.Stale.Count > 0)
        {
            var recorded = await ledger.FindAsync([.. plan.Due.Concat(plan.Stale).Select(p => p.Key)], cancellationToken);
            await SkipStaleAsync([.. plan.Stale.Where(p => !Settles(recorded.GetValueOrDefault(p.Key), p, now))], recorded, now, cancellationToken);
            await ClaimDueAsync([.. plan.Due.Where(p => !Settles(recorded.GetValueOrDefault(p.Key), p, now))], recorded, now, cancellationToken);
        }

        return (plan.NextDueAt, active.Count);
    }

    /// <summary>
    /// Whether the ledger's <paramref name="entry"/> settles <paramref name="planned"/>: any entry not finished yet (the
    /// start resolves those), and a finished one for this reminder's date, unless it was skipped by a clock ahead of
    /// this one (a wall clock set back after running days ahead: the reminder is due again, not settled). A finished
    /// entry for another date, more than <see cref="ZoneShift"/> away (a maintainer corrected the milestone's date), does
    /// not: that is another reminder, under the same key.
    /// </summary>
    private static bool Settles(DeliveryRecord? entry, PlannedDelivery planned, DateTimeOffset now) =>
        entry is not null
        && (!entry.IsFinished
            || ((entry.DueAt - planned.DueAt).Duration() <= ZoneShift && !(entry.State == DeliveryState.Skipped && entry.UpdatedAt > now)));

    /// <summary>Writes <paramref name="records"/> to the ledger: added where their key has no entry, superseding the entry that does not settle them otherwise.</summary>
    private async Task<IReadOnlyList<DeliveryRecord>> RecordAsync(IReadOnlyList<DeliveryRecord> records, IReadOnlyDictionary<DeliveryKey, DeliveryRecord> recorded, CancellationToken cancellationToken)
    {
        var added = await ledger.TryAddAsync([.. records.Where(r => !recorded.ContainsKey(r.Key))], cancellationToken);
        var superseded = await ledger.SupersedeAsync([.. records.Where(r => recorded.ContainsKey(r.Key))], cancellationToken);
        return [.. added, .. superseded];
    }

    private async Task SkipStaleAsync(IReadOnlyList<PlannedDelivery> stale, IReadOnlyDictionary<DeliveryKey, DeliveryRecord> recorded, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (stale.Count == 0)
        {
            return;
        }

        var records = stale.Select(p => new DeliveryRecord(p.Key, p.Subscription.Chat, p.DueAt, DeliveryState.Skipped, now) { Detail = "fell due while the bot was down, older than the grace window" }).ToList();
        await RecordAsync(records, recorded, cancellationToken);
        foreach (var group in stale.GroupBy(p => (p.Milestone.Id, p.LeadDays)))
        {
            ReminderLog.SkippedStale(logger, group.Count(), group.Key.Id, group.Key.LeadDays, group.Min(p => p.DueAt), options.GraceWindow);
            foreach (var planned in group)
            {
                metrics.ReminderDelivered(planned.Subscription.Chat.Platform.ToString().ToLowerInvariant(), "skipped_stale");
            }
        }
    }

    private async Task ClaimDueAsync(IReadOnlyList<PlannedDelivery> due, IReadOnlyDictionary<DeliveryKey, DeliveryRecord> recorded, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (due.Count == 0)
        {
            return;
        }

        var claims = due.Select(p => new DeliveryRecord(p.Key, p.Subscription.Chat, p.DueAt, DeliveryState.Claimed, now)).ToList();
        var won = await RecordAsync(claims, recorded, cancellationToken);
        if (won.Count == 0)
        {
            return;
        }

        ReminderLog.Claimed(logger, won.Count, won.Min(r => r.DueAt));
        dispatcher.Enqueue(won.Select(r => new DeliveryJob(r.Key, r.Chat.Platform, r.DueAt)));
    }
}
