using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
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

        services.AddOptions<DiscordOptions>().Bind(section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DiscordOptions>, DiscordOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(GatewayTimings.Default);
        services.AddMetrics();
        services.TryAddSingleton<BotMetrics>();

        services.AddSingleton<RateLimitState>();
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
        http.AddResilienceHandler("discord-transient", ConfigureRetries);
        http.AddHttpMessageHandler<DiscordRateLimitHandler>();
        services.AddSingleton(provider => new DiscordRestClient(
            provider.GetRequiredService<IHttpClientFactory>().CreateClient(HttpClientName),
            provider.GetRequiredService<IOptions<DiscordOptions>>().Value.BotToken,
            provider.GetRequiredService<ILogger<DiscordRestClient>>()));

        services.AddSingleton<DiscordGateway>();
        services.AddSingleton<ChannelDirectory>();
        services.AddSingleton<DiscordChatPlatform>();
        services.AddSingleton<IChatPlatform>(provider => provider.GetRequiredService<DiscordChatPlatform>());
        services.AddSingleton<DiscordMessageHandler>();
        services.AddSingleton<InteractionResponder>();
        services.AddSingleton<SlashCommandRegistrar>();
        services.AddHostedService<DiscordBotService>();
        services.AddHealthChecks().AddCheck<DiscordHealthCheck>("discord");
        return services;
    }

    /// <summary>
    /// Transient failures (500, 502, 503, 504, Cloudflare's 524, network errors, a 30 s attempt timeout) are
    /// retried 3 times with jittered exponential back-off from 1 s. 429s are the rate-limit handler's, 4xx are
    /// final. Message sends carry a nonce, so a retried POST does not post twice.
    /// </summary>
    private static void ConfigureRetries(ResiliencePipelineBuilder<HttpResponseMessage> builder) => builder
        .AddRetry(new HttpRetryStrategyOptions
        {
            MaxRetryAttempts = 3,
            Delay = TimeSpan.FromSeconds(1),
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            ShouldHandle = arguments => ValueTask.FromResult(arguments.Outcome switch
            {
                { Exception: HttpRequestException or TimeoutRejectedException } => true,
                { Result.StatusCode: var status } => (int)status is 500 or 502 or 503 or 504 or 524,
                _ => false,
            }),
        })
        .AddTimeout(TimeSpan.FromSeconds(30));
}
