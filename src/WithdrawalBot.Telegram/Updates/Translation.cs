using WithdrawalBot.Core.Messages;

namespace WithdrawalBot.Telegram.Updates;

/// <summary>The outcome of translating one Telegram message.</summary>
/// <param name="Disposition">What to do with it.</param>
/// <param name="Message">The platform-neutral message; set for <see cref="MessageDisposition.Route"/> and <see cref="MessageDisposition.NonTextInPrivate"/>.</param>
/// <param name="Reason">Why it is ignored, for debug logs; empty otherwise.</param>
public sealed record Translation(MessageDisposition Disposition, IncomingMessage? Message, string Reason = "")
{
    /// <summary>A message to leave alone.</summary>
    public static Translation Ignore(string reason) => new(MessageDisposition.Ignore, null, reason);
}
