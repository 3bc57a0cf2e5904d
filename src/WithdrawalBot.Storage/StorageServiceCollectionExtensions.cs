using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using WithdrawalBot.Core.Reminders;
using WithdrawalBot.Core.Storage;
using WithdrawalBot.Storage.Reminders;

namespace WithdrawalBot.Storage;

/// <summary>Registers the LiteDB database and the store implementations.</summary>
public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Adds one LiteDB database for the process (in <c>Storage:DataDirectory</c>, default <c>./data</c>, opened before
    /// any hosted service starts and disposed at shutdown), its stores (<see cref="IChatSettingsStore"/>,
    /// <see cref="IUnansweredLog"/>, <see cref="IUnansweredStatistics"/>, <see cref="IFeedbackStore"/> (so the router records
    /// "was this helpful?" ratings), <see cref="IFeedbackStatistics"/>, <see cref="IQuestionCountStore"/> (answered and refused
    /// questions per day, for <c>/stats</c>), <see cref="ISubscriptionStore"/>,
    /// <see cref="IDeliveryLedger"/>, <see cref="SimulatedClockRecord"/>, <see cref="IPendingUpdateStore"/> (updates left
    /// unanswered at a stop, handled at the next start)), the <c>database</c> health check, and <see cref="DatabaseRecovery"/>, which reopens the database after a failed write once it can. Opening throws
    /// <see cref="StorageUnavailableException"/> with a one-line message when the folder is unusable or held by another instance.
    /// </summary>
    public static IServiceCollection AddLiteDbStorage(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<StorageOptions>()
            .Bind(configuration.GetSection(StorageOptions.SectionName))
            .PostConfigure(options => options.DataDirectory = StorageOptions.ExpandHome(options.DataDirectory ?? "", Environment.GetFolderPath(Environment.SpecialFolder.UserProfile)))
            .ValidateDataAnnotations()
            .Validate(options => options.DataDirectory?.StartsWith('~') != true,
                "Storage:DataDirectory starts with '~' but names no home folder this user has (only '~/…' is this user's home); write the folder's full path instead, e.g. /home/bot/data (environment variable Storage__DataDirectory).")
            .ValidateOnStart();
        services.TryAddSingleton(sp =>
        {
            var database = BotDatabase.Open(sp.GetRequiredService<IOptions<StorageOptions>>().Value.DataDirectory);
            if (database.JournalSetAside is { } setAside)
            {
                // Logged here, not at host start: the console chat and ask open the database without starting the host.
                StorageLog.JournalSetAside(sp.GetRequiredService<ILogger<BotDatabase>>(), database.Location, setAside.Reason, setAside.Path);
            }

            return database;
        });
        services.AddHostedService<StorageStartup>();
        services.AddHostedService<DatabaseRecovery>();

        services.TryAddSingleton<LiteDbChatSettingsStore>();
        services.TryAddSingleton<IChatSettingsStore>(sp => sp.GetRequiredService<LiteDbChatSettingsStore>());
        services.TryAddSingleton<LiteDbUnansweredLog>();
        services.TryAddSingleton<IUnansweredLog>(sp => sp.GetRequiredService<LiteDbUnansweredLog>());
        services.TryAddSingleton<IUnansweredStatistics>(sp => sp.GetRequiredService<LiteDbUnansweredLog>());
        services.TryAddSingleton<LiteDbFeedbackStore>();
        services.TryAddSingleton<IFeedbackStore>(sp => sp.GetRequiredService<LiteDbFeedbackStore>());
        services.TryAddSingleton<IFeedbackStatistics>(sp => sp.GetRequiredService<LiteDbFeedbackStore>());
        services.TryAddSingleton<IQuestionCountStore, LiteDbQuestionCountStore>();
        services.TryAddSingleton<ISubscriptionStore, LiteDbSubscriptionStore>();
        services.TryAddSingleton<IDeliveryLedger, LiteDbDeliveryLedger>();
        services.TryAddSingleton<SimulatedClockRecord>();
        services.TryAddSingleton<IPendingUpdateStore, LiteDbPendingUpdateStore>();
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        return services;
    }
}
