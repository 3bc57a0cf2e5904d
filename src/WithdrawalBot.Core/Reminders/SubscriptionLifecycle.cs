using Microsoft.Extensions.Logging;
using WithdrawalBot.Core.Messages;
using WithdrawalBot.Core.Platforms;
using WithdrawalBot.Core.Storage;

namespace WithdrawalBot.Core.Reminders;

/// <summary>
/// Keeps subscriptions right when a platform reports membership changes: the bot removed from a chat
/// deactivates its subscriptions (subscribing again reactivates them); a group that became a supergroup
/// moves its subscriptions and settings to the new id, once.
/// </summary>
public sealed class SubscriptionLifecycle(
    ISubscriptionStore subscriptions,
    IChatSettingsStore settings,
    ReminderTrigger trigger,
    ILogger<SubscriptionLifecycle> logger) : IChatLifecycle
{
    /// <inheritdoc />
    public async Task BotRemovedAsync(ChatAddress chat, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(chat);
        var count = await subscriptions.DeactivateAsync(chat, cancellationToken);
        ReminderLog.BotRemoved(logger, chat, count);
        if (count > 0)
        {
            trigger.SubscriptionsChanged();
        }
    }

    /// <inheritdoc />
    public async Task ChatMigratedAsync(ChatAddress chat, string newChatId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(chat);
        ArgumentException.ThrowIfNullOrWhiteSpace(newChatId);
        if (newChatId == chat.ChatId)
        {
            return;
        }

        var count = await subscriptions.MoveChatAsync(chat.Platform, chat.ChatId, newChatId, cancellationToken);
        var oldSettings = await settings.GetAsync(chat with { ThreadId = null }, cancellationToken);
        if (oldSettings.Language is not null || oldSettings.TimeZone is not null)
        {
            var target = new ChatAddress(chat.Platform, newChatId);
            var newSettings = await settings.GetAsync(target, cancellationToken);
            if (newSettings.Language is null && newSettings.TimeZone is null)
            {
                await settings.SaveAsync(oldSettings with { Chat = target }, cancellationToken);
            }
        }

        ReminderLog.ChatMoved(logger, chat, newChatId, count);
        trigger.SubscriptionsChanged();
    }
}
