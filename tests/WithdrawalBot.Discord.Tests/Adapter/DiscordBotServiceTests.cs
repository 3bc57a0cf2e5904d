using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Moq;
using WithdrawalBot.Core.Messages;
using WithdrawalBot.Core.Platforms;
using WithdrawalBot.Core.Replies;
using WithdrawalBot.Discord.Adapter;
using WithdrawalBot.Discord.Gateway;
using WithdrawalBot.Discord.Tests.Fakes;

namespace WithdrawalBot.Discord.Tests.Adapter;

/// <summary>
/// Fatal Discord errors stop the whole host, the way the Telegram adapter's do: the hosted service ends with
/// <see cref="DiscordFatalException"/> (which the app turns into exit code 1) after one critical line saying what to fix.
/// </summary>
public sealed class DiscordBotServiceTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);

    public static TheoryData<string, string> Fatals => new()
    {
        { "4004", "Discord__BotToken" },
        { "4014", "Message Content" },
        { "401", "Discord__BotToken" },
    };

    /// <summary>Makes <paramref name="fake"/> answer with the fatal error <paramref name="fatal"/> of <see cref="Fatals"/>: a wrong token (4004), the Message Content intent off (4014) or a rejected REST token (401).</summary>
    private static void ScriptFatal(FakeDiscord fake, string fatal)
    {
        switch (fatal)
        {
            case "4004":
                fake.GatewayToken = "MTAw.other.token";
                break;
            case "4014":
                fake.MessageContentEnabled = false;
                break;
            default:
                fake.Script("GET", "gateway/bot", FakeResponse.Error(401, 0, "401: Unauthorized"));
                break;
        }
    }

    [Theory]
    [MemberData(nameof(Fatals))]
    public async Task Fatal_WrongTokenOrDisallowedIntents_StopsTheHostWithOneCriticalLine(string fatal, string fix)
    {
        await using var fake = new FakeDiscord();
        ScriptFatal(fake, fatal);

        await using var host = await DiscordTestHost.StartAsync(fake);

        await AssertStoppedFatallyAsync(host, fatal == "401" ? "token" : fatal, fix);
        if (fatal != "401")
        {
            await fake.NextConnectionAsync(); // the one that was refused
        }

        Assert.False(await fake.ConnectsWithinAsync(TimeSpan.FromMilliseconds(300)));
    }

    [Fact]
    public async Task Fatal_TokenRejectedOnAReplyWhileConnected_StopsTheHostWithOneCriticalLine()
    {
        // The token was reset in the portal while the bot ran: it used to stay connected and "healthy", answering no one.
        await using var fake = new FakeDiscord();
        await using var host = await DiscordTestHost.StartAsync(fake);
        var connection = await fake.NextConnectionAsync();
        await host.WaitUntilReadyAsync();
        fake.Script("POST", "channels/", FakeResponse.Error(401, 0, "401: Unauthorized"));

        await connection.DispatchAsync("MESSAGE_CREATE", DiscordEvents.Message("7700", "when do US troops leave?", channelId: "404", guildId: null));

        await AssertStoppedFatallyAsync(host, "401", "Discord__BotToken");
    }

    [Theory]
    [InlineData(4010)]
    [InlineData(4011)]
    [InlineData(4012)]
    [InlineData(4013)]
    public async Task Fatal_OtherFatalCloseCodeAfterReady_StopsTheHost(int code)
    {
        await using var fake = new FakeDiscord();
        await using var host = await DiscordTestHost.StartAsync(fake);
        var connection = await fake.NextConnectionAsync();
        await host.WaitUntilReadyAsync();

        await connection.CloseAsync(code);

        await AssertStoppedFatallyAsync(host, code.ToString(System.Globalization.CultureInfo.InvariantCulture), code.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.False(await fake.ConnectsWithinAsync(TimeSpan.FromMilliseconds(500)));
    }

    [Fact]
    public async Task Fatal_OneOfTwoShards_ClosesTheOtherShardToo()
    {
        await using var fake = new FakeDiscord();
        await using var host = await DiscordTestHost.StartAsync(fake, settings: new Dictionary<string, string?> { ["Discord:ShardCount"] = "2" });
        var first = await fake.NextConnectionAsync();
        var second = await fake.NextConnectionAsync();
        await host.WaitUntilReadyAsync();

        await first.CloseAsync(GatewayCloseCodes.DisallowedIntents);

        await AssertStoppedFatallyAsync(host, "4014", "Message Content");
        Assert.Equal(1000, await second.Closed.WaitAsync(Wait));
    }

    [Theory]
    [MemberData(nameof(Fatals))]
    public async Task Fatal_WhileTelegramServes_StopsDiscordAloneAndReportsItDegraded(string fatal, string fix)
    {
        // Break 33 #4: with both platforms configured, Discord's 4014 took the working Telegram bot down (exit 1, restart loop).
        await using var fake = new FakeDiscord();
        ScriptFatal(fake, fatal);

        var telegram = new Mock<IChatPlatform>();
        telegram.SetupGet(p => p.Platform).Returns(ChatPlatform.Telegram);
        await using var host = await DiscordTestHost.StartAsync(fake, services: s => s.AddSingleton(telegram.Object));
        var service = Service(host);
        await DiscordTestHost.Eventually(() => service.ExecuteTask!.IsCompleted, Wait, "the Discord service ends");

        Assert.True(service.ExecuteTask!.IsCompletedSuccessfully, "ended quietly, not with the fatal exception");
        Assert.False(host.Host.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping.IsCancellationRequested, "the host serves on");
        var logs = host.Logs.GetSnapshot();
        var critical = Assert.Single(logs, r => r.Level == LogLevel.Critical && r.Category?.StartsWith("WithdrawalBot.", StringComparison.Ordinal) == true);
        Assert.Contains(fix, critical.Message, StringComparison.Ordinal);
        Assert.Contains(logs, r => r.Id.Id == 3213 && r.Message.Contains("keeps serving Telegram", StringComparison.Ordinal));
        var health = (await host.HealthAsync()).Entries["discord"];
        Assert.Equal(HealthStatus.Degraded, health.Status);
        Assert.Contains("Discord stopped for good", health.Description, StringComparison.Ordinal);
        Assert.Contains(fix, health.Description, StringComparison.Ordinal);
        Assert.Equal([ChatPlatform.Telegram], host.Host.Services.GetRequiredService<ServingPlatforms>().Serving);
    }

    [Fact]
    public async Task Shutdown_Normal_EndsWithoutFault()
    {
        await using var fake = new FakeDiscord();
        var host = await DiscordTestHost.StartAsync(fake);
        await fake.NextConnectionAsync();
        await host.WaitUntilReadyAsync();
        var service = Service(host);
        var logs = host.Logs;

        await host.DisposeAsync();

        Assert.True(service.ExecuteTask!.IsCompletedSuccessfully);
        Assert.DoesNotContain(logs.GetSnapshot(), r => r.Level == LogLevel.Critical);
    }

    [Fact]
    public async Task Shutdown_WithAnswersInFlight_LetsThemFinish()
    {
        // Break 25: SIGTERM cancelled every answer at once (16-32 of 100 answered), and Discord never sends an event again.
        await using var fake = new FakeDiscord();
        var host = await DiscordTestHost.StartAsync(fake, router => router.Setup(r => r.HandleAsync(It.IsAny<IncomingMessage>(), It.IsAny<CancellationToken>()))
            .Returns(async (IncomingMessage m, CancellationToken token) =>
            {
                await Task.Delay(500, token);
                return DiscordTestHost.Answer("Answer: " + m.Text);
            }));
        var connection = await fake.NextConnectionAsync();
        await host.WaitUntilReadyAsync();
        for (var i = 0; i < 5; i++)
        {
            await connection.DispatchAsync("MESSAGE_CREATE", DiscordEvents.Message($"75{i}0", $"question {i}", channelId: $"41{i}", guildId: null));
        }

        await DiscordTestHost.Eventually(() => host.Router.Invocations.Count(c => c.Method.Name == "HandleAsync") == 5, Wait);
        var logs = host.Logs;
        await host.DisposeAsync();

        Assert.Equal(5, fake.Calls.Count(c => c.Method == "POST" && c.Path.StartsWith("channels/41", StringComparison.Ordinal)));
        Assert.DoesNotContain(logs.GetSnapshot(), r => r.Id.Id == 3212);
    }

    [Fact]
    public async Task Shutdown_WithAnAnswerThatNeverEnds_CancelsItAfterTheGraceAndSaysSo()
    {
        await using var fake = new FakeDiscord();
        var host = await DiscordTestHost.StartAsync(fake, router => router.Setup(r => r.HandleAsync(It.IsAny<IncomingMessage>(), It.IsAny<CancellationToken>()))
            .Returns(async (IncomingMessage _, CancellationToken token) =>
            {
                await Task.Delay(Timeout.Infinite, token);
                return null;
            }));
        var connection = await fake.NextConnectionAsync();
        await host.WaitUntilReadyAsync();
        await connection.DispatchAsync("MESSAGE_CREATE", DiscordEvents.Message("7600", "question", channelId: "420", guildId: null));
        await DiscordTestHost.Eventually(() => host.Router.Invocations.Any(c => c.Method.Name == "HandleAsync"), Wait);
        var logs = host.Logs;

        await host.DisposeAsync();

        var warning = Assert.Single(logs.GetSnapshot(), r => r.Id.Id == 3212);
        Assert.Contains("1 message(s)", warning.Message, StringComparison.Ordinal);
    }

    private static DiscordBotService Service(DiscordTestHost host) =>
        host.Host.Services.GetServices<IHostedService>().OfType<DiscordBotService>().Single();

    private static async Task AssertStoppedFatallyAsync(DiscordTestHost host, string code, string fix)
    {
        var stopping = host.Host.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;
        await DiscordTestHost.Eventually(() => stopping.IsCancellationRequested, Wait, "the host stops");
        var service = Service(host);
        await DiscordTestHost.Eventually(() => service.ExecuteTask!.IsCompleted, Wait, "the Discord service ends");
        var fault = Assert.IsType<DiscordFatalException>(service.ExecuteTask!.Exception?.InnerException);
        Assert.Contains(fix, fault.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(FakeToken, fault.Message, StringComparison.Ordinal);

        var ours = host.Logs.GetSnapshot().Where(r => r.Level == LogLevel.Critical && r.Category?.StartsWith("WithdrawalBot.", StringComparison.Ordinal) == true).ToList();
        var line = Assert.Single(ours);
        Assert.Contains(code, line.Message, StringComparison.Ordinal);
        Assert.Contains(fix, line.Message, StringComparison.Ordinal);
        Assert.Equal(HealthStatus.Unhealthy, (await host.HealthAsync()).Entries["discord"].Status);
    }

    private const string FakeToken = "MTAw.fake.token-for-tests";
}
