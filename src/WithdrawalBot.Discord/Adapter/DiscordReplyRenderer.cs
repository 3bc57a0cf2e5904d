using System.Globalization;
using System.Text;
using WithdrawalBot.Core.Replies;
using WithdrawalBot.Discord.Models;

namespace WithdrawalBot.Discord.Adapter;

/// <summary>
/// Renders a <see cref="Reply"/> as Discord messages: headings bold, quotes as <c>&gt; </c> lines, list items as
/// <c>- </c>, footnotes as small <c>-# </c> text, all text escaped. Each message is at most
/// <see cref="MaxCodePoints"/> code points (Discord counts code points, not UTF-16 units); a longer reply is split
/// between blocks, else between sentences, else between words, never inside a character. Buttons go under
/// the last message as action rows of at most 5.
/// </summary>
public static class DiscordReplyRenderer
{
    /// <summary>Discord's message content limit, in Unicode code points.</summary>
    public const int MaxCodePoints = 2000;

    /// <summary>Discord allows 5 buttons per action row and 5 rows.</summary>
    public const int ButtonsPerRow = 5;

    private const int MaxRows = 5;
    private const int MaxLabel = 80;
    private const int MaxCustomId = 100;

    /// <summary>Renders the reply as one or more message bodies, in order.</summary>
    /// <param name="reply">The reply.</param>
    /// <param name="replyToMessageId">The question's message id, to post the first part as a reply (guild channels); <c>null</c> for none.</param>
    /// <param name="maxCodePoints">The limit per message (tests may lower it).</param>
    public static IReadOnlyList<MessageBody> Render(Reply reply, string? replyToMessageId = null, int maxCodePoints = MaxCodePoints)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var chunks = Split(reply.Blocks, maxCodePoints);
        if (chunks.Count == 0)
        {
            chunks.Add("…");
        }

        var components = Buttons(reply.Buttons);
        var bodies = new List<MessageBody>(chunks.Count);
        for (var i = 0; i < chunks.Count; i++)
        {
            bodies.Add(new MessageBody
            {
                Content = chunks[i],
                MessageReference = i == 0 && replyToMessageId is not null ? new MessageReference { MessageId = replyToMessageId, FailIfNotExists = false } : null,
                Components = i == chunks.Count - 1 && components.Count > 0 ? components : null,
            });
        }

        return bodies;
    }

    /// <summary>Counts code points as Discord does.</summary>
    public static int CodePoints(string text) => text.EnumerateRunes().Count();

    /// <summary>Builds action rows for buttons; buttons with an empty or over-long payload are left out.</summary>
    public static IReadOnlyList<MessageComponent> Buttons(IReadOnlyList<ReplyButton> buttons)
    {
        ArgumentNullException.ThrowIfNull(buttons);
        var usable = buttons
            .Where(b => !string.IsNullOrEmpty(b.Payload) && b.Payload.Length <= MaxCustomId && !string.IsNullOrWhiteSpace(b.Label))
            .DistinctBy(b => b.Payload, StringComparer.Ordinal)
            .Take(ButtonsPerRow * MaxRows)
            .Select(b => new MessageComponent { Type = 2, Style = 2, Label = Truncate(b.Label.Trim(), MaxLabel), CustomId = b.Payload });
        return usable.Chunk(ButtonsPerRow).Select(row => new MessageComponent { Type = 1, Components = row }).ToArray();
    }

    private static List<string> Split(IReadOnlyList<ReplyBlock> blocks, int limit)
    {
        var chunks = new List<string>();
        var current = new StringBuilder();
        var currentLength = 0;
        ReplyBlockKind? previous = null;
        foreach (var block in blocks)
        {
            var separator = previous == ReplyBlockKind.ListItem && block.Kind == ReplyBlockKind.ListItem ? "\n" : "\n\n";
            previous = block.Kind;
            foreach (var piece in RenderBlock(block, limit))
            {
                var pieceLength = CodePoints(piece);
                if (currentLength > 0 && currentLength + separator.Length + pieceLength <= limit)
                {
                    current.Append(separator).Append(piece);
                    currentLength += separator.Length + pieceLength;
                    continue;
                }

                if (currentLength > 0)
                {
                    chunks.Add(current.ToString());
                    current.Clear();
                }

                current.Append(piece);
                currentLength = pieceLength;
            }
        }

        if (currentLength > 0)
        {
            chunks.Add(current.ToString());
        }

        return chunks;
    }

    private static IEnumerable<string> RenderBlock(ReplyBlock block, int limit)
    {
        var text = block.Text.Trim();
        if (text.Length == 0)
        {
            return [];
        }

        bool Fits(string part) => CodePoints(Decorate(block.Kind, part)) <= limit;
        return Pieces(text, Fits, level: 0).Select(part => Decorate(block.Kind, part));
    }

    /// <summary>Greedily packs sentences (level 0), then words (1), then text elements (2) into parts that fit.</summary>
    private static IEnumerable<string> Pieces(string text, Func<string, bool> fits, int level)
    {
        if (fits(text))
        {
            yield return text;
            yield break;
        }

        var units = level switch
        {
            0 => Sentences(text),
            1 => Words(text),
            _ => TextElements(text),
        };
        var current = "";
        foreach (var unit in units)
        {
            var candidate = current + unit;
            if (fits(candidate.Trim()))
            {
                current = candidate;
                continue;
            }

            if (current.Trim().Length > 0)
            {
                yield return current.Trim();
            }

            current = "";
            if (fits(unit.Trim()))
            {
                current = unit;
            }
            else if (level < 2)
            {
                foreach (var part in Pieces(unit.Trim(), fits, level + 1))
                {
                    yield return part;
                }
            }
        }

        if (current.Trim().Length > 0)
        {
            yield return current.Trim();
        }
    }

    private static IEnumerable<string> Sentences(string text)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var end = text[i] is '.' or '!' or '?' or '؟' or '۔' or '…' or '\n' && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1]) || text[i] == '\n');
            if (end)
            {
                var stop = i + 1;
                while (stop < text.Length && char.IsWhiteSpace(text[stop]))
                {
                    stop++;
                }

                yield return text[start..stop];
                start = stop;
                i = stop - 1;
            }
        }

        if (start < text.Length)
        {
            yield return text[start..];
        }
    }

    private static IEnumerable<string> Words(string text)
    {
        var start = 0;
        for (var i = 1; i < text.Length; i++)
        {
            if (char.IsWhiteSpace(text[i - 1]) && !char.IsWhiteSpace(text[i]))
            {
                yield return text[start..i];
                start = i;
            }
        }

        yield return text[start..];
    }

    private static IEnumerable<string> TextElements(string text)
    {
        var elements = StringInfo.GetTextElementEnumerator(text);
        while (elements.MoveNext())
        {
            yield return elements.GetTextElement();
        }
    }

    private static string Decorate(ReplyBlockKind kind, string text)
    {
        var escaped = DiscordMarkdown.Escape(text);
        return kind switch
        {
            ReplyBlockKind.Heading => "**" + escaped.ReplaceLineEndings(" ") + "**",
            ReplyBlockKind.Quote => "> " + escaped.ReplaceLineEndings("\n> "),
            ReplyBlockKind.ListItem => "- " + escaped.ReplaceLineEndings(" "),
            ReplyBlockKind.Footnote => "-# " + escaped.ReplaceLineEndings("\n-# "),
            _ => escaped,
        };
    }

    private static string Truncate(string text, int max)
    {
        var runes = text.EnumerateRunes().ToArray();
        return runes.Length <= max ? text : string.Concat(runes.Take(max - 1).Select(r => r.ToString())) + "…";
    }
}
