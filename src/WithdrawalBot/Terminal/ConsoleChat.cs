using System.Globalization;
using Microsoft.Extensions.Options;
using WithdrawalBot.Core.Languages;
using WithdrawalBot.Core.Messages;
using WithdrawalBot.Core.Replies;
using WithdrawalBot.Core.Routing;

namespace WithdrawalBot.Terminal;

/// <summary>
/// The console chat (no token, on a terminal): shows a banner and a prompt, reads one line at a time, sends it
/// to the router as a private chat message and prints the reply as plain text, with its suggestions numbered
/// (typing the number picks one; a number of at most <see cref="MaxPickDigits"/> digits outside 1–N while suggestions are
/// listed gets a short "pick 1–N" note in the reply's language; with no suggestions listed a number is a question). A rating
/// (👍/👎) picked by number leaves the list as it was, so every number keeps its meaning: the other rating changes the vote,
/// the same one again is answered "already recorded" without asking the bot. Ends on <c>exit</c>/<c>quit</c>/<c>خروج</c>, on end of input (Ctrl-D, closed
/// stdin) and on cancellation (Ctrl-C). Blank lines are ignored; a failed answer is logged and the chat goes on.
/// </summary>
public sealed class ConsoleChat(IMessageRouter router, IOptions<ConsoleChatOptions> options, ILogger<ConsoleChat> logger)
{
    /// <summary>The chat every console message belongs to.</summary>
    public static readonly ChatAddress Chat = new(ChatPlatform.Console, "console");

    /// <summary>Lines that end the chat (compared trimmed, case-insensitive).</summary>
    public static readonly IReadOnlySet<string> ExitWords = new HashSet<string>(["exit", "quit", "خروج"], StringComparer.OrdinalIgnoreCase);

    /// <summary>Numbers with more digits (a year, "2500 troops") are always read as text.</summary>
    public const int MaxPickDigits = 2;

    private const string EnglishBanner = "WithdrawalBot: ask about the reported US–Iraq plan to withdraw the coalition, in Arabic or English. /help shows what I can do; exit or Ctrl-D quits.";
    private const string ArabicBanner = "اسأل عن خطة انسحاب التحالف من العراق كما نقلتها رويترز، بالعربية أو الإنجليزية. ‏/help يعرض ما أستطيع فعله؛ exit أو Ctrl-D للخروج.";

