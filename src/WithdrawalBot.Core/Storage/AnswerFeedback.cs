using WithdrawalBot.Core.Messages;

namespace WithdrawalBot.Core.Storage;

/// <summary>One "was this helpful?" rating of an answer.</summary>
/// <param name="Chat">Where the answer was given.</param>
/// <param name="UserId">Who rated it, when the platform says; <c>null</c> otherwise.</param>
/// <param name="FactId">The fact that was answered (knowledge/facts.json id).</param>
/// <param name="Paragraphs">The article paragraphs the answer cited.</param>
/// <param name="Helpful">True for 👍, false for 👎.</param>
/// <param name="Question">The question the user asked (at most 1,000 characters), when still remembered; <c>null</c> otherwise.</param>
/// <param name="RatedAt">When, UTC.</param>
public sealed record AnswerFeedback(ChatAddress Chat, string? UserId, string FactId, IReadOnlyList<int> Paragraphs, bool Helpful, string? Question, DateTimeOffset RatedAt);
