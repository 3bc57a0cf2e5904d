using Microsoft.AspNetCore.Connections;
using WithdrawalBot.Core.Diagnostics;

namespace WithdrawalBot.Logging;

/// <summary>
/// Recognises the .NET host's own two entries about a background service that ended on a platform's fatal error
/// (<c>Host[9]</c> "BackgroundService failed" with the stack trace, and <c>Host[10]</c> "… To avoid this behavior,
/// configure this to Ignore"). The adapter has already logged the one critical line that says what to fix (for
/// example "Telegram rejected the bot token; check Telegram__BotToken"), and the host's advice to ignore the failure
/// is wrong for an operator, so the console logger leaves both out. Any other background-service failure is still logged.
/// Likewise the host's <c>Host[11]</c> "Hosting failed to start" with Kestrel's stack trace when the health port is taken:
/// start-up then ends with one line naming the port and <c>Health__Port</c> (<see cref="Hosting.BotRunner"/>), and so when
/// the port or address may not be bound (<see cref="CannotListen"/>).
/// </summary>
public static class HostFaultEcho
{
    /// <summary>The logger category of the .NET generic host.</summary>
    public const string HostCategory = "Microsoft.Extensions.Hosting.Internal.Host";

    /// <summary>The host's event ids for "BackgroundService failed" (9) and "… is configured to StopHost" (10).</summary>
    public static readonly IReadOnlySet<int> HostEventIds = new HashSet<int> { 9, 10 };

    /// <summary>The host's event id for "Hosting failed to start".</summary>
    public const int HostingFailedEventId = 11;


    /// <summary>
    /// The platforms' fatal exceptions (named rather than referenced, like <see cref="Hosting.StartupFailure.OperatorMessageExceptions"/>):
    /// each is thrown only after its adapter logged a critical line saying what to fix.
    /// </summary>
    public static readonly IReadOnlySet<string> PlatformFatalExceptions = new HashSet<string>(StringComparer.Ordinal)
    {
        "WithdrawalBot.Telegram.Hosting.TelegramFatalException",
        "WithdrawalBot.Discord.DiscordFatalException",
    };

    /// <summary>True when the entry is the host repeating a platform's fatal error that was already logged.</summary>
    /// <param name="category">The entry's logger category.</param>
    /// <param name="eventId">The entry's event id.</param>
    /// <param name="exception">The entry's exception, if any.</param>
    public static bool IsEcho(string category, EventId eventId, Exception? exception) =>
        exception is not null
        && string.Equals(category, HostCategory, StringComparison.Ordinal)
        && ((HostEventIds.Contains(eventId.Id) && PlatformFatalExceptions.Contains(exception.GetType().FullName ?? ""))
            || (eventId.Id == HostingFailedEventId && (IsAddressInUse(exception) || CannotListen(exception) is not null)));

    /// <summary>True when <paramref name="exception"/> or one of its inner exceptions is Kestrel's "address already in use".</summary>
    public static bool IsAddressInUse(Exception exception) => ExceptionChain.Of(exception).Any(e => e is AddressInUseException);

    /// <summary>
    /// The socket error of a listener that may not bind where it was told: a port under 1024 without root, or an address
    /// this machine does not have; <c>null</c> for any other exception.
    /// </summary>
    public static System.Net.Sockets.SocketException? CannotListen(Exception exception) =>
        ExceptionChain.Of(exception).OfType<System.Net.Sockets.SocketException>()
            .FirstOrDefault(socket => socket.SocketErrorCode is System.Net.Sockets.SocketError.AccessDenied or System.Net.Sockets.SocketError.AddressNotAvailable);
}
