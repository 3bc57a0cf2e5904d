namespace WithdrawalBot.Discord.Models;

/// <summary>The part of a forwarded message that a snapshot carries and the bot reads.</summary>
public sealed record SnapshotMessage
{
    /// <summary>The forwarded text; empty without the Message Content intent (except DMs and mentions of the bot).</summary>
    public string Content { get; init => field = value ?? ""; } = "";
}
