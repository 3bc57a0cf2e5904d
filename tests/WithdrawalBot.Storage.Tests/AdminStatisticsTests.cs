using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using WithdrawalBot.Core;
using WithdrawalBot.Core.Admin;
using WithdrawalBot.Core.Messages;
using WithdrawalBot.Core.Reminders;
using WithdrawalBot.Core.Routing;

namespace WithdrawalBot.Storage.Tests;

/// <summary>The operator commands over the real LiteDB stores, fed by the real router.</summary>
public sealed class AdminStatisticsTests
{
    private static readonly ChatAddress OperatorChat = new(ChatPlatform.Telegram, "900");

    private static IHost Build(TempFolder folder, TimeProvider? time = null)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        if (time is not null)
        {
            builder.Services.AddSingleton(time);
        }

        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:DataDirectory"] = folder.Path,
            ["Knowledge:Directory"] = Path.Combine(AppContext.BaseDirectory, "knowledge"),
            ["Admin:UserIds"] = "telegram:900",
        });
        builder.Services.AddLogging()
            .AddWithdrawalBotCore(builder.Configuration)
            .AddLiteDbStorage(builder.Configuration)
            .AddAdminCommands(builder.Configuration);
        return builder.Build();
    }

    private static IncomingMessage Text(string chatId, string text) =>
        new(new ChatAddress(ChatPlatform.Telegram, chatId), ChatKind.Private, new Sender(chatId, null, "en"), text);

    private static IncomingMessage Stats() => Text(OperatorChat.ChatId, "/stats") with { Command = new BotCommand("stats", "") };

    [Fact]
    public async Task Stats_AfterRealTraffic_ShowsTheDatabaseNumbers()
    {
        using var folder = new TempFolder();
        using var host = Build(folder);
        var router = host.Services.GetRequiredService<IMessageRouter>();
        foreach (var (chat, question) in new[] { ("1", "What is the price of bread in Paris?"), ("2", "what is the price of bread in paris?"), ("3", "Who won the football match yesterday?") })
        {
            Assert.False((await router.HandleAsync(Text(chat, question), CancellationToken.None))!.Answered);
        }

        // Three people rate the same answer (one vote each: a second press by the same person would replace the first).
        foreach (var (chat, helpful) in new[] { ("4", true), ("5", false), ("6", false) })
        {
            await router.HandleAsync(Text(chat, "") with { ButtonPayload = ButtonPayloads.Feedback("us-iraq-understanding-reached", helpful) }, CancellationToken.None);
        }

        var store = host.Services.GetRequiredService<ISubscriptionStore>();
        await store.SaveAsync(new Subscription("s1", new ChatAddress(ChatPlatform.Telegram, "-100", "1"), ChatKind.Group, Core.Languages.Language.Arabic, [1], null, DateTimeOffset.UnixEpoch, true), CancellationToken.None);
        await store.SaveAsync(new Subscription("s2", new ChatAddress(ChatPlatform.Telegram, "-100", "2"), ChatKind.Group, Core.Languages.Language.Arabic, [1], null, DateTimeOffset.UnixEpoch, true), CancellationToken.None);

        var lines = (await router.HandleAsync(Stats(), CancellationToken.None))!.Blocks.Select(b => b.Text).ToList();

        Assert.Contains("Reminder subscriptions: 2 active, in 1 chat", lines);
        Assert.Contains("Questions not answered (the report does not say): 3 in all, 3 in the last 7 days", lines);
        Assert.Contains("Feedback: 1 helpful, 2 not helpful", lines);
        Assert.Contains("2 times — “what is the price of bread in paris?”", lines);
        Assert.Contains(lines, l => l.StartsWith("us-iraq-understanding-reached (paragraphs 1, 2 and 3): 2 times", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Stats_AnsweredAndRefusedQuestionsAcrossARestart_CountedInAllAndForTheLastSevenDays()
    {
        using var folder = new TempFolder();
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 19, 9, 0, 0, TimeSpan.Zero));
        using (var before = Build(folder, time))
        {
            var router = before.Services.GetRequiredService<IMessageRouter>();
            Assert.True((await router.HandleAsync(Text("1", "How many US troops are in Iraq?"), CancellationToken.None))!.Answered);
            Assert.False((await router.HandleAsync(Text("1", "What is the price of bread in Paris?"), CancellationToken.None))!.Answered);
        }

        time.Advance(TimeSpan.FromDays(10));
        using var after = Build(folder, time);
        var restarted = after.Services.GetRequiredService<IMessageRouter>();
        Assert.True((await restarted.HandleAsync(Text("2", "When will troops leave Erbil?"), CancellationToken.None))!.Answered);
        Assert.True((await restarted.HandleAsync(Text("3", "متى تغادر قوات التحالف قاعدة عين الأسد؟"), CancellationToken.None))!.Answered);

        var lines = (await restarted.HandleAsync(Stats(), CancellationToken.None))!.Blocks.Select(b => b.Text).ToList();

        Assert.Contains("Questions answered: 3 in all, 2 in the last 7 days", lines);
        Assert.Contains("Questions not answered (the report does not say): 1 in all, 0 in the last 7 days", lines);
        Assert.Contains(lines, l => l.Contains("since 2026-11-19", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Stats_StrangerOnRealStores_Refused()
    {
        using var folder = new TempFolder();
        using var host = Build(folder);
        var router = host.Services.GetRequiredService<IMessageRouter>();

        var reply = await router.HandleAsync(Text("901", "/stats") with { Command = new BotCommand("stats", "") }, CancellationToken.None);

        Assert.Equal("stats-refused", reply!.Intent);
    }
}
