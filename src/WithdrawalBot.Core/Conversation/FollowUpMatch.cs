using WithdrawalBot.Core.Matching;

namespace WithdrawalBot.Core.Conversation;

/// <summary>How an utterance was understood in its conversation.</summary>
/// <param name="Result">The ranked candidates.</param>
/// <param name="Question">The question as understood: the utterance, followed by the earlier question when it was read as a follow-up.</param>
/// <param name="UsedContext">Whether the earlier question was used.</param>
public sealed record FollowUpMatch(MatchResult Result, string Question, bool UsedContext);
