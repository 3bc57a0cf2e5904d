namespace WithdrawalBot.Core.Storage;

/// <summary>Totals over the "was this helpful?" ratings, for the operator's <c>/stats</c>.</summary>
public interface IFeedbackStatistics
{
    /// <summary>How many ratings said helpful and not helpful, and the answers most often rated not helpful.</summary>
    /// <param name="top">How many unhelpful answers to list at most (1–100).</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    Task<FeedbackSummary> SummarizeAsync(int top, CancellationToken cancellationToken);
}
