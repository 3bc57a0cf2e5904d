using Telegram.Bot.Types.ReplyMarkups;
using WithdrawalBot.Core.Replies;

namespace WithdrawalBot.Telegram.Rendering;

/// <summary>A reply ready for sendMessage: HTML parts in order and the keyboard for the last part.</summary>
/// <param name="Parts">HTML (parse_mode HTML) texts, each at most <see cref="TelegramReplyRenderer.MaxMessageLength"/> characters; never empty.</param>
/// <param name="Keyboard">One button per row for the reply's buttons, or <c>null</c> when none survived.</param>
/// <param name="DroppedButtons">Buttons left out because their payload is over 64 bytes of UTF-8.</param>
public sealed record RenderedReply(IReadOnlyList<string> Parts, InlineKeyboardMarkup? Keyboard, IReadOnlyList<ReplyButton> DroppedButtons);
