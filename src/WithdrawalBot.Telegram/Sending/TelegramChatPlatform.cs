using System.Globalization;
using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using WithdrawalBot.Core.Diagnostics;
using WithdrawalBot.Core.Messages;
using WithdrawalBot.Core.Platforms;
using WithdrawalBot.Core.Replies;
using WithdrawalBot.Telegram.Diagnostics;
using WithdrawalBot.Telegram.Hosting;
using WithdrawalBot.Telegram.Rendering;
using WithdrawalBot.Telegram.Updates;

namespace WithdrawalBot.Telegram.Sending;

/// <summary>
/// Telegram as an <see cref="IChatPlatform"/>: sends rendered replies (HTML, split under 4096 characters, buttons as
/// an inline keyboard under the last part) through <see cref="TelegramRateLimiter"/>, reports Bot API errors as
/// <see cref="DeliveryResult"/>s (see <see cref="TelegramErrors"/>) and counts them in <see cref="BotMetrics.PlatformError"/>,
/// counts failed sends for the health check (<see cref="TelegramHealth.Sends"/>), checks admin rights with getChatMember and
/// resolves <c>@channel</c> names with getChat.
/// </summary>
public sealed class TelegramChatPlatform(
    ITelegramBotClient client,
    TelegramRateLimiter limiter,
    TelegramBotIdentity identity,
    TelegramHealth health,
    BotMetrics metrics,
    TimeProvider time,
    ILogger<TelegramChatPlatform> logger) : IChatPlatform
{
    private const string MetricsPlatform = "telegram";

    /// <summary>
    /// The longest retry_after waited out (once) for a later part of a reply: the parts before it are in the chat, and
    /// sending the whole reply again, as a caller retrying a 429 would, would repeat them.
    /// </summary>
    public static readonly TimeSpan MaxPartRetryAfter = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How long a reply already going out may go on after its cancellation (a stop): a sendMessage on the wire is usually
    /// answered within a second, and cutting it would leave the chat's answer unknown (break 32 #4: such answers were
    /// replayed at the next start and posted twice). With the update dispatcher's 3 s and the confirmation of the updates
    /// handled, a stop stays within the shortest <c>Host:ShutdownTimeout</c> accepted (5 s).
    /// </summary>
    public static readonly TimeSpan FinishGrace = TimeSpan.FromSeconds(1);

    /// <inheritdoc/>
    public ChatPlatform Platform => ChatPlatform.Telegram;

    /// <inheritdoc/>
    public Task<DeliveryResult> SendAsync(ChatAddress chat, Reply reply, CancellationToken cancellationToken) =>
        SendAsync(chat, reply, replyToMessageId: null, cancellationToken);

    /// <summary>
    /// Sends a reply, the first part as a reply to <paramref name="replyToMessageId"/> when given (sent anyway if that
    /// message is gone), every part into the chat's forum topic when <see cref="ChatAddress.ThreadId"/> is set.
    /// </summary>
    /// <returns>
    /// Delivered when every part was accepted; otherwise the first failure (parts before it were delivered). A later part
    /// refused with 429 is sent again after retry_after, once, when that is at most <see cref="MaxPartRetryAfter"/>.
    /// </returns>
    /// <remarks>
    /// Once the first part is on its way, a cancellation (a stop) lets the reply finish for up to <see cref="FinishGrace"/>;
    /// a send cut after that is <see cref="DeliveryStatus.Uncertain"/>: Telegram may have posted it, so it is not sent again.
    /// </remarks>
    /// <exception cref="DeliveryNotStartedException">When <paramref name="cancellationToken"/> is cancelled before the first part went out.</exception>
    public async Task<DeliveryResult> SendAsync(ChatAddress chat, Reply reply, int? replyToMessageId, CancellationToken cancellationToken)
    {
        var result = await SendPartsAsync(chat, reply, replyToMessageId, cancellationToken);
        health.Sends.Record(result);
        return result;
    }

    private async Task<DeliveryResult> SendPartsAsync(ChatAddress chat, Reply reply, int? replyToMessageId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(chat);
        ArgumentNullException.ThrowIfNull(reply);
        if (ChatIdOf(chat.ChatId) is not { } chatId)
        {
            return new DeliveryResult(DeliveryStatus.ChatUnavailable) { Description = "not a Telegram chat id" };
        }

        var rendered = TelegramReplyRenderer.Render(reply);
        foreach (var button in rendered.DroppedButtons)
        {
            logger.ButtonDropped(button.Label, System.Text.Encoding.UTF8.GetByteCount(button.Payload));
        }

        var thread = int.TryParse(chat.ThreadId, NumberStyles.Integer, CultureInfo.InvariantCulture, out var topic) ? topic : (int?)null;
        using var finishing = new CancellationTokenSource(Timeout.InfiniteTimeSpan, time);
        using var stopped = cancellationToken.Register(() => finishing.CancelAfter(FinishGrace));
        var sent = 0;
        try
        {
            for (; sent < rendered.Parts.Count; sent++)
            {
                // Before the first part a cancellation ends the send at once (nothing posted); after it, the reply may finish.
                var token = sent == 0 ? cancellationToken : finishing.Token;
                using var lease = await AcquireAsync(chat.ChatId, first: sent == 0, token);
                if (!lease.IsAcquired)
                {
                    return new DeliveryResult(DeliveryStatus.RateLimited) { RetryAfter = TelegramErrors.DefaultRetryAfter };
                }

                var result = await SendPartAsync(chat.ChatId, chatId, rendered, sent, replyToMessageId, thread, finishing.Token);
                if (result.Status != DeliveryStatus.Delivered)
                {
                    return result;
                }
            }
        }
        catch (OperationCanceledException) when (finishing.IsCancellationRequested)
        {
            logger.SendCutAtStop(chat.ChatId, sent + 1, rendered.Parts.Count);
            return new DeliveryResult(DeliveryStatus.Uncertain)
            {
                Description = $"stopped while part {sent + 1} of {rendered.Parts.Count} was going out; Telegram may have posted it",
            };
        }

        return DeliveryResult.Delivered;
    }

    /// <summary>Sends part <paramref name="part"/>; a later part refused with 429 is sent again once after a retry_after up to <see cref="MaxPartRetryAfter"/>.</summary>
    private async Task<DeliveryResult> SendPartAsync(string chatName, ChatId chatId, RenderedReply rendered, int part, int? replyToMessageId, int? thread, CancellationToken cancellationToken)
    {
        var last = part == rendered.Parts.Count - 1;
        var replyTo = part == 0 && replyToMessageId is { } id ? new ReplyParameters { MessageId = id, AllowSendingWithoutReply = true } : null;
        Task<DeliveryResult> Send() => CallAsync("sendMessage", chatName, async () =>
        {
            await client.SendMessage(
                chatId,
                rendered.Parts[part],
                ParseMode.Html,
                replyParameters: replyTo,
                replyMarkup: last ? rendered.Keyboard : null,
                linkPreviewOptions: new LinkPreviewOptions { IsDisabled = true },
                messageThreadId: thread,
                cancellationToken: cancellationToken);
        }, cancellationToken);
        var result = await Send();
        if (part > 0 && result is { Status: DeliveryStatus.RateLimited, RetryAfter: { } wait } && wait <= MaxPartRetryAfter)
        {
            // Break 30: the caller's retry of the whole reply sent its first part twice.
            await Task.Delay(wait, time, cancellationToken);
            result = await Send();
        }

        return result;
    }

    /// <summary>
    /// Waits for the chat's send window; a stop during the wait for the first part throws <see cref="DeliveryNotStartedException"/>:
    /// nothing was posted, so a reminder is sent again at the next start.
    /// </summary>
    private async Task<System.Threading.RateLimiting.RateLimitLease> AcquireAsync(string chatId, bool first, CancellationToken cancellationToken)
    {
        try
        {
            return await limiter.AcquireAsync(chatId, cancellationToken);
        }
        catch (OperationCanceledException e) when (first && cancellationToken.IsCancellationRequested)
        {
            throw new DeliveryNotStartedException(cancellationToken, e);
        }
    }

    /// <inheritdoc/>
    public async Task<bool?> IsAdminAsync(ChatAddress chat, string userId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(chat);
        if (chat.ChatId == userId)
        {
            return true;
        }

        return long.TryParse(userId, NumberStyles.Integer, CultureInfo.InvariantCulture, out var user)
            ? await IsChatAdminAsync(chat, user, cancellationToken)
            : false;
    }

    /// <inheritdoc/>
    public async Task<bool> IsBotAdminAsync(ChatAddress chat, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(chat);
        return await IsChatAdminAsync(chat, identity.Current.Id, cancellationToken) == true;
    }

    /// <inheritdoc/>
    /// <remarks>Accepts <c>@name</c>, <c>name</c>, <c>t.me/name</c> links and numeric chat ids.</remarks>
    public async Task<(ChatAddress Chat, ChatKind Kind)?> ResolveChatAsync(string reference, CancellationToken cancellationToken)
    {
        if (ChatIdOf(NormalizeReference(reference ?? "")) is not { } chatId)
        {
            return null;
        }

        ChatFullInfo? info = null;
        var result = await CallAsync("getChat", reference!, async () => info = await client.GetChat(chatId, cancellationToken), cancellationToken);
        return result.Status == DeliveryStatus.Delivered && info is not null && UpdateTranslator.KindOf(info.Type) is { } kind
            ? (new ChatAddress(ChatPlatform.Telegram, info.Id.ToString(CultureInfo.InvariantCulture)), kind)
            : null;
    }

    /// <summary>Whether the user is the chat's creator or an administrator; <c>null</c> when Telegram could not be asked just now.</summary>
    private async Task<bool?> IsChatAdminAsync(ChatAddress chat, long userId, CancellationToken cancellationToken)
    {
        if (ChatIdOf(chat.ChatId) is not { } chatId)
        {
            return false;
        }

        ChatMember? member = null;
        var result = await CallAsync("getChatMember", chat.ChatId, async () => member = await client.GetChatMember(chatId, userId, cancellationToken), cancellationToken);
        return result.Status switch
        {
            DeliveryStatus.Delivered => member?.Status is ChatMemberStatus.Creator or ChatMemberStatus.Administrator,
            DeliveryStatus.Failed or DeliveryStatus.Uncertain or DeliveryStatus.RateLimited => null,
            _ => false,
        };
    }

    private async Task<DeliveryResult> CallAsync(string method, string chatId, Func<Task> call, CancellationToken cancellationToken)
    {
        try
        {
            await call();
            return DeliveryResult.Delivered;
        }
        catch (ApiRequestException exception)
        {
            metrics.PlatformError(MetricsPlatform, exception.ErrorCode);
            logger.ApiRefused(method, chatId, exception.ErrorCode, exception.Message);
            return TelegramErrors.ToDeliveryResult(exception);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception exception) when (exception is RequestException or HttpRequestException or OperationCanceledException or System.Text.Json.JsonException)
        {
            var cause = TelegramFailure.Describe(exception);
            logger.NetworkFailed(method, chatId, cause);
            logger.FailureDetails(exception);
            // A timeout means Telegram got the request and did not answer in time: it may have posted the message.
            var status = ExceptionChain.Of(exception).Any(e => e is TimeoutException) ? DeliveryStatus.Uncertain : DeliveryStatus.Failed;
            return new DeliveryResult(status) { Description = cause };
        }
    }

    private static string NormalizeReference(string reference)
    {
        var text = reference.Trim();
        foreach (var prefix in new[] { "https://t.me/", "http://t.me/", "t.me/" })
        {
            if (text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                text = text[prefix.Length..].TrimEnd('/');
            }
        }

        return text.Length == 0 || text.StartsWith('@') || text.StartsWith('-') || char.IsAsciiDigit(text[0]) ? text : "@" + text;
    }

    private static ChatId? ChatIdOf(string chatId)
    {
        if (long.TryParse(chatId, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var id))
        {
            return new ChatId(id);
        }

        return chatId.Length > 1 && chatId.StartsWith('@') && chatId.Skip(1).All(c => char.IsAsciiLetterOrDigit(c) || c == '_')
            ? new ChatId(chatId)
            : null;
    }
}
