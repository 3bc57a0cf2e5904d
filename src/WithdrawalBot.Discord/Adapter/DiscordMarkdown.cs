using System.Text;
using System.Text.RegularExpressions;

namespace WithdrawalBot.Discord.Adapter;

/// <summary>
/// Escapes plain text (user questions, knowledge text) for Discord markdown so it shows as typed: every
/// markdown character gets a backslash, <c>&lt;</c> is escaped so <c>&lt;@id&gt;</c>, <c>&lt;#id&gt;</c> and
/// <c>&lt;t:…&gt;</c> do not render as mentions, and <c>@everyone</c>/<c>@here</c> get a zero-width space. Links
/// are kept clickable (wrapped in <c>&lt;…&gt;</c> so no preview is attached), the punctuation and quotes after them
/// left outside. The bot also sends <c>allowed_mentions: {"parse":[]}</c>, so nothing pings anyone even if text
/// slipped through.
/// </summary>
public static partial class DiscordMarkdown
{
    private const string MarkdownCharacters = "\\*_~`|>#-[]<+";

    /// <summary>Escapes <paramref name="text"/> for use inside Discord markdown.</summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var result = new StringBuilder(text.Length + 16);
        var position = 0;
        foreach (Match link in LinkPattern().Matches(text))
        {
            EscapeRun(text.AsSpan(position, link.Index - position), result);
            result.Append('<').Append(link.Value).Append('>');
            position = link.Index + link.Length;
        }

        EscapeRun(text.AsSpan(position), result);
        return MassMention().Replace(result.ToString(), "@\u200B$1");
    }

    private static void EscapeRun(ReadOnlySpan<char> text, StringBuilder result)
    {
        var lineStart = true;
        var digitsSinceLineStart = false;
        foreach (var c in text)
        {
            if (MarkdownCharacters.Contains(c, StringComparison.Ordinal) || (c == '.' && digitsSinceLineStart))
            {
                // "1." at the start of a line would become an ordered list.
                result.Append('\\');
            }

            result.Append(c);
            digitsSinceLineStart = char.IsAsciiDigit(c) && (lineStart || digitsSinceLineStart);
            lineStart = c == '\n' || (lineStart && c == ' ');
        }
    }

    /// <summary>
    /// A link: it ends at a space, <c>&lt;</c>, <c>&gt;</c> or a typographic quote (“ ” ‘ ’ « » ‹ ›, never part of a URL), and
    /// never on punctuation that closes the sentence or the brackets around it (<c>) ? . , ! ] '</c> …), so
    /// <c>“[Basra](https://evil.example)?”</c> links only <c>https://evil.example</c> and the quote stays outside.
    /// </summary>
    [GeneratedRegex(@"https?://[^\s<>“”‘’«»‹›]+[^\s<>.,;:!?)\]'""“”‘’«»‹›،؛؟]", RegexOptions.CultureInvariant)]
    private static partial Regex LinkPattern();

    [GeneratedRegex("@(everyone|here)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex MassMention();
}
