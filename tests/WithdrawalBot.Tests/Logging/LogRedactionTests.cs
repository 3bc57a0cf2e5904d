using System.Text;
using WithdrawalBot.Logging;
using WithdrawalBot.Tests.Support;

namespace WithdrawalBot.Tests.Logging;

/// <summary>Console.Out is process-wide: these tests swap it, so they run alone.</summary>
[CollectionDefinition(nameof(SwapsConsoleOutput), DisableParallelization = true)]
public sealed class SwapsConsoleOutput;

[Collection(nameof(SwapsConsoleOutput))]
public sealed partial class LogRedactionTests
{
    private const string DiscordToken = "MTA5ODc2NTQzMjEwOTg3NjU0Mw.GhIjKl.abcdefghijklmnopqrstuvwxyz0123456789AB";
    private const string WebhookSecret = "webhook_Secret_42x";

    private static readonly Func<ILogger, string, IDisposable?> PollingScope = LoggerMessage.DefineScope<string>("Polling {Url}");

    [Theory]
    [InlineData("simple")]
    [InlineData("json")]
    [InlineData("systemd")]
    public async Task ConsoleLogs_TokenThroughEveryLogPath_NeverPrinted(string formatter)
    {
        await using var telegram = await FakeBotApi.StartAsync();
        var output = await CaptureConsoleAsync(formatter, async (services, logger) =>
        {
            // 1. HttpClient logging prints request URLs; Telegram puts the token in the path.
            var client = services.GetRequiredService<IHttpClientFactory>().CreateClient("telegram");
            using (await client.GetAsync(new Uri(telegram.BaseUrl, $"/bot{FakeBotApi.Token}/getMe")))
            {
            }

            // 2. An exception whose message (and inner exception) carries the URL and the other token.
            var error = new HttpRequestException(
                $"Request to https://api.telegram.org/bot{FakeBotApi.Token}/getUpdates failed",
                new InvalidOperationException($"Authorization: Bot {DiscordToken}"));
            PollingFailed(logger, error);

            // 3. Scopes, as text and as structured state, around a message with a structured token value.
            using (PollingScope(logger, $"https://api.telegram.org/bot{FakeBotApi.Token}/getUpdates"))
            using (logger.BeginScope(new Dictionary<string, object> { ["DiscordToken"] = DiscordToken, ["Secret"] = WebhookSecret }))
            {
                Configured(logger, DiscordToken, WebhookSecret);
            }
        });

        Assert.DoesNotContain(FakeBotApi.Token, output, StringComparison.Ordinal);
        Assert.DoesNotContain("AAHfakeToken", output, StringComparison.Ordinal);
        Assert.DoesNotContain(DiscordToken, output, StringComparison.Ordinal);
        Assert.DoesNotContain(WebhookSecret, output, StringComparison.Ordinal);
        Assert.Contains("getMe", output, StringComparison.Ordinal);            // the HttpClient line was logged...
        Assert.Contains("Polling failed", output, StringComparison.Ordinal);  // ...and the exception...
        Assert.Contains("Polling https://api.telegram.org/bot", output, StringComparison.Ordinal); // ...and the scope,
        Assert.Contains(TokenRedactor.Mask, output, StringComparison.Ordinal); // with the secrets masked.
    }

    [Theory]
    [InlineData("simple")]
    [InlineData("json")]
    public async Task ConsoleLogs_OneEvent_IsOneLine(string formatter)
    {
        var output = await CaptureConsoleAsync(formatter, (_, logger) =>
        {
            PollingFailed(logger, new InvalidOperationException("first line\nsecond line"));
            return Task.CompletedTask;
        });

        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Single(lines, l => l.Contains("Polling failed", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("Polling failed", StringComparison.Ordinal) && l.Contains("second line", StringComparison.Ordinal));
    }

    [LoggerMessage(EventId = 9001, Level = LogLevel.Error, Message = "Polling failed")]
    private static partial void PollingFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 9002, Level = LogLevel.Information, Message = "Configured Discord {Token} and webhook {Secret}")]
    private static partial void Configured(ILogger logger, string token, string secret);

    private static async Task<string> CaptureConsoleAsync(string formatter, Func<IServiceProvider, ILogger, Task> act)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Telegram:BotToken"] = FakeBotApi.Token,
            ["Telegram:WebhookSecret"] = WebhookSecret,
            ["Discord:BotToken"] = DiscordToken,
            ["Logging:LogLevel:Default"] = "Trace",
            ["Logging:Console:FormatterName"] = formatter,
            ["Logging:Console:FormatterOptions:IncludeScopes"] = "true",
            ["Logging:Console:FormatterOptions:SingleLine"] = "true",
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.AddConfiguration(configuration.GetSection("Logging")).AddRedactedConsole(configuration, toStandardError: false));
        services.AddHttpClient("telegram");

        var original = Console.Out;
        var capture = new StringWriter(new StringBuilder(), System.Globalization.CultureInfo.InvariantCulture);
        Console.SetOut(TextWriter.Synchronized(capture));
        try
        {
            await using (var provider = services.BuildServiceProvider())
            {
                var logger = provider.GetRequiredService<ILoggerFactory>().CreateLogger("WithdrawalBot.Tests");
                await act(provider, logger);
            } // disposing the provider flushes the console logger's queue
        }
        finally
        {
            Console.SetOut(original);
        }

        return capture.ToString();
    }
}
