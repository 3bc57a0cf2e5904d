using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace WithdrawalBot.Core;

/// <summary>Registers the core: knowledge base, matcher, reply composer, router.</summary>
public static class CoreServiceCollectionExtensions
{
    /// <summary>Adds the knowledge base (loaded and validated at start-up), the intent matcher and the router.</summary>
    public static IServiceCollection AddWithdrawalBotCore(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddMetrics();
        services.TryAddSingleton<Diagnostics.BotMetrics>();
        return services;
    }
}
