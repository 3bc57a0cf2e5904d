namespace WithdrawalBot.Discord.Models;

/// <summary>One entry of a forwarded message's <c>message_snapshots</c>: the message as it was when forwarded.</summary>
public sealed record MessageSnapshot
{
    /// <summary>The forwarded message's fields (a subset of a message object: no id, author or channel).</summary>
    public SnapshotMessage? Message { get; init; }
}
