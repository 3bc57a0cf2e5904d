namespace WithdrawalBot.Core.Storage;

/// <summary>"Was this helpful?" answers, for maintainers to see which answers fail (shown by <c>/stats</c>).</summary>
public interface IFeedbackStore
{
    /// <summary>Appends one rating.</summary>
    Task RecordAsync(AnswerFeedback feedback, CancellationToken cancellationToken);

    /// <summary>The latest ratings, newest first.</summary>
    /// <param name="count">How many at most (1–100).</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    Task<IReadOnlyList<AnswerFeedback>> LatestAsync(int count, CancellationToken cancellationToken);
}
