using WithdrawalBot.Core.Platforms;
using WithdrawalBot.Discord.Models;
using WithdrawalBot.Discord.Rest;
using WithdrawalBot.Discord.Tests.Fakes;

namespace WithdrawalBot.Discord.Tests.Rest;

public sealed class DiscordRestClientTests
{
    private static readonly MessageBody Hello = new() { Content = "hello" };

    private static bool IsSend(RestCall call) => call.Method == "POST" && call.Path == "channels/300/messages";

    [Fact]
    public async Task CreateMessage_Always_SendsBotAuthorizationUserAgentAndJson()
    {
        await using var fake = new FakeDiscord();
        using var harness = new RestHarness(fake);

        await harness.Rest.CreateMessageAsync("300", Hello, CancellationToken.None);

        var call = Assert.Single(fake.Calls);
        Assert.Equal("Bot " + fake.Token, call.Authorization);
        Assert.Matches(@"^DiscordBot \(https?://[^,]+, [0-9.]+\)", call.UserAgent);
        Assert.StartsWith("application/json", call.ContentType, StringComparison.Ordinal);
        Assert.Equal("[]", call.Json["allowed_mentions"]!["parse"]!.ToJsonString());
    }

    [Fact]
    public async Task InteractionCallback_Always_SendsNoBotAuthorization()
    {
        await using var fake = new FakeDiscord();
        using var harness = new RestHarness(fake);

        await Assert.ThrowsAsync<DiscordApiException>(() => harness.Rest.CreateInteractionResponseAsync("42", "tok", new InteractionCallback(5), CancellationToken.None));

        Assert.Null(Assert.Single(fake.Calls).Authorization);
    }

    [Fact]
    public async Task RateLimited429_RetryAfterOnePointFiveSeconds_WaitsThenSucceeds()
    {
        await using var fake = new FakeDiscord();
        using var harness = new RestHarness(fake);
        fake.Script("POST", "channels/300/messages", FakeResponse.RateLimited(1.5));

        var send = harness.Rest.CreateMessageAsync("300", Hello, CancellationToken.None);
        await fake.WaitForCallsAsync(IsSend);
        await Task.Delay(100);
        harness.Time.Advance(TimeSpan.FromSeconds(1.4));
        await Task.Delay(150);
        Assert.Single(fake.Calls, IsSend);
        Assert.False(send.IsCompleted, "nothing is resent before retry_after has passed");
        harness.Time.Advance(TimeSpan.FromSeconds(0.2));
        var message = await send.WaitAsync(TimeSpan.FromSeconds(5));

        Assert.Equal("hello", message.Content);
        Assert.Equal(2, fake.Calls.Count(IsSend));
    }

    [Fact]
    public async Task RateLimited429_GlobalLimit_PausesOtherRoutesToo()
    {
        await using var fake = new FakeDiscord();
        using var harness = new RestHarness(fake);
        fake.Channels["301"] = new() { ["id"] = "301", ["type"] = 0 };
        fake.Script("POST", "channels/300/messages", FakeResponse.RateLimited(2, global: true));

        var send = harness.Rest.CreateMessageAsync("300", Hello, CancellationToken.None);
        await fake.WaitForCallsAsync(IsSend);
        await Task.Delay(100);
        var other = harness.Rest.GetChannelAsync("301", CancellationToken.None);
        await Task.Delay(200);
        Assert.DoesNotContain(fake.Calls, c => c.Path == "channels/301");
        harness.Time.Advance(TimeSpan.FromSeconds(2.1));
        await Task.WhenAll(send, other).WaitAsync(TimeSpan.FromSeconds(5));

        Assert.Single(fake.Calls, c => c.Path == "channels/301");
    }

    [Fact]
    public async Task Bucket_RemainingZero_NextRequestWaitsForResetAfter()
    {
        await using var fake = new FakeDiscord();
        using var harness = new RestHarness(fake);
        fake.Script("POST", "channels/300/messages", new FakeResponse(200, """{"id":"1","channel_id":"300","content":"a"}""")
        {
            Headers = [("X-RateLimit-Limit", "5"), ("X-RateLimit-Remaining", "0"), ("X-RateLimit-Reset-After", "3.25"), ("X-RateLimit-Bucket", "abcd")],
        });

        await harness.Rest.CreateMessageAsync("300", Hello, CancellationToken.None);
        var second = harness.Rest.CreateMessageAsync("300", Hello, CancellationToken.None);
        var otherChannel = harness.Rest.CreateMessageAsync("301", Hello, CancellationToken.None);
        await otherChannel.WaitAsync(TimeSpan.FromSeconds(5));
        await Task.Delay(150);
        Assert.Single(fake.Calls, IsSend);
        harness.Time.Advance(TimeSpan.FromSeconds(3.3));
        await second.WaitAsync(TimeSpan.FromSeconds(5));

        Assert.Equal(2, fake.Calls.Count(IsSend));
    }

