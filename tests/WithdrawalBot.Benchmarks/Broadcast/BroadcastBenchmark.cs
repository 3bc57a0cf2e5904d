using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Globalization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using WithdrawalBot.Core.Diagnostics;
using WithdrawalBot.Core.Knowledge;
using WithdrawalBot.Core.Languages;
using WithdrawalBot.Core.Messages;
using WithdrawalBot.Core.Platforms;
using WithdrawalBot.Core.Reminders;
using WithdrawalBot.Core.Replies;
using WithdrawalBot.Storage;
using WithdrawalBot.Storage.Reminders;

namespace WithdrawalBot.Benchmarks.Broadcast;

/// <summary>
/// One reminder broadcast, in real time: N subscribed chats (default 10,000; set WITHDRAWALBOT_BROADCAST_CHATS,
/// e.g. "600" or "600,10000"), one milestone due now, the real scheduler and a real LiteDB file, against a fake
/// platform that accepts 30 messages per sliding second and answers 429 (RateLimited, retry after 1 s) past it.
/// Prints the time against the physical limit (N / 30 s), 429s provoked, duplicates, missed and peak working set.
/// Run: <c>dotnet run -c Release --project tests/WithdrawalBot.Benchmarks -- --filter *BroadcastBenchmark*</c>.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 0, iterationCount: 1, invocationCount: 1)]
public class BroadcastBenchmark
{
    private const int ApiLimitPerSecond = 30;

    // 10:00 Asia/Baghdad on 1 December 2026: the 30-day reminder before "about the end of 2026".
    private static readonly DateTimeOffset DueAt = new(2026, 12, 1, 7, 0, 0, TimeSpan.Zero);

    private string folder = "";
    private BotDatabase? database;
    private IReadOnlyList<Milestone> milestones = [];

    /// <summary>How many chats are subscribed.</summary>
    [ParamsSource(nameof(ChatCounts))]
    public int Chats { get; set; }

    /// <summary>From WITHDRAWALBOT_BROADCAST_CHATS (comma-separated), default 10,000.</summary>
    public static IEnumerable<int> ChatCounts() =>
        (Environment.GetEnvironmentVariable("WITHDRAWALBOT_BROADCAST_CHATS") ?? "10000")
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(s => int.Parse(s, CultureInfo.InvariantCulture));

    /// <summary>Creates the database with N subscriptions and loads the milestones.</summary>
    [IterationSetup]
    public void Setup()
    {
        var knowledge = Path.Combine(AppContext.BaseDirectory, "knowledge");
        milestones = MilestoneCatalog.Load(knowledge, Article.Load(Path.Combine(knowledge, "article.ar.txt"), "article.ar.txt"));
        folder = Path.Combine(Path.GetTempPath(), "withdrawalbot-bench", Guid.NewGuid().ToString("N"));
        database = BotDatabase.Open(folder);
        var store = new LiteDbSubscriptionStore(database);
        var since = DueAt.AddDays(-30);
        for (var i = 0; i < Chats; i++)
        {
            var chat = new ChatAddress(ChatPlatform.Telegram, (-1_000_000_000_000 - i).ToString(CultureInfo.InvariantCulture));
            store.SaveAsync(new Subscription(Subscription.NewId(), chat, ChatKind.Group, i % 2 == 0 ? Language.Arabic : Language.English, [30], "admin", since, true), CancellationToken.None).GetAwaiter().GetResult();
        }
    }

    /// <summary>Closes and deletes the database.</summary>
    [IterationCleanup]
    public void Cleanup()
    {
        database?.Dispose();
        Directory.Delete(folder, recursive: true);
    }

