using Microsoft.Extensions.Logging;
using WithdrawalBot.Core.Messages;
using WithdrawalBot.Core.Routing;
using WithdrawalBot.Discord.Gateway;
using WithdrawalBot.Discord.Models;
using WithdrawalBot.Discord.Rest;

namespace WithdrawalBot.Discord.Adapter;

/// <summary>Answers a MESSAGE_CREATE: translate, ask the router, post the reply (as a reply to the question in servers).</summary>
public sealed class DiscordMessageHandler(DiscordGateway gateway, DiscordRestClient rest, ChannelDirectory directory, DiscordChatPlatform platform,
    IMessageRouter router, ILogger<DiscordMessageHandler> logger)
{
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
        var (incoming, skip) = MessageTranslator.Translate(message, botId, chat);
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
        await platform.DeliverAsync(message.ChannelId, bodies, cancellationToken);
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
