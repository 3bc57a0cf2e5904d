using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using WithdrawalBot.Core.Routing;

namespace WithdrawalBot.Core.Admin;

/// <summary>Registers the operator commands.</summary>
public static class AdminServiceCollectionExtensions
{
    /// <summary>
    /// Adds <c>/stats</c> and <c>/unanswered</c> (<see cref="AdminCommandHandler"/>, hidden from command menus) for the
    /// operators in <c>Admin:UserIds</c> (an array, or one comma-separated value). An entry that is not
    /// <c>platform:id</c> or a bare id stops the host at start with a message naming it. Reads the storage area's
    /// <c>IUnansweredLog</c>, and, when registered, <c>IUnansweredStatistics</c>, <c>IFeedbackStatistics</c> and <c>ISubscriptionStore</c>.
    /// </summary>
    public static IServiceCollection AddAdminCommands(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(AdminOptions.SectionName);
        services.AddOptions<AdminOptions>()
            .Configure(options =>
            {
                var single = section[nameof(AdminOptions.UserIds)];
                var entries = single is not null
                    ? single.Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                    : section.GetSection(nameof(AdminOptions.UserIds)).GetChildren().Select(c => c.Value ?? "");
                foreach (var entry in entries)
                {
                    options.UserIds.Add(entry);
                }
            })
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<AdminOptions>, AdminOptionsValidator>());
        services.TryAddSingleton<OperatorList>();
        services.AddSingleton<ICommandHandler, AdminCommandHandler>();
        return services;
    }
}
