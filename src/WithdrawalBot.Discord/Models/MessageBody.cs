namespace WithdrawalBot.Discord.Models;

/// <summary>
/// The body of a message we send: <c>POST /channels/{id}/messages</c>, interaction callback data, webhook
/// follow-ups and <c>PATCH …/@original</c>. Null fields are left out of the JSON.
/// </summary>
public sealed record MessageBody
{
    /// <summary>The markdown text, at most 2000 code points.</summary>
    public string? Content { get; init; }

    /// <summary>Who may be pinged; the bot always sends <see cref="AllowedMentions.None"/> (<c>{"parse":[]}</c>).</summary>
    public AllowedMentions? AllowedMentions { get; init; } = AllowedMentions.None;

    /// <summary>Makes the message a reply (channel messages only).</summary>
    public MessageReference? MessageReference { get; init; }

    /// <summary>Action rows of buttons.</summary>
    public IReadOnlyList<MessageComponent>? Components { get; init; }

    /// <summary>A unique value (≤ 25 chars) that, with <see cref="EnforceNonce"/>, makes a retried send idempotent.</summary>
    public string? Nonce { get; init; }

    /// <summary>True to have Discord drop a duplicate of a recent message with the same <see cref="Nonce"/>.</summary>
    public bool? EnforceNonce { get; init; }

    /// <summary>Message flags (64 = ephemeral, interactions only).</summary>
    public int? Flags { get; init; }
}
