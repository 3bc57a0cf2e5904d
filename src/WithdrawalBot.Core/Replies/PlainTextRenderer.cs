using System.Text;
using WithdrawalBot.Core.Languages;

namespace WithdrawalBot.Core.Replies;

/// <summary>Renders a <see cref="Reply"/> as plain text for the console, the JSON contract and platforms without markup.</summary>
public static class PlainTextRenderer
{
    /// <summary>Renders blocks in order: list items one per line with "• ", quotes in «», footnotes prefixed with "— ".</summary>
    public static string Render(Reply reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var text = new StringBuilder();
        ReplyBlockKind? previous = null;
        foreach (var block in reply.Blocks)
        {
            if (previous is not null)
            {
                text.Append(previous == ReplyBlockKind.ListItem && block.Kind == ReplyBlockKind.ListItem ? "\n" : "\n\n");
            }

            text.Append(block.Kind switch
            {
                ReplyBlockKind.ListItem => "• " + block.Text,
                ReplyBlockKind.Quote => reply.Language == Language.Arabic ? "«" + block.Text + "»" : "“" + block.Text + "”",
                ReplyBlockKind.Footnote => "— " + block.Text,
                _ => block.Text,
            });
            previous = block.Kind;
        }

        return text.ToString();
    }
}
