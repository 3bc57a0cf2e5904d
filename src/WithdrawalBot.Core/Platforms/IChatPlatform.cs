using WithdrawalBot.Core.Messages;
using WithdrawalBot.Core.Replies;

namespace WithdrawalBot.Core.Platforms;

/// <summary>
/// What the core may ask of a connected platform outside a reply to a message: send unprompted (reminders),
/// check admin rights, resolve a chat by name. One implementation per platform adapter, registered in DI;
/// the console has its own.
/// </summary>
public interface IChatPlatform
{
    /// <summary>The platform this instance serves.</summary>
    ChatPlatform Platform { get; }

    /// <summary>Renders and sends a reply, split at the platform's length limit, to a chat (and thread, if set).</summary>
    /// <returns>How it went; platform errors are reported here, not thrown. Throws only <see cref="OperationCanceledException"/>.</returns>
    Task<DeliveryResult> SendAsync(ChatAddress chat, Reply reply, CancellationToken cancellationToken);

    /// <summary>Whether a user administers a chat (Telegram: creator or administrator; Discord: Manage Channels or Manage Server).</summary>
    /// <returns>
    /// False when the user is not an admin or the chat is gone for the bot; <c>null</c> when the platform could not be asked
    /// just now (unreachable, a 5xx, a rate limit), so the user is told to try again rather than that they are no admin.
    /// </returns>
    Task<bool?> IsAdminAsync(ChatAddress chat, string userId, CancellationToken cancellationToken);

    /// <summary>Whether the bot itself administers a chat (needed to post in a Telegram channel).</summary>
    Task<bool> IsBotAdminAsync(ChatAddress chat, CancellationToken cancellationToken);

    /// <summary>
    /// Whether the bot can post to <paramref name="chat"/> later, unprompted (reminders). False for a chat that exists
    /// only for one answer, such as a command-line question; true by default.
    /// </summary>
    bool CanReceiveLater(ChatAddress chat) => true;

    /// <summary>Finds a chat by a public reference such as <c>@channelname</c>.</summary>
    /// <returns>The chat and its kind, or <c>null</c> when the platform does not know it or the bot cannot see it.</returns>
    Task<(ChatAddress Chat, ChatKind Kind)?> ResolveChatAsync(string reference, CancellationToken cancellationToken);
}
