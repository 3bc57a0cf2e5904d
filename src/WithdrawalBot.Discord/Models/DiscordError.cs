using System.Text.Json;

namespace WithdrawalBot.Discord.Models;

/// <summary>
/// A Discord error body: <c>{"code":50013,"message":"Missing Permissions"}</c>; 429s add <c>retry_after</c> and
/// <c>global</c>; 400 Invalid Form Body (50035) adds <c>errors</c>, a tree whose leaves are <c>_errors</c> lists.
/// </summary>
public sealed record DiscordError
{
    /// <summary>The most field errors <see cref="Describe"/> names.</summary>
    private const int MaxFieldErrors = 5;

    /// <summary>The JSON error code (see <c>DiscordErrorCode</c>); 0 = general.</summary>
    public int Code { get; init; }

    /// <summary>A human-readable message, for logs.</summary>
    public string? Message { get; init; }

    /// <summary>429 only: seconds to wait (fractional).</summary>
    public double? RetryAfter { get; init; }

    /// <summary>429 only: whether the global limit was hit.</summary>
    public bool? Global { get; init; }

    /// <summary>Invalid Form Body only: the field errors, e.g. <c>{"0":{"name":{"_errors":[{"code":"…","message":"…"}]}}}</c>.</summary>
    public JsonElement? Errors { get; init; }

    /// <summary>
    /// The message followed by the first five field errors, each as its path and message:
    /// "Invalid Form Body: 0.name_localizations.ar: Invalid locale (LOCALE_INVALID)"; <c>null</c> when there is no message.
    /// </summary>
    public string? Describe()
    {
        var fields = new List<string>();
        if (Errors is { ValueKind: JsonValueKind.Object } errors)
        {
            CollectFieldErrors(errors, "", fields);
        }

        return fields.Count == 0 ? Message : $"{Message ?? "Invalid Form Body"}: {string.Join("; ", fields)}";
    }

    private static void CollectFieldErrors(JsonElement node, string path, List<string> fields)
    {
        foreach (var property in node.EnumerateObject())
        {
            if (fields.Count >= MaxFieldErrors)
            {
                return;
            }

            if (property.NameEquals("_errors") && property.Value.ValueKind == JsonValueKind.Array)
            {
                fields.AddRange(property.Value.EnumerateArray().Take(MaxFieldErrors - fields.Count).Select(e => $"{(path.Length == 0 ? "(body)" : path)}: {FieldError(e)}"));
            }
            else if (property.Value.ValueKind == JsonValueKind.Object)
            {
                CollectFieldErrors(property.Value, path.Length == 0 ? property.Name : $"{path}.{property.Name}", fields);
            }
        }
    }

    private static string FieldError(JsonElement error)
    {
        var message = error.ValueKind == JsonValueKind.Object && error.TryGetProperty("message", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString() : null;
        var code = error.ValueKind == JsonValueKind.Object && error.TryGetProperty("code", out var c) && c.ValueKind == JsonValueKind.String ? c.GetString() : null;
        return (message, code) switch
        {
            ({ } text, { } name) => $"{text} ({name})",
            ({ } text, null) => text,
            (null, { } name) => name,
            _ => "invalid",
        };
    }
}
