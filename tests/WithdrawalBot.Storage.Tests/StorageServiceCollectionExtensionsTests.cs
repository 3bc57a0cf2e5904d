using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using WithdrawalBot.Core;
using WithdrawalBot.Core.Platforms;
using WithdrawalBot.Core.Reminders;
using WithdrawalBot.Core.Routing;
using WithdrawalBot.Core.Storage;

namespace WithdrawalBot.Storage.Tests;

public sealed class StorageServiceCollectionExtensionsTests
{
    private static IHost Build(params (string Key, string? Value)[] settings)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)));
        builder.Services.AddLogging().AddWithdrawalBotCore(builder.Configuration).AddLiteDbStorage(builder.Configuration).AddReminders(builder.Configuration);
        return builder.Build();
    }

    [Fact]
    public async Task AddLiteDbStorageAndReminders_StartAndStop_RegistersStoresHandlerLifecycleAndHealthyChecks()
    {
        using var folder = new TempFolder();
        using var host = Build(("Storage:DataDirectory", folder.Path));

        await host.StartAsync();
        var activity = host.Services.GetRequiredService<ReminderActivity>();
        Assert.True(SpinWait.SpinUntil(() => activity.LastPlannedAt is not null, TimeSpan.FromSeconds(20)));
        var health = await host.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync();
        await host.StopAsync();

        Assert.Equal(HealthStatus.Healthy, health.Entries["database"].Status);
        Assert.Equal(HealthStatus.Healthy, health.Entries["reminders"].Status);
        Assert.IsType<LiteDbChatSettingsStore>(host.Services.GetRequiredService<IChatSettingsStore>());
        Assert.Same(host.Services.GetRequiredService<IUnansweredLog>(), host.Services.GetRequiredService<IUnansweredStatistics>());
        Assert.Contains(host.Services.GetServices<ICommandHandler>(), h => h.Commands.Any(c => c.Name == "subscribe"));
        Assert.IsType<SubscriptionLifecycle>(Assert.Single(host.Services.GetServices<IChatLifecycle>()));
        Assert.True(File.Exists(Path.Combine(folder.Path, BotDatabase.FileName)));
    }

    [Fact]
    public async Task AddLiteDbStorage_SecondHostOnSameFolder_FailsAtStartWithInUseMessage()
    {
        using var folder = new TempFolder();
        using var first = Build(("Storage:DataDirectory", folder.Path));
        await first.StartAsync();
        try
        {
            using var second = Build(("Storage:DataDirectory", folder.Path));

            var error = await Assert.ThrowsAsync<StorageUnavailableException>(() => second.StartAsync());

            Assert.Contains("in use by another WithdrawalBot instance", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            await first.StopAsync();
        }
    }

    [Fact]
    public async Task AddLiteDbStorage_EmptyDataDirectory_FailsValidationAtStart()
    {
        using var host = Build(("Storage:DataDirectory", ""));

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("Storage:DataDirectory is empty", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("~/wb-data", "wb-data")]
    [InlineData("~", "")]
    public void AddLiteDbStorage_DataDirectoryInTheHomeFolder_TildeExpanded(string setting, string under)
    {
        // Break 33 #12: "~/data" from a compose .env file or a systemd unit made a folder literally named "~" in the working folder.
        using var host = Build(("Storage:DataDirectory", setting));

        var directory = host.Services.GetRequiredService<IOptions<StorageOptions>>().Value.DataDirectory;

        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        Assert.Equal(under.Length == 0 ? home : Path.Combine(home, under), directory);
        Assert.DoesNotContain("~", directory, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddLiteDbStorage_DataDirectoryInAnotherUsersHome_FailsValidationAtStartSayingWhy()
    {
        using var host = Build(("Storage:DataDirectory", "~bot/data"));

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("Storage:DataDirectory starts with '~'", error.Message, StringComparison.Ordinal);
        Assert.Contains("full path", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Reminders:TimeZone", "Mars/Olympus", "Reminders:TimeZone \"Mars/Olympus\" is not a known time zone")]
    [InlineData("Reminders:TimeZone", "Etc/GMT+3", "Reminders:TimeZone \"Etc/GMT+3\" means UTC\u22123, not UTC+3: names of the Etc/GMT kind reverse the sign")] // break 32 #9
    [InlineData("Reminders:LocalHour", "24", "Reminders:LocalHour is 24")]
    [InlineData("Reminders:GraceWindow", "-01:00:00", "Reminders:GraceWindow is -01:00:00")]
    public async Task AddReminders_BadSetting_FailsValidationAtStartNamingTheKey(string key, string value, string expected)
    {
        using var folder = new TempFolder();
        using var host = Build(("Storage:DataDirectory", folder.Path), (key, value));

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }
}
