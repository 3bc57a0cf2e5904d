using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.Configuration.Memory;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging.Console;
using WithdrawalBot.Hosting;

namespace WithdrawalBot.Logging;

/// <summary>
/// Logging for every mode: the console logger only, one line per event (<c>Logging:Console:FormatterName</c>
/// = simple with SingleLine, json or systemd), levels from <c>Logging:LogLevel</c>, secrets redacted.
/// </summary>
public static class BotLoggingExtensions
{
    /// <summary>The console formatter names the console logger knows.</summary>
    public static readonly IReadOnlyList<string> FormatterNames = [ConsoleFormatterNames.Simple, ConsoleFormatterNames.Json, ConsoleFormatterNames.Systemd];

    /// <summary>
    /// Replaces the default providers with the redacting console logger. In console and <c>ask</c> modes logs go to
    /// standard error (standard output carries replies and JSON) and the default level becomes Warning unless the
    /// environment or command line sets <c>Logging__LogLevel__Default</c>.
    /// </summary>
    /// <exception cref="StartupException"><c>Logging:Console:FormatterName</c> names no known formatter.</exception>
    public static WebApplicationBuilder AddBotLogging(this WebApplicationBuilder builder, BotMode mode)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (mode != BotMode.Serve)
        {
            QuietenDefaultLevel(builder.Configuration);
        }

        builder.Logging.ClearProviders();
        builder.Logging.AddRedactedConsole(builder.Configuration, toStandardError: mode != BotMode.Serve);
        return builder;
    }

    /// <summary>
    /// Adds the console logger with every formatter wrapped in a <see cref="RedactingConsoleFormatter"/>, and registers the
    /// <see cref="TokenRedactor"/>. Colours are off when the stream the log goes to is redirected (a file, a pipe),
    /// unless <c>Logging:Console:FormatterOptions:ColorBehavior</c> says otherwise; the JSON formatter's timestamp
    /// loses the trailing space that <c>TimestampFormat</c> carries for the simple formatter.
    /// </summary>
    /// <param name="logging">The logging builder.</param>
    /// <param name="configuration">Where the tokens and <c>Logging:Console</c> come from.</param>
    /// <param name="toStandardError">Whether every level goes to standard error.</param>
    /// <exception cref="StartupException"><c>Logging:Console:FormatterName</c> names no known formatter, or a <c>LogLevel</c> value is not a level.</exception>
    public static ILoggingBuilder AddRedactedConsole(this ILoggingBuilder logging, IConfiguration configuration, bool toStandardError)
    {
        ArgumentNullException.ThrowIfNull(logging);
        ArgumentNullException.ThrowIfNull(configuration);
        var formatter = configuration["Logging:Console:FormatterName"]?.Trim();
        if (!string.IsNullOrEmpty(formatter) && !FormatterNames.Contains(formatter, StringComparer.OrdinalIgnoreCase))
        {
            throw new StartupException($"Logging:Console:FormatterName \"{formatter}\" is not a console log format: use simple, json or systemd.");
        }

        CheckLevels(configuration);
        logging.AddConsole(options =>
        {
            // "json\r" from a .env saved with CRLF line ends names the json formatter, as " 8080" names a port.
            if (!string.IsNullOrEmpty(formatter))
            {
                options.FormatterName = formatter;
            }

            if (toStandardError)
            {
                options.LogToStandardErrorThreshold = LogLevel.Trace;
            }
        });
        var redirected = toStandardError ? Console.IsErrorRedirected : Console.IsOutputRedirected;
        logging.Services.PostConfigure<SimpleConsoleFormatterOptions>(options =>
        {
            if (options.ColorBehavior == LoggerColorBehavior.Default && redirected)
            {
                options.ColorBehavior = LoggerColorBehavior.Disabled;
            }
        });
        logging.Services.PostConfigure<JsonConsoleFormatterOptions>(options => options.TimestampFormat = options.TimestampFormat?.TrimEnd());

        var redactor = TokenRedactor.FromConfiguration(configuration);
        logging.Services.TryAddSingleton(redactor);
        var services = logging.Services;
        for (var i = 0; i < services.Count; i++)
        {
            if (services[i] is { ServiceType: var type, ImplementationType: { } implementation } && type == typeof(ConsoleFormatter))
            {
                services[i] = ServiceDescriptor.Singleton<ConsoleFormatter>(provider =>
                    new RedactingConsoleFormatter((ConsoleFormatter)ActivatorUtilities.CreateInstance(provider, implementation), redactor));
            }
        }

        return logging;
    }

    /// <summary>
    /// Every <c>Logging:LogLevel:*</c> and <c>Logging:{Provider}:LogLevel:*</c> value must be a level name (as the
    /// logging library reads it: case-insensitive), else start-up stops naming the key, not with the library's
    /// "Configuration value 'Loud' is not supported".
    /// </summary>
    private static void CheckLevels(IConfiguration configuration)
    {
        foreach (var (key, value) in configuration.GetSection("Logging").AsEnumerable())
        {
            var parts = key.Split(':');
            var isLevel = parts.Length >= 3 && (string.Equals(parts[1], "LogLevel", StringComparison.OrdinalIgnoreCase)
                || (parts.Length >= 4 && string.Equals(parts[2], "LogLevel", StringComparison.OrdinalIgnoreCase)));
            if (isLevel && value is not null && !Enum.TryParse<LogLevel>(value, ignoreCase: true, out _))
            {
                throw new StartupException(
                    $"{key} \"{value}\" is not a log level: use Trace, Debug, Information, Warning, Error, Critical or None (environment variable {key.Replace(":", "__", StringComparison.Ordinal)}).");
            }
        }
    }

    private static void QuietenDefaultLevel(ConfigurationManager configuration)
    {
        var sources = configuration.Sources;
        var afterAppSettings = 0;
        for (var i = 0; i < sources.Count; i++)
        {
            if (sources[i] is JsonConfigurationSource { Path: { } path } && path.StartsWith("appsettings", StringComparison.OrdinalIgnoreCase))
            {
                afterAppSettings = i + 1;
            }
        }

        sources.Insert(afterAppSettings, new MemoryConfigurationSource
        {
            InitialData = [new("Logging:LogLevel:Default", nameof(LogLevel.Warning))],
        });
    }
}
