using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using WithdrawalBot.Core.Knowledge;
using WithdrawalBot.Core.Routing;
using WithdrawalBot.Core.Storage;
using WithdrawalBot.Core.Tests.Support;

namespace WithdrawalBot.Core.Tests;

public sealed class CoreServiceCollectionExtensionsTests
{
    [Fact]
    public async Task AddWithdrawalBotCore_WithStores_ResolvesARouterThatAnswers()
    {
        using var host = BuildHost(new() { ["Knowledge:Directory"] = "knowledge" }, out _);
        await host.StartAsync();

        var router = host.Services.GetRequiredService<IMessageRouter>();
        var reply = await router.HandleAsync(RouterFixture.Private("When will US troops leave Erbil?"), CancellationToken.None);

        Assert.Contains(reply!.Citations, c => c.Paragraph == 18);
        Assert.Same(router, host.Services.GetRequiredService<IMessageRouter>());
        await host.StopAsync();
    }

    [Fact]
    public void AddWithdrawalBotCore_ClockAlreadyRegistered_KeepsIt()
    {
        var fake = new FakeTimeProvider();
        var services = new ServiceCollection().AddSingleton<TimeProvider>(fake);

        services.AddWithdrawalBotCore(new ConfigurationBuilder().Build());

        using var provider = services.BuildServiceProvider();
        Assert.Same(fake, provider.GetRequiredService<TimeProvider>());
    }

    [Fact]
    public async Task StartAsync_BrokenKnowledgeFile_StopsBeforeAnyOtherServiceStarts()
    {
        using var knowledge = new TestKnowledge();
        knowledge.Edit("facts.json", root => root["facts"]![0]!["citations"]![0]!["paragraph"] = 42);
        using var host = BuildHost(new() { ["Knowledge:Directory"] = knowledge.Directory }, out var platform);

        var error = await Assert.ThrowsAsync<KnowledgeValidationException>(() => host.StartAsync());

        Assert.Equal("facts.json, fact \"erbil-stay\": unknown paragraph 42 (the article has 24).", error.Message);
        Assert.False(platform.Started);
    }

    [Fact]
    public async Task StartAsync_ZeroFollowUpWindow_FailsValidation()
    {
        using var host = BuildHost(new() { ["Conversation:FollowUpWindow"] = "00:00:00" }, out var platform);

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("FollowUpWindow", error.Message, StringComparison.Ordinal);
        Assert.False(platform.Started);
    }

    [Fact]
    public void KnowledgeOptions_RelativeDirectory_ResolvesAgainstTheAppBaseDirectory()
    {
        var options = new KnowledgeOptions { Directory = "knowledge" };

        Assert.Equal(Path.Combine(AppContext.BaseDirectory, "knowledge"), options.FullPath);
        Assert.Equal("/srv/k", new KnowledgeOptions { Directory = "/srv/k" }.FullPath);
    }

    private static IHost BuildHost(Dictionary<string, string?> settings, out PlatformProbe platform)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddLogging();
        builder.Services.AddSingleton<IChatSettingsStore, InMemoryChatSettingsStore>();
        builder.Services.AddSingleton<IUnansweredLog, InMemoryUnansweredLog>();
        builder.Services.AddWithdrawalBotCore(builder.Configuration);
        var probe = new PlatformProbe();
        builder.Services.AddSingleton<IHostedService>(probe);
        platform = probe;
        return builder.Build();
    }

    /// <summary>Stands for a platform adapter registered after the core.</summary>
    private sealed class PlatformProbe : IHostedService
    {
        public bool Started { get; private set; }

        public Task StartAsync(CancellationToken cancellationToken)
        {
            Started = true;
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
