using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using WithdrawalBot.Core.Platforms;
using WithdrawalBot.Discord.Models;

namespace WithdrawalBot.Discord.Rest;

/// <summary>
/// The HTTP handler that keeps the bot inside Discord's REST limits: one request at a time per bucket,
/// no request on an exhausted bucket before <c>X-RateLimit-Reset-After</c>, a global pause after a global
/// 429, a 429's <c>retry_after</c> (fractional seconds) waited out and the request retried, and no further
/// request after a 401. A Cloudflare 429 (not JSON) pauses everything and is not retried.
/// Waits longer than <see cref="MaxWait"/> are not sat out: <see cref="DiscordRateLimitedException"/> is thrown
/// so the caller (e.g. a reminder broadcast) can reschedule. A cancellation during a wait, before the request reached
/// Discord (or after a 429, which Discord did not act on), throws <see cref="DeliveryNotStartedException"/>: nothing was
/// sent. All waiting goes through <see cref="TimeProvider"/>.
/// </summary>
internal sealed class DiscordRateLimitHandler(RateLimitState state, TimeProvider time, ILogger<DiscordRateLimitHandler> logger) : DelegatingHandler
{
    /// <summary>The longest wait the handler sits out by itself.</summary>
    public static readonly TimeSpan MaxWait = TimeSpan.FromSeconds(30);

    /// <summary>How many 429s in a row one request may get before giving up.</summary>
    public const int MaxRateLimitRetries = 3;

    /// <summary>How long everything pauses after a Cloudflare 429 that names no <c>Retry-After</c>.</summary>
    public static readonly TimeSpan CloudflarePause = TimeSpan.FromMinutes(1);

    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var route = RestRoute.From(request);
        if (state.Unauthorized && !route.IsInteractionRoute)
        {
            return RejectedByEarlier401(request);
        }

        var bucket = state.BucketFor(route);
        var gate = bucket.Gate;
        try
        {
            await gate.WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException e) when (cancellationToken.IsCancellationRequested)
        {
            throw new DeliveryNotStartedException(cancellationToken, e);
        }

        var sending = false;
        try
        {
            for (var attempt = 0; ; attempt++)
            {
                if (!route.IsInteractionRoute)
                {
                    await WaitUntilAsync(state.GlobalResumeAt, route, isGlobal: true, cancellationToken);
                }

                if (bucket.Remaining == 0)
                {
                    await WaitUntilAsync(bucket.ResetAt, route, isGlobal: false, cancellationToken);
                    bucket.Remaining = null;
                }

                sending = true;
                var response = await base.SendAsync(request, cancellationToken);
                sending = false;
                bucket = Update(route, bucket, response);
                if (response.StatusCode == HttpStatusCode.Unauthorized && !route.IsInteractionRoute)
                {
                    if (state.MarkUnauthorized())
                    {
                        RestLog.TokenRejected(logger, route.Template);
                    }

                    return response;
                }

                if (response.StatusCode != HttpStatusCode.TooManyRequests)
                {
                    return response;
                }

                var (retryAfter, isGlobal, isCloudflare) = await ReadRateLimitAsync(response, cancellationToken);
                var resumeAt = time.GetUtcNow() + retryAfter;
                if (isCloudflare)
                {
                    state.PauseAll(resumeAt, cloudflare: true);
                    RestLog.CloudflareRateLimited(logger, route.Template, retryAfter.TotalSeconds);
                    response.Dispose();
                    throw new DiscordRateLimitedException(retryAfter, isGlobal: true, isCloudflare: true, route.Template);
                }

                if (isGlobal)
                {
                    state.PauseAll(resumeAt);
                }
                else
                {
                    bucket.Remaining = 0;
                    bucket.ResetAt = resumeAt > bucket.ResetAt ? resumeAt : bucket.ResetAt;
                }

                RestLog.RateLimited(logger, route.Template, retryAfter.TotalSeconds, isGlobal, attempt + 1);
                response.Dispose();
                if (retryAfter > MaxWait || attempt + 1 >= MaxRateLimitRetries)
                {
                    throw new DiscordRateLimitedException(retryAfter, isGlobal, isCloudflare: false, route.Template);
                }
            }
        }
        catch (OperationCanceledException e) when (!sending && cancellationToken.IsCancellationRequested && e is not DeliveryNotStartedException)
        {
            // Cancelled in a wait for the bucket or a pause, or after a 429 (which Discord did not act on): nothing was sent.
            throw new DeliveryNotStartedException(cancellationToken, e);
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task WaitUntilAsync(DateTimeOffset until, RestRoute route, bool isGlobal, CancellationToken cancellationToken)
    {
        var wait = until - time.GetUtcNow();
        if (wait <= TimeSpan.Zero)
        {
            return;
        }

        if (wait > MaxWait)
        {
            throw new DiscordRateLimitedException(wait, isGlobal, isCloudflare: false, route.Template);
        }

        await Task.Delay(wait, time, cancellationToken);
    }

    private RateLimitBucket Update(RestRoute route, RateLimitBucket bucket, HttpResponseMessage response)
    {
        if (Header(response, "X-RateLimit-Bucket") is { Length: > 0 } hash)
        {
            var learned = state.Learn(route, hash, bucket);
            if (!ReferenceEquals(learned, bucket))
            {
                // The request still holds the old gate; the learned bucket takes over from the next request on.
                bucket = learned;
            }
        }

        if (int.TryParse(Header(response, "X-RateLimit-Remaining"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var remaining))
        {
            bucket.Remaining = remaining;
        }

        if (double.TryParse(Header(response, "X-RateLimit-Reset-After"), NumberStyles.Float, CultureInfo.InvariantCulture, out var resetAfter))
        {
            bucket.ResetAt = time.GetUtcNow() + TimeSpan.FromSeconds(resetAfter);
        }

        return bucket;
    }

    private static async Task<(TimeSpan RetryAfter, bool IsGlobal, bool IsCloudflare)> ReadRateLimitAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var header = response.Headers.RetryAfter?.Delta;
        var headerGlobal = string.Equals(Header(response, "X-RateLimit-Global"), "true", StringComparison.OrdinalIgnoreCase);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        DiscordError? error = null;
        try
        {
            error = JsonSerializer.Deserialize(body, DiscordJsonContext.Default.DiscordError);
        }
        catch (JsonException)
        {
            // Cloudflare answers with an HTML page, not JSON.
        }

        if (error?.RetryAfter is not { } seconds || double.IsNaN(seconds) || seconds < 0)
        {
            return (header ?? CloudflarePause, true, true);
        }

        return (TimeSpan.FromSeconds(Math.Min(seconds, TimeSpan.FromDays(1).TotalSeconds)), error.Global == true || headerGlobal, false);
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;

    private static HttpResponseMessage RejectedByEarlier401(HttpRequestMessage request) => new(HttpStatusCode.Unauthorized)
    {
        RequestMessage = request,
        Content = new StringContent("{\"code\":0,\"message\":\"Not sent: Discord rejected the bot token earlier (401). Fix Discord__BotToken and restart.\"}", System.Text.Encoding.UTF8, "application/json"),
    };
}
