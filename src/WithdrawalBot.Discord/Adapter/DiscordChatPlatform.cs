using System.Net;
using Microsoft.Extensions.Logging;
using WithdrawalBot.Core.Diagnostics;
using WithdrawalBot.Core.Messages;
using WithdrawalBot.Core.Platforms;
using WithdrawalBot.Core.Replies;
using WithdrawalBot.Discord.Gateway;
using WithdrawalBot.Discord.Models;
using WithdrawalBot.Discord.Rest;

namespace WithdrawalBot.Discord.Adapter;

/// <summary>
/// <see cref="IChatPlatform"/> for Discord: sends replies (reminders) to a channel or thread, and answers
/// admin questions from guild roles and channel overwrites. A chat's <see cref="ChatAddress.ChatId"/> is a
/// channel id; <see cref="ChatAddress.ThreadId"/> a thread's channel id.
/// </summary>
public sealed class DiscordChatPlatform(DiscordRestClient rest, DiscordGateway gateway, BotMetrics metrics, ILogger<DiscordChatPlatform> logger) : IChatPlatform
{
    /// <inheritdoc />
    public ChatPlatform Platform => ChatPlatform.Discord;

    /// <summary>Replies and reminders that failed to send in a row (a 5xx, the network, a refused body), for <see cref="DiscordHealthCheck"/>.</summary>
    public SendFailureStreak Sends { get; } = new();

    /// <summary>
    /// Posts the reply to <c>chat.ThreadId ?? chat.ChatId</c>, split at 2000 code points. 429 →
    /// <see cref="DeliveryStatus.RateLimited"/>; Missing Access, Unknown Channel, Cannot send messages to this user →
    /// <see cref="DeliveryStatus.ChatUnavailable"/> (see <see cref="DiscordApiException.IsChatUnavailable"/>); anything else,
    /// Missing Permissions, Cloudflare's 40333 and a 403/404 without Discord's code included → <see cref="DeliveryStatus.Failed"/>.
    /// If a later part fails, the parts before it were delivered. Each part carries a nonce with <c>enforce_nonce</c>: from
    /// <see cref="Reply.DeliveryKey"/> when set, so a reminder sent again after a timeout is posted once by Discord.
    /// </summary>
    public Task<DeliveryResult> SendAsync(ChatAddress chat, Reply reply, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(chat);
        ArgumentNullException.ThrowIfNull(reply);
        var nonce = reply.DeliveryKey is { } key ? NonceOf(key) : Guid.NewGuid().ToString("N")[..22];
        var bodies = DiscordReplyRenderer.Render(reply)
            .Select((body, i) => body with { Nonce = $"{nonce}{i:x2}", EnforceNonce = true })
            .ToArray();
        return DeliverAsync(chat.ThreadId ?? chat.ChatId, bodies, cancellationToken);
    }

