using Telegram.Bot.Types.Enums;

namespace WithdrawalBot.Telegram.Hosting;

/// <summary>The update types the bot asks Telegram for (getUpdates and setWebhook <c>allowed_updates</c>). Edited messages are not asked for.</summary>
public static class TelegramUpdateTypes
{
    /// <summary>message, channel_post, callback_query, inline_query, my_chat_member.</summary>
    public static IReadOnlyList<UpdateType> Allowed { get; } =
        [UpdateType.Message, UpdateType.ChannelPost, UpdateType.CallbackQuery, UpdateType.InlineQuery, UpdateType.MyChatMember];

    /// <summary>The same as Bot API names, e.g. <c>callback_query</c>.</summary>
    public static IReadOnlyList<string> AllowedNames { get; } = ["message", "channel_post", "callback_query", "inline_query", "my_chat_member"];
}
