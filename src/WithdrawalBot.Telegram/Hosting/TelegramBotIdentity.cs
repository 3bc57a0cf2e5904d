namespace WithdrawalBot.Telegram.Hosting;

/// <summary>
/// Who the bot is on Telegram (from getMe at start-up): needed to tell <c>/cmd@ItsOwnUsername</c> from
/// <c>/cmd@SomeOtherBot</c>, mentions and replies to its own messages.
/// </summary>
public sealed class TelegramBotIdentity
{
    private volatile BotUser? current;

    /// <summary>True once getMe has answered.</summary>
    public bool IsKnown => current is not null;

    /// <summary>The bot's user.</summary>
    /// <exception cref="InvalidOperationException">Before getMe has answered.</exception>
    public BotUser Current => current ?? throw new InvalidOperationException("The bot's identity is not known yet: getMe has not answered.");

    /// <summary>Records the getMe answer.</summary>
    /// <param name="id">The bot's user id.</param>
    /// <param name="username">The bot's username without '@'.</param>
    public void Set(long id, string username) => current = new BotUser(id, username);

    /// <summary>The bot's user.</summary>
    /// <param name="Id">The bot's Telegram user id.</param>
    /// <param name="Username">The username without '@', e.g. <c>WithdrawalBot</c>.</param>
    public sealed record BotUser(long Id, string Username);
}
