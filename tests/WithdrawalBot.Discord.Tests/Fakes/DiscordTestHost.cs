using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Moq;
using WithdrawalBot.Core.Languages;
using WithdrawalBot.Core.Messages;
using WithdrawalBot.Core.Platforms;
using WithdrawalBot.Core.Replies;
using WithdrawalBot.Core.Routing;
using WithdrawalBot.Discord.Gateway;

namespace WithdrawalBot.Discord.Tests.Fakes;

/// <summary>The real host wiring (<c>AddDiscord</c>) pointed at a <see cref="FakeDiscord"/>, with a Moq'd router and captured logs.</summary>
public sealed class DiscordTestHost : IAsyncDisposable
{
    /// <summary>Short waits for tests; heartbeat intervals come from the fake's Hello.</summary>
    public static GatewayTimings FastTimings { get; } = new()
    {
        IdentifyWindow = TimeSpan.FromMilliseconds(300),
        InvalidSessionDelayMin = TimeSpan.FromMilliseconds(100),
        InvalidSessionDelayMax = TimeSpan.FromMilliseconds(200),
        ReconnectDelay = TimeSpan.FromMilliseconds(50),
        MaxReconnectDelay = TimeSpan.FromMilliseconds(400),
        ConnectTimeout = TimeSpan.FromSeconds(5),
        CloseTimeout = TimeSpan.FromMilliseconds(500),
        CommandRegistrationRetryDelay = TimeSpan.FromMilliseconds(50),
    };

    private DiscordTestHost(IHost host, Mock<IMessageRouter> router, Mock<IChatLifecycle> lifecycle)
    {
        Host = host;
        Router = router;
        Lifecycle = lifecycle;
    }

    /// <summary>The host.</summary>
    public IHost Host { get; }

    /// <summary>The router seen by the adapter.</summary>
    public Mock<IMessageRouter> Router { get; }

    /// <summary>The chat lifecycle listener.</summary>
    public Mock<IChatLifecycle> Lifecycle { get; }

    /// <summary>Captured log records.</summary>
    public FakeLogCollector Logs => Host.Services.GetFakeLogCollector();

    /// <summary>The gateway client.</summary>
    public DiscordGateway Gateway => Host.Services.GetRequiredService<DiscordGateway>();

    /// <summary>The commands the mocked router announces.</summary>
    public static IReadOnlyList<CommandSpec> Commands { get; } =
    [
        new("ask", "Ask a question about the withdrawal plan", "اسأل سؤالاً عن خطة الانسحاب") { ArgumentName = "question", ArgumentDescriptionEnglish = "Your question, in Arabic or English", ArgumentRequired = true },
        new("help", "What the bot can do", "ماذا يستطيع البوت"),
        new("milestones", "The plan's milestones and dates", "مواعيد الخطة"),
        new("lang", "Choose the reply language", "اختر لغة الرد") { ArgumentName = "language", ArgumentDescriptionEnglish = "ar or en" },
        new("subscribe", "Remind this channel before each milestone", "ذكّر هذه القناة قبل كل موعد") { ArgumentName = "lead_times", ArgumentDescriptionEnglish = "e.g. 7d 1d" },
    ];

    /// <summary>Builds and starts the host.</summary>
    public static async Task<DiscordTestHost> StartAsync(FakeDiscord fake, Action<Mock<IMessageRouter>>? setupRouter = null, GatewayTimings? timings = null,
        IDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null, bool start = true)
    {
        var router = new Mock<IMessageRouter>();
        router.SetupGet(r => r.Commands).Returns(Commands);
        router.Setup(r => r.HandleAsync(It.IsAny<IncomingMessage>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((IncomingMessage m, CancellationToken _) => m.IsAddressedToBot ? Answer("Answer: " + m.Text) : null);
        setupRouter?.Invoke(router);
        var lifecycle = new Mock<IChatLifecycle>();

        var builder = Microsoft.Extensions.Hosting.Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        var configuration = new Dictionary<string, string?>
        {
            ["Discord:BotToken"] = fake.Token,
            ["Discord:ApiBaseUrl"] = fake.ApiBase.ToString(),
            ["Discord:ApplicationId"] = FakeDiscord.ApplicationId,
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            configuration[key] = value;
        }

        builder.Configuration.AddInMemoryCollection(configuration);
        builder.Services.AddFakeLogging(o => o.CollectRecordsForDisabledLogLevels = false);
        builder.Logging.SetMinimumLevel(LogLevel.Debug);
        builder.Services.AddSingleton(timings ?? FastTimings);
        builder.Services.AddSingleton(router.Object);
        builder.Services.AddSingleton(lifecycle.Object);
        services?.Invoke(builder.Services);
        builder.Services.AddDiscord(builder.Configuration);
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(5));
        var host = builder.Build();
        if (start)
        {
            await host.StartAsync();
        }

        return new DiscordTestHost(host, router, lifecycle);
    }

    /// <summary>A one-paragraph English reply.</summary>
    public static Reply Answer(string text) => new(Language.English, [new ReplyBlock(ReplyBlockKind.Paragraph, text)]) { Intent = "fact", Answered = true };

    /// <summary>Waits until every shard is READY.</summary>
    public async Task WaitUntilReadyAsync(TimeSpan? timeout = null) => await Eventually(() => Gateway.Shards.Count > 0 && Gateway.Shards.All(s => s.State == ShardState.Ready), timeout);

    /// <summary>The "discord" health check result.</summary>
    public async Task<HealthReport> HealthAsync() => await Host.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync();

    /// <summary>Polls <paramref name="condition"/> until true.</summary>
    public static async Task Eventually(Func<bool> condition, TimeSpan? timeout = null, string? what = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(10));
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("Condition not met in time" + (what is null ? "." : ": " + what));
            }

            await Task.Delay(20);
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        try
        {
            await Host.StopAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
        }

        Host.Dispose();
    }
}
