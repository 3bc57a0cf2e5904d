using WithdrawalBot.Core.Messages;

namespace WithdrawalBot.Core.Storage;

/// <summary>A question the bot could not answer from the article, kept for maintainers.</summary>
/// <param name="Chat">Where it was asked.</param>
/// <param name="Text">The question as asked (truncated to 1,000 characters).</param>
/// <param name="Language">"ar" or "en".</param>
/// <param name="Confidence">The best candidate's score, 0–1.</param>
/// <param name="AskedAt">When, UTC.</param>
public sealed record UnansweredQuestion(ChatAddress Chat, string Text, string Language, double Confidence, DateTimeOffset AskedAt);
