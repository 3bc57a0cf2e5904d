using System.Collections.Concurrent;
using WithdrawalBot.Core.Storage;

namespace WithdrawalBot.Core.Tests.Support;

public sealed class InMemoryFeedbackStore : IFeedbackStore
{
    public ConcurrentQueue<AnswerFeedback> Entries { get; } = new();

    public Task RecordAsync(AnswerFeedback feedback, CancellationToken cancellationToken)
    {
        Entries.Enqueue(feedback);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<AnswerFeedback>> LatestAsync(int count, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<AnswerFeedback>>([.. Entries.Reverse().Take(count)]);
}
