namespace WithdrawalBot.Tests.Support;

/// <summary>An API on 127.0.0.1 that answers every request 401, as Telegram and Discord answer a wrong token.</summary>
public sealed class RejectingApi(WebApplication app) : IAsyncDisposable
{
    /// <summary>The base URL (ends in a slash).</summary>
    public Uri BaseUrl => new(app.Urls.First() + "/");

    /// <summary>Starts the API on a free loopback port.</summary>
    public static async Task<RejectingApi> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.Urls.Add("http://127.0.0.1:0");
        app.Map("/{**path}", () => Results.Json(new Dictionary<string, object> { ["ok"] = false, ["error_code"] = 401, ["description"] = "Unauthorized", ["message"] = "401: Unauthorized", ["code"] = 0 }, statusCode: 401));
        await app.StartAsync();
        return new RejectingApi(app);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
