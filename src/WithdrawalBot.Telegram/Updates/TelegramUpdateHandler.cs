using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using WithdrawalBot.Core.Messages;
using WithdrawalBot.Core.Platforms;
using WithdrawalBot.Core.Replies;
using WithdrawalBot.Core.Routing;
using WithdrawalBot.Core.Text;
using WithdrawalBot.Telegram.Diagnostics;
using WithdrawalBot.Telegram.Inline;
using WithdrawalBot.Telegram.Rendering;
using WithdrawalBot.Telegram.Sending;

namespace WithdrawalBot.Telegram.Updates;

/// <summary>
/// Handles one Telegram update, the same way for long polling and the webhook:
/// <list type="bullet">
/// <item>messages and channel posts: translated by <see cref="UpdateTranslator"/>, routed, the reply sent (as a reply to
/// the question in groups, into the same forum topic); non-text messages in private chats get
/// <see cref="NonTextReply"/>; <c>migrate_to_chat_id</c> goes to <see cref="IChatLifecycle.ChatMigratedAsync"/>;</item>
/// <item>edited messages and edited channel posts are ignored on purpose: answering an edit would answer the same
/// question twice, and the original was already answered;</item>
/// <item>my_chat_member with the bot left or kicked goes to <see cref="IChatLifecycle.BotRemovedAsync"/>;</item>
/// <item>callback queries (button taps) are routed with their payload (not for taps under channel posts, which would post
/// into the channel) and always answered with answerCallbackQuery (<see cref="CallbackAcknowledger"/>: at once when the tap
/// waits behind its chat's backlog); the thanks for a 👍/👎 vote (<see cref="ReplyComposer.FeedbackIntent"/>) is that
/// answer's toast, other replies are sent to the chat;</item>
/// <item>a reply refused with 429 is sent once more after retry_after when that is at most <see cref="MaxReplyRetryAfter"/>;
/// one refused because the group became a supergroup is sent to the supergroup;</item>
/// <item>inline queries go to <see cref="InlineQueryAnswerer"/>;</item>
/// <item>everything else is ignored.</item>
/// </list>
/// The router and lifecycle handlers are resolved in a scope per update.
/// </summary>
public sealed class TelegramUpdateHandler(
    CallbackAcknowledger callbacks,
    UpdateTranslator translator,
    TelegramChatPlatform platform,
    InlineQueryAnswerer inline,
    IServiceScopeFactory scopes,
    TimeProvider timeProvider,
    ILogger<TelegramUpdateHandler> logger)
{
    /// <summary>The longest retry_after a reply waits out (once) before giving up on it.</summary>
    public static readonly TimeSpan MaxReplyRetryAfter = TimeSpan.FromSeconds(30);

    /// <summary>The longest text of an answerCallbackQuery toast (Telegram's limit).</summary>
    public const int MaxToastLength = 200;

    /// <summary>Handles one update.</summary>
    /// <exception cref="Exception">Whatever the router or a lifecycle handler throws; the caller logs it and goes on.</exception>
    public async Task HandleAsync(Update update, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(update);
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        switch (update)
        {
            case { Message: { } message }:
                await HandleMessageAsync(update.Id, message, services, cancellationToken);
                break;
            case { ChannelPost: { } post }:
                await HandleMessageAsync(update.Id, post, services, cancellationToken);
                break;
            case { MyChatMember: { } change }:
                await HandleMembershipAsync(update.Id, change, services, cancellationToken);
                break;
            case { CallbackQuery: { } query }:
                await HandleCallbackAsync(query, services, cancellationToken);
                break;
            case { InlineQuery: { } query }:
                await inline.AnswerAsync(query, services.GetRequiredService<IInlineAnswerer>(), cancellationToken);
                break;
            case { EditedMessage: not null } or { EditedChannelPost: not null }:
                logger.UpdateIgnored(update.Id, "edited message (the original was answered)");
                break;
            default:
                logger.UpdateIgnored(update.Id, "update type " + update.Type);
                break;
        }
    }

    private async Task HandleMessageAsync(int updateId, Message message, IServiceProvider services, CancellationToken cancellationToken)
    {
        if (message.MigrateToChatId is { } newId)
        {
            var chat = UpdateTranslator.AddressOf(message) with { ThreadId = null };
            var target = newId.ToString(CultureInfo.InvariantCulture);
            logger.ChatMigrated(chat.ChatId, target);
            await ForEachLifecycleAsync(services, chat, l => l.ChatMigratedAsync(chat, target, cancellationToken));
            return;
        }

        var translation = translator.FromMessage(message);
        switch (translation.Disposition)
        {
            case MessageDisposition.Ignore:
                logger.UpdateIgnored(updateId, translation.Reason);
                return;
            case MessageDisposition.NonTextInPrivate:
                await SendAsync(translation.Message!, NonTextReply.For(translation.Message!.Sender?.LanguageCode), cancellationToken);
                return;
            default:
                var incoming = translation.Message!;
                var reply = await services.GetRequiredService<IMessageRouter>().HandleAsync(incoming, cancellationToken);
                await SendAsync(incoming, reply, cancellationToken);
                return;
        }
    }

    private async Task HandleMembershipAsync(int updateId, ChatMemberUpdated change, IServiceProvider services, CancellationToken cancellationToken)
    {
        if (change.NewChatMember.Status is not (ChatMemberStatus.Left or ChatMemberStatus.Kicked))
        {
            logger.UpdateIgnored(updateId, "bot membership now " + change.NewChatMember.Status);
            return;
        }

        var chat = new ChatAddress(ChatPlatform.Telegram, change.Chat.Id.ToString(CultureInfo.InvariantCulture));
        logger.BotRemoved(chat.ChatId, change.NewChatMember.Status.ToString());
        await ForEachLifecycleAsync(services, chat, l => l.BotRemovedAsync(chat, cancellationToken));
    }

    private async Task HandleCallbackAsync(CallbackQuery query, IServiceProvider services, CancellationToken cancellationToken)
    {
        // Taps under channel posts come from subscribers, not admins: answering them would post into the channel.
        var incoming = UpdateTranslator.FromCallbackQuery(query) is { Kind: not ChatKind.Channel } tap ? tap : null;
        Reply? reply = null;
        try
        {
            if (incoming is not null)
            {
                reply = await services.GetRequiredService<IMessageRouter>().HandleAsync(incoming, cancellationToken);
            }
        }
        finally
        {
            // Always answered, also when routing failed, so the button stops spinning. A vote is thanked here, as a toast
            // for the voter alone, not in the chat: pressing 👍 twice must not post two thank-you messages.
            await callbacks.AnswerAsync(query.Id, IsToast(reply) ? Toast(reply!) : null, cancellationToken);
        }

        if (incoming is not null && !IsToast(reply))
        {
            await SendAsync(incoming, reply, cancellationToken);
        }
    }

    /// <summary>A reply for the tapper alone, as a toast: the thanks for a vote, or "answered just above" for a double tap.</summary>
    private static bool IsToast(Reply? reply) => reply?.Intent is ReplyComposer.FeedbackIntent or Router.RepeatTapIntent;

    /// <summary>
    /// The reply as a callback answer's text, which Telegram limits to <see cref="MaxToastLength"/> characters, cut with "…"
    /// at a text-element boundary so an emoji at the limit is not split into "�".
    /// </summary>
    private static string Toast(Reply reply) => TextCleaner.Cut(reply.ToPlainText(), MaxToastLength, "…");

    private async Task SendAsync(IncomingMessage incoming, Reply? reply, CancellationToken cancellationToken)
    {
        if (reply is null)
        {
            logger.RouterSilent(incoming.MessageId, incoming.Chat.ChatId);
            return;
        }

        int? replyTo = incoming.Kind == ChatKind.Group && int.TryParse(incoming.MessageId, NumberStyles.Integer, CultureInfo.InvariantCulture, out var id) ? id : null;
        var result = await platform.SendAsync(incoming.Chat, reply, replyTo, cancellationToken);
        if (result is { Status: DeliveryStatus.RateLimited, RetryAfter: { } wait } && wait <= MaxReplyRetryAfter)
        {
            await Task.Delay(wait, timeProvider, cancellationToken);
            result = await platform.SendAsync(incoming.Chat, reply, replyTo, cancellationToken);
        }

        if (result is { Status: DeliveryStatus.Migrated, MigratedToChatId: { } newChatId })
        {
            // The group became a supergroup while the reply was on its way: sent there instead (the message replied to
            // stays behind in the old chat, so no reply-to).
            result = await platform.SendAsync(incoming.Chat with { ChatId = newChatId }, reply, replyToMessageId: null, cancellationToken);
        }

        if (result.Status != DeliveryStatus.Delivered)
        {
            logger.ReplyNotDelivered(incoming.Chat.ChatId, result.Status.ToString());
        }
    }

    private async Task ForEachLifecycleAsync(IServiceProvider services, ChatAddress chat, Func<IChatLifecycle, Task> call)
    {
        foreach (var lifecycle in services.GetServices<IChatLifecycle>())
        {
            try
            {
                await call(lifecycle);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LifecycleFailed(chat.ChatId, exception);
            }
        }
    }
}
