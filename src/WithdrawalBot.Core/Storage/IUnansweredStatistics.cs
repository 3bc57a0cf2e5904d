namespace WithdrawalBot.Core.Storage;

/// <summary>Totals over the unanswered-questions log, for the operator's <c>/stats</c>.</summary>
public interface IUnansweredStatistics
{
    /// <summary>How many unanswered questions were recorded in all.</summary>
    Task<int> CountAsync(CancellationToken cancellationToken);

    /// <summary>The most asked unanswered questions (grouped by text ignoring case, surrounding spaces and repeated spaces), most asked first.</summary>
    /// <param name="count">How many at most (1–100).</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    Task<IReadOnlyList<UnansweredTally>> TopAsync(int count, CancellationToken cancellationToken);
}