    /// <summary>22 hexadecimal digits of the SHA-256 of <paramref name="deliveryKey"/>: the same for every send of one delivery, within Discord's 25-character nonce with the part's two digits.</summary>
    private static string NonceOf(string deliveryKey) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(deliveryKey)))[..22];

    /// <summary>
    /// Whether <paramref name="userId"/> is the guild owner or has Administrator, Manage Server or Manage
    /// Channels in the channel (roles and the channel's overwrites applied; a thread uses its parent's).
    /// In a DM, true. False when Discord says the channel or member does not exist (a 4xx); <c>null</c> when it could not
    /// answer (a 5xx, a rate limit, the network), so the sender is told to try again rather than that they are no admin.
    /// </summary>
    public async Task<bool?> IsAdminAsync(ChatAddress chat, string userId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(chat);
        var (permissions, couldNotAsk) = await PermissionsAsync(chat, userId, cancellationToken);
        return couldNotAsk ? null : permissions is { } p && (p & DiscordPermissions.ChatAdmin) != 0;
    }

    /// <summary>
    /// Discord has no channel "admin" role for bots; this answers whether the bot can post there: View Channel
    /// and Send Messages (Send Messages in Threads for a thread). In a DM, true.
    /// </summary>
    public async Task<bool> IsBotAdminAsync(ChatAddress chat, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(chat);
        if (gateway.CurrentUser?.Id is not { } botId)
        {
            return false;
        }

        var (permissions, _) = await PermissionsAsync(chat, botId, cancellationToken);
        var send = chat.ThreadId is null ? DiscordPermissions.SendMessages : DiscordPermissions.SendMessagesInThreads;
        return permissions is { } p && p.HasFlag(DiscordPermissions.ViewChannel | send);
    }

    /// <summary>Resolves a channel id or a <c>&lt;#id&gt;</c> mention the bot can see; <c>null</c> otherwise.</summary>
    public async Task<(ChatAddress Chat, ChatKind Kind)?> ResolveChatAsync(string reference, CancellationToken cancellationToken)
    {
        var id = reference?.Trim().TrimStart('<', '#').TrimEnd('>') ?? "";
        if (id.Length is 0 or > 20 || !id.All(char.IsAsciiDigit))
        {
            return null;
        }

        try
        {
            var channel = await rest.GetChannelAsync(id, cancellationToken);
            var chat = channel.IsThread && channel.ParentId is { } parent
                ? new ChatAddress(ChatPlatform.Discord, parent, channel.Id)
                : new ChatAddress(ChatPlatform.Discord, channel.Id);
            return (chat, channel.IsPrivate ? ChatKind.Private : ChatKind.Group);
        }
        catch (Exception e) when (e is DiscordApiException or DiscordRateLimitedException or HttpRequestException)
        {
            Record(id, e);
            return null;
        }
    }

    /// <summary>Posts message bodies to a channel in order and maps Discord's answer to a <see cref="DeliveryResult"/>.</summary>
    internal async Task<DeliveryResult> DeliverAsync(string channelId, IReadOnlyList<MessageBody> bodies, CancellationToken cancellationToken)
    {
        var result = await PostAsync(channelId, bodies, cancellationToken);
        Sends.Record(result);
        return result;
    }

    private async Task<DeliveryResult> PostAsync(string channelId, IReadOnlyList<MessageBody> bodies, CancellationToken cancellationToken)
    {
        var posted = 0;
        try
        {
            foreach (var body in bodies)
            {
                await SendOneAsync(channelId, body, cancellationToken);
                posted++;
            }

            return DeliveryResult.Delivered;
        }
        catch (OperationCanceledException e) when (posted > 0 && DeliveryNotStartedException.Describes(e))
        {
            // An earlier part went out: sending it all again would post that part twice.
            throw new OperationCanceledException(e.Message, e.InnerException, cancellationToken);
        }
        catch (DiscordRateLimitedException e)
        {
            Record(channelId, e);
            return new DeliveryResult(DeliveryStatus.RateLimited) { RetryAfter = e.RetryAfter, ErrorCode = 429, Description = e.Message };
        }
        catch (DiscordApiException e)
        {
            Record(channelId, e);
            var status = e.IsChatUnavailable ? DeliveryStatus.ChatUnavailable : DeliveryStatus.Failed;
            return new DeliveryResult(status) { ErrorCode = e.Code != 0 ? e.Code : (int)e.Status, Description = e.DiscordMessage ?? e.Message };
        }
        catch (HttpRequestException e)
        {
            Record(channelId, e);
            return new DeliveryResult(DeliveryStatus.Failed) { Description = e.Message };
        }
    }

    /// <summary>Records a failed Discord call in the metrics and the log.</summary>
    internal void Record(string channelId, Exception error)
    {
        var code = error switch
        {
            DiscordApiException api => api.Code != 0 ? api.Code : (int)api.Status,
            DiscordRateLimitedException => (int)HttpStatusCode.TooManyRequests,
            _ => 0,
        };
        metrics.PlatformError("discord", code);
        AdapterLog.DeliveryFailed(logger, channelId, error.Message);
    }

    private async Task SendOneAsync(string channelId, MessageBody body, CancellationToken cancellationToken)
    {
        try
        {
            await rest.CreateMessageAsync(channelId, body, cancellationToken);
        }
        catch (DiscordApiException e) when (body.MessageReference is not null && (DiscordErrorCode)e.Code is DiscordErrorCode.MissingPermissions or DiscordErrorCode.UnknownMessage)
        {
            // Replying needs Read Message History and an existing question; post without the reference instead.
            await rest.CreateMessageAsync(channelId, body with { MessageReference = null }, cancellationToken);
        }
    }

    /// <summary>
    /// The user's permissions in the channel (a thread: its parent's), or <c>null</c> when they cannot be read; then
    /// <c>CouldNotAsk</c> tells a Discord that could not answer (a 5xx, a rate limit, the network) from one that answered
    /// "no such channel or member" (a 4xx).
    /// </summary>
    private async Task<(DiscordPermissions? Permissions, bool CouldNotAsk)> PermissionsAsync(ChatAddress chat, string userId, CancellationToken cancellationToken)
    {
        var channelId = chat.ThreadId ?? chat.ChatId;
        try
        {
            var channel = await rest.GetChannelAsync(channelId, cancellationToken);
            if (channel.IsPrivate)
            {
                return ((DiscordPermissions)ulong.MaxValue, false);
            }

            if (channel.IsThread && channel.ParentId is { } parent)
            {
                channel = await rest.GetChannelAsync(parent, cancellationToken);
            }

            if (channel.GuildId is not { } guildId)
            {
                return (null, false);
            }

            var guild = await rest.GetGuildAsync(guildId, cancellationToken);
            if (guild.OwnerId == userId)
            {
                return ((DiscordPermissions)ulong.MaxValue, false);
            }

            var member = await rest.GetGuildMemberAsync(guildId, userId, cancellationToken);
            return (PermissionCalculator.Compute(guild, userId, member.Roles, channel), false);
        }
        catch (Exception e) when (e is DiscordApiException or DiscordRateLimitedException or HttpRequestException)
        {
            metrics.PlatformError("discord", e is DiscordApiException api ? (api.Code != 0 ? api.Code : (int)api.Status) : 0);
            AdapterLog.PermissionCheckFailed(logger, channelId, e.Message);
            return (null, e is not DiscordApiException { IsPermanent: true });
        }
    }
}
