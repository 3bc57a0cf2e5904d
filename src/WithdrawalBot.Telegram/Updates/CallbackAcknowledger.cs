using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using WithdrawalBot.Telegram.Diagnostics;

namespace WithdrawalBot.Telegram.Updates;

/// <summary>
/// Answers every button tap's callback query exactly once, and in time. A tap is handled in its chat's order, like every
/// update, so what it posts (a suggested question's answer) goes out in turn; its callback answer (which stops the button's
/// spinner and carries the toast: the thanks for a vote, "Answered just above ↑") goes out then too, when that turn comes
/// within <see cref="Deadline"/>. Behind a busy group's backlog (replies go out at 20 a minute) it would come long after
/// Telegram stops taking it ("query is too old"), so at the deadline the query is answered without a text instead, and the
/// toast of its turn is left out (the vote still counts). Thread-safe.
/// </summary>
public sealed class CallbackAcknowledger(ITelegramBotClient client, TimeProvider timeProvider, ILogger<CallbackAcknowledger> logger) : IDisposable
{
    /// <summary>How long a tap may wait for its turn before its callback query is answered without a text.</summary>
    public static readonly TimeSpan Deadline = TimeSpan.FromSeconds(2);

    /// <summary>Taps waiting for their turn: the deadline's timer, or <c>null</c> once answered at the deadline.</summary>
    private readonly ConcurrentDictionary<string, ITimer?> waiting = new(StringComparer.Ordinal);

    /// <summary>Starts the deadline of a tap that was just queued.</summary>
    public void Track(string queryId)
    {
        ArgumentNullException.ThrowIfNull(queryId);
        var timer = timeProvider.CreateTimer(_ => _ = AnswerAtDeadlineAsync(queryId), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        if (waiting.TryAdd(queryId, timer))
        {
            // Armed only once stored, so the callback always finds its own timer.
            timer.Change(Deadline, Timeout.InfiniteTimeSpan);
        }
        else
        {
            timer.Dispose();
        }
    }

    /// <summary>Answers a tap in its turn with <paramref name="text"/> (a toast, or none), unless it was answered at the deadline.</summary>
    /// <returns>False when the query had been answered already, so <paramref name="text"/> was not shown.</returns>
    public async Task<bool> AnswerAsync(string queryId, string? text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(queryId);
        if (waiting.TryRemove(queryId, out var timer))
        {
            if (timer is null)
            {
                logger.CallbackAnsweredEarly(queryId, text is not null);
                return false;
            }

            await timer.DisposeAsync();
        }

        await SendAsync(queryId, text, cancellationToken);
        return true;
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        foreach (var timer in waiting.Values)
        {
            timer?.Dispose();
        }

        waiting.Clear();
    }

    private async Task AnswerAtDeadlineAsync(string queryId)
    {
        if (!waiting.TryGetValue(queryId, out var timer) || timer is null || !waiting.TryUpdate(queryId, null, timer))
        {
            return; // its turn came first
        }

        await timer.DisposeAsync();
        await SendAsync(queryId, null, CancellationToken.None);
    }

    private async Task SendAsync(string queryId, string? text, CancellationToken cancellationToken)
    {
        try
        {
            await client.AnswerCallbackQuery(queryId, text, cancellationToken: cancellationToken);
        }
        catch (Exception exception) when (exception is RequestException or HttpRequestException)
        {
            logger.CallbackAnswerFailed(exception);
        }
    }
}
