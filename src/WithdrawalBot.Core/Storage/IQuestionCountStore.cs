namespace WithdrawalBot.Core.Storage;

/// <summary>
/// How many questions the bot answered from the article and how many it had to refuse ("the report does not say"),
/// counted per UTC day and kept across restarts, for the operator's <c>/stats</c>. Only totals: the refused questions
/// themselves are in <see cref="IUnansweredLog"/>.
/// </summary>
public interface IQuestionCountStore
{
    /// <summary>Counts one question on the UTC day of <paramref name="askedAt"/>.</summary>
    /// <param name="answered"><c>true</c> when the reply stated facts from the article; <c>false</c> when it was a refusal.</param>
    /// <param name="askedAt">When it was asked.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    Task RecordAsync(bool answered, DateTimeOffset askedAt, CancellationToken cancellationToken);

    /// <summary>The totals since counting began, and those from <paramref name="recentFrom"/> (a UTC day, inclusive) on.</summary>
    /// <param name="recentFrom">The first UTC day of the recent window.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    Task<QuestionCounts> CountAsync(DateOnly recentFrom, CancellationToken cancellationToken);
}
