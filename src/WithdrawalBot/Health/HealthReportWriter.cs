using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using WithdrawalBot.Logging;

namespace WithdrawalBot.Health;

/// <summary>
/// Writes a <see cref="HealthReport"/> as JSON: <c>{"status":"Healthy","durationMs":1.2,"checks":[{"name":"telegram",
/// "status":"Healthy","description":"…","durationMs":0.3,"error":"…"}]}</c>, checks sorted by name, descriptions and
/// errors redacted. The status code is set by the health-check middleware (200 Healthy/Degraded, 503 Unhealthy).
/// </summary>
public static class HealthReportWriter
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes <paramref name="report"/> to the response as <c>application/json</c>.</summary>
    public static async Task WriteAsync(HttpContext context, HealthReport report)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(report);
        var redactor = context.RequestServices.GetRequiredService<TokenRedactor>();
        context.Response.ContentType = "application/json; charset=utf-8";
        await using var json = new Utf8JsonWriter(context.Response.Body, Options);
        json.WriteStartObject();
        json.WriteString("status", report.Status.ToString());
        json.WriteNumber("durationMs", Math.Round(report.TotalDuration.TotalMilliseconds, 2));
        json.WriteStartArray("checks");
        foreach (var (name, entry) in report.Entries.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            json.WriteStartObject();
            json.WriteString("name", name);
            json.WriteString("status", entry.Status.ToString());
            if (entry.Description is { } description)
            {
                json.WriteString("description", redactor.Redact(description));
            }

            json.WriteNumber("durationMs", Math.Round(entry.Duration.TotalMilliseconds, 2));
            if (entry.Exception is { } error)
            {
                json.WriteString("error", redactor.Redact($"{error.GetType().Name}: {error.Message}"));
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }
}
