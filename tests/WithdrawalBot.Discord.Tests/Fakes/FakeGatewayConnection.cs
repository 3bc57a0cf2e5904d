using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace WithdrawalBot.Discord.Tests.Fakes;

/// <summary>One client connection to the fake gateway: records every payload, answers like Discord by default, and lets a test script the rest.</summary>
#pragma warning disable CA1001 // Lives as long as the fake server; its semaphores hold no unmanaged resources.
public sealed class FakeGatewayConnection
#pragma warning restore CA1001
{
    private readonly WebSocket socket;
    private readonly FakeDiscord discord;
    private readonly SemaphoreSlim sendLock = new(1, 1);
    private readonly ConcurrentQueue<ReceivedPayload> received = new();
    private readonly SemaphoreSlim arrivals = new(0);
    private readonly TaskCompletionSource<int?> closed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int identifies;

    internal FakeGatewayConnection(WebSocket socket, FakeDiscord discord, string path, string query)
    {
        this.socket = socket;
        this.discord = discord;
        Path = path;
        Query = query;
    }

    /// <summary>The URL path the client connected to: <c>/gateway</c> or <c>/resume</c>.</summary>
    public string Path { get; }

    /// <summary>The query string as sent, e.g. <c>?v=10&amp;encoding=json</c>.</summary>
    public string Query { get; }

    /// <summary>When Hello was sent.</summary>
    public long HelloSentAt { get; private set; }

    /// <summary>Whether heartbeats get an op 11 (turn off to simulate a zombie connection).</summary>
    public bool AckHeartbeats { get; set; } = true;

    /// <summary>Every payload received, in order.</summary>
    public IReadOnlyList<ReceivedPayload> Received => received.ToArray();

    /// <summary>The close code the client sent, or null if it dropped without one; completes when the connection ends.</summary>
    public Task<int?> Closed => closed.Task;

    /// <summary>Sends raw JSON.</summary>
    public async Task SendAsync(string json)
    {
        await sendLock.WaitAsync();
        try
        {
            if (socket.State == WebSocketState.Open)
            {
                await socket.SendAsync(Encoding.UTF8.GetBytes(json), WebSocketMessageType.Text, true, CancellationToken.None);
            }
        }
        finally
        {
            sendLock.Release();
        }
    }

    /// <summary>Sends a dispatch with the session's next sequence number; returns it.</summary>
    public async Task<long> DispatchAsync(string eventName, JsonNode data)
    {
        var s = discord.NextSequence();
        discord.Remember(s, eventName, data);
        await SendAsync(new JsonObject { ["op"] = 0, ["t"] = eventName, ["s"] = s, ["d"] = data.DeepClone() }.ToJsonString());
        return s;
    }

    /// <summary>Closes from the server side with a code (e.g. 4000, 4004, 4014).</summary>
    public async Task CloseAsync(int code, string reason = "")
    {
        await sendLock.WaitAsync();
        try
        {
            if (socket.State == WebSocketState.Open)
            {
                await socket.CloseOutputAsync((WebSocketCloseStatus)code, reason, CancellationToken.None);
            }
        }
        finally
        {
            sendLock.Release();
        }
    }

    /// <summary>Drops the TCP connection without a close frame.</summary>
    public void Abort() => socket.Abort();

    /// <summary>Waits for the next payload with <paramref name="op"/> after <paramref name="after"/> payloads.</summary>
    public async Task<ReceivedPayload> WaitForAsync(int op, TimeSpan timeout, int after = 0)
    {
        var deadline = Stopwatch.GetTimestamp() + (long)(timeout.TotalSeconds * Stopwatch.Frequency);
        while (true)
        {
            var match = received.Skip(after).FirstOrDefault(p => p.Op == op);
            if (match is not null)
            {
                return match;
            }

            var left = TimeSpan.FromSeconds((deadline - Stopwatch.GetTimestamp()) / (double)Stopwatch.Frequency);
            if (left <= TimeSpan.Zero || closed.Task.IsCompleted && !received.Skip(after).Any(p => p.Op == op))
            {
                if (left > TimeSpan.Zero && closed.Task.IsCompleted)
                {
                    throw new InvalidOperationException($"The connection closed ({closed.Task.Result}) before op {op} arrived.");
                }

                throw new TimeoutException($"No op {op} within {timeout}; got ops [{string.Join(",", received.Select(p => p.Op))}].");
            }

            await arrivals.WaitAsync(left < TimeSpan.FromMilliseconds(100) ? left : TimeSpan.FromMilliseconds(100));
        }
    }

    internal async Task RunAsync(int heartbeatIntervalMs)
    {
        var buffer = new byte[64 * 1024];
        try
        {
            HelloSentAt = Stopwatch.GetTimestamp();
            await SendAsync($$"""{"op":10,"d":{"heartbeat_interval":{{heartbeatIntervalMs}}},"s":null,"t":null}""");
            while (true)
            {
                using var message = new MemoryStream();
                WebSocketReceiveResult result;
                do
                {
                    result = await socket.ReceiveAsync(buffer, CancellationToken.None);
                    if (result.MessageType == WebSocketMessageType.Close)
                    {
                        var code = (int?)socket.CloseStatus;
                        try
                        {
                            await sendLock.WaitAsync();
                            if (socket.State == WebSocketState.CloseReceived)
                            {
                                await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "", CancellationToken.None);
                            }
                        }
                        catch (WebSocketException)
                        {
                        }
                        finally
                        {
                            sendLock.Release();
                        }

                        closed.TrySetResult(code);
                        return;
                    }

                    message.Write(buffer, 0, result.Count);
                }
                while (!result.EndOfMessage);

                var bytes = message.ToArray();
                var node = JsonNode.Parse(bytes)!.AsObject();
                var payload = new ReceivedPayload((int)node["op"]!, node["d"]?.DeepClone(), node.ContainsKey("d"), Stopwatch.GetTimestamp(), bytes.Length);
                received.Enqueue(payload);
                arrivals.Release();
                discord.CountSend();
                await ReactAsync(payload);
            }
        }
        catch (Exception e) when (e is WebSocketException or ObjectDisposedException or OperationCanceledException)
        {
            closed.TrySetResult(socket.CloseStatus is { } status ? (int)status : null);
        }
    }

    private async Task ReactAsync(ReceivedPayload payload)
    {
        switch (payload.Op)
        {
            case 1 when AckHeartbeats:
                await SendAsync("""{"op":11}""");
                break;
            case 2:
                if (Interlocked.Increment(ref identifies) > 1)
                {
                    await CloseAsync(4005, "Already authenticated");
                    return;
                }

                var d = payload.Data!.AsObject();
                if ((string?)d["token"] != (discord.GatewayToken ?? discord.Token))
                {
                    await CloseAsync(4004, "Authentication failed.");
                    return;
                }

                discord.SpendSessionStart();
                var intents = (int)d["intents"]!;
                if ((intents & 32768) != 0 && !discord.MessageContentEnabled)
                {
                    await CloseAsync(4014, "Disallowed intent(s).");
                    return;
                }

                if (discord.AnswerIdentifyWithInvalidSession > 0)
                {
                    discord.AnswerIdentifyWithInvalidSession--;
                    await SendAsync("""{"op":9,"d":false}""");
                    return;
                }

                if (discord.AutoReady)
                {
                    await discord.StartSessionAsync(this);
                }

                break;
            case 6:
                var resume = payload.Data!.AsObject();
                if ((string?)resume["session_id"] != discord.SessionId || discord.RefuseResume)
                {
                    await SendAsync("""{"op":9,"d":false}""");
                    return;
                }

                await discord.ReplayAsync(this, (long?)resume["seq"] ?? 0);
                break;
        }
    }
}

/// <summary>A payload the client sent.</summary>
/// <param name="Op">The opcode.</param>
/// <param name="Data">The <c>d</c> field.</param>
/// <param name="HasData">Whether <c>d</c> was present at all (a literal null counts).</param>
/// <param name="At">Stopwatch timestamp of arrival.</param>
/// <param name="Bytes">Size on the wire.</param>
public sealed record ReceivedPayload(int Op, JsonNode? Data, bool HasData, long At, int Bytes);
