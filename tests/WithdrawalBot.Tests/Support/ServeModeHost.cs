using WithdrawalBot.Health;
using WithdrawalBot.Metrics;

namespace WithdrawalBot.Tests.Support;

/// <summary>
/// The serve-mode HTTP side (Kestrel on Health:Port, /healthz, /metrics) composed in-process with the app's own
/// extensions, on a free loopback port, plus whatever the test registers (health checks, the bot's meter).
/// </summary>
public sealed class ServeModeHost : IAsyncDisposable
{
    private readonly WebApplication app;

    private ServeModeHost(WebApplication app, int port)
    {
        this.app = app;
        Port = port;
        Client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
    }

    /// <summary>The port /healthz and /metrics answer on.</summary>
    public int Port { get; }

    /// <summary>A client for that port.</summary>
    public HttpClient Client { get; }

    /// <summary>The app's services.</summary>
    public IServiceProvider Services => app.Services;

    /// <summary>Builds and starts the host.</summary>
    public static async Task<ServeModeHost> StartAsync(Action<IServiceCollection> configure, IDictionary<string, string?>? settings = null)
    {
        var port = FreePort.Next();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Health:Port"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Health:Address"] = "127.0.0.1",
        });
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

        builder.AddBotHealth();
        builder.Services.AddBotMetrics();
        configure(builder.Services);
        var app = builder.Build();
        app.MapBotHealth();
        app.MapBotMetrics();
        await app.StartAsync();
        return new ServeModeHost(app, port);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
