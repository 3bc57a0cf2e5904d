using System.Runtime.InteropServices;

namespace WithdrawalBot.Hosting;

/// <summary>
/// SIGTERM and Ctrl-C (SIGINT) for the console chat and <c>ask</c>: registered as soon as the mode is known, before the
/// application is built, so a signal during start-up is a clean stop (exit 0) rather than the runtime's default end by
/// the signal (exit 143 / 130). The source is never disposed while a signal may still arrive, so a late signal cannot
/// throw from the handler. Serve mode leaves signals to the host's lifetime.
/// </summary>
public sealed class StopSignals : IDisposable
{
    private readonly CancellationTokenSource stop = new();
    private readonly PosixSignalRegistration interrupt;
    private readonly PosixSignalRegistration terminate;

    /// <summary>Registers the handlers.</summary>
    public StopSignals()
    {
        interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
        terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
    }

    /// <summary>Cancelled at the first SIGTERM or Ctrl-C.</summary>
    public CancellationToken Token => stop.Token;

    /// <summary>Unregisters the handlers; the token's source is left to the collector (a signal racing this call still finds it).</summary>
    public void Dispose()
    {
        interrupt.Dispose();
        terminate.Dispose();
    }

    private void Stop(PosixSignalContext context)
    {
        context.Cancel = true;
        stop.Cancel();
    }
}
