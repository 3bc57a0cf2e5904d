using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Moq;
using WithdrawalBot.Core.Languages;
using WithdrawalBot.Core.Messages;
using WithdrawalBot.Core.Platforms;
using WithdrawalBot.Core.Replies;
using WithdrawalBot.Core.Routing;
using WithdrawalBot.Telegram.Updates;

namespace WithdrawalBot.Telegram.Tests.Fakes;

/// <summary>
/// A generic host running <c>AddTelegram</c> against a <see cref="FakeBotApi"/>, with a Moq'd <see cref="IMessageRouter"/>
/// (by default it answers "You asked: TEXT" in English to every message), a Moq'd <see cref="IChatLifecycle"/> and a
/// capturing logger.
/// </summary>
public sealed class TelegramHarness : IAsyncDisposable
{
    private TelegramHarness(FakeBotApi api, IHost host, Mock<IMessageRouter> router, Mock<IInlineAnswerer> inline, Mock<IChatLifecycle> lifecycle, CapturingLoggerProvider logs)
    {
        Api = api;
        Host = host;
        Router = router;
        Inline = inline;
        Lifecycle = lifecycle;
        Logs = logs;
    }

    /// <summary>The fake Bot API.</summary>
    public FakeBotApi Api { get; }

    /// <summary>The running host.</summary>
    public IHost Host { get; }

    /// <summary>The router seam.</summary>
    public Mock<IMessageRouter> Router { get; }

    /// <summary>The inline answerer the adapter asks for inline queries; by default it answers "You asked: …".</summary>
    public Mock<IInlineAnswerer> Inline { get; }

    /// <summary>The lifecycle seam.</summary>
    public Mock<IChatLifecycle> Lifecycle { get; }

    /// <summary>Everything logged.</summary>
    public CapturingLoggerProvider Logs { get; }

    /// <summary>The commands the mock router lists.</summary>
    public static IReadOnlyList<CommandSpec> Commands { get; } =
    [
        new("help", "How to use the bot", "طريقة استعمال البوت"),
        new("ask", "Ask about the withdrawal", "اسأل عن الانسحاب") { ArgumentName = "question" },
        new("stats", "Operator statistics", "إحصاءات المشغّل") { Hidden = true },
    ];

    /// <summary>Builds and starts a host. <paramref name="settings"/> adjusts the Telegram settings (keys without the section).</summary>
    public static async Task<TelegramHarness> StartAsync(
        Action<Dictionary<string, string?>>? settings = null,
        Action<IServiceCollection>? services = null,
        FakeBotApi? api = null,
        bool start = true)
    {
        api ??= await FakeBotApi.StartAsync();
        var values = new Dictionary<string, string?>
        {
            ["BotToken"] = api.Token,
            ["ApiBaseUrl"] = api.BaseUrl.ToString(),
            ["PollingTimeout"] = "00:00:05",
        };
        settings?.Invoke(values);
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(values.Select(p => new KeyValuePair<string, string?>("Telegram:" + p.Key, p.Value)));
        var logs = new CapturingLoggerProvider();
        builder.Logging.ClearProviders().AddProvider(logs).SetMinimumLevel(LogLevel.Trace);
        var router = new Mock<IMessageRouter>();
        router.SetupGet(r => r.Commands).Returns(Commands);
        router.Setup(r => r.HandleAsync(It.IsAny<IncomingMessage>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((IncomingMessage m, CancellationToken _) => Answer("You asked: " + m.Text));
        var inline = new Mock<IInlineAnswerer>();
        inline.Setup(a => a.Answer(It.IsAny<string>(), It.IsAny<string?>(), It.IsAny<int>()))
            .Returns((string q, string? _, int _) => [Answer("You asked: " + q)]);
        var lifecycle = new Mock<IChatLifecycle>();
        builder.Services.AddSingleton(router.Object);
        builder.Services.AddSingleton(inline.Object);
        builder.Services.AddSingleton(lifecycle.Object);
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(5));
        builder.Services.AddTelegram(builder.Configuration);
        services?.Invoke(builder.Services);
        var host = builder.Build();
        var harness = new TelegramHarness(api, host, router, inline, lifecycle, logs);
        if (start)
        {
            await host.StartAsync();
        }

        return harness;
    }

    /// <summary>A one-paragraph reply.</summary>
    public static Reply Answer(string text, Language language = Language.English) =>
        new(language, [new ReplyBlock(ReplyBlockKind.Paragraph, text)]) { Intent = "fact", Answered = true };

    /// <summary>Waits until the poller has taken update <paramref name="updateId"/> and every dispatched update is handled.</summary>
    public async Task HandledAsync(long updateId)
    {
        await Api.WaitForConfirmedAsync(updateId);
        await Host.Services.GetRequiredService<UpdateDispatcher>().WhenIdleAsync();
    }

    /// <summary>Waits (10 s at most) until the host begins to stop, e.g. after a fatal error.</summary>
    public async Task StoppingAsync()
    {
        var stopping = Host.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;
        var stopped = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var registration = stopping.Register(() => stopped.TrySetResult());
        await stopped.Task.WaitAsync(TimeSpan.FromSeconds(10), CancellationToken.None);
    }

    /// <summary>Queues updates and waits until all are handled.</summary>
    public async Task DeliverAsync(params System.Text.Json.Nodes.JsonObject[] updates)
    {
        long last = 0;
        foreach (var update in updates)
        {
            last = Api.EnqueueUpdate(update);
        }

        await HandledAsync(last);
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        try
        {
            await Host.StopAsync();
        }
        catch (Exception)
        {
            // A host that failed to start or whose service failed has already been checked by its test.
        }

        Host.Dispose();
        await Api.DisposeAsync();
    }
}
