namespace WithdrawalBot.Discord.Gateway;

/// <summary>Gateway intents (which events Discord sends).</summary>
[Flags]
public enum GatewayIntents
{
    /// <summary>No events.</summary>
    None = 0,

    /// <summary>1: guild, channel, thread and role lifecycle (GUILD_CREATE/DELETE, CHANNEL_DELETE, THREAD_*).</summary>
    Guilds = 1 << 0,

    /// <summary>512: MESSAGE_CREATE in server channels.</summary>
    GuildMessages = 1 << 9,

    /// <summary>4096: MESSAGE_CREATE in DMs.</summary>
    DirectMessages = 1 << 12,

    /// <summary>32768, privileged: message text in server channels; must be switched on in the developer portal or the gateway closes with 4014.</summary>
    MessageContent = 1 << 15,

    /// <summary>What the bot needs: 1 | 512 | 4096 | 32768 = 37377.</summary>
    Bot = Guilds | GuildMessages | DirectMessages | MessageContent,
}
