using WithdrawalBot.Core.Languages;
using WithdrawalBot.Core.Messages;

namespace WithdrawalBot.Core.Storage;

/// <summary>A chat's remembered preferences.</summary>
/// <param name="Chat">The chat (thread ignored: settings are per chat).</param>
/// <param name="Language">The language chosen with <c>/lang</c>; <c>null</c> means "the language of each question".</param>
/// <param name="TimeZone">The IANA time zone chosen with <c>/timezone</c>; <c>null</c> means the configured default (Asia/Baghdad).</param>
public sealed record ChatSettings(ChatAddress Chat, Language? Language, string? TimeZone);
