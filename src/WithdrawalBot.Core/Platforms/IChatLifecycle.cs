using WithdrawalBot.Core.Messages;

namespace WithdrawalBot.Core.Platforms;

/// <summary>
/// Chat membership changes a platform reports outside messages (Telegram <c>my_chat_member</c> and
/// <c>migrate_to_chat_id</c>; Discord guild or channel deletion). Adapters call every registered
/// implementation; the reminders feature uses them to keep subscriptions right.
/// </summary>
public interface IChatLifecycle
{
    /// <summary>The bot was removed, kicked or blocked in <paramref name="chat"/>, or the chat was deleted.</summary>
    Task BotRemovedAsync(ChatAddress chat, CancellationToken cancellationToken);

    /// <summary>A Telegram group became a supergroup with a new id; everything kept for <paramref name="chat"/> moves to <paramref name="newChatId"/>.</summary>
    Task ChatMigratedAsync(ChatAddress chat, string newChatId, CancellationToken cancellationToken);
}
