using Microsoft.Extensions.Options;
using WithdrawalBot.Cli;
using WithdrawalBot.Core.Routing;
using WithdrawalBot.Health;
using WithdrawalBot.Logging;
using WithdrawalBot.Terminal;

namespace WithdrawalBot.Hosting;

/// <summary>
/// Runs a built application in its <see cref="BotMode"/>, checking everything that can be wrong before anything
/// connects: options validated at start-up, then the router built with what it depends on (the knowledge base,
/// which validates its files, and the database, which takes the data folder's instance lock). Only then do
/// platforms start, or the console chat or <c>ask</c> run.
/// </summary>
public static class BotRunner
{
    /// <summary>Checks, then runs until stopped (SIGTERM/Ctrl-C, end of input, last question answered).</summary>
    /// <param name="app">The built application.</param>
    /// <param name="mode">What to run.</param>
    /// <param name="invocation">The command line.</param>
    /// <param name="stopping">
    /// Cancelled by SIGTERM or Ctrl-C in the console chat and <c>ask</c> (<see cref="StopSignals"/>, registered before the
    /// application was built); serve mode stops through the host's own lifetime instead.
    /// </param>
    /// <returns>The process exit code: 0, or 1 when serve mode stopped because a background service failed (so Docker's restart policy and orchestrators see it).</returns>
    /// <exception cref="OptionsValidationException">A setting is invalid.</exception>
    /// <exception cref="Core.Knowledge.KnowledgeValidationException">A knowledge file is broken.</exception>
    /// <exception cref="StartupException">Serve mode with <c>--now</c> on a folder that holds a live bot's subscriptions (<see cref="SimulatedClockGuard"/>).</exception>
    public static async Task<int> RunAsync(WebApplication app, BotMode mode, Invocation invocation, CancellationToken stopping)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(invocation);
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(BotRunner));
        app.Services.GetService<IStartupValidator>()?.Validate();

        if (mode == BotMode.Serve)
        {
            // Built now, with the knowledge base and the database it needs, so that a broken knowledge file or an
            // unusable or locked data folder stops start-up before any platform connects.
            _ = app.Services.GetService<IMessageRouter>();
            await SimulatedClockGuard.CheckAsync(app.Services, invocation.Now, logger, stopping);
            var health = app.Services.GetRequiredService<IOptions<HealthOptions>>().Value;
            var platforms = PlatformNames(app.Configuration);
            HostLog.Serving(logger, platforms, health.Address, health.Port);
            await StartAsync(app, health);
            await app.WaitForShutdownAsync(CancellationToken.None); // the host's own lifetime stops serve mode
            var exitCode = Faulted(app.Services) ? ExitCodes.Failure : Environment.ExitCode;
            HostLog.Stopped(logger, exitCode);
            return exitCode;
        }

        var io = app.Services.GetRequiredService<ConsoleIo>();
        if (stopping.IsCancellationRequested)
        {
            // Stopped while starting: nothing was asked yet.
            return ExitCodes.Success;
        }

        return mode == BotMode.Ask
            ? await app.Services.GetRequiredService<AskCommand>().RunAsync(invocation, io, stopping)
            : await app.Services.GetRequiredService<ConsoleChat>().RunAsync(io, stopping);
    }

    /// <summary>Starts the host; a health port that another process holds becomes one line naming the port and the setting.</summary>
    /// <exception cref="StartupException"><c>Health:Port</c> is in use on <c>Health:Address</c>, or may not be bound there (a port under 1024 without root, an address this machine does not have).</exception>
    private static async Task StartAsync(WebApplication app, HealthOptions health)
    {
        try
        {
            await app.StartAsync();
        }
        catch (IOException e) when (HostFaultEcho.IsAddressInUse(e))
        {
            throw new StartupException(
                $"port {health.Port} is in use on {health.Address}; set Health__Port (Health:Port) to a free port, or stop what holds it (/healthz, /metrics and the Telegram webhook are served there).",
                e);
        }
        catch (Exception e) when (HostFaultEcho.CannotListen(e) is { } socket)
        {
            throw new StartupException(
                $"cannot listen on {health.Address}:{health.Port} ({socket.Message}); set Health__Port (Health:Port) to 1024 or above (the image runs as a non-root user) and Health__Address (Health:Address) to an address of this machine (0.0.0.0 for all).",
                e);
        }
    }

    /// <summary>Whether a background service ended on an exception (the host then stops, but reports nothing in the exit code).</summary>
    private static bool Faulted(IServiceProvider services) =>
        services.GetServices<IHostedService>().OfType<BackgroundService>().Any(s => s.ExecuteTask is { IsFaulted: true });


    private static string PlatformNames(IConfiguration configuration)
    {
        var names = new[] { (BotTokens.TelegramKey, "Telegram"), (BotTokens.DiscordKey, "Discord") }
            .Where(p => !string.IsNullOrWhiteSpace(configuration[p.Item1]))
            .Select(p => p.Item2);
        return string.Join(" and ", names);
    }
}
