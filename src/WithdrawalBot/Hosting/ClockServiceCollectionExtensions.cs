using Microsoft.Extensions.DependencyInjection.Extensions;

namespace WithdrawalBot.Hosting;

/// <summary>Registers the process's <see cref="TimeProvider"/>; call it before the other <c>AddXxx</c> so theirs (TryAdd) yield to it.</summary>
public static class ClockServiceCollectionExtensions
{
    /// <summary>
    /// Registers the clock: with <paramref name="now"/> (<c>--now</c>), an <see cref="AdvancingClock"/> starting there when
    /// <paramref name="advancing"/> (serve mode, so reminders keep being sent) or a <see cref="FixedClock"/> (console chat and
    /// <c>ask</c>, so replies are reproducible); otherwise <see cref="TimeProvider.System"/>.
    /// </summary>
    public static IServiceCollection AddBotClock(this IServiceCollection services, DateTimeOffset? now, bool advancing = false)
    {
        if (now is { } instant)
        {
            services.AddSingleton<TimeProvider>(advancing ? new AdvancingClock(instant, TimeProvider.System) : new FixedClock(instant));
        }
        else
        {
            services.TryAddSingleton(TimeProvider.System);
        }

        return services;
    }
}
