using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using WithdrawalBot.Telegram.Configuration;
using WithdrawalBot.Telegram.Diagnostics;
using WithdrawalBot.Telegram.Tests.Fakes;

namespace WithdrawalBot.Telegram.Tests.Hosting;

/// <summary>
/// What an operator sees while Telegram cannot be reached at start: one short warning per retry naming the cause
/// (the stack trace only at Debug), a health report that names it too, and an API that never answers reported after
/// <see cref="TelegramOptions.ConnectTimeout"/> rather than the HTTP client's 100 s.
/// </summary>
public sealed class TelegramConnectFailureTests
{
    private static readonly DateTimeOffset Start = DateTimeOffset.Parse("2026-11-01T09:00:00Z", CultureInfo.InvariantCulture);

    [Fact]
    public async Task Start_ApiRefusesConnections_OneShortWarningPerRetryNamingTheCause()
    {
        var port = ClosedPort();
        var time = new FakeTimeProvider(Start);
        await using var harness = await TelegramHarness.StartAsync(
            settings: s => s["ApiBaseUrl"] = $"http://127.0.0.1:{port}", services: s => s.AddSingleton<TimeProvider>(time));

        await AdvanceUntilAsync(time, TimeSpan.FromSeconds(1), () => Warnings(harness).Count >= 3);

        foreach (var warning in Warnings(harness))
        {
            Assert.Contains($"Connection refused (127.0.0.1:{port})", warning.Message, StringComparison.Ordinal);
            Assert.Null(warning.Exception);
            Assert.DoesNotContain('\n', warning.Message);
        }

        Assert.Contains(harness.Logs.Entries, e => e.EventId.Id == 7030 && e.Level == LogLevel.Debug && e.Exception is not null);
        var report = await harness.Host.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync();
        Assert.Equal(HealthStatus.Unhealthy, report.Entries[TelegramHealthCheck.Name].Status);
        Assert.Contains($"Connection refused (127.0.0.1:{port})", report.Entries[TelegramHealthCheck.Name].Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_ProxyAnswers502Html_WarningNamesTheStatusWithoutATrace()
    {
        var api = await FakeBotApi.StartAsync();
        api.Fail("getMe", FakeBotApiError.BadGateway);
        await using var harness = await TelegramHarness.StartAsync(api: api);

        await api.WaitUntilAsync(() => Warnings(harness).Count >= 1, what: "the warning");

        var warning = Warnings(harness)[0];
        Assert.Contains("HTTP 502", warning.Message, StringComparison.Ordinal);
        Assert.Null(warning.Exception);
    }

    [Fact]
    public async Task Start_GetMeNeverAnswers_ReportedAfterTheConnectTimeoutAsUnhealthy()
    {
        using var silent = new SilentServer();
        var time = new FakeTimeProvider(Start);
        await using var harness = await TelegramHarness.StartAsync(
            settings: s => s["ApiBaseUrl"] = silent.BaseUrl, services: s => s.AddSingleton<TimeProvider>(time));
        var health = harness.Host.Services.GetRequiredService<HealthCheckService>();
        await silent.WaitForConnectionAsync();

        var before = (await health.CheckHealthAsync()).Entries[TelegramHealthCheck.Name];
        await AdvanceUntilAsync(time, TimeSpan.FromSeconds(1), () => Warnings(harness).Count >= 1);
        var after = (await health.CheckHealthAsync()).Entries[TelegramHealthCheck.Name];

        Assert.Equal(HealthStatus.Degraded, before.Status);
        Assert.Contains("no answer within 10 s", Warnings(harness)[0].Message, StringComparison.Ordinal);
        Assert.Equal(HealthStatus.Unhealthy, after.Status);
        Assert.Contains("no answer within 10 s", after.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_ApiDropsTheConnectionMidResponse_WarningAndHealthNameTheInnermostCause()
    {
        const string cause = "The response ended prematurely";
        using var dropping = new DroppingServer();
        var time = new FakeTimeProvider(Start);
        await using var harness = await TelegramHarness.StartAsync(
            settings: s => s["ApiBaseUrl"] = dropping.BaseUrl, services: s => s.AddSingleton<TimeProvider>(time));

        await AdvanceUntilAsync(time, TimeSpan.FromSeconds(1), () => Warnings(harness).Count >= 1);

        var warning = Warnings(harness)[0];
        Assert.Contains(cause, warning.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("An error occurred while sending the request", warning.Message, StringComparison.Ordinal);
        var report = await harness.Host.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync();
        Assert.Contains(cause, report.Entries[TelegramHealthCheck.Name].Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_GetMeFloodWait_WaitsOutRetryAfterBeforeAskingAgain()
    {
        var api = await FakeBotApi.StartAsync();
        api.Fail("getMe", FakeBotApiError.TooManyRequests(30));
        var time = new FakeTimeProvider(Start);
        await using var harness = await TelegramHarness.StartAsync(api: api, services: s => s.AddSingleton<TimeProvider>(time));
        await api.WaitUntilAsync(() => Warnings(harness).Count >= 1, what: "the warning");
        var warned = time.GetUtcNow();

        // The wait starts just after the warning; however late it is set, getMe cannot come again within 30 s of it.
        await AdvanceUntilAsync(time, TimeSpan.FromSeconds(1), () => api.Calls("getMe").Count == 2);

        Assert.True(time.GetUtcNow() - warned >= TimeSpan.FromSeconds(30), $"asked again after {(time.GetUtcNow() - warned).TotalSeconds} s");
        Assert.Contains("retrying in 00:00:30", Warnings(harness)[0].Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(5, HealthStatus.Degraded)]
    [InlineData(11, HealthStatus.Unhealthy)]
    public async Task HealthCheck_NeverConnected_DegradedOnlyWithinTheConnectTimeout(int seconds, HealthStatus expected)
    {
        var time = new FakeTimeProvider(Start);
        var health = new TelegramHealth(time);
        var check = new TelegramHealthCheck(health, new WithdrawalBot.Core.Platforms.ServingPlatforms([]), time, Options.Create(new TelegramOptions { ConnectTimeout = TimeSpan.FromSeconds(10) }));

        time.Advance(TimeSpan.FromSeconds(seconds));
        var result = await check.CheckHealthAsync(new HealthCheckContext());

        Assert.Equal(expected, result.Status);
        Assert.Contains("not connected yet", result.Description, StringComparison.Ordinal);
    }

    private static List<CapturingLoggerProvider.LogEntry> Warnings(TelegramHarness harness) =>
        [.. harness.Logs.Entries.Where(e => e.EventId.Id == 7003)];

    private static int ClosedPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private static async Task AdvanceUntilAsync(FakeTimeProvider time, TimeSpan step, Func<bool> condition)
    {
        for (var i = 0; i < 60 && !condition(); i++)
        {
            time.Advance(step);
            for (var j = 0; j < 20 && !condition(); j++)
            {
                await Task.Delay(10);
            }
        }

        Assert.True(condition());
    }

    /// <summary>
    /// Reads each request on 127.0.0.1, answers the headers and part of the body of a 200, then closes the connection,
    /// like an API or proxy that dies mid-answer.
    /// </summary>
    private sealed class DroppingServer : IDisposable
    {
        private readonly TcpListener listener = new(IPAddress.Loopback, 0);

        public DroppingServer()
        {
            listener.Start();
            _ = AcceptAsync();
        }

        public string BaseUrl => $"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}";

        public void Dispose() => listener.Stop();

        private async Task AcceptAsync()
        {
            try
            {
                while (true)
                {
                    using var client = await listener.AcceptTcpClientAsync();
                    var stream = client.GetStream();
                    await ReadRequestAsync(stream);
                    var head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 200\r\nConnection: close\r\n\r\n{\"ok\":tr"u8.ToArray();
                    await stream.WriteAsync(head);
                    await stream.FlushAsync();
                }
            }
            catch (Exception e) when (e is SocketException or ObjectDisposedException or IOException)
            {
                // Stopped.
            }
        }

        /// <summary>Reads the request line, headers and Content-Length body, so closing sends FIN rather than a reset for unread data.</summary>
        private static async Task ReadRequestAsync(NetworkStream stream)
        {
            var received = new List<byte>();
            var buffer = new byte[4096];
            int headerEnd;
            while ((headerEnd = IndexOfBlankLine(received)) < 0)
            {
                var read = await stream.ReadAsync(buffer);
                if (read == 0)
                {
                    return;
                }

                received.AddRange(buffer.AsSpan(0, read));
            }

            var headers = System.Text.Encoding.ASCII.GetString([.. received.Take(headerEnd)]);
            var length = headers.Split("\r\n")
                .Where(h => h.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase))
                .Select(h => int.Parse(h["Content-Length:".Length..].Trim(), CultureInfo.InvariantCulture))
                .FirstOrDefault();
            var missing = headerEnd + 4 + length - received.Count;
            while (missing > 0)
            {
                var read = await stream.ReadAsync(buffer.AsMemory(0, Math.Min(buffer.Length, missing)));
                if (read == 0)
                {
                    return;
                }

                missing -= read;
            }
        }

        private static int IndexOfBlankLine(List<byte> bytes)
        {
            for (var i = 0; i + 3 < bytes.Count; i++)
            {
                if (bytes[i] == '\r' && bytes[i + 1] == '\n' && bytes[i + 2] == '\r' && bytes[i + 3] == '\n')
                {
                    return i;
                }
            }

            return -1;
        }
    }

    /// <summary>Accepts connections on 127.0.0.1 and never answers, like an API behind a hung proxy.</summary>
    private sealed class SilentServer : IDisposable
    {
        private readonly TcpListener listener = new(IPAddress.Loopback, 0);
        private readonly List<TcpClient> clients = [];
        private readonly TaskCompletionSource connected = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public SilentServer()
        {
            listener.Start();
            _ = AcceptAsync();
        }

        public string BaseUrl => $"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}";

        public Task WaitForConnectionAsync() => connected.Task.WaitAsync(TimeSpan.FromSeconds(10));

        public void Dispose()
        {
            listener.Stop();
            lock (clients)
            {
                clients.ForEach(c => c.Dispose());
            }
        }

        private async Task AcceptAsync()
        {
            try
            {
                while (true)
                {
                    var client = await listener.AcceptTcpClientAsync();
                    lock (clients)
                    {
                        clients.Add(client);
                    }

                    connected.TrySetResult();
                }
            }
            catch (Exception e) when (e is SocketException or ObjectDisposedException)
            {
                // Stopped.
            }
        }
    }
}
