using Microsoft.Extensions.DependencyInjection.Extensions;

namespace WithdrawalBot.Hosting;

/// <summary>Registers the process's <see cref="TimeProvider"/>; call it before the other <c>AddXxx</c> so theirs (TryAdd) yield to it.</summary>
public static class ClockServiceCollectionExtensions
{
    /// <summary>Registers a <see cref="FixedClock"/> at <paramref name="now"/> when given, otherwise <see cref="TimeProvider.System"/>.</summary>
    public static IServiceCollection AddBotClock(this IServiceCollection services, DateTimeOffset? now)
    {
        if (now is { } instant)
        {
            services.AddSingleton<TimeProvider>(new FixedClock(instant));
        }
        else
        {
            services.TryAddSingleton(TimeProvider.System);
        }

        return services;
    }
}
