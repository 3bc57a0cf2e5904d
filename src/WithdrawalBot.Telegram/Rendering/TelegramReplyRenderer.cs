using System.Text;
using Telegram.Bot.Types.ReplyMarkups;
using WithdrawalBot.Core.Languages;
using WithdrawalBot.Core.Replies;

namespace WithdrawalBot.Telegram.Rendering;

/// <summary>
/// Renders a <see cref="Reply"/> as Telegram HTML (parse_mode HTML): every text escaped (&lt; &gt; &amp;), headings in
/// &lt;b&gt;, quotes in &lt;blockquote&gt;, footnotes in &lt;i&gt;, list items with "• ". Arabic replies start every
/// block with U+200F (right-to-left mark) so lines that begin with Latin letters or digits still read right to left.
/// Long replies are split into parts of at most 4096 characters between blocks, else between sentences, else between
/// words; never inside a tag or an entity (each part opens and closes its own tags).
/// </summary>
public static class TelegramReplyRenderer
{
    /// <summary>Telegram's limit for one message, in UTF-16 characters.</summary>
    public const int MaxMessageLength = 4096;

    /// <summary>Telegram's limit for callback_data, in UTF-8 bytes.</summary>
    public const int MaxCallbackDataBytes = 64;

    /// <summary>The right-to-left mark put before every Arabic block.</summary>
    public const char RightToLeftMark = '\u200F';

    /// <summary>Renders a reply; see the class summary for the rules.</summary>
    /// <param name="reply">The reply; its blocks hold plain text.</param>
    /// <param name="maxLength">The longest part, for tests; Telegram's limit by default.</param>
    public static RenderedReply Render(Reply reply, int maxLength = MaxMessageLength)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var parts = Pack(Segments(reply, maxLength), maxLength);
        var kept = reply.Buttons.Where(b => Encoding.UTF8.GetByteCount(b.Payload) <= MaxCallbackDataBytes && b.Label.Length > 0).ToList();
        var dropped = reply.Buttons.Except(kept).ToList();
        var keyboard = kept.Count == 0
            ? null
            : new InlineKeyboardMarkup(kept.Select(b => new[] { InlineKeyboardButton.WithCallbackData(b.Label, b.Payload) }));
        return new RenderedReply(parts, keyboard, dropped);
    }

    /// <summary>Escapes the three characters Telegram HTML reserves: &lt; &gt; &amp;.</summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Replace("&", "&amp;", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal);
    }

    private static List<(string Separator, string Html)> Segments(Reply reply, int maxLength)
    {
        var mark = reply.Language == Language.Arabic ? RightToLeftMark.ToString() : "";
        var segments = new List<(string, string)>();
        ReplyBlockKind? previous = null;
        foreach (var block in reply.Blocks)
        {
            var (open, close) = Tags(block.Kind, mark);
            var separator = previous is null ? "" : previous == ReplyBlockKind.ListItem && block.Kind == ReplyBlockKind.ListItem ? "\n" : "\n\n";
            var pieces = TextSplitter.Split(block.Text, maxLength - open.Length - close.Length, Escape);
            for (var i = 0; i < pieces.Count; i++)
            {
                segments.Add((i == 0 ? separator : "\n", open + Escape(pieces[i]) + close));
            }

            previous = block.Kind;
        }

        return segments;
    }

    private static (string Open, string Close) Tags(ReplyBlockKind kind, string mark) => kind switch
    {
        ReplyBlockKind.Heading => (mark + "<b>", "</b>"),
        ReplyBlockKind.Quote => ("<blockquote>" + mark, "</blockquote>"),
        ReplyBlockKind.ListItem => (mark + "• ", ""),
        ReplyBlockKind.Footnote => (mark + "<i>", "</i>"),
        _ => (mark, ""),
    };

    private static List<string> Pack(List<(string Separator, string Html)> segments, int maxLength)
    {
        var parts = new List<string>();
        var current = new StringBuilder();
        foreach (var (separator, html) in segments)
        {
            if (current.Length > 0 && current.Length + separator.Length + html.Length > maxLength)
            {
                parts.Add(current.ToString());
                current.Clear();
            }

            current.Append(current.Length == 0 ? "" : separator).Append(html);
        }

        if (current.Length > 0 || parts.Count == 0)
        {
            parts.Add(current.ToString());
        }

        return parts;
    }
}
