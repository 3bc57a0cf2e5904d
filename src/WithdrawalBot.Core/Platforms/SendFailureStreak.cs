namespace WithdrawalBot.Core.Platforms;

/// <summary>
/// Failed sends on one platform in a row (an HTTP 5xx, the network, an answer that is not the platform's, a body Discord
/// refuses with its JSON error code), since its last delivered send: what a health check needs to tell "reading updates but
/// every reply fails" (a proxy answering 502, a Bot API server failing sends) from a healthy bot. A chat's own refusal, an
/// HTTP 4xx error code (a group that muted the bot: Telegram's 400 "not enough rights", a closed topic), a chat that
/// blocked the bot or a rate limit says nothing about the platform and does not count. Thread-safe.
/// </summary>
public sealed class SendFailureStreak
{
    /// <summary>How many failed sends in a row make the platform degraded.</summary>
    public const int Threshold = 3;

    private readonly Lock gate = new();
    private int count;
    private string? lastReason;

    /// <summary>Failed sends since the last delivered one.</summary>
    public int Count
    {
        get
        {
            lock (gate)
            {
                return count;
            }
        }
    }

    /// <summary>Counts a send's outcome: delivered ends the streak, failed or unanswered without an HTTP 4xx error code extends it, anything else leaves it.</summary>
    public void Record(DeliveryResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        lock (gate)
        {
            switch (result.Status)
            {
                case DeliveryStatus.Delivered:
                    count = 0;
                    lastReason = null;
                    break;
                case DeliveryStatus.Failed or DeliveryStatus.Uncertain when result.ErrorCode is not (>= 400 and < 500):
                    count++;
                    lastReason = result.ErrorCode is { } code ? $"{code}: {result.Description}" : result.Description;
                    break;
            }
        }
    }

    /// <summary>
    /// "the last 5 replies failed to send (502: Bad Gateway)" once <see cref="Threshold"/> sends in a row failed; otherwise <c>null</c>.
    /// </summary>
    public string? Describe()
    {
        lock (gate)
        {
            return count < Threshold
                ? null
                : $"the last {count} replies failed to send" + (string.IsNullOrWhiteSpace(lastReason) ? "" : $" ({lastReason})");
        }
    }
}
