namespace WithdrawalBot.Core.Storage;

/// <summary>Totals of the "was this helpful?" ratings.</summary>
/// <param name="Helpful">How many ratings said 👍.</param>
/// <param name="NotHelpful">How many ratings said 👎.</param>
/// <param name="MostUnhelpful">The answers (facts) most often rated 👎, most first; empty when none was.</param>
public sealed record FeedbackSummary(int Helpful, int NotHelpful, IReadOnlyList<FeedbackTally> MostUnhelpful);
