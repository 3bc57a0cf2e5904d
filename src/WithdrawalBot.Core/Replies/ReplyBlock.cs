namespace WithdrawalBot.Core.Replies;

/// <summary>One block of a reply: plain, unescaped text with a role. Renderers escape it for their markup.</summary>
/// <param name="Kind">The block's role.</param>
/// <param name="Text">Plain text, never markup; may contain user-supplied characters such as &lt; &amp; * _.</param>
public sealed record ReplyBlock(ReplyBlockKind Kind, string Text);