    [Theory]
    [InlineData(403, 50278, "Cannot send messages to this user")]
    [InlineData(403, 50001, "Missing Access")]
    [InlineData(404, 10003, "Unknown Channel")]
    [InlineData(403, 50007, "Cannot send messages to this user")]
    public async Task PermanentError_Surfaced_TypedAndNotRetried(int status, int code, string message)
    {
        await using var fake = new FakeDiscord();
        using var harness = new RestHarness(fake);
        fake.Script("POST", "channels/300/messages", FakeResponse.Error(status, code, message));

        var error = await Assert.ThrowsAsync<DiscordApiException>(() => harness.Rest.CreateMessageAsync("300", Hello, CancellationToken.None));
        await Task.Delay(200);

        Assert.Equal(code, error.Code);
        Assert.Equal(status, (int)error.Status);
        Assert.True(error.IsPermanent);
        Assert.True(error.IsChatUnavailable);
        Assert.Single(fake.Calls, IsSend);
    }

    [Fact]
    public async Task Unauthorized401_NoFurtherRequestIsSent()
    {
        await using var fake = new FakeDiscord { Token = "MTAw.right.token" };
        using var harness = new RestHarness(fake);
        fake.Script("GET", "gateway/bot", FakeResponse.Error(401, 0, "401: Unauthorized"));

        var first = await Assert.ThrowsAsync<DiscordApiException>(() => harness.Rest.GetGatewayBotAsync(CancellationToken.None));
        var second = await Assert.ThrowsAsync<DiscordApiException>(() => harness.Rest.CreateMessageAsync("300", Hello, CancellationToken.None));

        Assert.True(first.IsUnauthorized);
        Assert.True(second.IsUnauthorized);
        Assert.Single(fake.Calls);
    }

    [Fact]
    public async Task Cloudflare429_HtmlBody_ReportedAsRateLimitedNotRetried()
    {
        await using var fake = new FakeDiscord();
        using var harness = new RestHarness(fake);
        fake.Script("POST", "channels/300/messages", new FakeResponse(429, "<html><body>Error 1015: You are being rate limited</body></html>", "text/html"));

        var error = await Assert.ThrowsAsync<DiscordRateLimitedException>(() => harness.Rest.CreateMessageAsync("300", Hello, CancellationToken.None));
        await Task.Delay(200);

        Assert.True(error.IsCloudflare);
        Assert.Single(fake.Calls);
    }

    [Fact]
    public async Task ServerError502_Once_RetriedWithBackoffThenSucceeds()
    {
        await using var fake = new FakeDiscord();
        using var harness = new RestHarness(fake);
        fake.Script("POST", "channels/300/messages", FakeResponse.Error(502, 0, "Bad Gateway"));

        var message = await harness.AdvanceUntilDoneAsync(harness.Rest.CreateMessageAsync("300", Hello with { Nonce = "n-1", EnforceNonce = true }, CancellationToken.None));

        Assert.Equal("hello", message.Content);
        var sends = fake.Calls.Where(IsSend).ToArray();
        Assert.Equal(2, sends.Length);
        Assert.All(sends, s => Assert.Equal("n-1", (string?)s.Json["nonce"]));
    }

    [Theory]
    [InlineData("POST", "webhooks/1000/tok")]
    [InlineData("POST", "interactions/42/tok/callback")]
    public async Task InteractionPost_ServerError502_NotRetriedSinceDiscordMayHavePostedIt(string method, string path)
    {
        // Break 32 #5: a follow-up carries no nonce; Discord posted it and answered 502, and each retry posted it again.
        await using var fake = new FakeDiscord();
        using var harness = new RestHarness(fake);
        fake.Script(method, path, FakeResponse.Error(502, 0, "Bad Gateway"));

        async Task<bool> Send()
        {
            if (path.StartsWith("webhooks", StringComparison.Ordinal))
            {
                await harness.Rest.CreateFollowupMessageAsync("1000", "tok", Hello, CancellationToken.None);
            }
            else
            {
                await harness.Rest.CreateInteractionResponseAsync("42", "tok", new InteractionCallback(6), CancellationToken.None);
            }

            return true;
        }

        var error = await Assert.ThrowsAsync<DiscordApiException>(() => harness.AdvanceUntilDoneAsync(Send(), limit: TimeSpan.FromMinutes(1)));

        Assert.Equal(System.Net.HttpStatusCode.BadGateway, error.Status);
        Assert.Single(fake.Calls, c => c.Method == method && c.Path == path);
    }

