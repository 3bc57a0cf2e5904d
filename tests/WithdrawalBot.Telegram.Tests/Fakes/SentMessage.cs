using System.Text.Json.Nodes;

namespace WithdrawalBot.Telegram.Tests.Fakes;

/// <summary>A message the fake Bot API accepted through sendMessage.</summary>
/// <param name="MessageId">The id the fake gave it.</param>
/// <param name="ChatId">chat_id as sent.</param>
/// <param name="Text">text as sent (HTML when <paramref name="ParseMode"/> is HTML).</param>
/// <param name="ParseMode">parse_mode, e.g. <c>HTML</c>.</param>
/// <param name="ReplyToMessageId">reply_parameters.message_id, if any.</param>
/// <param name="MessageThreadId">message_thread_id, if any.</param>
/// <param name="ReplyMarkup">reply_markup as sent, if any.</param>
public sealed record SentMessage(long MessageId, string ChatId, string Text, string? ParseMode, long? ReplyToMessageId, long? MessageThreadId, JsonNode? ReplyMarkup)
{
    /// <summary>The callback_data of the inline keyboard's buttons, row by row.</summary>
    public IReadOnlyList<string> ButtonPayloads =>
        ReplyMarkup?["inline_keyboard"]?.AsArray().SelectMany(row => row!.AsArray()).Select(b => (string)b!["callback_data"]!).ToList() ?? [];
}
