using WithdrawalBot.Core.Messages;

namespace WithdrawalBot.Core.Reminders;

/// <summary>A claimed reminder waiting in the dispatcher's queue (memory only; the ledger is the durable copy).</summary>
internal sealed class DeliveryJob(DeliveryKey key, ChatPlatform platform, DateTimeOffset dueAt)
{
    public DeliveryKey Key { get; } = key;

    public ChatPlatform Platform { get; } = platform;

    public DateTimeOffset DueAt { get; } = dueAt;

    /// <summary>Not to be sent before this instant (due time, retry-after, back-off).</summary>
    public DateTimeOffset NotBefore { get; set; } = dueAt;

    /// <summary>Transient failures so far.</summary>
    public int Failures { get; set; }

    /// <summary>Chat migrations followed so far (at most one).</summary>
    public int Migrations { get; set; }

    /// <summary>Whether the platform was ever asked to send it in this process.</summary>
    public bool Attempted { get; set; }
}
