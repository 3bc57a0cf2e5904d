using WithdrawalBot.Core.Languages;

namespace WithdrawalBot.Core.Replies;

/// <summary>
/// What the bot says back, platform-neutral: ordered blocks of plain text with roles, optional buttons,
/// and what the answer rests on. Adapters render it (Telegram HTML, Discord markdown, plain text) and
/// split it at their length limits.
/// </summary>
/// <param name="Language">The language the reply is written in.</param>
/// <param name="Blocks">The text, in order; never empty.</param>
public sealed record Reply(Language Language, IReadOnlyList<ReplyBlock> Blocks)
{
    /// <summary>Buttons to show under the reply (suggested questions, clarification, feedback); empty for none.</summary>
    public IReadOnlyList<ReplyButton> Buttons { get; init; } = [];

    /// <summary>The intent that produced the reply, e.g. <c>fact</c>, <c>help</c>, <c>unknown</c>.</summary>
    public string Intent { get; init; } = "";

    /// <summary>True only when the reply states facts from the article.</summary>
    public bool Answered { get; init; }

    /// <summary>The matcher's confidence, 0–1.</summary>
    public double Confidence { get; init; }

    /// <summary>
    /// Names this message's delivery the same way every time it is sent again (a reminder's ledger key,
    /// "milestone|7d|subscription"), so a platform that deduplicates sends (Discord's nonce) posts a retried one once;
    /// <c>null</c>: every send is a new message.
    /// </summary>
    public string? DeliveryKey { get; init; }

    /// <summary>The paragraphs the reply rests on, best first; empty when it states no facts.</summary>
    public IReadOnlyList<Citation> Citations { get; init; } = [];

    /// <summary>
    /// The paragraph numbers of <see cref="Citations"/>, each once, best first: what to show where paragraphs are listed
    /// (a fact may quote two passages of one paragraph; its number is still shown once).
    /// </summary>
    public IReadOnlyList<int> CitedParagraphs => [.. Citations.Select(c => c.Paragraph).Distinct()];

    /// <summary>The reply as plain text: blocks separated by blank lines, list items by single newlines.</summary>
    public string ToPlainText() => PlainTextRenderer.Render(this);
}
