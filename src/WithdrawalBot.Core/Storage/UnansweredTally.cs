namespace WithdrawalBot.Core.Storage;

/// <summary>One unanswered question and how often it was asked.</summary>
/// <param name="Text">The question as last asked.</param>
/// <param name="Count">How many times.</param>
/// <param name="LastAskedAt">When it was last asked, UTC.</param>
public sealed record UnansweredTally(string Text, int Count, DateTimeOffset LastAskedAt);
