using System.Buffers;
using System.Text.Json;

namespace WithdrawalBot.Discord.Gateway;

/// <summary>
/// The payloads the client sends, written with <see cref="Utf8JsonWriter"/> so <c>d</c> is a literal
/// <c>null</c> where Discord expects one. Each stays far below the 4096-byte limit.
/// </summary>
internal static class GatewayPayloads
{
    /// <summary>The Identify <c>properties</c>: <c>browser</c> and <c>device</c> name the library.</summary>
    public const string LibraryName = "withdrawalbot";

    /// <summary><c>{"op":1,"d":&lt;last sequence or null&gt;}</c>.</summary>
    public static byte[] Heartbeat(long? sequence) => Write(w =>
    {
        w.WriteNumber("op", (int)GatewayOpCode.Heartbeat);
        if (sequence is { } s)
        {
            w.WriteNumber("d", s);
        }
        else
        {
            w.WriteNull("d");
        }
    });

    /// <summary><c>{"op":2,"d":{"token","intents","properties":{"os","browser","device"},"shard":[id,count]}}</c>.</summary>
    public static byte[] Identify(string token, GatewayIntents intents, int shardId, int shardCount) => Write(w =>
    {
        w.WriteNumber("op", (int)GatewayOpCode.Identify);
        w.WriteStartObject("d");
        w.WriteString("token", token);
        w.WriteNumber("intents", (int)intents);
        w.WriteStartObject("properties");
        w.WriteString("os", OperatingSystem.IsWindows() ? "windows" : OperatingSystem.IsMacOS() ? "macos" : "linux");
        w.WriteString("browser", LibraryName);
        w.WriteString("device", LibraryName);
        w.WriteEndObject();
        w.WriteStartArray("shard");
        w.WriteNumberValue(shardId);
        w.WriteNumberValue(shardCount);
        w.WriteEndArray();
        w.WriteEndObject();
    });

    /// <summary><c>{"op":6,"d":{"token","session_id","seq"}}</c>.</summary>
    public static byte[] Resume(string token, string sessionId, long? sequence) => Write(w =>
    {
        w.WriteNumber("op", (int)GatewayOpCode.Resume);
        w.WriteStartObject("d");
        w.WriteString("token", token);
        w.WriteString("session_id", sessionId);
        if (sequence is { } s)
        {
            w.WriteNumber("seq", s);
        }
        else
        {
            w.WriteNull("seq");
        }

        w.WriteEndObject();
    });

    /// <summary><c>{"op":3,"d":{"since":null,"activities":[{"name":"Custom Status","type":4,"state":text}],"status":"online","afk":false}}</c>.</summary>
    public static byte[] Presence(string text) => Write(w =>
    {
        w.WriteNumber("op", (int)GatewayOpCode.PresenceUpdate);
        w.WriteStartObject("d");
        w.WriteNull("since");
        w.WriteStartArray("activities");
        w.WriteStartObject();
        w.WriteString("name", "Custom Status");
        w.WriteNumber("type", 4);
        w.WriteString("state", text.Length > 128 ? text[..128] : text);
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteString("status", "online");
        w.WriteBoolean("afk", false);
        w.WriteEndObject();
    });

    private static byte[] Write(Action<Utf8JsonWriter> body)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            body(writer);
            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }
}
