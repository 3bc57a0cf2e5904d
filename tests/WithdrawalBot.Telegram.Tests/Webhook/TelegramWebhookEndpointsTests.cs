using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Moq;
using Telegram.Bot;
using WithdrawalBot.Core.Messages;
using WithdrawalBot.Core.Platforms;
using WithdrawalBot.Core.Routing;
using WithdrawalBot.Telegram.Tests.Fakes;
using WithdrawalBot.Telegram.Updates;
using WithdrawalBot.Telegram.Webhook;

namespace WithdrawalBot.Telegram.Tests.Webhook;

/// <summary>A real Kestrel app on 127.0.0.1 with the webhook endpoint, in webhook mode against the fake Bot API.</summary>
public sealed class TelegramWebhookEndpointsTests : IAsyncLifetime, IDisposable
{
    private const string Secret = "s3cret_Token-for-tests";
    private readonly Mock<IMessageRouter> router = new();
    private readonly CapturingLoggerProvider logs = new();
    private readonly HttpClient http = new();
    private readonly WithdrawalBot.Storage.BotDatabase database = WithdrawalBot.Storage.BotDatabase.InMemory();
    private FakeBotApi api = null!;
    private WebApplication app = null!;
    private Uri endpoint = null!;

    public async Task InitializeAsync()
    {
        api = await FakeBotApi.StartAsync();
        router.SetupGet(r => r.Commands).Returns(TelegramHarness.Commands);
        router.Setup(r => r.HandleAsync(It.IsAny<IncomingMessage>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((IncomingMessage m, CancellationToken _) => TelegramHarness.Answer("You asked: " + m.Text));
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders().AddProvider(logs).SetMinimumLevel(LogLevel.Trace);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Telegram:BotToken"] = api.Token,
            ["Telegram:ApiBaseUrl"] = api.BaseUrl.ToString(),
            ["Telegram:WebhookUrl"] = "https://bot.example.org/telegram/hook",
            ["Telegram:WebhookSecret"] = Secret,
        });
        builder.Services.AddSingleton(router.Object);
        builder.Services.AddSingleton(Mock.Of<IChatLifecycle>());
        builder.Services.AddSingleton<WithdrawalBot.Core.Storage.IPendingUpdateStore>(new WithdrawalBot.Storage.LiteDbPendingUpdateStore(database));
        builder.Services.AddTelegram(builder.Configuration);
        app = builder.Build();
        app.MapTelegramWebhook();
        await app.StartAsync();
        var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        endpoint = new Uri(address, "/telegram/hook");
        await api.WaitForCallAsync("setWebhook");
        // The call arriving at the fake is not yet the bot having read its answer: a stop in between has no webhook to delete.
        for (var waited = 0; waited < 200 && !logs.Entries.Any(e => e.EventId.Id == 7020); waited++)
        {
            await Task.Delay(50);
        }
    }

    public async Task DisposeAsync()
    {
        await app.DisposeAsync();
        await api.DisposeAsync();
    }

    public void Dispose()
    {
        database.Dispose();
        http.Dispose();
        logs.Dispose();
    }

    [Fact]
    public void Start_SetsWebhookWithSecretAllowedUpdatesAndPendingUpdatesKept()
    {
        var call = Assert.Single(api.Calls("setWebhook"));

        Assert.Equal("https://bot.example.org/telegram/hook", call["url"]);
        Assert.Equal(Secret, call["secret_token"]);
        Assert.NotEqual("true", call["drop_pending_updates"]);
        Assert.Contains("callback_query", call["allowed_updates"], StringComparison.Ordinal);
        Assert.Empty(api.Calls("getUpdates"));
        Assert.Equal(2, api.Calls("setMyCommands").Count);
    }

    [Fact]
    public async Task Post_CorrectSecret_UpdateHandled()
    {
        using var response = await PostAsync(TelegramUpdates.PrivateText("when do they leave?"), Secret);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await api.WaitForSentAsync(1);
        Assert.Equal("You asked: when do they leave?", Assert.Single(api.SentMessages).Text);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("wrong")]
    [InlineData(Secret + "x")]
    public async Task Post_MissingOrWrongSecret_401AndNothingHandled(string? secret)
    {
        using var response = await PostAsync(TelegramUpdates.PrivateText("when do they leave?"), secret);
        await app.Services.GetRequiredService<UpdateDispatcher>().WhenIdleAsync();

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        router.Verify(r => r.HandleAsync(It.IsAny<IncomingMessage>(), It.IsAny<CancellationToken>()), Times.Never);
        Assert.Empty(api.SentMessages);
        Assert.Contains(logs.Entries, e => e.EventId.Id == 7022);
    }

