using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using WithdrawalBot.Core.Platforms;

namespace WithdrawalBot.Discord.Tests;

public sealed class DiscordOptionsValidatorTests
{
    private const string Token = "MTAw.abc.def";

    [Theory]
    [InlineData("", null, null, null, "Discord__BotToken is empty")]
    [InlineData("Bot " + Token, null, null, null, "Discord__BotToken starts with \"Bot \"")]
    [InlineData("not a token", null, null, null, "Discord__BotToken does not look like a bot token")]
    [InlineData("\"" + Token + "\"", null, null, null, "Discord__BotToken is in quotes: remove them")]
    [InlineData(Token, "my-app", null, null, "Discord__ApplicationId")]
    [InlineData(Token, null, "server", null, "Discord__GuildId")]
    [InlineData(Token, null, null, -1, "Discord__ShardCount")]
    [InlineData(Token, null, null, 0, "Discord__ShardCount 0")]
    public void Validate_BadSetting_FailsNamingTheVariable(string token, string? applicationId, string? guildId, int? shards, string expected)
    {
        var result = new DiscordOptionsValidator().Validate(null, new DiscordOptions { BotToken = token, ApplicationId = applicationId, GuildId = guildId, ShardCount = shards });

        Assert.True(result.Failed);
        Assert.Contains(expected, result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_GoodSettings_Succeeds()
    {
        var result = new DiscordOptionsValidator().Validate(null, new DiscordOptions { BotToken = Token, ApplicationId = "100", GuildId = "555", ShardCount = 2 });

        Assert.True(result.Succeeded);
    }

    [Fact]
    public void Validate_ApiBaseUrlNotHttp_Fails()
    {
        var result = new DiscordOptionsValidator().Validate(null, new DiscordOptions { BotToken = Token, ApiBaseUrl = new Uri("ftp://example.org/") });

        Assert.Contains("Discord__ApiBaseUrl", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void AddDiscord_NoToken_RegistersNothing()
    {
        var services = new ServiceCollection();
        services.AddDiscord(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Discord:BotToken"] = "" }).Build());

        Assert.Empty(services);
    }

    [Fact]
    public async Task AddDiscord_MalformedTokenAtStart_HostRefusesToStartWithClearMessage()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Discord:BotToken"] = "Bot " + Token });
        builder.Services.AddSingleton(new Moq.Mock<WithdrawalBot.Core.Routing.IMessageRouter>().Object);
        builder.Services.AddDiscord(builder.Configuration);
        using var host = builder.Build();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("Discord__BotToken", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddDiscord_TokenWithSpacesAround_TrimmedAndAccepted()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Discord:BotToken"] = "  " + Token + " \t" });
        builder.Services.AddSingleton(new Moq.Mock<WithdrawalBot.Core.Routing.IMessageRouter>().Object);
        builder.Services.AddDiscord(builder.Configuration);
        using var host = builder.Build();

        Assert.Equal(Token, host.Services.GetRequiredService<IOptions<DiscordOptions>>().Value.BotToken);
    }

    [Fact]
    public void AddDiscord_WithToken_RegistersPlatformAndHealthCheck()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Discord:BotToken"] = Token });
        builder.Services.AddSingleton(new Moq.Mock<WithdrawalBot.Core.Routing.IMessageRouter>().Object);
        builder.Services.AddDiscord(builder.Configuration);
        using var host = builder.Build();

        var platform = host.Services.GetRequiredService<IChatPlatform>();
        var checks = host.Services.GetRequiredService<IOptions<HealthCheckServiceOptions>>().Value.Registrations;

        Assert.Equal(WithdrawalBot.Core.Messages.ChatPlatform.Discord, platform.Platform);
        Assert.Contains(checks, c => c.Name == "discord");
    }
}
