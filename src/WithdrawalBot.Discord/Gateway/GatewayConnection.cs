using System.Buffers;
using System.Net.WebSockets;

namespace WithdrawalBot.Discord.Gateway;

/// <summary>
/// One WebSocket connection of a shard. A new instance (new socket, new send limiter, fresh heartbeat-ACK
/// state) is made for every connection, so nothing of a dead connection leaks into the next. Sends are
/// serialised by one <see cref="SemaphoreSlim"/> (ClientWebSocket allows one send at a time); a receive reads
/// frames until <c>EndOfMessage</c>.
/// </summary>
internal sealed class GatewayConnection : IDisposable
{
    /// <summary>Discord closes with 4002 on payloads over 4096 bytes.</summary>
    public const int MaxSendBytes = 4096;

    /// <summary>Frames larger than this (64 MiB) are refused rather than buffered.</summary>
    public const int MaxReceiveBytes = 64 * 1024 * 1024;

    private readonly ClientWebSocket socket = new();
    private readonly SemaphoreSlim sendLock = new(1, 1);
    private readonly GatewaySendLimiter limiter;
    private readonly ArrayBufferWriter<byte> received = new(16 * 1024);
    private readonly CancellationTokenSource lifetime = new();
    private readonly GatewayTimings timings;
    private readonly TimeProvider time;
    private GatewayDisconnect? outcome;
    private int ackPending;
    private long lastBeatTimestamp;
    private long readyTimestamp;
    private int reachedReady;
    private int acknowledgedSinceReady;
    private Task closing = Task.CompletedTask;

    /// <summary>Creates an unconnected connection.</summary>
    public GatewayConnection(GatewayTimings timings, TimeProvider time)
    {
        this.timings = timings;
        this.time = time;
        limiter = new GatewaySendLimiter(timings, time);
        socket.Options.KeepAliveInterval = TimeSpan.Zero;
    }

    /// <summary>Cancelled when the connection must end (zombie, shutdown timeout, disposal).</summary>
    public CancellationToken Lifetime => lifetime.Token;

    /// <summary>Set by whoever decided to end the connection first (heartbeat zombie check, shutdown).</summary>
    public GatewayDisconnect? Outcome => Volatile.Read(ref outcome);

    /// <summary>Whether READY or RESUMED arrived on this connection.</summary>
    public bool ReachedReady => Volatile.Read(ref reachedReady) == 1;

    /// <summary>Whether Identify was sent on this connection.</summary>
    public bool Identified { get; set; }

    /// <summary>How long ago READY or RESUMED arrived; <c>null</c> before.</summary>
    public TimeSpan? SinceReady => ReachedReady ? time.GetElapsedTime(Interlocked.Read(ref readyTimestamp)) : null;

    /// <summary>
    /// Whether the session works: READY or RESUMED arrived and then either a heartbeat sent after it was acknowledged or
    /// <see cref="GatewayTimings.SettleTime"/> passed.
    /// </summary>
    public bool Settled => ReachedReady && (Volatile.Read(ref acknowledgedSinceReady) == 1 || SinceReady >= timings.SettleTime);

    /// <summary>Records that READY or RESUMED arrived (the first one counts; called on the receive path only).</summary>
    public void MarkReady()
    {
        if (!ReachedReady)
        {
            Interlocked.Exchange(ref readyTimestamp, time.GetTimestamp());
            Volatile.Write(ref reachedReady, 1);
        }
    }

    /// <summary>Payloads sent on this connection (diagnostics and tests).</summary>
    public int SentCount { get; private set; }

    /// <summary>The last heartbeat's round trip, once acknowledged.</summary>
    public TimeSpan? Latency { get; private set; }

    /// <summary>Opens the WebSocket.</summary>
    public Task ConnectAsync(Uri uri, CancellationToken cancellationToken) => socket.ConnectAsync(uri, cancellationToken);

    /// <summary>True when no ACK came for the last heartbeat sent.</summary>
    public bool AckPending => Volatile.Read(ref ackPending) == 1;

    /// <summary>Records that a heartbeat is being sent.</summary>
    public void HeartbeatSent()
    {
        Interlocked.Exchange(ref lastBeatTimestamp, time.GetTimestamp());
        Volatile.Write(ref ackPending, 1);
    }

    /// <summary>Records an ACK (op 11).</summary>
    public void HeartbeatAcknowledged()
    {
        Volatile.Write(ref ackPending, 0);
        var sent = Interlocked.Read(ref lastBeatTimestamp);
        if (sent != 0)
        {
            Latency = time.GetElapsedTime(sent);
        }

        if (ReachedReady && sent >= Interlocked.Read(ref readyTimestamp))
        {
            // Acknowledged a heartbeat sent after READY / RESUMED: Discord keeps this session.
            Volatile.Write(ref acknowledgedSinceReady, 1);
        }
    }

