using System.Net;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using WithdrawalBot.Logging;

namespace WithdrawalBot.Health;

/// <summary>The HTTP side of serve mode: Kestrel on <c>Health:Address</c>:<c>Health:Port</c> and <c>/healthz</c>.</summary>
public static class HealthExtensions
{
    /// <summary>The health endpoint's path.</summary>
    public const string Path = "/healthz";

    /// <summary>
    /// Validates <see cref="HealthOptions"/> at start-up, registers ASP.NET Core health checks (the platform,
    /// database and reminder features add theirs: telegram, discord, database, reminders) and binds Kestrel to
    /// the one configured endpoint.
    /// </summary>
    public static WebApplicationBuilder AddBotHealth(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<HealthOptions>().BindConfiguration(HealthOptions.Section).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<HealthOptions>, HealthOptionsValidator>();
        builder.Services.AddHealthChecks();
        builder.Services.TryAddSingleton(TokenRedactor.FromConfiguration(builder.Configuration));
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            var health = kestrel.ApplicationServices.GetRequiredService<IOptions<HealthOptions>>().Value;
            kestrel.Listen(IPAddress.Parse(health.Address), health.Port);
        });
        return builder;
    }

    /// <summary>Maps <c>GET /healthz</c>: every registered check, JSON body (see <see cref="HealthReportWriter"/>), 200 or 503.</summary>
    public static IEndpointConventionBuilder MapBotHealth(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapHealthChecks(Path, new HealthCheckOptions { ResponseWriter = HealthReportWriter.WriteAsync });
}
