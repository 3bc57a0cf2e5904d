using System.Diagnostics;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using WithdrawalBot.Core;
using WithdrawalBot.Core.Reminders;
using WithdrawalBot.Storage;
using WithdrawalBot.Telegram.Tests.Fakes;
using WithdrawalBot.Telegram.Updates;

namespace WithdrawalBot.Telegram.Tests.EndToEnd;

/// <summary>
/// The real bot stack — <c>AddWithdrawalBotCore</c>, <c>AddLiteDbStorage</c> (a temporary data folder),
/// <c>AddReminders</c> and <c>AddTelegram</c> (the real Telegram.Bot client, long polling) — pointed at a
/// <see cref="FakeBotApi"/>, with a <see cref="FakeTimeProvider"/> (2026-11-29T12:00:00Z by default) as the process
/// clock. <see cref="RestartAsync"/> stops the host and starts a new one on the same data folder, fake and clock.
/// </summary>
public sealed class EndToEndBot : IAsyncDisposable
{
    /// <summary>The instant the clock starts at.</summary>
    public static readonly DateTimeOffset Start = new(2026, 11, 29, 12, 0, 0, TimeSpan.Zero);

    private static readonly TimeSpan IdleTimeout = TimeSpan.FromSeconds(20);

    private EndToEndBot(FakeBotApi api, string dataFolder)
    {
        Api = api;
        DataFolder = dataFolder;
    }

    // The scheduler, the poller, the dispatcher and Kestrel all run on the pool; two shared cores must not starve them.
    static EndToEndBot() => ThreadPool.SetMinThreads(16, 16);

    /// <summary>The fake Bot API (outlives restarts).</summary>
    public FakeBotApi Api { get; }

    /// <summary>The data folder (outlives restarts; deleted on dispose).</summary>
    public string DataFolder { get; }

    /// <summary>The process clock (outlives restarts).</summary>
    public FakeTimeProvider Time { get; } = new(Start);

    /// <summary>The running host.</summary>
    public IHost Host { get; private set; } = null!;

    /// <summary>What the reminder scheduler of the running host is doing.</summary>
    public ReminderActivity Reminders => Host.Services.GetRequiredService<ReminderActivity>();

    /// <summary>Starts the fake and the bot on a new temporary data folder.</summary>
    public static async Task<EndToEndBot> StartAsync()
    {
        var folder = Path.Combine(Path.GetTempPath(), "withdrawalbot-e2e-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var bot = new EndToEndBot(await FakeBotApi.StartAsync(), folder);
        await bot.StartHostAsync();
        return bot;
    }

    /// <summary>Stops the host (closing the database) and starts a new one on the same folder.</summary>
    public async Task RestartAsync()
    {
        await StopHostAsync();
        await StartHostAsync();
    }

    /// <summary>Queues updates and waits until the poller has taken the last one and every dispatched update is handled.</summary>
    /// <returns>The update ids.</returns>
    public async Task<long[]> DeliverAsync(params JsonObject[] updates)
    {
        var ids = updates.Select(Api.EnqueueUpdate).ToArray();
        await Api.WaitForConfirmedAsync(ids[^1]);
        await Host.Services.GetRequiredService<UpdateDispatcher>().WhenIdleAsync();
        return ids;
    }

    /// <summary>Queues one update and returns the messages sent because of it (waits until it is fully handled).</summary>
    public async Task<IReadOnlyList<SentMessage>> ExchangeAsync(JsonObject update)
    {
        var before = Api.SentMessages.Count;
        await DeliverAsync(update);
        return [.. Api.SentMessages.Skip(before)];
    }

    /// <summary>Queues one update and returns the one message sent because of it.</summary>
    public async Task<SentMessage> AskAsync(JsonObject update) => Assert.Single(await ExchangeAsync(update));

    /// <summary>Waits (real time, bounded) until both reminder loops wait on the fake clock with nothing in flight.</summary>
    /// <exception cref="TimeoutException">When they stay busy for 20 s.</exception>
    public async Task RemindersIdleAsync()
    {
        var deadline = Stopwatch.GetTimestamp() + Stopwatch.Frequency * (long)IdleTimeout.TotalSeconds;
        var activity = Reminders;
        while (!activity.IsIdle && activity.Fault is null)
        {
            if (Stopwatch.GetTimestamp() > deadline)
            {
                throw new TimeoutException($"The reminder scheduler did not become idle (queued {activity.Queued}, in flight {activity.InFlight}).");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(5), TimeProvider.System);
        }

        Assert.Null(activity.Fault);
    }

    /// <summary>Moves the fake clock to <paramref name="target"/>, stopping at every instant a reminder loop wakes and letting it work.</summary>
    public async Task AdvanceToAsync(DateTimeOffset target)
    {
        while (true)
        {
            await RemindersIdleAsync();
            var now = Time.GetUtcNow();
            var next = Reminders.WakesAt;
            if (next is null || next > target)
            {
                if (target > now)
                {
                    Time.SetUtcNow(target);
                    await RemindersIdleAsync();
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

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        await StopHostAsync();
        await Api.DisposeAsync();
        try
        {
            Directory.Delete(DataFolder, recursive: true);
        }
        catch (IOException)
        {
            // A temporary folder left behind is harmless.
        }
    }

    private async Task StartHostAsync()
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Telegram:BotToken"] = Api.Token,
            ["Telegram:ApiBaseUrl"] = Api.BaseUrl.ToString(),
            ["Telegram:PollingTimeout"] = "00:00:05",
            ["Storage:DataDirectory"] = DataFolder,
        });
        builder.Logging.ClearProviders();
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(5));
        builder.Services.AddSingleton<TimeProvider>(Time);
        builder.Services
            .AddWithdrawalBotCore(builder.Configuration)
            .AddLiteDbStorage(builder.Configuration)
            .AddReminders(builder.Configuration)
            .AddTelegram(builder.Configuration);
        Host = builder.Build();
        await Host.StartAsync();
        await RemindersIdleAsync();
    }

    private async Task StopHostAsync()
    {
        if (Host is null)
        {
            return;
        }

        await Host.StopAsync();
        Host.Dispose();
        Host = null!;
    }
}
