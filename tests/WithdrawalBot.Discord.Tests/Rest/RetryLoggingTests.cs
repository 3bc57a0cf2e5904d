using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using WithdrawalBot.Discord.Adapter;
using WithdrawalBot.Discord.Gateway;
using WithdrawalBot.Discord.Rest;

namespace WithdrawalBot.Discord.Tests.Rest;

/// <summary>
/// Discord unreachable, logged with the app's default levels (Information, <c>"Polly": "Warning"</c> as in
/// appsettings.json): one short warning of ours per retry naming the cause, none of Polly's per-attempt lines with
/// their stack traces; and the health check says why the bot is not connected.
/// </summary>
public sealed class RetryLoggingTests
{
    private const string Token = "MTAwMDAwMDAwMDAwMDAwMDAw.GfAkEt.fake-token-for-retry-tests_0123456789";

    [Fact]
    public async Task Request_DiscordRefusesConnections_OneShortLinePerRetryAndNoPollyLines()
    {
        var port = ClosedPort();
        var logs = new ConcurrentQueue<(string Category, LogLevel Level, int Id, string Message, Exception? Exception)>();
        using var provider = Build(port, logs, out var time);

        var call = provider.GetRequiredService<DiscordRestClient>().GetGatewayBotAsync(CancellationToken.None);
        var error = await AdvanceUntilFailedAsync(call, time);

        Assert.IsType<HttpRequestException>(error);
        Assert.DoesNotContain(logs, l => l.Category.StartsWith("Polly", StringComparison.Ordinal));
        var retries = logs.Where(l => l.Id == 3104).ToList();
        Assert.Equal(3, retries.Count);
        Assert.All(retries, r =>
        {
            Assert.Equal(LogLevel.Warning, r.Level);
            Assert.Null(r.Exception);
            Assert.Contains($"Connection refused (127.0.0.1:{port})", r.Message, StringComparison.Ordinal);
            Assert.Contains("GET /api/v10/gateway/bot", r.Message, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task Request_DiscordNeverAnswers_TimeoutsAreOurRetryLinesNotPollyErrors()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var held = new ConcurrentBag<TcpClient>();
        _ = Task.Run(async () =>
        {
            while (true)
            {
                held.Add(await listener.AcceptTcpClientAsync());
            }
        });
        var logs = new ConcurrentQueue<(string Category, LogLevel Level, int Id, string Message, Exception? Exception)>();
        using var provider = Build(((IPEndPoint)listener.LocalEndpoint).Port, logs, out var time);

        var call = provider.GetRequiredService<DiscordRestClient>().GetGatewayBotAsync(CancellationToken.None);
        var error = await AdvanceUntilFailedAsync(call, time, TimeSpan.FromSeconds(1));
        listener.Stop();
        foreach (var client in held)
        {
            client.Dispose();
        }

        // Break 31 #1: Polly's TimeoutRejectedException escaped every caller's handling of an unreachable Discord.
        Assert.Equal("no answer within 30 s", Assert.IsType<HttpRequestException>(error).Message);
        Assert.DoesNotContain(logs, l => l.Category.StartsWith("Polly", StringComparison.Ordinal));
        var retries = logs.Where(l => l.Id == 3104).ToList();
        Assert.Equal(3, retries.Count);
        Assert.All(retries, r => Assert.Contains("no answer within 30 s", r.Message, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Gateway_LookupNeverAnswered_KeepsRunningAndHealthNamesTheTimeout()
    {
        // Break 31 #1: four timed-out GET /gateway/bot stopped the whole bot with exit code 1 and two stack traces.
        using var silent = SilentServer.Start();
        var logs = new ConcurrentQueue<(string Category, LogLevel Level, int Id, string Message, Exception? Exception)>();
        using var provider = Build(silent.Port, logs, out var time);
        var gateway = provider.GetRequiredService<DiscordGateway>();
        using var stop = new CancellationTokenSource();

        var run = gateway.RunAsync(stop.Token);
        for (var i = 0; i < 1200 && gateway.LookupFailure is null && !run.IsCompleted; i++)
        {
            await Task.Delay(5);
            time.Advance(TimeSpan.FromSeconds(1));
        }

        Assert.False(run.IsCompleted, "the gateway stopped after the lookup timed out");
        Assert.Contains("no answer within 30 s", gateway.LookupFailure, StringComparison.Ordinal);
        await stop.CancelAsync();
        await run;
        Assert.DoesNotContain(logs, l => l.Exception is not null);
    }

    [Fact]
    public async Task HealthCheck_GatewayLookupFailing_UnhealthyNamingTheCause()
    {
        var port = ClosedPort();
        var logs = new ConcurrentQueue<(string Category, LogLevel Level, int Id, string Message, Exception? Exception)>();
        using var provider = Build(port, logs, out var time);
        var gateway = provider.GetRequiredService<DiscordGateway>();
        var check = new DiscordHealthCheck(gateway, new TokenRejection(), provider.GetRequiredService<RateLimitState>(), provider.GetRequiredService<DiscordChatPlatform>(), provider.GetRequiredService<WithdrawalBot.Core.Platforms.ServingPlatforms>(), time);
        using var stop = new CancellationTokenSource();

        var run = gateway.RunAsync(stop.Token);
        var starting = await check.CheckHealthAsync(new HealthCheckContext());
        for (var i = 0; i < 600 && gateway.LookupFailure is null; i++)
        {
            await Task.Delay(5);
            time.Advance(TimeSpan.FromMilliseconds(100));
        }

        var failing = await check.CheckHealthAsync(new HealthCheckContext());
        await stop.CancelAsync();
        await run;

        Assert.Equal(HealthStatus.Degraded, starting.Status);
        Assert.Equal(HealthStatus.Unhealthy, failing.Status);
        Assert.Contains($"Connection refused (127.0.0.1:{port})", failing.Description, StringComparison.Ordinal);
    }

    private static ServiceProvider Build(
        int port, ConcurrentQueue<(string Category, LogLevel Level, int Id, string Message, Exception? Exception)> logs, out FakeTimeProvider time)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Discord:BotToken"] = Token,
            ["Discord:ApiBaseUrl"] = $"http://127.0.0.1:{port}/api/v10/",
        }).Build();
        time = new FakeTimeProvider(new DateTimeOffset(2026, 1, 5, 10, 0, 0, TimeSpan.Zero));
        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Information).AddFilter("Polly", LogLevel.Warning).AddProvider(new Capture(logs)));
        services.AddSingleton<TimeProvider>(time);
        services.AddSingleton(new Moq.Mock<WithdrawalBot.Core.Routing.IMessageRouter>().Object);
        services.AddDiscord(configuration);
        return services.BuildServiceProvider();
    }

    private static async Task<Exception?> AdvanceUntilFailedAsync(Task call, FakeTimeProvider time, TimeSpan? step = null)
    {
        for (var i = 0; i < 600 && !call.IsCompleted; i++)
        {
            await Task.Delay(5);
            time.Advance(step ?? TimeSpan.FromMilliseconds(100));
        }

        return await Record.ExceptionAsync(() => call);
    }

    /// <summary>A TCP server on 127.0.0.1 that accepts connections and never answers (Discord hanging during an incident).</summary>
    private sealed class SilentServer : IDisposable
    {
        private readonly TcpListener listener = new(IPAddress.Loopback, 0);
        private readonly ConcurrentBag<TcpClient> held = [];

        public int Port => ((IPEndPoint)listener.LocalEndpoint).Port;

        public static SilentServer Start()
        {
            var server = new SilentServer();
            server.listener.Start();
            _ = Task.Run(server.AcceptAsync);
            return server;
        }

        public void Dispose()
        {
            listener.Stop();
            foreach (var client in held)
            {
                client.Dispose();
            }
        }

        private async Task AcceptAsync()
        {
            try
            {
                while (true)
                {
                    held.Add(await listener.AcceptTcpClientAsync());
                }
            }
            catch (Exception e) when (e is SocketException or ObjectDisposedException)
            {
                // Stopped.
            }
        }
    }

    private static int ClosedPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private sealed class Capture(ConcurrentQueue<(string Category, LogLevel Level, int Id, string Message, Exception? Exception)> logs) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new Logger(categoryName, logs);

        public void Dispose()
        {
        }

        private sealed class Logger(string category, ConcurrentQueue<(string Category, LogLevel Level, int Id, string Message, Exception? Exception)> logs) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                logs.Enqueue((category, logLevel, eventId.Id, formatter(state, exception), exception));
        }
    }
}
