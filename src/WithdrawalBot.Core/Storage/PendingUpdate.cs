using WithdrawalBot.Core.Messages;

namespace WithdrawalBot.Core.Storage;

/// <summary>An update taken from a platform and not answered yet.</summary>
/// <param name="Platform">The platform it came from.</param>
/// <param name="Id">The platform's id for it (Telegram's update_id).</param>
/// <param name="Json">The update as the platform's JSON, to be read again at the next start.</param>
/// <param name="SavedAt">When it was first kept, on arrival (UTC); not changed by later stops.</param>
/// <param name="ReceivedBy">The id of the bot account it was sent to (Telegram's getMe id); <c>null</c> when not known.
/// Another token names another bot, which must not answer it.</param>
public sealed record PendingUpdate(ChatPlatform Platform, long Id, string Json, DateTimeOffset SavedAt, string? ReceivedBy = null);
