using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Logging;
using Polly.Timeout;
using WithdrawalBot.Discord.Models;

namespace WithdrawalBot.Discord.Rest;

/// <summary>
/// The Discord REST API v10 calls the bot makes. The <see cref="HttpClient"/> it is given carries the base
/// address (<c>Discord:ApiBaseUrl</c>), the User-Agent, retries of transient 5xx (Polly) and the rate-limit
/// handler. Bot routes send <c>Authorization: Bot &lt;token&gt;</c>; interaction callbacks and webhook
/// follow-ups are authenticated by their token in the path and send none.
/// </summary>
/// <remarks>Every call throws <see cref="DiscordApiException"/> for an error answer, <see cref="DiscordRateLimitedException"/> for a 429 not waited out, <see cref="HttpRequestException"/> when Discord could not be reached, and <see cref="OperationCanceledException"/> when cancelled.</remarks>
public sealed class DiscordRestClient
{
    /// <summary>The User-Agent Discord requires: <c>DiscordBot ($url, $versionNumber)</c>.</summary>
    public const string UserAgent = "DiscordBot (https://github.com/withdrawalbot/withdrawalbot, 1.0) WithdrawalBot";

    private readonly HttpClient http;
    private readonly string token;
    private readonly ILogger logger;

    /// <summary>Creates the client over a configured <see cref="HttpClient"/>.</summary>
    /// <param name="http">An HTTP client whose <see cref="HttpClient.BaseAddress"/> is the API base (ending in <c>/</c>).</param>
    /// <param name="botToken">The bare bot token.</param>
    /// <param name="logger">Where API errors are logged.</param>
    public DiscordRestClient(HttpClient http, string botToken, ILogger<DiscordRestClient> logger)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentException.ThrowIfNullOrWhiteSpace(botToken);
        this.http = http;
        token = botToken.Trim();
        this.logger = logger;
    }

    /// <summary>Normalises an API base address so relative paths append to it (adds the trailing <c>/</c>).</summary>
    public static Uri NormalizeBaseAddress(Uri apiBaseUrl)
    {
        ArgumentNullException.ThrowIfNull(apiBaseUrl);
        return apiBaseUrl.AbsoluteUri.EndsWith('/') ? apiBaseUrl : new Uri(apiBaseUrl.AbsoluteUri + "/");
    }

    /// <summary><c>GET gateway/bot</c>: the gateway URL, recommended shard count and Identify budget.</summary>
    public Task<GatewayBotInfo> GetGatewayBotAsync(CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Get, "gateway/bot", null, DiscordJsonContext.Default.GatewayBotInfo, cancellationToken)!;

    /// <summary><c>GET applications/@me</c>: the bot's application (its id registers slash commands).</summary>
    public Task<DiscordApplication> GetCurrentApplicationAsync(CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Get, "applications/@me", null, DiscordJsonContext.Default.DiscordApplication, cancellationToken)!;

    /// <summary><c>POST channels/{channelId}/messages</c>: posts a message (text ≤ 2000 code points).</summary>
    /// <returns>The created message.</returns>
    public Task<DiscordMessage> CreateMessageAsync(string channelId, MessageBody message, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, $"channels/{Id(channelId)}/messages", Json(message, DiscordJsonContext.Default.MessageBody), DiscordJsonContext.Default.DiscordMessage, cancellationToken)!;

    /// <summary><c>POST interactions/{id}/{token}/callback</c>: the first answer to an interaction (due within 3 s).</summary>
    public Task CreateInteractionResponseAsync(string interactionId, string interactionToken, InteractionCallback callback, CancellationToken cancellationToken) =>
        SendAsync<object>(HttpMethod.Post, $"interactions/{Id(interactionId)}/{Token(interactionToken)}/callback", Json(callback, DiscordJsonContext.Default.InteractionCallback), null, cancellationToken);

    /// <summary><c>PATCH webhooks/{app}/{token}/messages/@original</c>: completes a deferred answer.</summary>
    public Task<DiscordMessage> EditOriginalInteractionResponseAsync(string applicationId, string interactionToken, MessageBody message, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Patch, $"webhooks/{Id(applicationId)}/{Token(interactionToken)}/messages/@original", Json(message with { Nonce = null, EnforceNonce = null, MessageReference = null }, DiscordJsonContext.Default.MessageBody), DiscordJsonContext.Default.DiscordMessage, cancellationToken)!;

    /// <summary><c>DELETE webhooks/{app}/{token}/messages/@original</c>: removes a deferred "thinking…" answer that has nothing to say.</summary>
    public Task DeleteOriginalInteractionResponseAsync(string applicationId, string interactionToken, CancellationToken cancellationToken) =>
        SendAsync<object>(HttpMethod.Delete, $"webhooks/{Id(applicationId)}/{Token(interactionToken)}/messages/@original", null, null, cancellationToken);

    /// <summary><c>POST webhooks/{app}/{token}</c>: a follow-up message to an interaction (valid 15 min).</summary>
    public Task<DiscordMessage> CreateFollowupMessageAsync(string applicationId, string interactionToken, MessageBody message, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, $"webhooks/{Id(applicationId)}/{Token(interactionToken)}?wait=true", Json(message with { Nonce = null, EnforceNonce = null, MessageReference = null }, DiscordJsonContext.Default.MessageBody), DiscordJsonContext.Default.DiscordMessage, cancellationToken)!;

    /// <summary>
    /// <c>PUT applications/{app}/commands</c> (or <c>…/guilds/{guild}/commands</c> when <paramref name="guildId"/> is set):
    /// replaces all the application's commands in that scope with <paramref name="commands"/>.
    /// </summary>
    public Task<IReadOnlyList<ApplicationCommand>> BulkOverwriteCommandsAsync(string applicationId, string? guildId, IReadOnlyList<ApplicationCommand> commands, CancellationToken cancellationToken)
    {
        var path = string.IsNullOrEmpty(guildId) ? $"applications/{Id(applicationId)}/commands" : $"applications/{Id(applicationId)}/guilds/{Id(guildId)}/commands";
        return SendAsync(HttpMethod.Put, path, Json(commands, DiscordJsonContext.Default.IReadOnlyListApplicationCommand), DiscordJsonContext.Default.IReadOnlyListApplicationCommand, cancellationToken)!;
    }

    /// <summary><c>GET applications/{app}/guilds/{guild}/commands</c>: the application's commands registered in one server.</summary>
    public Task<IReadOnlyList<ApplicationCommand>> GetGuildCommandsAsync(string applicationId, string guildId, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Get, $"applications/{Id(applicationId)}/guilds/{Id(guildId)}/commands", null, DiscordJsonContext.Default.IReadOnlyListApplicationCommand, cancellationToken)!;

    /// <summary><c>GET users/@me/guilds?limit=…</c>: the first <paramref name="limit"/> (1–200) servers the bot is in (id and name).</summary>
    public Task<IReadOnlyList<DiscordGuild>> GetCurrentUserGuildsAsync(int limit, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Get, $"users/@me/guilds?limit={Math.Clamp(limit, 1, 200).ToString(System.Globalization.CultureInfo.InvariantCulture)}", null, DiscordJsonContext.Default.IReadOnlyListDiscordGuild, cancellationToken)!;

    /// <summary><c>GET channels/{id}</c>.</summary>
    public Task<DiscordChannel> GetChannelAsync(string channelId, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Get, $"channels/{Id(channelId)}", null, DiscordJsonContext.Default.DiscordChannel, cancellationToken)!;

    /// <summary><c>GET guilds/{id}</c>: owner and roles.</summary>
    public Task<DiscordGuild> GetGuildAsync(string guildId, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Get, $"guilds/{Id(guildId)}", null, DiscordJsonContext.Default.DiscordGuild, cancellationToken)!;

    /// <summary><c>GET guilds/{guild}/members/{user}</c>: the member's roles.</summary>
    public Task<GuildMember> GetGuildMemberAsync(string guildId, string userId, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Get, $"guilds/{Id(guildId)}/members/{Id(userId)}", null, DiscordJsonContext.Default.GuildMember, cancellationToken)!;

    private async Task<T?> SendAsync<T>(HttpMethod method, string path, HttpContent? content, JsonTypeInfo<T>? result, CancellationToken cancellationToken)
        where T : class
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative)) { Content = content };
        if (!path.StartsWith("interactions/", StringComparison.Ordinal) && !path.StartsWith("webhooks/", StringComparison.Ordinal))
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bot", token);
        }

        using var response = await SendOnceAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw await ErrorAsync(request, response, cancellationToken);
        }

        if (result is null || response.StatusCode == System.Net.HttpStatusCode.NoContent)
        {
            return null;
        }

        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        return await JsonSerializer.DeserializeAsync(stream, result, cancellationToken)
            ?? throw new JsonException($"Discord answered {path} with null.");
    }

    /// <summary>
    /// Sends through the retry pipeline. Its last attempt timing out (Discord hangs during incidents) is thrown as the
    /// <see cref="HttpRequestException"/> "no answer within 30 s", like any other failure to reach Discord, so every caller's
    /// handling of an unreachable Discord covers it (break 31 #1: Polly's own exception escaped them all and stopped the bot).
    /// </summary>
    private async Task<HttpResponseMessage> SendOnceAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        try
        {
            return await http.SendAsync(request, cancellationToken);
        }
        catch (TimeoutRejectedException timeout)
        {
            throw new HttpRequestException($"no answer within {timeout.Timeout.TotalSeconds:0} s");
        }
    }

    private async Task<Exception> ErrorAsync(HttpRequestMessage request, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var route = RestRoute.From(request).Template;
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        DiscordError? error = null;
        try
        {
            error = body.Length == 0 ? null : JsonSerializer.Deserialize(body, DiscordJsonContext.Default.DiscordError);
        }
        catch (JsonException)
        {
            // Not Discord's JSON (a proxy or Cloudflare page): the status says enough.
        }

        if (response.StatusCode == System.Net.HttpStatusCode.TooManyRequests)
        {
            var retryAfter = error?.RetryAfter is { } seconds ? TimeSpan.FromSeconds(seconds) : response.Headers.RetryAfter?.Delta ?? DiscordRateLimitHandler.CloudflarePause;
            return new DiscordRateLimitedException(retryAfter, error?.Global == true, error is null, route);
        }

        var described = error?.Describe();
        if (response.StatusCode != System.Net.HttpStatusCode.Unauthorized || RestRoute.From(request).IsInteractionRoute)
        {
            // A rejected bot token has had its one critical line from the rate-limit handler already.
            RestLog.ApiError(logger, (int)response.StatusCode, error?.Code ?? 0, described ?? "no message", route);
        }

        return new DiscordApiException(response.StatusCode, error?.Code ?? 0, described, route);
    }

    private static ByteArrayContent Json<T>(T value, JsonTypeInfo<T> type)
    {
        var content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(value, type));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        return content;
    }

    private static string Id(string id)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        return id.All(char.IsAsciiDigit) ? id : throw new ArgumentException($"'{id}' is not a Discord id.", nameof(id));
    }

    private static string Token(string interactionToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(interactionToken);
        return Uri.EscapeDataString(interactionToken);
    }
}