    [Fact]
    public async Task Logs_AfterGoodAndRejectedRequests_NeverContainTheSecretOrTheToken()
    {
        using (await PostAsync(TelegramUpdates.PrivateText("hello"), Secret))
        using (await PostAsync(TelegramUpdates.PrivateText("hello"), "guess"))
        {
            await api.WaitForSentAsync(1);
        }

        await app.StopAsync();

        Assert.DoesNotContain(Secret, logs.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain(api.Token.Split(':')[1], logs.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_UnreadableBody_AcknowledgedAndSkipped()
    {
        using var content = new StringContent("{\"update_id\": \"not json for an update", Encoding.UTF8, "application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = content };
        request.Headers.Add(TelegramWebhookEndpoints.SecretHeader, Secret);

        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(api.SentMessages);
        var warning = Assert.Single(logs.Entries, e => e.EventId.Id == 7023);
        Assert.Equal(LogLevel.Warning, warning.Level);
        Assert.Null(warning.Exception);
        Assert.Contains("Path: $.update_id", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_SameUpdateDeliveredAgain_AcknowledgedAndAnsweredOnce()
    {
        using (var first = await PostAsync(TelegramUpdates.PrivateText("when do they leave?"), Secret))
        using (var again = await PostAsync(TelegramUpdates.PrivateText("when do they leave?"), Secret))
        {
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
            Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        }

        using (await PostAsync(TelegramUpdates.PrivateText("and Erbil?"), Secret, updateId: 7002))
        {
            await api.WaitForSentAsync(2);
        }

        await app.Services.GetRequiredService<UpdateDispatcher>().WhenIdleAsync();
        Assert.Equal(["You asked: when do they leave?", "You asked: and Erbil?"], api.SentMessages.Select(m => m.Text));
    }

    [Fact]
    public async Task Stop_UpdateAcknowledgedButNotYetAnswered_IsKeptForTheNextStart()
    {
        // Telegram never resends an update the webhook acknowledged: one still being answered at stop was lost.
        router.Setup(r => r.HandleAsync(It.Is<IncomingMessage>(m => m.Text == "slow one"), It.IsAny<CancellationToken>()))
            .Returns(async (IncomingMessage _, CancellationToken token) =>
            {
                await Task.Delay(Timeout.Infinite, token);
                return null;
            });
        using (var response = await PostAsync(TelegramUpdates.PrivateText("slow one"), Secret, updateId: 7100))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        for (var waited = 0; waited < 200 && !router.Invocations.Any(call => call.Method.Name == "HandleAsync"); waited++)
        {
            await Task.Delay(50);
        }

        await app.StopAsync();

        var kept = Assert.Single(await new WithdrawalBot.Storage.LiteDbPendingUpdateStore(database).ListAsync(ChatPlatform.Telegram, CancellationToken.None));
        Assert.Equal(7100, kept.Id);
        Assert.Contains("slow one", kept.Json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stop_WebhookLeftInPlace()
    {
        // Break 31 #6 and break 32 #6: a bot moved to a new host whose new instance set its webhook first (to another URL,
        // or to the same one); stopping the old instance deleted it, and Telegram delivered updates to no one.
        await app.StopAsync();

        Assert.Empty(api.Calls("deleteWebhook"));
        Assert.Equal("https://bot.example.org/telegram/hook", api.WebhookUrl);
    }

    [Fact]
    public async Task Start_SecretFromAFileWithATrailingNewline_IsSetWithoutIt()
    {
        // Break 26: a Docker secret file's trailing newline passed validation, and Telegram's header never matched it.
        var other = await FakeBotApi.StartAsync();
        await using var harness = await TelegramHarness.StartAsync(
            api: other,
            settings: s =>
            {
                s["WebhookUrl"] = "https://bot.example.org/telegram/hook";
                s["WebhookSecret"] = Secret + "\n";
            });
        await other.WaitForCallAsync("setWebhook");

        Assert.Equal(Secret, Assert.Single(other.Calls("setWebhook"))["secret_token"]);
    }

    [Fact]
    public async Task Stop_WebhookNeverSet_DoesNotTryToDeleteIt()
    {
        // Telegram never accepted setWebhook (unreachable, or failing): stopping has no webhook to delete, and used to
        // log a failed deleteWebhook with a 3 KB stack trace.
        var failing = await FakeBotApi.StartAsync();
        failing.Fail("setWebhook", FakeBotApiError.BadGateway, times: null);
        await using var harness = await TelegramHarness.StartAsync(
            api: failing,
            settings: s =>
            {
                s["WebhookUrl"] = "https://bot.example.org/telegram/hook";
                s["WebhookSecret"] = Secret;
            });
        await failing.WaitForCallAsync("setWebhook");

        await harness.Host.StopAsync();

        Assert.Empty(failing.Calls("deleteWebhook"));
        await failing.DisposeAsync();
    }

    private async Task<HttpResponseMessage> PostAsync(System.Text.Json.Nodes.JsonObject update, string? secret, long updateId = 7001)
    {
        update["update_id"] = updateId;
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = JsonContent.Create(update) };
        if (secret is not null)
        {
            request.Headers.Add(TelegramWebhookEndpoints.SecretHeader, secret);
        }

        return await http.SendAsync(request);
    }
}
