using WithdrawalBot.Core.Storage;

namespace WithdrawalBot.Core.Admin;

/// <summary>What <c>/stats</c> shows; <c>null</c> parts are not kept by the registered stores.</summary>
/// <param name="ActiveSubscriptions">Active reminder subscriptions (chat + thread each); <c>null</c> without a subscription store.</param>
/// <param name="SubscribedChats">Distinct chats with at least one active subscription; <c>null</c> without a subscription store.</param>
/// <param name="Unanswered">Unanswered questions recorded in all; <c>null</c> without unanswered statistics.</param>
/// <param name="TopUnanswered">The most asked unanswered questions, most first (at most 5).</param>
/// <param name="Feedback">The "was this helpful?" totals; <c>null</c> without feedback statistics.</param>
public sealed record AdminStatistics(int? ActiveSubscriptions, int? SubscribedChats, int? Unanswered, IReadOnlyList<UnansweredTally> TopUnanswered, FeedbackSummary? Feedback)
{
    /// <summary>Answered and refused questions in all and in the last <see cref="AdminCommandHandler.RecentDays"/> UTC days; <c>null</c> without a question count store.</summary>
    public QuestionCounts? Questions { get; init; }
}
