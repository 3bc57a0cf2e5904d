namespace WithdrawalBot.Core.Storage;

/// <summary>Questions the bot could not answer, for maintainers to grow the knowledge base.</summary>
public interface IUnansweredLog
{
    /// <summary>Appends a question.</summary>
    Task RecordAsync(UnansweredQuestion question, CancellationToken cancellationToken);

    /// <summary>The latest questions, newest first.</summary>
    /// <param name="count">How many at most (1–100).</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    Task<IReadOnlyList<UnansweredQuestion>> LatestAsync(int count, CancellationToken cancellationToken);
}
