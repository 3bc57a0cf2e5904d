namespace WithdrawalBot.Core.Reminders;

/// <summary>
/// Whether a free-text reminder request is negated ("don't remind me", "I don't want reminders", "no reminders please",
/// "ما تذكرني", "ما اريد تذكيرات", "مابي تذكير"): such a message asks to stop reminders, never to start them. The matcher
/// drops negation words as stopwords, so "don't remind me" reads like "remind me"; this rule reads them back.
/// </summary>
/// <remarks>
/// The rule, on words normalized as <see cref="LeadTimes"/> reads them (lower case, one Arabic spelling):
/// <list type="bullet">
/// <item>A negating verb word — "not", "don't"/"dont"/"do not", "never", "cannot", "stop", "quit", "enough"; Arabic (MSA and
/// Iraqi) "لا", "ما", "مو", "مش", "لن", "لم", "بطل"/"بطلوا", "وكف"/"وقف"/"توكف", "كافي" — negates when a reminder word (remind…, reminder…, notify…, notification…, alert…,
/// subscribe…; Arabic words built on ذكر or نبه, as in تذكرني, تذكير, نبهني, تنبيه, and اشعار…, اشترك…) follows within four words.</item>
/// <item>"no", "without", "بلا", "بدون" negate only the reminder word right after them, or after "more", "any", "اي",
/// "مزيد" ("no more reminders"), so "no problem, remind me" stays a request.</item>
/// <item>"ما"/"لا" glued to the reminder word ("ماتذكرني", "لاتذكرني") or to "want" ("مابي", "ماريد", "مااريد",
/// "مابدي") count as negating verb words too.</item>
/// <item>"forget"/"miss" (نسي، تنسى، تنساني، يفوت) between the negation and the reminder word make a double negative:
/// "don't forget to remind me", "لا تنسى تذكرني" stay requests.</item>
/// </list>
/// </remarks>
public static class ReminderNegation
{
    private const int VerbWindow = 4;
    private const int NounWindow = 2;

    /// <summary>Whether <paramref name="text"/> negates the reminder request it makes (see the remarks for the rule).</summary>
    /// <param name="text">The message text as typed, any length (only its words are read).</param>
    /// <returns><c>true</c> when a negation governs a reminder word.</returns>
    public static bool Negates(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = LeadTimes.Words(text);
        for (var i = 0; i < words.Count; i++)
        {
            var window = NegationWindow(words, i);
            if (window == 0)
            {
                continue;
            }

            if (IsGluedNegatedReminder(words[i]))
            {
                return true;
            }

            if (window == NounWindow)
            {
                // "no reminders", "no more reminders", "بدون اي تذكير"; not "no problem, remind me".
                var first = i + 1 < words.Count ? words[i + 1] : "";
                var second = i + 2 < words.Count ? words[i + 2] : "";
                if (IsReminderWord(first) || (Quantifiers.Contains(first) && IsReminderWord(second)))
                {
                    return true;
                }

                continue;
            }

            for (var j = i + 1; j < words.Count && j <= i + window; j++)
            {
                if (IsDoubleNegative(words[j]))
                {
                    break;
                }

                if (IsReminderWord(words[j]))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>How many words after word <paramref name="i"/> its negation reaches; 0 when it does not negate.</summary>
    private static int NegationWindow(List<string> words, int i)
    {
        var word = words[i];
        var next = i + 1 < words.Count ? words[i + 1] : null;
        if (NounNegators.Contains(word))
        {
            return NounWindow;
        }

        if (VerbNegators.Contains(word) || (word is "don" or "doesn" or "didn" or "won" or "can" && next is "t") || IsGluedNegatedReminder(word))
        {
            // "don t remind me": the "t" the apostrophe split off takes one place of the window.
            return word is "don" or "doesn" or "didn" or "won" or "can" ? VerbWindow + 1 : VerbWindow;
        }

        return 0;
    }

    private static bool IsGluedNegatedReminder(string word) =>
        word.Length > 3 && (word.StartsWith("ما", StringComparison.Ordinal) || word.StartsWith("لا", StringComparison.Ordinal)) && IsArabicReminderWord(word[2..]);

    /// <summary>
    /// Whether <paramref name="text"/> has a reminder word at all (see <see cref="IsReminderWord"/>): a free-text request
    /// to subscribe needs one, so "2 weeks" or "7*7" alone subscribes no chat.
    /// </summary>
    /// <param name="text">The message text as typed.</param>
    public static bool MentionsReminders(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return LeadTimes.Words(text).Any(IsReminderWord);
    }

    /// <summary>"remind", "reminders", "notify", "alerts", "subscribe"; Arabic words built on ذكر or نبه, and اشعار/اشترك forms.</summary>
    private static bool IsReminderWord(string word) =>
        EnglishReminderStems.Any(stem => word.StartsWith(stem, StringComparison.Ordinal)) || IsArabicReminderWord(word);

    private static bool IsArabicReminderWord(string word) =>
        ArabicReminderRoots.Any(root => word.Contains(root, StringComparison.Ordinal));

    private static bool IsDoubleNegative(string word) =>
        word.StartsWith("forget", StringComparison.Ordinal) || word.StartsWith("miss", StringComparison.Ordinal)
        || word.Contains("نسي", StringComparison.Ordinal) || word.Contains("تنس", StringComparison.Ordinal) || word.Contains("يفوت", StringComparison.Ordinal)
        || word.Contains("تفوت", StringComparison.Ordinal);

    private static readonly HashSet<string> VerbNegators = new(StringComparer.Ordinal)
    {
        "not", "dont", "never", "cannot",
        "لا", "ما", "مو", "مش", "لن", "لم", "بطل", "مابي", "ماابي", "ماريد", "مااريد", "مابدي", "ماابغي", "مابغي", "ماعاوز",
        "stop", "quit", "enough", "بطلوا", "بطلي", "وقف", "وقفوا", "وكف", "وكفوا", "توكف", "توقف", "كافي", "كفى",
    };

    private static readonly HashSet<string> Quantifiers = new(StringComparer.Ordinal) { "more", "further", "other", "any", "اي", "مزيد", "بعد" };

    private static readonly HashSet<string> NounNegators = new(StringComparer.Ordinal) { "no", "without", "بلا", "بدون", "بلاش" };

    private static readonly string[] EnglishReminderStems = ["remind", "notif", "alert", "subscri", "ping"];

    // Normalized as LeadTimes.Words writes them (ة → ه, أ → ا).
    private static readonly string[] ArabicReminderRoots = ["ذكر", "ذكير", "نبه", "نبيه", "اشعار", "اشترك", "اشتراك"];
}