    /// <summary>Starts the scheduler at the due instant and waits until every chat got its reminder.</summary>
    [Benchmark]
    public async Task<int> Broadcast()
    {
        var time = new ShiftedTimeProvider(DueAt);
        var platform = new RateLimitedPlatform(ApiLimitPerSecond, Chats);
        var subscriptions = new LiteDbSubscriptionStore(database!);
        var settings = new LiteDbChatSettingsStore(database!);
        var trigger = new ReminderTrigger(time);
        var options = Options.Create(new ReminderOptions { BroadcastPerSecond = ApiLimitPerSecond });
        using var scheduler = new ReminderScheduler(
            subscriptions, new LiteDbDeliveryLedger(database!), settings, [platform], milestones,
            new SubscriptionLifecycle(subscriptions, settings, trigger, NullLogger<SubscriptionLifecycle>.Instance),
            trigger, new ReminderActivity(), new BotMetrics(new PlainMeterFactory()), time, options, NullLogger<ReminderScheduler>.Instance);

        var clock = Stopwatch.StartNew();
        await scheduler.StartAsync(CancellationToken.None);
        var finished = await Task.WhenAny(platform.AllDelivered, Task.Delay(TimeSpan.FromSeconds(Chats / 10.0 + 60), TimeProvider.System));
        clock.Stop();
        await scheduler.StopAsync(CancellationToken.None);

        var physical = TimeSpan.FromSeconds((double)Chats / ApiLimitPerSecond);
        var duplicates = platform.Received.Values.Sum(n => Math.Max(0, n - 1));
        var missed = Chats - platform.Received.Count;
        Console.WriteLine(
            $"// BROADCAST chats={Chats} elapsed={clock.Elapsed.TotalSeconds:F1}s physical={physical.TotalSeconds:F1}s " +
            $"ratio={clock.Elapsed / physical:F3} 429s={platform.RateLimited} duplicates={duplicates} missed={missed} " +
            $"peakWorkingSet={Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024)}MB completed={finished == platform.AllDelivered}");
        return platform.Received.Count;
    }

    /// <summary>The system clock moved to a chosen start instant (so the fixed milestone dates fall due now); waits are real.</summary>
    private sealed class ShiftedTimeProvider(DateTimeOffset start) : TimeProvider
    {
        private readonly TimeSpan shift = start - System.GetUtcNow();

        public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + shift;
    }

    private sealed class PlainMeterFactory : IMeterFactory
    {
        private readonly List<Meter> meters = [];

        public Meter Create(MeterOptions options)
        {
            var meter = new Meter(options);
            meters.Add(meter);
            return meter;
        }

        public void Dispose() => meters.ForEach(m => m.Dispose());
    }

    /// <summary>A fake Bot API: at most <c>limit</c> accepted sends in any sliding second (monotonic clock), 429 past it.</summary>
    private sealed class RateLimitedPlatform(int limit, int expected) : IChatPlatform
    {
        private readonly Lock gate = new();
        private readonly Queue<long> window = new();
        private readonly TaskCompletionSource done = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int rateLimited;

        public ConcurrentDictionary<string, int> Received { get; } = new();

        public int RateLimited => Volatile.Read(ref rateLimited);

        public Task AllDelivered => done.Task;

        public ChatPlatform Platform => ChatPlatform.Telegram;

        public Task<DeliveryResult> SendAsync(ChatAddress chat, Reply reply, CancellationToken cancellationToken)
        {
            var now = Stopwatch.GetTimestamp();
            lock (gate)
            {
                while (window.Count > 0 && Stopwatch.GetElapsedTime(window.Peek(), now) >= TimeSpan.FromSeconds(1))
                {
                    window.Dequeue();
                }

                if (window.Count >= limit)
                {
                    Interlocked.Increment(ref rateLimited);
                    return Task.FromResult(new DeliveryResult(DeliveryStatus.RateLimited) { RetryAfter = TimeSpan.FromSeconds(1), ErrorCode = 429 });
                }

                window.Enqueue(now);
            }

            Received.AddOrUpdate(chat.ChatId, 1, (_, n) => n + 1);
            if (Received.Count == expected)
            {
                done.TrySetResult();
            }

            return Task.FromResult(DeliveryResult.Delivered);
        }

        public Task<bool?> IsAdminAsync(ChatAddress chat, string userId, CancellationToken cancellationToken) => Task.FromResult<bool?>(true);

        public Task<bool> IsBotAdminAsync(ChatAddress chat, CancellationToken cancellationToken) => Task.FromResult(true);

        public Task<(ChatAddress Chat, ChatKind Kind)?> ResolveChatAsync(string reference, CancellationToken cancellationToken) =>
            Task.FromResult<(ChatAddress, ChatKind)?>(null);
    }
}
