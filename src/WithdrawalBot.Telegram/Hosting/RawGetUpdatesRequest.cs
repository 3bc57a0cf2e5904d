using System.Text.Json;
using System.Text.Json.Serialization;
using Telegram.Bot.Requests;

namespace WithdrawalBot.Telegram.Hosting;

/// <summary>
/// getUpdates returning each update as raw JSON, so that one update the client library cannot read is skipped on its
/// own (its update_id still advances the offset) instead of failing the whole batch again and again.
/// </summary>
internal sealed class RawGetUpdatesRequest() : RequestBase<JsonElement[]>("getUpdates")
{
    /// <summary>The first update id wanted: one more than the last one received.</summary>
    [JsonPropertyName("offset")]
    public long? Offset { get; init; }

    /// <summary>Long-poll timeout in seconds.</summary>
    [JsonPropertyName("timeout")]
    public int? Timeout { get; init; }

    /// <summary>The most updates to return (1–100; Telegram's default 100).</summary>
    [JsonPropertyName("limit")]
    public int? Limit { get; init; }

    /// <summary>The update types wanted.</summary>
    [JsonPropertyName("allowed_updates")]
    public IReadOnlyList<string>? AllowedUpdates { get; init; }
}