    /// <summary>Runs the chat until the user leaves.</summary>
    /// <returns>The exit code: always <see cref="Cli.ExitCodes.Success"/>.</returns>
    public async Task<int> RunAsync(ConsoleIo io, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(io);
        var language = LanguageCodes.TryParse(options.Value.Language);
        if (io.InputIsTerminal)
        {
            await io.Out.WriteLineAsync(language switch
            {
                Language.Arabic => ArabicBanner,
                Language.English => EnglishBanner,
                _ => EnglishBanner + Environment.NewLine + ArabicBanner,
            });
            await io.Out.WriteLineAsync();
        }

        IReadOnlyList<ReplyButton> suggestions = [];
        var suggestionsLanguage = Language.English;
        string? rated = null; // the rating button last pressed for the listed answer
        long sequence = 0;
        try
        {
            while (true)
            {
                if (await ReadLineAsync(io, cancellationToken) is not { } line)
                {
                    if (io.InputIsTerminal)
                    {
                        await io.Out.WriteLineAsync(); // Ctrl-D leaves the cursor after the prompt
                    }

                    break;
                }

                var text = line.TrimStart('\uFEFF').Trim();
                if (ExitWords.Contains(text))
                {
                    break;
                }

                if (text.Length == 0)
                {
                    continue;
                }

                ReplyButton? picked = null;
                if (suggestions.Count > 0 && PickNumber(text) is { } number)
                {
                    if (number < 1 || number > suggestions.Count)
                    {
                        await io.Out.WriteLineAsync(PickPrompt(suggestions.Count, suggestionsLanguage));
                        await io.Out.WriteLineAsync();
                        continue;
                    }

                    picked = suggestions[number - 1];
                    if (picked.Payload == rated)
                    {
                        await io.Out.WriteLineAsync(AlreadyRated(picked.Label, suggestionsLanguage));
                        await io.Out.WriteLineAsync();
                        continue;
                    }
                }

                var message = ConsoleMessages.Create(Chat, picked?.Label ?? text, ++sequence, language, picked?.Payload);
                var reply = await AnswerAsync(message, cancellationToken);
                if (reply is not null)
                {
                    if (picked is not null && IsRating(picked.Payload) && reply.Intent == ReplyComposer.FeedbackIntent)
                    {
                        // The thanks lists nothing: the numbers keep meaning what the rated answer listed.
                        rated = picked.Payload;
                    }
                    else
                    {
                        (suggestions, suggestionsLanguage, rated) = (reply.Buttons, reply.Language, null);
                    }

                    await io.Out.WriteLineAsync(Render(reply));
                    await io.Out.WriteLineAsync();
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await io.Out.WriteLineAsync();
        }

        TerminalLog.ChatEnded(logger, sequence);
        return Cli.ExitCodes.Success;
    }

    /// <summary>
    /// The reply's plain text followed by its suggestions as <c>  1) label</c> lines; a bulleted item that only repeats a
    /// suggestion ("• When will troops leave Erbil?" over "1) When will troops leave Erbil?"), whole or shortened, is shown
    /// once, numbered.
    /// </summary>
    public static string Render(Reply reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        if (reply.Buttons.Count == 0)
        {
            return reply.ToPlainText();
        }

        var blocks = reply.Blocks.Where(b => !(b.Kind == ReplyBlockKind.ListItem && reply.Buttons.Any(button => Repeats(button.Label, b.Text)))).ToList();
        var text = blocks.Count > 0 ? (reply with { Blocks = blocks }).ToPlainText() : reply.ToPlainText();
        return text + Environment.NewLine + Environment.NewLine + string.Join(Environment.NewLine, reply.Buttons.Select((b, i) => $"  {i + 1}) {b.Label}"));
    }

    /// <summary>Whether a suggestion's label says what a bulleted item says, whole or shortened ("Why will some troops…").</summary>
    private static bool Repeats(string label, string item) =>
        label == item || (label.EndsWith('…') && item.StartsWith(label[..^1], StringComparison.Ordinal));

    private async Task<Reply?> AnswerAsync(IncomingMessage message, CancellationToken cancellationToken)
    {
        try
        {
            return await router.HandleAsync(message, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            TerminalLog.AnswerFailed(logger, e);
            return new Reply(Language.English, [new ReplyBlock(ReplyBlockKind.Paragraph, "Sorry, that failed; the error is in the log. Try another question.")])
            {
                Intent = ReplyComposer.ErrorIntent,
            };
        }
    }

    /// <summary>The short note for a number that is not one of the <paramref name="count"/> suggestions listed.</summary>
    public static string PickPrompt(int count, Language language) => (language, count) switch
    {
        (Language.Arabic, 1) => "اكتب 1 لاختيار الاقتراح أعلاه، أو اكتب سؤالاً.",
        (Language.Arabic, _) => $"اختر رقماً من 1 إلى {count.ToString(CultureInfo.InvariantCulture)} من الاقتراحات أعلاه، أو اكتب سؤالاً.",
        (_, 1) => "Type 1 to pick the suggestion above, or type a question.",
        _ => $"Pick a number from 1 to {count.ToString(CultureInfo.InvariantCulture)} from the suggestions above, or type a question.",
    };

    /// <summary>
    /// The note for a rating picked again for the same answer (<paramref name="label"/>: "👍 Helpful"): it counts once, and the
    /// numbers listed still pick.
    /// </summary>
    public static string AlreadyRated(string label, Language language) => language == Language.Arabic
        ? $"سُجّل تقييمك («{label}») لهذه الإجابة من قبل. اختر رقماً آخر من أعلاه، أو اكتب سؤالاً."
        : $"Your rating (“{label}”) for this answer is already recorded. Pick another number above, or type a question.";

    private static bool IsRating(string payload) => ButtonPayloads.Parse(payload) is { Kind: ButtonActionKind.Helpful or ButtonActionKind.NotHelpful };

    /// <summary>
    /// The number typed, in Western, Arabic-Indic or Persian digits, when the line is only a short number, perhaps with the
    /// "." or ")" of a list item after it ("2", "٢", "2.", "2)"); otherwise <c>null</c>.
    /// </summary>
    private static int? PickNumber(string text)
    {
        var digits = text.EndsWith('.') || text.EndsWith(')') ? text[..^1] : text;
        if (digits.Length is 0 or > MaxPickDigits)
        {
            return null;
        }

        var number = 0;
        foreach (var c in digits)
        {
            var digit = c switch
            {
                >= '0' and <= '9' => c - '0',
                >= '\u0660' and <= '\u0669' => c - '\u0660',
                >= '\u06F0' and <= '\u06F9' => c - '\u06F0',
                _ => -1,
            };
            if (digit < 0)
            {
                return null;
            }

            number = (number * 10) + digit;
        }

        return number;
    }

    private static async Task<string?> ReadLineAsync(ConsoleIo io, CancellationToken cancellationToken)
    {
        if (io.InputIsTerminal)
        {
            await io.Out.WriteAsync("> ");
            await io.Out.FlushAsync(cancellationToken);
        }

        // Console.In reads synchronously even through ReadLineAsync; a pool thread keeps Ctrl-C responsive.
        return await Task.Run(io.In.ReadLine, CancellationToken.None).WaitAsync(cancellationToken);
    }
}
