using System.Text;
using Microsoft.Extensions.Options;
using WithdrawalBot.Cli;
using WithdrawalBot.Core.Conversation;
using WithdrawalBot.Core.Languages;
using WithdrawalBot.Core.Messages;
using WithdrawalBot.Core.Routing;
using WithdrawalBot.Core.Text;
using WithdrawalBot.Core.Replies;

namespace WithdrawalBot.Terminal;

/// <summary>
/// The <c>ask</c> command: <c>ask "Q"</c> prints the plain reply; <c>ask --json "Q"</c> prints one
/// <see cref="ReplyJson"/> line; <c>ask --json</c> alone reads standard input to its end and prints one JSON line
/// per input line, in order (blank lines included, so output line N answers input line N). Every line is answered
/// on its own: the conversation context is forgotten before each line, so the answer to line N never depends on line
/// N-1 (for follow-ups, use the console chat). Every line is sent by the local terminal user,
/// <see cref="ConsoleMessages.SenderId"/> (<c>console</c>), as in the console chat, so the operator configured as
/// <c>console:console</c> in <c>Admin:UserIds</c> can run <c>/stats</c> and <c>/unanswered</c> here too. No setting is kept either: <c>/lang</c> and <c>/timezone</c> get a note on how to choose them instead, and
/// <c>/subscribe</c> says reminders cannot reach this chat (<see cref="ConsoleChatPlatform.CanReceiveLater"/>).
/// </summary>
public sealed class AskCommand(IMessageRouter router, ConversationMemory memory, IOptions<ConsoleChatOptions> options)
{
    /// <summary>The chat <c>ask</c> questions belong to (separate from the console chat, so its /lang does not apply).</summary>
    public static readonly ChatAddress Chat = new(ChatPlatform.Console, "ask");

    /// <summary>Commands that would save a chat setting, answered with a note instead (ask keeps no settings).</summary>
    private static readonly HashSet<string> KeptSettings = new(["lang", "timezone"], StringComparer.Ordinal);

