using WithdrawalBot.Core.Languages;
using WithdrawalBot.Core.Reminders;
using WithdrawalBot.Core.Text;

namespace WithdrawalBot.Core.Routing;

/// <summary>
/// "@bot is this true?" (or "صحيح؟", "fake or real?") sent in a group as a reply to another member's message: that message
/// is the claim checked, as if the asker had written "is it true that &lt;message&gt;?". A rumour read as a forward is
/// (<see cref="ForwardedClaim.Read"/>: its one sentence with a figure or a date) is checked that way; any other text whole,
/// "Not a single US soldier was killed" as much as "10,000 US troops stay in Erbil until 2030". Never the bot's last answer
/// again: under someone else's message that would read as the bot's verdict on it.
/// </summary>
public static class RepliedClaim
{
    /// <summary>
    /// The claim <paramref name="text"/> asks about in <paramref name="repliedTo"/>, put as a question to check ("is it true
    /// that …?" / "صحيح …؟", in the language of what it replies to); <c>null</c> when the message asks more than whether
    /// something is true, or replies to no text.
    /// </summary>
    /// <param name="text">The message as typed.</param>
    /// <param name="repliedTo">The text of the other member's message it replies to (<see cref="Messages.IncomingMessage.RepliedToText"/>), or <c>null</c>.</param>
    public static string? Read(string text, string? repliedTo)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (string.IsNullOrWhiteSpace(repliedTo) || !ForwardedClaim.IsBareTruthQuestion(text))
        {
            return null;
        }

        if (ForwardedClaim.Read(repliedTo.Trim() + "\n" + text.Trim()) is { } forwarded)
        {
            return forwarded;
        }

        var said = repliedTo.Trim().TrimEnd('?', '؟', '.', '!', '…', ' ');
        if (!said.Any(char.IsLetterOrDigit))
        {
            return null;
        }

        var arabic = (LanguageDetector.Detect(said) ?? LanguageDetector.Detect(text)) == Language.Arabic;
        return arabic ? $"صحيح {said}؟" : $"is it true that {said}?";
    }

    /// <summary>
    /// Whether the message replied to asks something of the bot rather than says something of the report: a request about
    /// reminders ("stop the reminders please", "بطلوا التذكير"). "@bot is this true?" under it is no claim to check and
    /// no request either (an admin's reply must not turn the group's reminders off).
    /// </summary>
    /// <param name="repliedTo">The text of the message replied to.</param>
    public static bool AsksOfTheBot(string repliedTo)
    {
        ArgumentNullException.ThrowIfNull(repliedTo);
        return ReminderNegation.MentionsReminders(repliedTo) || ReminderQuestion.Requests(repliedTo);
    }
}
