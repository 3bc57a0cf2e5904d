namespace WithdrawalBot.Telegram.Updates;

/// <summary>What to do with one Telegram message.</summary>
public enum MessageDisposition
{
    /// <summary>Give it to the router.</summary>
    Route,

    /// <summary>Leave it alone (group chatter, a command for another bot, a service message).</summary>
    Ignore,

    /// <summary>A sticker, photo, voice note… without text in a private chat: answer politely that only text is read.</summary>
    NonTextInPrivate,
}