    /// <summary>Answers the question(s) of <paramref name="invocation"/>.</summary>
    /// <returns>
    /// The exit code: <see cref="ExitCodes.Success"/>, or <see cref="ExitCodes.Failure"/> when any line got the
    /// <see cref="ReplyComposer.ErrorIntent"/> reply (every line is still answered, so scripts keep line N for line N),
    /// or when standard input or output failed (e.g. the reader of a pipe went away): then no further line is answered,
    /// and one line on standard error says how many were.
    /// </returns>
    public async Task<int> RunAsync(Invocation invocation, ConsoleIo io, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        ArgumentNullException.ThrowIfNull(io);
        var language = LanguageCodes.TryParse(options.Value.Language);
        if (invocation.Question is { } question)
        {
            try
            {
                return await AnswerAsync(question, 1, invocation.Json, language, io, cancellationToken) ? ExitCodes.Success : ExitCodes.Failure;
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                // SIGTERM or Ctrl-C before the reply: nothing is printed, as when the process is stopped.
                return ExitCodes.Success;
            }
            catch (IOException e)
            {
                return await StoppedAsync(io, 0, e);
            }
        }

        long sequence = 0, answered = 0;
        var failed = false;
        try
        {
            while (await ReadLineAsync(io.In, io.InputIsTerminal, cancellationToken) is { } line)
            {
                // A byte-order mark opens a file, and files joined with cat put one at the start of a later line too.
                failed |= !await AnswerAsync(line.TrimStart('\uFEFF'), ++sequence, json: true, language, io, cancellationToken);
                answered = sequence;
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // SIGTERM or Ctrl-C while reading: the batch ends as at the end of its input, every line read so far answered.
        }
        catch (IOException e)
        {
            return await StoppedAsync(io, answered, e);
        }

        return failed ? ExitCodes.Failure : ExitCodes.Success;
    }

    /// <summary>Says on standard error that <c>ask</c> stopped because a standard stream failed, and after how many answers.</summary>
    private static async Task<int> StoppedAsync(ConsoleIo io, long answered, IOException failure)
    {
        var lines = answered == 1 ? "1 line" : $"{answered} lines";
        await io.Error.WriteLineAsync($"WithdrawalBot ask stopped after answering {lines}: {failure.Message}");
        return ExitCodes.Failure;
    }

    /// <summary>
    /// Reads one line ended by LF only (the CR of a CRLF is dropped), so a lone CR inside a pasted question cannot split
    /// it and output line N keeps answering input line N. Typed at a terminal, Enter (CR) ends the line too, and Ctrl-D on
    /// an empty line ends the input. <c>null</c> at the end of input.
    /// </summary>
    private static Task<string?> ReadLineAsync(TextReader reader, bool terminal, CancellationToken cancellationToken) =>
        // A read of standard input blocks and does not see the token; a pool thread keeps SIGTERM and Ctrl-C responsive.
        Task.Run(() => ReadLine(reader, terminal), CancellationToken.None).WaitAsync(cancellationToken);

    private static string? ReadLine(TextReader reader, bool terminal)
    {
        var line = new StringBuilder();
        var next = new char[1];
        while (reader.Read(next, 0, 1) == 1)
        {
            if (next[0] == '\n' || (terminal && next[0] == '\r'))
            {
                return WithoutTrailingCr(line);
            }

            if (terminal && next[0] == '\u0004')
            {
                // Ctrl-D: the end of the input on an empty line, the end of this line otherwise.
                return line.Length == 0 ? null : line.ToString();
            }

            line.Append(next[0]);
        }

        return line.Length == 0 ? null : WithoutTrailingCr(line);
    }

    /// <summary>
    /// <c>/lang</c> or <c>/timezone</c> in <c>ask</c>: every line is answered on its own, so a setting chosen on one line
    /// must not stick to the next ones (nor to later runs); the reply says how to choose it instead, naming only places
    /// where that works (<c>/timezone</c>: Telegram or Discord, since the console chat refuses reminder commands too).
    /// </summary>
    private static Reply KeepsNoSettings(string command, string line, Language? language)
    {
        var replyLanguage = LanguageDetector.Detect(TextCleaner.ForMatching(line)) ?? language ?? Language.English;
        var text = (command, replyLanguage) switch
        {
            ("lang", Language.Arabic) => "في وضع ask يُجاب كل سطر وحده ولا يُحفظ أي إعداد: كل سؤال يُجاب بلغته، ولاختيار لغة الأسئلة بلا حروف عربية أو إنجليزية اضبط Console__Language=ar (أو en)، أو استعمل ‎/lang في محادثة الطرفية.",
            ("lang", _) => "In ask mode every line is answered on its own and no setting is kept: each question is answered in its own language. For text in neither script, set Console__Language=ar (or en), or use /lang in the console chat.",
            // Only where /timezone works: the console chat refuses reminder commands too.
            (_, Language.Arabic) => "في وضع ask يُجاب كل سطر وحده ولا يُحفظ أي إعداد، ولا تصل إليه التذكيرات ولا إلى محادثة الطرفية: استعمل ‎/timezone في محادثة على تيليغرام أو ديسكورد، حيث تُرسل التذكيرات.",
            _ => "In ask mode every line is answered on its own and no setting is kept, and no reminder reaches it (nor the console chat): use /timezone in a Telegram or Discord chat, where reminders are sent.",
        };
        return new Reply(replyLanguage, [new ReplyBlock(ReplyBlockKind.Paragraph, text)]) { Intent = command };
    }

    private static string WithoutTrailingCr(StringBuilder line) =>
        line.Length > 0 && line[^1] == '\r' ? line.ToString(0, line.Length - 1) : line.ToString();

    /// <summary>Answers one line; false when the reply is the router's <see cref="ReplyComposer.ErrorIntent"/> reply.</summary>
    private async Task<bool> AnswerAsync(string question, long sequence, bool json, Language? language, ConsoleIo io, CancellationToken cancellationToken)
    {
        var message = ConsoleMessages.Create(Chat, question, sequence, language);
        memory.Forget(ConversationKey.Of(message));
        var reply = message.Command?.Name is { } command && KeptSettings.Contains(command)
            ? KeepsNoSettings(command, question, language)
            : await router.HandleAsync(message, cancellationToken);
        var output = json ? ReplyJson.Format(question, reply) : reply?.ToPlainText() ?? "";
        try
        {
            await io.Out.WriteLineAsync(output);
            await io.Out.FlushAsync(cancellationToken);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A closed standard output (">&-") fails with EBADF, which .NET reports as UnauthorizedAccessException.
            throw new IOException($"standard output could not be written ({e.Message})", e);
        }

        return reply?.Intent != ReplyComposer.ErrorIntent;
    }
}
