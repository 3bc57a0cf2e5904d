using Microsoft.Extensions.Logging;
using WithdrawalBot.Discord.Tests.Fakes;

namespace WithdrawalBot.Discord.Tests.Adapter;

/// <summary>
/// Break 33 #7: README step 4 says to set Discord__GuildId while trying the bot out. Moving on to global commands left the
/// guild's copies registered, and Discord listed every command twice in that server, for good.
/// </summary>
public sealed class StaleGuildCommandsTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task GlobalAfterTryingItOutInAServer_TheServersCommandsAreRemoved()
    {
        await using var fake = new FakeDiscord();
        fake.BotGuilds.Enqueue("300");
        fake.BotGuilds.Enqueue("301");
        await using (var trial = await DiscordTestHost.StartAsync(fake, settings: new Dictionary<string, string?> { ["Discord:GuildId"] = "300" }))
        {
            await fake.WaitForCallsAsync(c => c.Method == "PUT" && c.Path == $"applications/{FakeDiscord.ApplicationId}/guilds/300/commands");
        }

        Assert.NotEqual("[]", fake.GuildCommands["300"]);

        await using var host = await DiscordTestHost.StartAsync(fake);
        await fake.WaitForCallsAsync(c => c.Method == "PUT" && c.Path == $"applications/{FakeDiscord.ApplicationId}/commands");
        var cleared = await fake.WaitForCallsAsync(c => c.Method == "PUT" && c.Path == $"applications/{FakeDiscord.ApplicationId}/guilds/300/commands", count: 2);
        await DiscordTestHost.Eventually(() => host.Logs.GetSnapshot().Any(r => r.Id.Id == 3214), Wait);

        Assert.Equal("[]", cleared[^1].Body);
        Assert.Equal("[]", fake.GuildCommands["300"]);
        // A server that had none is asked, not written to.
        Assert.Contains(fake.Calls, c => c.Method == "GET" && c.Path == $"applications/{FakeDiscord.ApplicationId}/guilds/301/commands");
        Assert.DoesNotContain(fake.Calls, c => c.Method == "PUT" && c.Path == $"applications/{FakeDiscord.ApplicationId}/guilds/301/commands");
        var line = host.Logs.GetSnapshot().Single(r => r.Id.Id == 3214);
        Assert.Equal(LogLevel.Information, line.Level);
        Assert.Contains("server 300", line.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(host.Logs.GetSnapshot(), r => r.Level >= LogLevel.Warning);
    }

    [Fact]
    public async Task GuildRegistration_LeavesOtherServersAndGlobalCommandsAlone()
    {
        await using var fake = new FakeDiscord();
        fake.BotGuilds.Enqueue("300");
        await using var host = await DiscordTestHost.StartAsync(fake, settings: new Dictionary<string, string?> { ["Discord:GuildId"] = "300" });
        await fake.WaitForCallsAsync(c => c.Method == "PUT" && c.Path == $"applications/{FakeDiscord.ApplicationId}/guilds/300/commands");
        await host.WaitUntilReadyAsync();

        Assert.DoesNotContain(fake.Calls, c => c.Path.StartsWith("users/@me/guilds", StringComparison.Ordinal));
        Assert.DoesNotContain(fake.Calls, c => c.Method == "PUT" && c.Path == $"applications/{FakeDiscord.ApplicationId}/commands");
    }
}
