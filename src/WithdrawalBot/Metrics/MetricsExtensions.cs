using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using WithdrawalBot.Core.Diagnostics;

namespace WithdrawalBot.Metrics;

/// <summary>
/// <c>/metrics</c> in Prometheus text format through OpenTelemetry: the bot's meter (<see cref="BotMetrics"/>:
/// messages by platform/intent/answered, reply latency histogram, reminders by outcome, platform errors by code)
/// plus the runtime's and ASP.NET Core's/HttpClient's built-in meters.
/// </summary>
public static class MetricsExtensions
{
    /// <summary>The scrape endpoint's path.</summary>
    public const string Path = "/metrics";

    /// <summary>The meters exported besides <see cref="BotMetrics.MeterName"/>.</summary>
    public static readonly IReadOnlyList<string> PlatformMeters =
    [
        "System.Runtime",
        "System.Net.Http",
        "Microsoft.AspNetCore.Hosting",
        "Microsoft.AspNetCore.Server.Kestrel",
    ];

    /// <summary>Reply latency buckets in seconds: the core answers in microseconds, platforms in tens to hundreds of milliseconds.</summary>
    private static readonly double[] ReplyDurationBuckets = [0.0001, 0.0005, 0.001, 0.005, 0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5];

    /// <summary>Registers the OpenTelemetry meter provider with the Prometheus exporter.</summary>
    public static IServiceCollection AddBotMetrics(this IServiceCollection services)
    {
        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("withdrawalbot"))
            .WithMetrics(metrics => metrics
                .AddMeter([BotMetrics.MeterName, .. PlatformMeters])
                .AddView("withdrawalbot.reply.duration", new ExplicitBucketHistogramConfiguration { Boundaries = ReplyDurationBuckets })
                .AddPrometheusExporter());
        return services;
    }

    /// <summary>Maps <c>GET /metrics</c>.</summary>
    public static IEndpointConventionBuilder MapBotMetrics(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapPrometheusScrapingEndpoint(Path);
}
