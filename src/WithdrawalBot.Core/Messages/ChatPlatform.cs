namespace WithdrawalBot.Core.Messages;

/// <summary>The chat platform a message came from or a reply goes to.</summary>
public enum ChatPlatform
{
    /// <summary>The local console (no token configured) and the <c>ask</c> command.</summary>
    Console,

    /// <summary>Telegram Bot API.</summary>
    Telegram,

    /// <summary>Discord gateway and REST API.</summary>
    Discord,
}
