using System.Buffers;

namespace WithdrawalBot.Core.Reminders;

/// <summary>
/// Reads how a free-text message speaks of reminders. <see cref="AsksOnly"/>: whether one the matcher reads as a reminder
/// request only asks about reminders ("do I have reminders?", "am I subscribed?", "reminders?", "do you send reminders 30
/// days before?", "عندي تذكير؟", "راح تذكرني؟"): such a message is answered with the chat's reminder status and never
/// subscribes it or changes its lead times; a status question must not change what it asks about. <see cref="Requests"/>:
/// whether it requests reminders whatever milestone it names ("remind me before the elections"). <see cref="IsBareVerb"/>:
/// whether a part of it is a reminder verb alone ("remind me" of "remind me, what did Farhad say?").
/// </summary>
/// <remarks>
/// The rule, on words normalized as <see cref="LeadTimes"/> reads them (lower case, one Arabic spelling): the text ends
/// with a question mark (? or ؟) and does not open with a request ("can you", "could you", "would you", "will you
/// please", "please", "i want", "i'd like"; "ممكن", "رجاء", "من فضلك", "اريد", "ابي", "بدي", "اكدر", "تكدر", "تقدر") nor with a
/// reminder verb in the imperative ("remind", "notify", "alert", "subscribe"; "ذكرني", "ذكرنا", "ذكرونا", "نبهني",
/// "نبهنا", "نبهونا", "اشترك", "سجلني", "فعل", "شغل").
/// </remarks>
public static class ReminderQuestion
{
    private static readonly string[][] RequestOpenings =
    [
        ["can", "you"], ["could", "you"], ["would", "you"], ["will", "you", "please"], ["please"], ["pls"], ["plz"],
        ["i", "want"], ["i", "would", "like"], ["id", "like"], ["i", "d", "like"],
        ["ممكن"], ["رجاء"], ["رجاءا"], ["اريد"], ["ابي"], ["بدي"], ["اگدر"], ["اكدر"], ["تكدر"], ["تقدر"], ["من", "فضلك"],
    ];

    private static readonly HashSet<string> ImperativeVerbs = new(
        ["remind", "notify", "alert", "subscribe", "ذكرني", "ذكرنا", "ذكرونا", "نبهني", "نبهنا", "نبهونا", "اشترك", "سجلني", "فعل", "شغل"],
        StringComparer.Ordinal);

    /// <summary>Whether <paramref name="text"/> asks about reminders rather than requests them (see the remarks for the rule).</summary>
    /// <param name="text">The message text as typed, any length (only its words and closing mark are read).</param>
    /// <returns><c>true</c> for a question that is not a request.</returns>
    public static bool AsksOnly(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.TrimEnd();
        if (!(trimmed.EndsWith('?') || trimmed.EndsWith('؟')))
        {
            return false;
        }

        var words = LeadTimes.Words(text);
        return words.Count > 0 && !ImperativeVerbs.Contains(words[0]) && !RequestOpenings.Any(opening => Opens(words, opening));
    }

    /// <summary>The words after "remind me" that make it a question about the report ("remind me when the elections are").</summary>
    private static readonly HashSet<string> QuestionWords = new(
        ["what", "when", "how", "who", "why", "where", "which", "whether", "if", "again",
         "شنو", "شو", "شوكت", "متى", "متي", "امتى", "امتي", "يمته", "منو", "مين", "شكد", "كم", "ليش", "وين", "شلون", "كيف", "شكال", "اش"],
        StringComparer.Ordinal);

    /// <summary>What every reminder verb of <see cref="ImperativeVerbs"/> and <see cref="RequestedVerbs"/> holds as typed (with or without a shadda), case-insensitive.</summary>
    private static readonly SearchValues<string> ReminderStems = SearchValues.Create(
        ["remind", "notify", "alert", "subscribe", "ذكر", "ذكّر", "نبه", "نبّه", "اشترك", "سجلني", "سجّلني", "فعل", "فعّل", "شغل", "شغّل"],
        StringComparison.OrdinalIgnoreCase);

    /// <summary>The reminder verbs a request may use after its opening ("can you remind me", "تكدر تذكرني").</summary>
    private static readonly HashSet<string> RequestedVerbs = new(["remind", "تذكرني", "تذكرنا", "تنبهني", "تنبهنا"], StringComparer.Ordinal);

    /// <summary>
    /// Whether <paramref name="text"/> requests reminders whatever else it names: it opens with a reminder verb in the
    /// imperative, or with a request and a reminder verb ("remind me before the elections", "can you remind me before
    /// the troops leave Erbil?", "ذكرني قبل الانتخابات", "تكدر تذكرني قبل ما يطلعون؟"), and "remind me" is not followed by
    /// a question word ("remind me when the elections are", "ذكرني شوكت الانتخابات" ask about the report).
    /// </summary>
    /// <param name="text">The message text as typed, any length (only its first words are read).</param>
    public static bool Requests(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.AsSpan().ContainsAny(ReminderStems))
        {
            // Every message is read here; most name no reminder verb and are not split into words.
            return false;
        }

        var words = LeadTimes.Words(text);
        var start = RequestOpenings.FirstOrDefault(opening => Opens(words, opening))?.Length ?? 0;
        if (start >= words.Count || !(ImperativeVerbs.Contains(words[start]) || (start > 0 && RequestedVerbs.Contains(words[start]))))
        {
            return false;
        }

        var next = start + 1 < words.Count && words[start + 1] is "me" or "us" ? start + 2 : start + 1;
        return next >= words.Count || !QuestionWords.Contains(words[next]);
    }

    /// <summary>
    /// Whether <paramref name="text"/> is a reminder verb alone ("remind me", "ذكرني", "remind us"): before a question in the
    /// same message ("remind me, what did Farhad say?", "ذكرني، شوكت الانتخابات") it asks to be reminded of the answer,
    /// not for reminders.
    /// </summary>
    /// <param name="text">One part of a message, as typed.</param>
    public static bool IsBareVerb(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = LeadTimes.Words(text);
        return words.Count is 1 or 2 && ImperativeVerbs.Contains(words[0]) && (words.Count == 1 || words[1] is "me" or "us");
    }

    private static bool Opens(List<string> words, string[] opening) =>
        words.Count >= opening.Length && words.Take(opening.Length).SequenceEqual(opening, StringComparer.Ordinal);
}
