using System.Globalization;
using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.InlineQueryResults;
using WithdrawalBot.Core.Replies;
using WithdrawalBot.Core.Routing;
using WithdrawalBot.Core.Text;
using WithdrawalBot.Telegram.Diagnostics;
using WithdrawalBot.Telegram.Rendering;

namespace WithdrawalBot.Telegram.Inline;

/// <summary>
/// Answers inline queries (<c>@TheBot erbil</c> typed in any chat) with up to three cited answers to insert, best
/// first, from the core's <see cref="IInlineAnswerer"/>; an empty query gets answers to the most asked questions.
/// Each result is an article whose message is the reply's first HTML part. Answers whose language follows the asker's
/// client language are personal (not cached for other users).
/// </summary>
/// <param name="client">The Bot API client.</param>
/// <param name="logger">Logs failures of answerInlineQuery.</param>
public sealed class InlineQueryAnswerer(ITelegramBotClient client, ILogger<InlineQueryAnswerer> logger)
{
    /// <summary>The most results offered for one query.</summary>
    public const int MaxResults = 3;

    private const int CacheSeconds = 60;

    /// <summary>
    /// Answers <paramref name="query"/> (always, with an empty list if nothing fits) from <paramref name="answerer"/>,
    /// which matches without touching any chat: no conversation context, no unanswered-question log for every
    /// keystroke of a half-typed query.
    /// </summary>
    public async Task AnswerAsync(InlineQuery query, IInlineAnswerer answerer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(answerer);
        var text = query.Query.Trim();
        var replies = answerer.Answer(text, query.From.LanguageCode, MaxResults);
        var results = new List<InlineQueryResult>();
        foreach (var reply in replies.Take(MaxResults))
        {
            results.Add(Article(results.Count, results.Count == 0 && text.Length > 0 ? text : TitleOf(reply), reply));
        }

        try
        {
            await client.AnswerInlineQuery(query.Id, results, cacheTime: CacheSeconds, isPersonal: ByClientLanguage(text), cancellationToken: cancellationToken);
        }
        catch (Exception exception) when (exception is RequestException or HttpRequestException)
        {
            logger.InlineAnswerFailed(exception);
        }
    }

    /// <summary>
    /// Whether the answers' language comes from the asker's client (<see cref="IInlineAnswerer"/> uses the language code
    /// when the query has no letters: empty, figures, emoji). Telegram then must not hand the cached answers to another user
    /// who types the same (is_personal), or an English speaker gets an Arabic speaker's for <see cref="CacheSeconds"/>.
    /// </summary>
    private static bool ByClientLanguage(string query) => !query.Any(char.IsLetter);

    private static InlineQueryResultArticle Article(int index, string title, Reply reply)
    {
        var html = TelegramReplyRenderer.Render(reply).Parts[0];
        return new InlineQueryResultArticle(
            "r" + index.ToString(CultureInfo.InvariantCulture),
            Shorten(title, 64),
            new InputTextMessageContent(html) { ParseMode = ParseMode.Html, LinkPreviewOptions = new LinkPreviewOptions { IsDisabled = true } })
        {
            Description = Shorten(Describe(reply), 120),
        };
    }

    private static string Describe(Reply reply)
    {
        var text = string.Join(' ', reply.Blocks.Where(b => b.Kind is ReplyBlockKind.Paragraph or ReplyBlockKind.ListItem).Select(b => b.Text));
        var paragraphs = string.Join(", ", reply.CitedParagraphs.Select(p => p.ToString(CultureInfo.InvariantCulture)));
        return paragraphs.Length == 0 ? text : "¶ " + paragraphs + " · " + text;
    }

    private static string TitleOf(Reply reply) => reply.Blocks.Count > 0 ? reply.Blocks[0].Text : "WithdrawalBot";

    /// <summary>
    /// <paramref name="text"/> on one line, cut with "…" to at most <paramref name="max"/> UTF-16 units at a text-element
    /// boundary, so an emoji straddling the limit is left out whole rather than split into "�".
    /// </summary>
    private static string Shorten(string text, int max)
    {
        var line = text.ReplaceLineEndings(" ").Trim();
        return line.Length <= max ? line : TextCleaner.Cut(line, max - 1).TrimEnd() + "…";
    }
}
