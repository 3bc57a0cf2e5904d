using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using WithdrawalBot.Core.Diagnostics;
using WithdrawalBot.Core.Platforms;
using WithdrawalBot.Telegram.Configuration;
using WithdrawalBot.Telegram.Diagnostics;
using WithdrawalBot.Telegram.Hosting;
using WithdrawalBot.Telegram.Inline;
using WithdrawalBot.Telegram.Sending;
using WithdrawalBot.Telegram.Updates;

namespace WithdrawalBot.Telegram;

/// <summary>Registers the Telegram adapter when <c>Telegram:BotToken</c> is configured.</summary>
public static class TelegramServiceCollectionExtensions
{
    /// <summary>The name of the HttpClient the bot client uses; its logging handlers are removed because every request URL holds the token.</summary>
    public const string HttpClientName = "telegram";

    /// <summary>
    /// Adds the Telegram adapter when <c>Telegram:BotToken</c> is non-empty (nothing otherwise): options bound from the
    /// <c>Telegram</c> section and validated at start, the Telegram.Bot client over an HttpClient without logging, the
    /// long-polling service (or the webhook service when <c>Telegram:WebhookUrl</c> is set; map the endpoint with
    /// <c>MapTelegramWebhook</c>), <see cref="TelegramChatPlatform"/> as an <see cref="IChatPlatform"/>, and the
    /// "telegram" health check. Needs an <c>IMessageRouter</c> (and optionally <see cref="IChatLifecycle"/>s) in DI.
    /// </summary>
    public static IServiceCollection AddTelegram(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(TelegramOptions.SectionName);
        if (string.IsNullOrWhiteSpace(section[nameof(TelegramOptions.BotToken)]))
        {
            return services;
        }

        services.AddOptions<TelegramOptions>().Bind(section)
            .PostConfigure(options =>
            {
                // A copy-pasted .env line or a Docker secret file may carry spaces or a trailing newline.
                options.BotToken = options.BotToken.Trim();
                options.WebhookSecret = options.WebhookSecret?.Trim();
            })
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<TelegramOptions>, TelegramOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddMetrics();
        services.TryAddSingleton<BotMetrics>();

        services.AddHttpClient(HttpClientName)
            .RemoveAllLoggers()
            .ConfigurePrimaryHttpMessageHandler(provider => new SocketsHttpHandler
            {
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
                ConnectCallback = TelegramConnector.Within(provider.GetRequiredService<IOptions<TelegramOptions>>().Value.ConnectTimeout),
            })
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan);
        services.AddSingleton<ITelegramBotClient>(provider =>
        {
            var options = provider.GetRequiredService<IOptions<TelegramOptions>>().Value;
            var http = provider.GetRequiredService<IHttpClientFactory>().CreateClient(HttpClientName);
            var clientOptions = new TelegramBotClientOptions(options.BotToken, string.IsNullOrWhiteSpace(options.ApiBaseUrl) ? null : options.ApiBaseUrl)
            {
                // 429s are ours to handle (RateLimited to the caller, back-off in the poller), not slept on inside the client.
                RetryCount = 0,
            };
            return new TelegramBotClient(clientOptions, http);
        });

        services.AddSingleton<TelegramBotIdentity>();
        services.AddSingleton<TelegramHealth>();
        services.AddSingleton<TelegramRateLimiter>();
        services.AddSingleton<TelegramChatPlatform>();
        services.AddSingleton<IChatPlatform>(provider => provider.GetRequiredService<TelegramChatPlatform>());
        services.TryAddSingleton<ServingPlatforms>();
        services.AddSingleton<UpdateTranslator>();
        services.AddSingleton<InlineQueryAnswerer>();
        services.AddSingleton<CallbackAcknowledger>();
        services.AddSingleton<TelegramUpdateHandler>();
        services.AddSingleton<UpdateDispatcher>();
        services.AddSingleton<PendingUpdateKeeper>();
        services.AddSingleton<TelegramStartup>();
        if (string.IsNullOrWhiteSpace(section[nameof(TelegramOptions.WebhookUrl)]))
        {
            services.AddHostedService<TelegramPollingService>();
        }
        else
        {
            services.AddHostedService<TelegramWebhookService>();
            services.AddSingleton(new RecentIds(capacity: 1024));
        }

        services.AddHealthChecks().AddCheck<TelegramHealthCheck>(TelegramHealthCheck.Name, tags: ["platform"]);
        return services;
    }
}
