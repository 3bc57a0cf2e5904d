using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using WithdrawalBot.Core.Platforms;
using WithdrawalBot.Telegram.Configuration;
using WithdrawalBot.Telegram.Hosting;
using WithdrawalBot.Telegram.Tests.Fakes;

namespace WithdrawalBot.Telegram.Tests.Configuration;

public sealed class TelegramOptionsValidatorTests
{
    private readonly TelegramOptionsValidator validator = new();

    [Theory]
    [InlineData("abc")]
    [InlineData("123456789")]
    [InlineData("123456789:short")]
    [InlineData("123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw1x")]
    [InlineData("bot123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw1")]
    [InlineData("123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsa w")]
    [InlineData(" 123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw1")]
    public void Validate_MalformedToken_FailsNamingTheVariableWithoutEchoingIt(string token)
    {
        var result = validator.Validate(null, new TelegramOptions { BotToken = token });

        Assert.True(result.Failed);
        Assert.Contains("Telegram__BotToken", result.FailureMessage, StringComparison.Ordinal);
        Assert.DoesNotContain(token.Trim(), result.FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("'")]
    public void Validate_TokenInQuotes_SaysToRemoveThem(string quote)
    {
        var token = quote + FakeBotApi.DefaultToken + quote;

        var result = validator.Validate(null, new TelegramOptions { BotToken = token });

        Assert.True(result.Failed);
        Assert.Contains("Telegram__BotToken is in quotes: remove them", result.FailureMessage, StringComparison.Ordinal);
        Assert.DoesNotContain(FakeBotApi.DefaultToken, result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_WellFormedToken_Succeeds()
    {
        Assert.True(validator.Validate(null, new TelegramOptions { BotToken = FakeBotApi.DefaultToken }).Succeeded);
    }

    [Theory]
    [InlineData("localhost:8081")]
    [InlineData("ftp://example.org")]
    [InlineData("not a url")]
    public void Validate_ApiBaseUrlNotHttp_Fails(string url)
    {
        var result = validator.Validate(null, new TelegramOptions { BotToken = FakeBotApi.DefaultToken, ApiBaseUrl = url });

        Assert.Contains("Telegram__ApiBaseUrl", result.FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("has spaces in it")]
    [InlineData("ünïcode")]
    [InlineData("abc\n")]
    public void Validate_WebhookWithoutUsableSecret_Fails(string? secret)
    {
        var result = validator.Validate(null, new TelegramOptions { BotToken = FakeBotApi.DefaultToken, WebhookUrl = "https://bot.example.org/hook", WebhookSecret = secret });

        Assert.Contains("Telegram__WebhookSecret", result.FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://bot.example.org:8080/hook", false)]
    [InlineData("https://bot.example.org:8443/hook", true)]
    [InlineData("https://bot.example.org/hook", true)]
    public void Validate_WebhookUrlPort_OnlyThoseTelegramPostsTo(string url, bool valid)
    {
        // Break 26: port 8080 passed, and setWebhook's "bad webhook" 400 was retried for ever.
        var result = validator.Validate(null, new TelegramOptions { BotToken = FakeBotApi.DefaultToken, WebhookUrl = url, WebhookSecret = "abc" });

        Assert.Equal(valid, result.Succeeded);
        if (!valid)
        {
            Assert.Contains("ports 443, 80, 88 or 8443", result.FailureMessage, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("http://bot.example.org/hook")]
    [InlineData("bot.example.org/hook")]
    public void Validate_WebhookUrlNotHttps_FailsNamingIt(string url)
    {
        var result = validator.Validate(null, new TelegramOptions { BotToken = FakeBotApi.DefaultToken, WebhookUrl = url, WebhookSecret = "abc" });

        Assert.True(result.Failed);
        Assert.Contains("Telegram__WebhookUrl", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("https://", result.FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(301)]
    public void Validate_ConnectTimeoutOutOfRange_Fails(int seconds)
    {
        var result = validator.Validate(null, new TelegramOptions { BotToken = FakeBotApi.DefaultToken, ConnectTimeout = TimeSpan.FromSeconds(seconds) });

        Assert.Contains("Telegram__ConnectTimeout", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HostStart_TokenWithSpacesAround_TrimmedAndConnects()
    {
        await using var harness = await TelegramHarness.StartAsync(settings: s => s["BotToken"] = "  " + FakeBotApi.DefaultToken + " ");

        await harness.Api.WaitForCallAsync("getUpdates", _ => true);

        Assert.Equal(FakeBotApi.DefaultToken, harness.Host.Services.GetRequiredService<IOptions<TelegramOptions>>().Value.BotToken);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(91)]
    public void Validate_PollingTimeoutOutOfRange_Fails(int seconds)
    {
        var result = validator.Validate(null, new TelegramOptions { BotToken = FakeBotApi.DefaultToken, PollingTimeout = TimeSpan.FromSeconds(seconds) });

        Assert.Contains("Telegram__PollingTimeout", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HostStart_MalformedToken_StopsWithTheMessage()
    {
        await using var harness = await TelegramHarness.StartAsync(settings: s => s["BotToken"] = "12345:nope", start: false);

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => harness.Host.StartAsync());

        Assert.Contains("Telegram__BotToken is malformed", error.Message, StringComparison.Ordinal);
        Assert.Empty(harness.Api.Requests);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void AddTelegram_NoToken_RegistersNothing(string? token)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Telegram:BotToken"] = token }).Build();
        var services = new ServiceCollection();

        services.AddTelegram(configuration);

        Assert.Empty(services);
    }

    [Theory]
    [InlineData(null, typeof(TelegramPollingService))]
    [InlineData("https://bot.example.org/hook", typeof(TelegramWebhookService))]
    public void AddTelegram_Token_RegistersPlatformAndOneUpdateSource(string? webhookUrl, Type expected)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Telegram:BotToken"] = FakeBotApi.DefaultToken,
            ["Telegram:WebhookUrl"] = webhookUrl,
        }).Build();
        var services = new ServiceCollection();

        services.AddTelegram(configuration);

        var hosted = Assert.Single(services, d => d.ServiceType == typeof(IHostedService) && d.ImplementationType?.Namespace == typeof(TelegramPollingService).Namespace);
        Assert.Equal(expected, hosted.ImplementationType);
        Assert.Contains(services, d => d.ServiceType == typeof(IChatPlatform));
    }
}
