using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Telemetry;
using Polly.Timeout;
using WithdrawalBot.Core.Diagnostics;
using WithdrawalBot.Core.Platforms;
using WithdrawalBot.Discord.Adapter;
using WithdrawalBot.Discord.Gateway;
using WithdrawalBot.Discord.Rest;

namespace WithdrawalBot.Discord;

/// <summary>Registers the Discord adapter when <c>Discord:BotToken</c> is configured.</summary>
public static class DiscordServiceCollectionExtensions
{
    /// <summary>The named <see cref="HttpClient"/> of the REST client.</summary>
    public const string HttpClientName = "discord";

    /// <summary>
    /// Adds the Discord REST client (rate limits, retries of transient 5xx), the sharded gateway, the hosted
    /// service that answers messages and interactions, <see cref="IChatPlatform"/> for Discord and the
    /// "discord" health check — only when <c>Discord:BotToken</c> is non-empty; otherwise nothing.
    /// Options are validated at start-up (<see cref="DiscordOptionsValidator"/>).
    /// </summary>
    public static IServiceCollection AddDiscord(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(DiscordOptions.SectionName);
        if (string.IsNullOrWhiteSpace(section[nameof(DiscordOptions.BotToken)]))
        {
            return services;
        }

        services.AddOptions<DiscordOptions>().Bind(section)
            .PostConfigure(options => options.BotToken = options.BotToken.Trim()) // a copy-pasted .env line may carry spaces
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DiscordOptions>, DiscordOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(GatewayTimings.Default);
        services.AddMetrics();
        services.TryAddSingleton<BotMetrics>();

        services.AddSingleton<RateLimitState>();
        services.AddSingleton<TokenRejection>();
        services.AddTransient<DiscordRateLimitHandler>();
        // Handlers run outermost first: retries of transient failures around the rate-limit handler, so every
        // retry waits for its bucket again. Interaction tokens are part of URLs: no default HttpClient logging.
        var http = services.AddHttpClient(HttpClientName, (provider, http) =>
            {
                http.BaseAddress = DiscordRestClient.NormalizeBaseAddress(provider.GetRequiredService<IOptions<DiscordOptions>>().Value.ApiBaseUrl);
                http.DefaultRequestHeaders.UserAgent.ParseAdd(DiscordRestClient.UserAgent);
                http.Timeout = Timeout.InfiniteTimeSpan;
            })
            .RemoveAllLoggers();
        http.AddResilienceHandler("discord-transient", (builder, context) =>
            ConfigureRetries(builder, context.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger<DiscordRestClient>()));
        // Polly's own per-attempt lines ("Execution attempt …", "Resilience event occurred … OnRetry/OnTimeout") carry the whole
        // stack trace at Warning/Error: they go to Debug, and the retry strategy logs one short line per retry instead.
        services.Configure<TelemetryOptions>(telemetry => telemetry.SeverityProvider = QuietRetries);
        http.AddHttpMessageHandler<DiscordRateLimitHandler>();
        services.AddSingleton(provider => new DiscordRestClient(
            provider.GetRequiredService<IHttpClientFactory>().CreateClient(HttpClientName),
            provider.GetRequiredService<IOptions<DiscordOptions>>().Value.BotToken,
            provider.GetRequiredService<ILogger<DiscordRestClient>>()));

        services.AddSingleton<DiscordGateway>();
        services.AddSingleton<ChannelDirectory>();
        services.AddSingleton<BotRoles>();
        services.AddSingleton<DiscordChatPlatform>();
        services.AddSingleton<IChatPlatform>(provider => provider.GetRequiredService<DiscordChatPlatform>());
        services.TryAddSingleton<ServingPlatforms>();
        services.AddSingleton<DiscordMessageHandler>();
        services.AddSingleton<InteractionResponder>();
        services.AddSingleton<SlashCommandRegistrar>();
        services.AddHostedService<DiscordBotService>();
        services.AddHealthChecks().AddCheck<DiscordHealthCheck>("discord");
        return services;
    }

    /// <summary>How many times a transient failure is retried.</summary>
    private const int MaxRetries = 3;

    /// <summary>
    /// Transient failures (500, 502, 503, 504, Cloudflare's 524, network errors, a 30 s attempt timeout) are
    /// retried 3 times with jittered exponential back-off from 1 s, each retry logged as one warning line naming the
    /// cause ("Connection refused (127.0.0.1:9)", "HTTP 502 BadGateway"). 429s are the rate-limit handler's, 4xx are
    /// final. Message sends carry a nonce, so a retried POST does not post twice. Interaction callbacks and follow-ups
    /// take no nonce: they are retried only when the connection never opened (break 32 #5: a 502 or a timeout from a
    /// Discord that had posted a follow-up posted it two to four times).
    /// </summary>
    private static void ConfigureRetries(ResiliencePipelineBuilder<HttpResponseMessage> builder, ILogger logger) => builder
        .AddRetry(new HttpRetryStrategyOptions
        {
            MaxRetryAttempts = MaxRetries,
            OnRetry = arguments =>
            {
                var route = arguments.Context.GetRequestMessage() is { } request ? RestRoute.From(request).Template : "request";
                RestLog.Retrying(logger, route, Cause(arguments.Outcome), arguments.AttemptNumber + 1, MaxRetries, arguments.RetryDelay.TotalSeconds);
                return default;
            },
            Delay = TimeSpan.FromSeconds(1),
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            ShouldHandle = arguments => ValueTask.FromResult(IsTransient(arguments.Outcome)
                && (arguments.Context.GetRequestMessage() is not { } request || !RestRoute.From(request).IsUnrepeatablePost || NeverSent(arguments.Outcome))),
        })
        .AddTimeout(TimeSpan.FromSeconds(30));

    private static bool IsTransient(Outcome<HttpResponseMessage> outcome) => outcome switch
    {
        { Exception: HttpRequestException or TimeoutRejectedException } => true,
        { Result.StatusCode: var status } => (int)status is 500 or 502 or 503 or 504 or 524,
        _ => false,
    };

    /// <summary>Whether the request failed before any of it could reach Discord: no connection, no name, no TLS.</summary>
    private static bool NeverSent(Outcome<HttpResponseMessage> outcome) =>
        outcome.Exception is HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError or HttpRequestError.SecureConnectionError };

    private static string Cause(Outcome<HttpResponseMessage> outcome) => outcome switch
    {
        { Exception: TimeoutRejectedException timeout } => $"no answer within {timeout.Timeout.TotalSeconds:0} s",
        { Exception: { } exception } => NetworkCause.Describe(exception),
        { Result: { } response } => $"HTTP {(int)response.StatusCode} {response.StatusCode}",
        _ => "unknown failure",
    };

    /// <summary>
    /// Polly's per-attempt, retry and attempt-timeout events at Debug (our retry line says each once, "no answer within
    /// 30 s" for a timeout, without a trace); every other event as Polly rates it.
    /// </summary>
    private static ResilienceEventSeverity QuietRetries(SeverityProviderArguments arguments) =>
        arguments.Event.EventName is "OnRetry" or "ExecutionAttempt" or "OnTimeout" ? ResilienceEventSeverity.Debug : arguments.Event.Severity;
}
