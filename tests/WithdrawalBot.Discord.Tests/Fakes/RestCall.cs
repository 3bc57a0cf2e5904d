using System.Diagnostics;
using System.Text.Json.Nodes;

namespace WithdrawalBot.Discord.Tests.Fakes;

/// <summary>A REST request the fake received.</summary>
public sealed record RestCall(string Method, string Path, string Query, string? Authorization, string? UserAgent, string? ContentType, string Body, long At)
{
    /// <summary>The body as JSON.</summary>
    public JsonObject Json => JsonNode.Parse(Body)!.AsObject();

    /// <summary>Seconds between two calls.</summary>
    public double SecondsAfter(RestCall earlier) => (At - earlier.At) / (double)Stopwatch.Frequency;
}
