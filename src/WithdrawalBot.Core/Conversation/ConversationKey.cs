using WithdrawalBot.Core.Messages;

namespace WithdrawalBot.Core.Conversation;

/// <summary>Whose conversation: one user in one chat (and thread). Never shared between users, even in a group.</summary>
/// <param name="Chat">The chat and thread.</param>
/// <param name="UserId">The sender's id; empty for posts without a sender (channel posts).</param>
public sealed record ConversationKey(ChatAddress Chat, string UserId)
{
    /// <summary>The key of a message's sender in its chat.</summary>
    public static ConversationKey Of(IncomingMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return new ConversationKey(message.Chat, message.Sender?.Id ?? "");
    }
}
