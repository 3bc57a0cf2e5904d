using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace WithdrawalBot.Discord.Adapter;

/// <summary>
/// Runs event handlers off the gateway's receive path: work for one chat runs in arrival order (so a
/// follow-up question is answered after the question before it), different chats run in parallel up to a
/// limit, and a failing handler is logged without stopping the rest.
/// </summary>
internal sealed class ChatWorkQueue(int maxConcurrency, ILogger logger) : IDisposable
{
    private readonly ConcurrentDictionary<string, Task> tails = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<Task, byte> running = new();
    private readonly SemaphoreSlim slots = new(maxConcurrency, maxConcurrency);
    private readonly Lock gate = new();
    private int unanswered;

    /// <summary>How many queued or running handlers were cancelled before they finished (at shutdown).</summary>
    public int Unanswered => Volatile.Read(ref unanswered);

    /// <summary>Queues <paramref name="work"/> behind earlier work for <paramref name="chatKey"/>.</summary>
    public void Enqueue(string chatKey, string eventName, Func<CancellationToken, Task> work, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            var previous = tails.GetValueOrDefault(chatKey) ?? Task.CompletedTask;
            var next = Task.Run(() => RunAsync(previous, eventName, work, cancellationToken), CancellationToken.None);
            tails[chatKey] = next;
            running[next] = 0;
            _ = next.ContinueWith(done => Finished(chatKey, done), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        }
    }

    /// <summary>Runs work that needs no ordering (e.g. acknowledging an interaction) and tracks it for shutdown.</summary>
    public void Track(string eventName, Func<CancellationToken, Task> work, CancellationToken cancellationToken)
    {
        var task = Task.Run(() => GuardAsync(eventName, work, cancellationToken), CancellationToken.None);
        running[task] = 0;
        _ = task.ContinueWith(done => running.TryRemove(done, out _), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }

    /// <summary>Completes when everything queued so far has finished.</summary>
    public Task DrainAsync() => Task.WhenAll(running.Keys);

    /// <inheritdoc />
    public void Dispose() => slots.Dispose();

    private async Task RunAsync(Task previous, string eventName, Func<CancellationToken, Task> work, CancellationToken cancellationToken)
    {
        await previous;
        try
        {
            await slots.WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            Interlocked.Increment(ref unanswered);
            return;
        }

        try
        {
            await GuardAsync(eventName, work, cancellationToken);
        }
        finally
        {
            slots.Release();
        }
    }

    private async Task GuardAsync(string eventName, Func<CancellationToken, Task> work, CancellationToken cancellationToken)
    {
        try
        {
            await work(cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Shutting down, after the grace.
            Interlocked.Increment(ref unanswered);
        }
#pragma warning disable CA1031 // One failing handler must not stop the others; it is logged.
        catch (Exception e)
#pragma warning restore CA1031
        {
            AdapterLog.HandlerFailed(logger, e, eventName);
        }
    }

    private void Finished(string chatKey, Task done)
    {
        running.TryRemove(done, out _);
        lock (gate)
        {
            if (tails.TryGetValue(chatKey, out var tail) && tail == done)
            {
                tails.TryRemove(chatKey, out _);
            }
        }
    }
}
