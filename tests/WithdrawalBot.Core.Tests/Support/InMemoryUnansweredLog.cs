using System.Collections.Concurrent;
using WithdrawalBot.Core.Storage;

namespace WithdrawalBot.Core.Tests.Support;

public sealed class InMemoryUnansweredLog : IUnansweredLog
{
    public ConcurrentQueue<UnansweredQuestion> Questions { get; } = new();

    public Task RecordAsync(UnansweredQuestion question, CancellationToken cancellationToken)
    {
        Questions.Enqueue(question);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<UnansweredQuestion>> LatestAsync(int count, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<UnansweredQuestion>>([.. Questions.Reverse().Take(count)]);
}
