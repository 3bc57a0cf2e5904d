using WithdrawalBot.Core.Matching;

namespace WithdrawalBot.Core.Conversation;

/// <summary>
/// Reads short follow-ups ("and Erbil?", "why?", "who said that?", "وأربيل؟", "ليش؟", "منو كالها؟") in the
/// context of the user's last answered question: an utterance with at most <see cref="MaxFollowUpTerms"/>
/// content terms is matched together with that question (its own terms counting twice), among the facts and intents that share at least one
/// of its own terms. Longer questions, and sure small talk ("thanks"), stand alone.
/// </summary>
public sealed class FollowUpMatcher(IntentMatcher matcher)
{
    /// <summary>Utterances with this many content terms or fewer are read as follow-ups when there is context.</summary>
    public const int MaxFollowUpTerms = 2;

    /// <summary>An intent this sure ("thanks", "hi") wins over any reading in context.</summary>
    public const double IntentOverContext = 0.75;

    /// <summary>The matcher underneath.</summary>
    public IntentMatcher Matcher => matcher;

    /// <summary>Matches <paramref name="text"/>, in the context of <paramref name="previous"/> when it is a short follow-up.</summary>
    public FollowUpMatch Match(string text, ConversationTurn? previous)
    {
        ArgumentNullException.ThrowIfNull(text);
        var query = matcher.Analyze(text);
        var alone = matcher.Match(query);
        var terms = query.Terms;
        if (previous is null || terms.Count == 0 || terms.Count > MaxFollowUpTerms || alone.Best is { Kind: MatchKind.Intent } && alone.Confidence >= IntentOverContext)
        {
            return new FollowUpMatch(alone, text, UsedContext: false);
        }

        var combinedQuery = matcher.Analyze(previous.Question).Then(query, times: 2);
        var combined = matcher.Match(combinedQuery, required: terms);
        return combined.IsConfident
            ? new FollowUpMatch(combined, text + " " + previous.Question, UsedContext: true)
            : new FollowUpMatch(alone, text, UsedContext: false);
    }
}
