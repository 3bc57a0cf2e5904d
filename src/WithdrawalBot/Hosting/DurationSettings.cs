using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace WithdrawalBot.Hosting;

/// <summary>
/// Refuses a duration setting given as a bare number (<c>Telegram__ConnectTimeout=30</c>): .NET reads it as that many
/// days, so "30" meant as seconds became 30 days, silently or with a range message that seemed to contradict it; and a
/// negative one (<c>Host__ShutdownTimeout=-00:00:01</c> failed only at SIGTERM, skipping the database checkpoint); and a
/// <c>Host:ShutdownTimeout</c> under <see cref="MinShutdownTimeout"/> (zero closed the database under running answers).
/// Checked are the <see cref="TimeSpan"/> properties of every options section the bot binds, and
/// <c>Host:ShutdownTimeout</c>.
/// </summary>
public static class DurationSettings
{
    /// <summary>The shortest <c>Host:ShutdownTimeout</c> accepted: the answers in flight get 3 s, then the database closes.</summary>
    public static readonly TimeSpan MinShutdownTimeout = TimeSpan.FromSeconds(5);

    /// <summary>Checks every duration setting that is set.</summary>
    /// <exception cref="StartupException">A duration setting is a bare number, not a duration at all ("30s") or negative, or the shutdown timeout too short; the message names the setting and how to write it.</exception>
    public static void Check(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        foreach (var (section, options) in SettingsSections.All)
        {
            foreach (var property in options.GetProperties().Where(p => p.PropertyType == typeof(TimeSpan) && p.CanWrite))
            {
                if (configuration[$"{section}:{property.Name}"]?.Trim() is not { } value)
                {
                    continue;
                }

                var setting = $"{section}__{property.Name} (\"{value}\")";
                if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
                {
                    throw new StartupException(
                        $"{setting} is a bare number, which .NET reads as {number.ToString(CultureInfo.InvariantCulture)} days; write the duration as hh:mm:ss (00:00:30 is 30 seconds) or d.hh:mm:ss.");
                }

                if (!TimeSpan.TryParse(value, CultureInfo.InvariantCulture, out var duration))
                {
                    // "30s", "1m", "2h": not shorter than anything, only not a form .NET reads.
                    throw new StartupException($"{setting} is not a duration .NET reads; write it as hh:mm:ss (00:00:30 is 30 seconds, 00:01:00 a minute) or d.hh:mm:ss.");
                }

                if (duration < TimeSpan.Zero)
                {
                    throw new StartupException($"{setting} is negative; a duration is 00:00:00 or more.");
                }

                if (section == "Host" && property.Name == nameof(Microsoft.Extensions.Hosting.HostOptions.ShutdownTimeout) && duration < MinShutdownTimeout)
                {
                    throw new StartupException(
                        $"{setting} is shorter than {MinShutdownTimeout:hh\\:mm\\:ss}: stopping needs a few seconds to finish the answers in flight and close the database (the default is 00:00:08; Docker kills after 10 s).");
                }
            }
        }
    }
}
