using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;
using WithdrawalBot.Hosting;
using WithdrawalBot.Logging;

namespace WithdrawalBot.Tests.Logging;

/// <summary>What the console log looks like with appsettings.json's formatter options and a few operator mistakes.</summary>
[Collection(nameof(SwapsConsoleOutput))]
public sealed partial class ConsoleLogFormatTests
{
    [Theory]
    [InlineData("json")]
    [InlineData("json\r")] // a .env saved with CRLF line ends (break 26: start-up stopped)
    public async Task JsonFormat_AppSettingsTimestampFormat_TimestampWithoutTrailingSpace(string formatter)
    {
        var output = await CaptureConsoleAsync(new()
        {
            ["Logging:Console:FormatterName"] = formatter,
            ["Logging:Console:FormatterOptions:TimestampFormat"] = "yyyy-MM-ddTHH:mm:ss.fffZ ", // as in appsettings.json, for the simple format
            ["Logging:Console:FormatterOptions:UseUtcTimestamp"] = "true",
        });

        using var line = JsonDocument.Parse(output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Single());
        var timestamp = line.RootElement.GetProperty("Timestamp").GetString()!;
        Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$", timestamp);
    }

    [Fact]
    public async Task SimpleFormat_AppSettingsTimestampFormat_SpaceStillSeparatesTimestampAndLevel()
    {
        var output = await CaptureConsoleAsync(new()
        {
            ["Logging:Console:FormatterName"] = "simple",
            ["Logging:Console:FormatterOptions:TimestampFormat"] = "yyyy-MM-ddTHH:mm:ss.fffZ ",
            ["Logging:Console:FormatterOptions:ColorBehavior"] = "Disabled",
        });

        Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z warn: ", output);
    }

    [Fact]
    public void ConsoleMode_StandardErrorRedirected_NoColourCodes()
    {
        Assert.True(Console.IsErrorRedirected, "the test runner redirects standard error");
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });

        builder.AddBotLogging(BotMode.ConsoleChat);
        using var app = builder.Build();

        Assert.Equal(LoggerColorBehavior.Disabled, app.Services.GetRequiredService<IOptionsMonitor<SimpleConsoleFormatterOptions>>().CurrentValue.ColorBehavior);
    }

    [Fact]
    public void ConsoleMode_ColourAskedForExplicitly_Kept()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.AddInMemoryCollection([new("Logging:Console:FormatterOptions:ColorBehavior", "Enabled")]);

        builder.AddBotLogging(BotMode.ConsoleChat);
        using var app = builder.Build();

        Assert.Equal(LoggerColorBehavior.Enabled, app.Services.GetRequiredService<IOptionsMonitor<SimpleConsoleFormatterOptions>>().CurrentValue.ColorBehavior);
    }

    [Theory]
    [InlineData("Logging:LogLevel:Default", "Loud")]
    [InlineData("Logging:LogLevel:Polly", "Warn")]
    [InlineData("Logging:Console:LogLevel:Default", "verbose")]
    public void AddRedactedConsole_LevelTypo_StopsNamingTheKeyAndTheLevels(string key, string value)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection([new(key, value)]).Build();
        var services = new ServiceCollection();

        var error = Assert.Throws<StartupException>(() => services.AddLogging(logging => logging.AddRedactedConsole(configuration, toStandardError: false)));

        Assert.StartsWith($"{key} \"{value}\" is not a log level: use Trace, Debug, Information", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("for the stack trace", StartupFailure.Describe(error, new TokenRedactor([])), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("warning")]
    [InlineData("None")]
    [InlineData("Trace")]
    public void AddRedactedConsole_LevelNames_Accepted(string value)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection([new("Logging:LogLevel:Default", value)]).Build();

        new ServiceCollection().AddLogging(logging => logging.AddRedactedConsole(configuration, toStandardError: false));
    }

    [Theory]
    [InlineData("simple")]
    [InlineData("json")]
    [InlineData("systemd")]
    public async Task AnyFormat_DatabaseFailureLogged_OneLineWithWhatToDoAndNoStackTrace(string formatter)
    {
        var output = await CaptureConsoleAsync(
            new() { ["Logging:Console:FormatterName"] = formatter, ["Logging:Console:FormatterOptions:SingleLine"] = "true" },
            logger => HandlingFailed(logger, Thrown(new LiteDB.LiteException(0, "Page type must be data page: 36"))));

        var line = Assert.Single(output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("Handling a message failed", line, StringComparison.Ordinal);
        Assert.Contains("Page type must be data page", line, StringComparison.Ordinal);
        Assert.Contains("withdrawalbot.db", line, StringComparison.Ordinal);
        Assert.Contains("Storage__DataDirectory", line, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", line, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("disk full", "the disk holding Storage__DataDirectory is full", "not damaged")]
    [InlineData("lock timeout", "refused a call after an earlier failure", "opens the database again every 15 s")]
    [InlineData("input/output error", "the disk holding Storage__DataDirectory failed a read or write", "check the disk")] // break 29: logged with a stack trace
    public async Task SimpleFormat_DiskFullOrLockLeftByAFailure_SaysSoAndNeverToMoveTheDatabaseAway(string failure, string cause, string advice)
    {
        // Told "probably damaged: move withdrawalbot.db away", an operator would throw away an intact subscriber list.
        Exception exception = failure switch
        {
            "disk full" => new IOException("No space left on device : '/data/withdrawalbot.db'", 28),
            "input/output error" => new IOException("Input/output error : '/data/withdrawalbot-log.db'", 5),
            _ => new LiteDB.LiteException(0, "Database lock timeout when entering in exclusive mode after 00:00:05"),
        };
        var output = await CaptureConsoleAsync(
            new() { ["Logging:Console:FormatterName"] = "simple", ["Logging:Console:FormatterOptions:SingleLine"] = "true" },
            logger => HandlingFailed(logger, Thrown(exception)));

        var line = Assert.Single(output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(cause, line, StringComparison.Ordinal);
        Assert.Contains(advice, line, StringComparison.Ordinal);
        Assert.DoesNotContain("move withdrawalbot.db", line, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", line, StringComparison.Ordinal);
    }

    [LoggerMessage(EventId = 9102, Level = LogLevel.Error, Message = "Handling a message failed")]
    private static partial void HandlingFailed(ILogger logger, Exception exception);

    /// <summary>The exception as thrown, with a stack trace.</summary>
    private static Exception Thrown(Exception exception)
    {
        try
        {
            throw exception;
        }
        catch (Exception e)
        {
            return e;
        }
    }

    [LoggerMessage(EventId = 9101, Level = LogLevel.Warning, Message = "Something to see")]
    private static partial void Something(ILogger logger);

    private static async Task<string> CaptureConsoleAsync(Dictionary<string, string?> settings, Action<ILogger>? log = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.AddConfiguration(configuration.GetSection("Logging")).AddRedactedConsole(configuration, toStandardError: false));
        var original = Console.Out;
        var capture = new StringWriter(new StringBuilder(), System.Globalization.CultureInfo.InvariantCulture);
        Console.SetOut(TextWriter.Synchronized(capture));
        try
        {
            await using var provider = services.BuildServiceProvider();
            (log ?? Something)(provider.GetRequiredService<ILoggerFactory>().CreateLogger("WithdrawalBot.Tests"));
        }
        finally
        {
            Console.SetOut(original);
        }

        return capture.ToString();
    }
}