    /// <summary>Sends one payload, waiting for a rate permit and for any send in progress.</summary>
    /// <param name="payload">UTF-8 JSON, at most <see cref="MaxSendBytes"/>.</param>
    /// <param name="important">Heartbeat, Identify or Resume (uses the reserved part of the rate limit).</param>
    /// <param name="cancellationToken">Cancels the wait (cancelling an actual send aborts the socket).</param>
    /// <exception cref="ArgumentException">The payload is over 4096 bytes.</exception>
    /// <exception cref="WebSocketException">The socket is no longer open.</exception>
    public async Task SendAsync(byte[] payload, bool important, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(payload);
        if (payload.Length > MaxSendBytes)
        {
            throw new ArgumentException($"A gateway payload of {payload.Length} bytes exceeds Discord's {MaxSendBytes}.", nameof(payload));
        }

        await limiter.AcquireAsync(important, cancellationToken);
        await sendLock.WaitAsync(cancellationToken);
        try
        {
            if (socket.State != WebSocketState.Open)
            {
                throw new WebSocketException(WebSocketError.InvalidState, $"The gateway socket is {socket.State}.");
            }

            await socket.SendAsync(payload, WebSocketMessageType.Text, endOfMessage: true, cancellationToken);
            SentCount++;
        }
        finally
        {
            sendLock.Release();
        }
    }

    /// <summary>Receives one whole message (all frames up to <c>EndOfMessage</c>), or the close.</summary>
    /// <returns>The payload bytes (valid until the next call), or <c>null</c> when the peer closed; see <see cref="CloseStatus"/>.</returns>
    /// <exception cref="WebSocketException">The connection dropped without a close handshake.</exception>
    /// <exception cref="InvalidDataException">A message over <see cref="MaxReceiveBytes"/>.</exception>
    public async Task<ReadOnlyMemory<byte>?> ReceiveAsync(CancellationToken cancellationToken)
    {
        received.ResetWrittenCount();
        while (true)
        {
            var result = await socket.ReceiveAsync(received.GetMemory(16 * 1024), cancellationToken);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            received.Advance(result.Count);
            if (received.WrittenCount > MaxReceiveBytes)
            {
                throw new InvalidDataException($"A gateway message exceeded {MaxReceiveBytes} bytes.");
            }

            if (result.EndOfMessage)
            {
                return received.WrittenMemory;
            }
        }
    }

    /// <summary>The close code the peer sent, once <see cref="ReceiveAsync"/> returned <c>null</c>.</summary>
    public int? CloseStatus => (int?)socket.CloseStatus;

    /// <summary>
    /// Ends the connection for <paramref name="disconnect"/> unless something else already did: sends a close
    /// frame with <paramref name="closeCode"/> (4000 to keep the session, 1000 only at shutdown), waits briefly
    /// for the peer's close, then aborts the receive.
    /// </summary>
    public Task EndAsync(GatewayDisconnect disconnect, int closeCode)
    {
        if (Interlocked.CompareExchange(ref outcome, disconnect, null) is not null)
        {
            // Already ending: a second call (the receive loop finishing) cuts any wait for the peer's close short.
            try
            {
                lifetime.Cancel();
            }
            catch (ObjectDisposedException)
            {
                // Disposed: nothing is waiting.
            }

            return closing;
        }

        closing = EndCoreAsync(closeCode);
        return closing;
    }

    /// <summary>Sends a close frame (if the socket can still send), within <see cref="GatewayTimings.CloseTimeout"/>; never throws.</summary>
    public async Task CloseOutputAsync(int closeCode, string reason)
    {
        using var timeout = new CancellationTokenSource(timings.CloseTimeout, time);
        try
        {
            await sendLock.WaitAsync(timeout.Token);
            try
            {
                if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
                {
                    await socket.CloseOutputAsync((WebSocketCloseStatus)closeCode, reason, timeout.Token);
                }
            }
            finally
            {
                sendLock.Release();
            }
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            // The socket is gone already or the peer is unresponsive; disposal aborts it.
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        lifetime.Cancel();
        socket.Dispose();
        limiter.Dispose();
        lifetime.Dispose();
        sendLock.Dispose();
    }

    private async Task EndCoreAsync(int closeCode)
    {
        var shutdown = Outcome?.Action == GatewayReconnect.Shutdown;
        await CloseOutputAsync(closeCode, shutdown ? "shutting down" : "reconnecting");
        if (shutdown)
        {
            try
            {
                // Give the peer a moment to answer the close so the receive loop ends cleanly; then cut it.
                await Task.Delay(timings.CloseTimeout, time, lifetime.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException)
            {
                return;
            }
        }

        try
        {
            await lifetime.CancelAsync();
        }
        catch (ObjectDisposedException)
        {
            // Already disposed: the receive loop is over.
        }
    }
}
