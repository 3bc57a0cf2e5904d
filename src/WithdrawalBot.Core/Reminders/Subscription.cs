using WithdrawalBot.Core.Languages;
using WithdrawalBot.Core.Messages;

namespace WithdrawalBot.Core.Reminders;

/// <summary>A chat (or a forum topic / thread in it) that receives milestone reminders.</summary>
/// <param name="Id">Stable id (32 hex digits), kept when the chat migrates; the delivery ledger refers to it.</param>
/// <param name="Chat">Where reminders go; <see cref="ChatAddress.ThreadId"/> set means a Telegram forum topic or a Discord thread.</param>
/// <param name="Kind">Private chat, group or channel.</param>
/// <param name="Language">The language reminders are written in unless the chat chose one with <c>/lang</c>.</param>
/// <param name="LeadDays">Days before each milestone's reference day, descending, 0 = the day itself (e.g. 30, 7, 1, 0).</param>
/// <param name="SubscribedBy">The user id of whoever subscribed; <c>null</c> for an anonymous channel post.</param>
/// <param name="SubscribedAt">When the chat last subscribed or changed its lead times (UTC); reminders due before it are never sent.</param>
/// <param name="Active">False after <c>/unsubscribe</c>, after the bot was removed, or when the chat became unreachable.</param>
public sealed record Subscription(
    string Id,
    ChatAddress Chat,
    ChatKind Kind,
    Language Language,
    IReadOnlyList<int> LeadDays,
    string? SubscribedBy,
    DateTimeOffset SubscribedAt,
    bool Active)
{
    /// <summary>A new random id.</summary>
    public static string NewId() => Guid.NewGuid().ToString("N");
}
