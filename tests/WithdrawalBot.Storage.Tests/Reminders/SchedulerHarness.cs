using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using WithdrawalBot.Core.Diagnostics;
using WithdrawalBot.Core.Languages;
using WithdrawalBot.Core.Messages;
using WithdrawalBot.Core.Platforms;
using WithdrawalBot.Core.Reminders;
using WithdrawalBot.Storage.Reminders;

namespace WithdrawalBot.Storage.Tests.Reminders;

/// <summary>
/// One "process" of the bot's reminder side: a real LiteDB file in a folder, the real stores, the real scheduler,
/// a <see cref="FakeTimeProvider"/> and a recording platform. <see cref="Kill"/> abandons it without any further
/// write (its clock never moves again) and closes the file, so a new harness on the same folder is a restart.
/// </summary>
internal sealed class SchedulerHarness : IAsyncDisposable
{
    private static readonly IMeterFactory Meters = new ServiceCollection().AddMetrics().BuildServiceProvider().GetRequiredService<IMeterFactory>();
    private bool started;
    private bool killed;

    // folder: the data folder, or null for an in-memory database (no restart possible).
    static SchedulerHarness() => ThreadPool.SetMinThreads(16, 16);

    public SchedulerHarness(string? folder, DateTimeOffset now, Func<TimeProvider, RecordingPlatform>? platform = null, Action<ReminderOptions>? configure = null, IReadOnlyList<Core.Knowledge.Milestone>? milestones = null)
    {
        Time = new FakeTimeProvider(now);
        Database = folder is null ? BotDatabase.InMemory() : BotDatabase.Open(folder);
        Subscriptions = new LiteDbSubscriptionStore(Database);
        Ledger = new LiteDbDeliveryLedger(Database);
        Settings = new LiteDbChatSettingsStore(Database);
        Platform = platform?.Invoke(Time) ?? new RecordingPlatform(Time);
        Options = new ReminderOptions();
        configure?.Invoke(Options);
        Trigger = new ReminderTrigger(Time);
        Activity = new ReminderActivity();
        Lifecycle = new SubscriptionLifecycle(Subscriptions, Settings, Trigger, NullLogger<SubscriptionLifecycle>.Instance);
        Scheduler = new ReminderScheduler(
            Subscriptions, Ledger, Settings, [Platform], milestones ?? KnowledgeFixture.Milestones, Lifecycle, Trigger, Activity,
            new BotMetrics(Meters), Time, Microsoft.Extensions.Options.Options.Create(Options), NullLogger<ReminderScheduler>.Instance);
    }

    public FakeTimeProvider Time { get; }

    public BotDatabase Database { get; }

    public LiteDbSubscriptionStore Subscriptions { get; }

    public LiteDbDeliveryLedger Ledger { get; }

    public LiteDbChatSettingsStore Settings { get; }

    public RecordingPlatform Platform { get; }

    public ReminderOptions Options { get; }

    public ReminderTrigger Trigger { get; }

    public ReminderActivity Activity { get; }

    public SubscriptionLifecycle Lifecycle { get; }

    public ReminderScheduler Scheduler { get; }

    public SubscriptionCommandHandler Handler(IChatPlatform? platform = null) => new(
        Subscriptions, Settings, [platform ?? Platform], KnowledgeFixture.Milestones, Trigger, Time,
        Microsoft.Extensions.Options.Options.Create(Options), NullLogger<SubscriptionCommandHandler>.Instance);

    public async Task<Subscription> SubscribeAsync(string chatId, IReadOnlyList<int>? leadDays = null, string? zone = null, ChatPlatform platform = ChatPlatform.Telegram)
    {
        var chat = new ChatAddress(platform, chatId);
        var subscription = new Subscription(Subscription.NewId(), chat, ChatKind.Private, Language.English, leadDays ?? LeadTimes.Default, "u", Time.GetUtcNow(), true);
        await Subscriptions.SaveAsync(subscription, CancellationToken.None);
        if (zone is not null)
        {
            await Settings.SaveAsync(new Core.Storage.ChatSettings(chat, null, zone), CancellationToken.None);
        }

        Trigger.SubscriptionsChanged();
        return subscription;
    }

    public async Task StartAsync()
    {
        await Scheduler.StartAsync(CancellationToken.None);
        started = true;
        WaitIdle();
    }

    /// <summary>Waits (real time, bounded) until both loops wait on the fake clock with nothing in flight.</summary>
    public void WaitIdle()
    {
        if (!SpinWait.SpinUntil(() => Activity.IsIdle || Activity.Fault is not null, TimeSpan.FromSeconds(20)))
        {
            throw new TimeoutException($"The scheduler did not become idle (queued {Activity.Queued}, in flight {Activity.InFlight}).");
        }

        if (Activity.Fault is { } fault)
        {
            throw new InvalidOperationException("The scheduler failed.", fault);
        }
    }

    /// <summary>Moves the fake clock to <paramref name="target"/>, stopping at every instant a loop wakes and letting it work.</summary>
    public void AdvanceTo(DateTimeOffset target)
    {
        while (true)
        {
            WaitIdle();
            var now = Time.GetUtcNow();
            var next = Activity.WakesAt;
            if (next is null || next > target)
            {
                if (target > now)
                {
                    Time.SetUtcNow(target);
                    WaitIdle();
                }

                return;
            }

            if (next <= now)
            {
                Time.Advance(TimeSpan.FromMilliseconds(1));
            }
            else
            {
                Time.SetUtcNow(next.Value);
            }
        }
    }

    /// <summary>Simulates the process being killed: no more code of this instance runs, the file is closed.</summary>
    public void Kill()
    {
        killed = true;
        Database.Dispose();
    }

    public async ValueTask DisposeAsync()
    {
        if (killed)
        {
            return;
        }

        if (started)
        {
            await Scheduler.StopAsync(CancellationToken.None);
        }

        Scheduler.Dispose();
        Database.Dispose();
    }
}
