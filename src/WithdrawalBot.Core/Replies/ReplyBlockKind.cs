namespace WithdrawalBot.Core.Replies;

/// <summary>The role of one block of a reply; each adapter renders roles in its own markup.</summary>
public enum ReplyBlockKind
{
    /// <summary>A short bold line (Telegram &lt;b&gt;, Discord **…**).</summary>
    Heading,

    /// <summary>Ordinary text.</summary>
    Paragraph,

    /// <summary>A verbatim quote from the source article (Telegram &lt;blockquote&gt;, Discord "&gt; ").</summary>
    Quote,

    /// <summary>One item of a bulleted list.</summary>
    ListItem,

    /// <summary>The citation and source line under an answer (rendered small/italic where the platform can).</summary>
    Footnote,
}
