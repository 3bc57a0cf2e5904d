using System.Text.Json.Nodes;

namespace WithdrawalBot.Telegram.Tests.Fakes;

/// <summary>One request the fake Bot API received.</summary>
/// <param name="Method">The Bot API method from the URL, e.g. <c>sendMessage</c>.</param>
/// <param name="Body">The parameters (JSON body, or form fields as strings).</param>
/// <param name="TokenAccepted">Whether the URL carried the fake's token.</param>
/// <param name="Answered">The HTTP status the fake answered with.</param>
/// <param name="Timestamp">Stopwatch timestamp of arrival.</param>
public sealed record FakeBotApiRequest(string Method, JsonObject Body, bool TokenAccepted, int Answered, long Timestamp)
{
    /// <summary>A parameter as a string (numbers and strings alike), or <c>null</c>.</summary>
    public string? this[string name] => Body[name] switch
    {
        null => null,
        JsonValue value when value.TryGetValue<string>(out var text) => text,
        var node => node.ToJsonString(),
    };
}
