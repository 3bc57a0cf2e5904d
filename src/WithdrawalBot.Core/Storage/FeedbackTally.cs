namespace WithdrawalBot.Core.Storage;

/// <summary>How often one answer was rated not helpful.</summary>
/// <param name="FactId">The fact (knowledge/facts.json id).</param>
/// <param name="Paragraphs">The article paragraphs that answer cites.</param>
/// <param name="Count">How many 👎 ratings.</param>
/// <param name="LastQuestion">The question behind the latest 👎, when remembered; <c>null</c> otherwise.</param>
public sealed record FeedbackTally(string FactId, IReadOnlyList<int> Paragraphs, int Count, string? LastQuestion);
