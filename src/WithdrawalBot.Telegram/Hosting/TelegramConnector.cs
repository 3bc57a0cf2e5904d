using System.Net.Sockets;

namespace WithdrawalBot.Telegram.Hosting;

/// <summary>
/// Opens the TCP connections to the Bot API for the HTTP client, giving up after a time limit with an
/// <see cref="HttpRequestException"/> ("could not connect to api.telegram.org:443 within 10 s"). A connection that never
/// opens (packets dropped by a firewall or a block) is then a send that never reached Telegram, retried like a refused
/// connection; only a request that reached Telegram and got no answer in time (the client's own 100 s timeout, a
/// <see cref="TimeoutException"/>) may have been posted (break 32 #1: both were the same timeout, and reminders lost in a
/// network outage were taken as probably sent).
/// </summary>
public static class TelegramConnector
{
    /// <summary>A <see cref="SocketsHttpHandler.ConnectCallback"/> that connects within <paramref name="timeout"/>.</summary>
    /// <exception cref="HttpRequestException">From the callback: the connection did not open within <paramref name="timeout"/> (<see cref="HttpRequestError.ConnectionError"/>).</exception>
    public static Func<SocketsHttpConnectionContext, CancellationToken, ValueTask<Stream>> Within(TimeSpan timeout) =>
        async (context, cancellationToken) =>
        {
            using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            limit.CancelAfter(timeout);
            var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(context.DnsEndPoint, limit.Token);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                socket.Dispose();
                throw new HttpRequestException(HttpRequestError.ConnectionError, $"could not connect to {context.DnsEndPoint.Host}:{context.DnsEndPoint.Port} within {timeout.TotalSeconds:0.#} s");
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        };
}
