using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using WithdrawalBot.Core.Diagnostics;
using WithdrawalBot.Core.Knowledge;
using WithdrawalBot.Core.Platforms;
using WithdrawalBot.Core.Routing;

namespace WithdrawalBot.Core.Reminders;

/// <summary>Registers milestone reminders: subscription commands and the scheduler.</summary>
public static class RemindersServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="ReminderOptions"/> (section <c>Reminders</c>, validated at start), the milestones (loaded from
    /// <c>Knowledge:Directory</c> unless already registered), the <see cref="SubscriptionCommandHandler"/>, the
    /// <see cref="SubscriptionLifecycle"/> as an <see cref="IChatLifecycle"/>, the <see cref="ReminderScheduler"/> hosted
    /// service and the <c>reminders</c> health check. Needs <see cref="ISubscriptionStore"/>, <see cref="IDeliveryLedger"/> and
    /// <see cref="Storage.IChatSettingsStore"/> (AddLiteDbStorage) and the platforms' <see cref="IChatPlatform"/>s.
    /// </summary>
    public static IServiceCollection AddReminders(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<ReminderOptions>().Bind(configuration.GetSection(ReminderOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ReminderOptions>, ReminderOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.AddMetrics();
        services.TryAddSingleton<BotMetrics>();

        // The milestones come from the knowledge base the core loads and validates once (AddWithdrawalBotCore).
        services.TryAddSingleton<IReadOnlyList<Milestone>>(sp => sp.GetRequiredService<KnowledgeBase>().Milestones);

        services.TryAddSingleton<ReminderTrigger>();
        services.TryAddSingleton<ReminderActivity>();
        services.TryAddSingleton<SubscriptionLifecycle>();
        services.AddSingleton<IChatLifecycle>(sp => sp.GetRequiredService<SubscriptionLifecycle>());
        services.AddSingleton<ICommandHandler, SubscriptionCommandHandler>();
        services.AddHostedService<ReminderScheduler>();
        services.AddHealthChecks().AddCheck<ReminderHealthCheck>("reminders");
        return services;
    }
}
