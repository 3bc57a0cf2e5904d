using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;
using WithdrawalBot.Core.Messages;
using WithdrawalBot.Core.Platforms;
using WithdrawalBot.Core.Routing;
using WithdrawalBot.Discord.Gateway;
using WithdrawalBot.Discord.Models;
using WithdrawalBot.Discord.Rest;

namespace WithdrawalBot.Discord.Adapter;

/// <summary>
/// Answers a MESSAGE_CREATE: translate, ask the router, post the reply (as a reply to the question in servers); a reply
/// Discord rate-limits is posted again when the limit lifts (up to <see cref="MaxReplyRetries"/> times, waits of at most
/// <see cref="MaxReplyWait"/>).
/// </summary>
public sealed class DiscordMessageHandler(DiscordGateway gateway, DiscordRestClient rest, ChannelDirectory directory, BotRoles roles, DiscordChatPlatform platform,
    IMessageRouter router, TimeProvider time, ILogger<DiscordMessageHandler> logger)
{
    /// <summary>The longest rate-limit wait a reply sits out before it is given up.</summary>
    public static readonly TimeSpan MaxReplyWait = TimeSpan.FromMinutes(2);

    /// <summary>How many times a rate-limited reply is posted again.</summary>
    public const int MaxReplyRetries = 5;

    // A reply Discord rate-limits (many 429s in a row, a global or Cloudflare pause) is posted again once the limit
    // lifts rather than dropped; the bodies' nonces make Discord keep one copy of a part that did get through.
    private readonly ResiliencePipeline<DeliveryResult> replyRetries = new ResiliencePipelineBuilder<DeliveryResult> { TimeProvider = time }
        .AddRetry(new RetryStrategyOptions<DeliveryResult>
        {
            ShouldHandle = arguments => ValueTask.FromResult(arguments.Outcome.Result is { Status: DeliveryStatus.RateLimited, RetryAfter: { } wait } && wait <= MaxReplyWait),
            MaxRetryAttempts = MaxReplyRetries,
            DelayGenerator = arguments => ValueTask.FromResult(arguments.Outcome.Result?.RetryAfter),
        })
        .Build();

    private int intentHintLogged;

    /// <summary>Handles one message; Discord errors are logged and counted, not thrown.</summary>
    public async Task HandleAsync(DiscordMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (gateway.CurrentUser?.Id is not { } botId)
        {
            return;
        }

        var chat = await AddressOfAsync(message, cancellationToken);
        var (incoming, skip) = MessageTranslator.Translate(message, botId, chat, role => roles.IsRoleOf(role, botId));
        if (skip == MessageTranslator.Skip.EmptyContent && Interlocked.Exchange(ref intentHintLogged, 1) == 0)
        {
            AdapterLog.EmptyContentHint(logger);
        }

        if (incoming is null)
        {
            return;
        }

        // The router counts the message (withdrawalbot.messages, reply duration).
        var reply = await router.HandleAsync(incoming, cancellationToken);
        if (reply is null)
        {
            return;
        }

        var bodies = DiscordReplyRenderer.Render(reply, incoming.Kind == ChatKind.Group ? message.Id : null)
            .Select((body, i) => body with { Nonce = $"{message.Id}-{i}", EnforceNonce = true })
            .ToArray();
        await replyRetries.ExecuteAsync(async token => await platform.DeliverAsync(message.ChannelId, bodies, token), cancellationToken);
    }

    private async Task<ChatAddress> AddressOfAsync(DiscordMessage message, CancellationToken cancellationToken)
    {
        if (message.GuildId is not null && !directory.IsKnown(message.ChannelId) && message.ChannelType is 10 or 11 or 12)
        {
            try
            {
                directory.Learn(await rest.GetChannelAsync(message.ChannelId, cancellationToken));
            }
            catch (Exception e) when (e is DiscordApiException or DiscordRateLimitedException or HttpRequestException)
            {
                platform.Record(message.ChannelId, e);
            }
        }

        return directory.AddressOf(message.ChannelId);
    }
}
