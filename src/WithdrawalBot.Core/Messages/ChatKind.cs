namespace WithdrawalBot.Core.Messages;

/// <summary>What kind of conversation a chat is; decides whether the bot answers every message.</summary>
public enum ChatKind
{
    /// <summary>A one-to-one chat (Telegram private chat, Discord DM, the console): every message is a question.</summary>
    Private,

    /// <summary>A group, supergroup or server channel: only commands, mentions and replies to the bot are for it.</summary>
    Group,

    /// <summary>A broadcast channel (Telegram): only commands are for the bot.</summary>
    Channel,
}
