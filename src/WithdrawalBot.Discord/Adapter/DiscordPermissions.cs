namespace WithdrawalBot.Discord.Adapter;

/// <summary>The Discord permission bits the bot reads (bitfields arrive as decimal strings).</summary>
[Flags]
#pragma warning disable CA1028 // Discord permissions are a 64-bit field; bit 38 and above are in use.
public enum DiscordPermissions : ulong
#pragma warning restore CA1028
{
    /// <summary>No permission.</summary>
    None = 0,

    /// <summary>1 &lt;&lt; 3: every permission, overwrites ignored.</summary>
    Administrator = 1UL << 3,

    /// <summary>1 &lt;&lt; 4: counts as a chat admin for subscriptions.</summary>
    ManageChannels = 1UL << 4,

    /// <summary>1 &lt;&lt; 5 (Manage Server): counts as a chat admin for subscriptions.</summary>
    ManageGuild = 1UL << 5,

    /// <summary>1 &lt;&lt; 10.</summary>
    ViewChannel = 1UL << 10,

    /// <summary>1 &lt;&lt; 11.</summary>
    SendMessages = 1UL << 11,

    /// <summary>1 &lt;&lt; 14.</summary>
    EmbedLinks = 1UL << 14,

    /// <summary>1 &lt;&lt; 16: needed to reply to a message.</summary>
    ReadMessageHistory = 1UL << 16,

    /// <summary>1 &lt;&lt; 38.</summary>
    SendMessagesInThreads = 1UL << 38,

    /// <summary>Any of these makes a member an admin of a channel for the bot's purposes.</summary>
    ChatAdmin = Administrator | ManageChannels | ManageGuild,

    /// <summary>What the invite URL asks for: 274877991936.</summary>
    BotNeeds = ViewChannel | SendMessages | SendMessagesInThreads | ReadMessageHistory | EmbedLinks,
}