    [Theory]
    [InlineData(403, 50001, DeliveryStatus.ChatUnavailable)]
    [InlineData(404, 10003, DeliveryStatus.ChatUnavailable)]
    [InlineData(403, 50007, DeliveryStatus.ChatUnavailable)]
    [InlineData(400, 50035, DeliveryStatus.Failed)]
    // Break 28: these ended a chat's reminders for good; a locked channel may reopen, and Cloudflare's block or a proxy's
    // bare 403/404 answered every channel alike (100 of 100 subscriptions ended in one broadcast).
    [InlineData(403, 50013, DeliveryStatus.Failed)]
    [InlineData(403, 40333, DeliveryStatus.Failed)]
    [InlineData(403, 0, DeliveryStatus.Failed)]
    [InlineData(404, 0, DeliveryStatus.Failed)]
    public async Task SendAsync_DiscordError_MapsToDeliveryStatus(int status, int code, DeliveryStatus expected)
    {
        await using var fake = new FakeDiscord();
        using var harness = new RestHarness(fake);
        fake.Script("POST", "channels/300/messages", FakeResponse.Error(status, code, "error"));

        var result = await harness.Platform.SendAsync(new(WithdrawalBot.Core.Messages.ChatPlatform.Discord, "300"), DiscordTestHost.Answer("hi"), CancellationToken.None);

        Assert.Equal(expected, result.Status);
        Assert.Equal(code != 0 ? code : status, result.ErrorCode);
    }

    [Fact]
    public async Task SendAsync_StoppedWhileWaitingOutAGlobalPause_SaysNothingWasSent()
    {
        // Break 28: a reminder cancelled in this wait was taken as "most likely went out" at the next start.
        await using var fake = new FakeDiscord();
        using var harness = new RestHarness(fake);
        fake.Script("POST", "channels/300/messages", FakeResponse.RateLimited(20, global: true));
        using var stop = new CancellationTokenSource();

        var send = harness.Platform.SendAsync(new(WithdrawalBot.Core.Messages.ChatPlatform.Discord, "300"), DiscordTestHost.Answer("hi"), stop.Token);
        await fake.WaitForCallsAsync(IsSend);
        await Task.Delay(200);
        await stop.CancelAsync();
        var error = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => send);

        Assert.True(DeliveryNotStartedException.Describes(error), error.ToString());
        Assert.Single(fake.Calls, IsSend);
    }

    [Fact]
    public async Task SendAsync_LongRateLimit_ReturnsRateLimitedWithRetryAfterInsteadOfWaiting()
    {
        await using var fake = new FakeDiscord();
        using var harness = new RestHarness(fake);
        fake.Script("POST", "channels/300/messages", FakeResponse.RateLimited(90));

        var result = await harness.Platform.SendAsync(new(WithdrawalBot.Core.Messages.ChatPlatform.Discord, "300"), DiscordTestHost.Answer("hi"), CancellationToken.None)
            .WaitAsync(TimeSpan.FromSeconds(5));

        Assert.Equal(DeliveryStatus.RateLimited, result.Status);
        Assert.Equal(TimeSpan.FromSeconds(90), result.RetryAfter);
    }

    [Fact]
    public async Task SendAsync_ToThread_PostsToTheThreadChannel()
    {
        await using var fake = new FakeDiscord();
        using var harness = new RestHarness(fake);

        var result = await harness.Platform.SendAsync(new(WithdrawalBot.Core.Messages.ChatPlatform.Discord, "300", "301"), DiscordTestHost.Answer("reminder"), CancellationToken.None);

        Assert.Equal(DeliveryStatus.Delivered, result.Status);
        var call = Assert.Single(fake.Calls);
        Assert.Equal("channels/301/messages", call.Path);
        Assert.True((bool)call.Json["enforce_nonce"]!);
    }

    [Fact]
    public async Task SendAsync_SameDeliverySentTwice_CarriesTheSameNonce()
    {
        // Break 31 #2: a reminder sent again after a timeout got a fresh nonce, so Discord posted it twice.
        await using var fake = new FakeDiscord();
        using var harness = new RestHarness(fake);
        var chat = new WithdrawalBot.Core.Messages.ChatAddress(WithdrawalBot.Core.Messages.ChatPlatform.Discord, "300");
        var reminder = DiscordTestHost.Answer("reminder") with { DeliveryKey = "erbil|7d|42" };

        await harness.Platform.SendAsync(chat, reminder, CancellationToken.None);
        await harness.Platform.SendAsync(chat, reminder, CancellationToken.None);
        await harness.Platform.SendAsync(chat, DiscordTestHost.Answer("reply"), CancellationToken.None);
        await harness.Platform.SendAsync(chat, DiscordTestHost.Answer("reply"), CancellationToken.None);

        var nonces = fake.Calls.Select(c => (string?)c.Json["nonce"]).ToArray();
        Assert.Equal(nonces[0], nonces[1]);
        Assert.Equal(4, nonces.Distinct().Count() + 1);
        Assert.All(nonces, n => Assert.InRange(n!.Length, 1, 25));
    }
}
