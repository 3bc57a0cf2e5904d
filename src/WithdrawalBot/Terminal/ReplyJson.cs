using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;
using WithdrawalBot.Core.Languages;
using WithdrawalBot.Core.Replies;

namespace WithdrawalBot.Terminal;

/// <summary>
/// The <c>ask --json</c> contract: one JSON object on one line per question,
/// <c>{"question":"…","language":"ar"|"en","intent":"…","answered":bool,"confidence":0–1,"text":"…",
/// "citations":[{"paragraph":N,"quote":"…"}]}</c>. <c>text</c> is the reply as plain text (what a chat shows),
/// <c>citations</c> best first, one entry per distinct quote: when an answer rests on two passages of one paragraph,
/// that paragraph comes twice, side by side, each time with its own verbatim quote (merging them would drop a quote or
/// make it non-verbatim); an identical paragraph and quote comes once. Arabic is written as is, not \u-escaped.
/// When the router stays silent the line says <c>"intent":"none"</c> with empty text.
/// </summary>
public static partial class ReplyJson
{
    /// <summary>The intent written when the router returned no reply.</summary>
    public const string SilentIntent = "none";

    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = false };

    /// <summary>Formats one question and its reply (or <c>null</c> for silence) as a single line, without the line break.</summary>
    public static string Format(string question, Reply? reply)
    {
        ArgumentNullException.ThrowIfNull(question);
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteString("question", question);
            json.WriteString("language", (reply?.Language ?? Guess(question)).ToCode());
            json.WriteString("intent", reply is null ? SilentIntent : reply.Intent);
            json.WriteBoolean("answered", reply?.Answered ?? false);
            json.WriteNumber("confidence", Math.Round(Math.Clamp(reply?.Confidence ?? 0, 0, 1), 4));
            json.WriteString("text", reply?.ToPlainText() ?? "");
            json.WriteStartArray("citations");
            foreach (var citation in Citations(reply))
            {
                json.WriteStartObject();
                json.WriteNumber("paragraph", citation.Paragraph);
                json.WriteString("quote", citation.Quote);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>
    /// The reply's citations, each paragraph and quote once, paragraphs best first (in order of first citation) with a
    /// paragraph's quotes next to each other: [2 a, 17 b, 2 c, 2 a] → [2 a, 2 c, 17 b].
    /// </summary>
    private static IEnumerable<Citation> Citations(Reply? reply) =>
        (reply?.Citations ?? []).DistinctBy(c => (c.Paragraph, c.Quote)).GroupBy(c => c.Paragraph).SelectMany(quotes => quotes);

    private static Language Guess(string question) => ArabicLetter().IsMatch(question) ? Language.Arabic : Language.English;

    [GeneratedRegex(@"\p{IsArabic}", RegexOptions.CultureInvariant)]
    private static partial Regex ArabicLetter();
}
