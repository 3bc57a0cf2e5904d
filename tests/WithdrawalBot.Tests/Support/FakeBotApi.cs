namespace WithdrawalBot.Tests.Support;

/// <summary>
/// A minimal Telegram Bot API on 127.0.0.1 for runs of the real app in serve mode with a token: every request
/// <c>/bot{token}/{method}</c> is recorded and answered the way the real API answers an idle bot (getMe the bot,
/// getUpdates no update after a short wait, setters true), so the Telegram adapter starts and idles without
/// reaching the internet.
/// </summary>
public sealed class FakeBotApi : IAsyncDisposable
{
    /// <summary>A well-formed token (digits, colon, 35 characters) for this fake.</summary>
    public const string Token = "123456789:AAHfakeTokenForTests_0123456789abcd";

    private readonly WebApplication app;

    private FakeBotApi(WebApplication app)
    {
        this.app = app;
    }

    /// <summary>The base URL to give as <c>Telegram__ApiBaseUrl</c>.</summary>
    public Uri BaseUrl => new(app.Urls.First());

    /// <summary>The methods called so far, in order.</summary>
    public System.Collections.Concurrent.ConcurrentQueue<string> Calls { get; } = new();

    /// <summary>Starts the fake on a free loopback port.</summary>
    public static async Task<FakeBotApi> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.Urls.Add("http://127.0.0.1:0");
        var fake = new FakeBotApi(app);
        app.Map("/bot{token}/{method}", fake.HandleAsync);
        await app.StartAsync();
        return fake;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private async Task<IResult> HandleAsync(string method, HttpContext context)
    {
        Calls.Enqueue(method);
        const string Json = "application/json";
        switch (method.ToLowerInvariant())
        {
            case "getme":
                return Results.Text("""{"ok":true,"result":{"id":123456789,"is_bot":true,"first_name":"Withdrawal","username":"WithdrawalTestBot","can_join_groups":true,"can_read_all_group_messages":false,"supports_inline_queries":false}}""", Json);
            case "getupdates":
                try
                {
                    await Task.Delay(TimeSpan.FromSeconds(1), context.RequestAborted);
                }
                catch (OperationCanceledException)
                {
                }

                return Results.Text("""{"ok":true,"result":[]}""", Json);
            case "getwebhookinfo":
                return Results.Text("""{"ok":true,"result":{"url":"","has_custom_certificate":false,"pending_update_count":0}}""", Json);
            case "getmycommands":
                return Results.Text("""{"ok":true,"result":[]}""", Json);
            default:
                return Results.Text("""{"ok":true,"result":true}""", Json);
        }
    }
}
