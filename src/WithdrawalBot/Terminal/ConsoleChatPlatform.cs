using WithdrawalBot.Core.Messages;
using WithdrawalBot.Core.Platforms;
using WithdrawalBot.Core.Replies;

namespace WithdrawalBot.Terminal;

/// <summary>
/// The console as an <see cref="IChatPlatform"/>: sends print the reply as plain text, the console user
/// administers the console chat, and no chat can be resolved by name.
/// </summary>
public sealed class ConsoleChatPlatform(ConsoleIo io) : IChatPlatform
{
    /// <inheritdoc />
    public ChatPlatform Platform => ChatPlatform.Console;

    /// <inheritdoc />
    public async Task<DeliveryResult> SendAsync(ChatAddress chat, Reply reply, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(chat);
        ArgumentNullException.ThrowIfNull(reply);
        if (chat.Platform != ChatPlatform.Console)
        {
            return new DeliveryResult(DeliveryStatus.ChatUnavailable);
        }

        await io.Out.WriteLineAsync(ConsoleChat.Render(reply).AsMemory(), cancellationToken);
        await io.Out.WriteLineAsync();
        return DeliveryResult.Delivered;
    }

    /// <inheritdoc />
    /// <remarks>
    /// Neither can: the chat of <c>ask</c> answers and exits, and the console chat runs without the reminder scheduler,
    /// which runs only while the bot serves Telegram or Discord, so a reminder subscribed here would never arrive.
    /// </remarks>
    public bool CanReceiveLater(ChatAddress chat) => false;

    /// <inheritdoc />
    public Task<bool?> IsAdminAsync(ChatAddress chat, string userId, CancellationToken cancellationToken) =>
        Task.FromResult<bool?>(chat?.Platform == ChatPlatform.Console);

    /// <inheritdoc />
    public Task<bool> IsBotAdminAsync(ChatAddress chat, CancellationToken cancellationToken) =>
        Task.FromResult(chat?.Platform == ChatPlatform.Console);

    /// <inheritdoc />
    public Task<(ChatAddress Chat, ChatKind Kind)?> ResolveChatAsync(string reference, CancellationToken cancellationToken) =>
        Task.FromResult<(ChatAddress Chat, ChatKind Kind)?>(null);
}
