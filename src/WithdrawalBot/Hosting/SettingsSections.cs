using WithdrawalBot.Core.Admin;
using WithdrawalBot.Core.Conversation;
using WithdrawalBot.Core.Knowledge;
using WithdrawalBot.Core.Reminders;
using WithdrawalBot.Discord;
using WithdrawalBot.Health;
using WithdrawalBot.Storage;
using WithdrawalBot.Telegram.Configuration;
using WithdrawalBot.Terminal;

namespace WithdrawalBot.Hosting;

/// <summary>The configuration sections the bot binds, each with the options type bound from it (start-up checks read their properties).</summary>
internal static class SettingsSections
{
    /// <summary>Every section and its options type; "Host" is the generic host's <see cref="Microsoft.Extensions.Hosting.HostOptions"/>.</summary>
    public static readonly (string Section, Type Options)[] All =
    [
        (TelegramOptions.SectionName, typeof(TelegramOptions)),
        (DiscordOptions.SectionName, typeof(DiscordOptions)),
        (ReminderOptions.SectionName, typeof(ReminderOptions)),
        (StorageOptions.SectionName, typeof(StorageOptions)),
        (HealthOptions.Section, typeof(HealthOptions)),
        (AdminOptions.SectionName, typeof(AdminOptions)),
        (ConversationOptions.SectionName, typeof(ConversationOptions)),
        (ConsoleChatOptions.Section, typeof(ConsoleChatOptions)),
        (KnowledgeOptions.SectionName, typeof(KnowledgeOptions)),
        ("Host", typeof(Microsoft.Extensions.Hosting.HostOptions)),
    ];
}
