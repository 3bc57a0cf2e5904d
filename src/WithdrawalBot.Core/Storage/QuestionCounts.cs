namespace WithdrawalBot.Core.Storage;

/// <summary>Answered and refused question totals (see <see cref="IQuestionCountStore"/>).</summary>
/// <param name="Answered">Questions answered from the article since counting began.</param>
/// <param name="Refused">Questions refused since counting began.</param>
/// <param name="RecentAnswered">Questions answered in the recent window.</param>
/// <param name="RecentRefused">Questions refused in the recent window.</param>
/// <param name="Since">The first UTC day with a count; <c>null</c> when nothing was counted yet.</param>
public sealed record QuestionCounts(int Answered, int Refused, int RecentAnswered, int RecentRefused, DateOnly? Since);
