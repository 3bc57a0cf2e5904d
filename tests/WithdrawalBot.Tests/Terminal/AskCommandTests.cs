using System.Text.Json;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using WithdrawalBot.Cli;
using WithdrawalBot.Core.Conversation;
using WithdrawalBot.Core.Languages;
using WithdrawalBot.Core.Messages;
using WithdrawalBot.Core.Replies;
using WithdrawalBot.Terminal;
using WithdrawalBot.Tests.Support;

namespace WithdrawalBot.Tests.Terminal;

public sealed class AskCommandTests
{
    private readonly FakeRouter router = new();
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 11, 29, 12, 0, 0, TimeSpan.Zero));
    private readonly ConversationMemory memory;

    public AskCommandTests() => memory = new ConversationMemory(time, Options.Create(new ConversationOptions()));

    [Fact]
    public async Task RunAsync_PlainQuestion_PrintsThePlainReplyOnly()
    {
        var output = await RunAsync(["ask", "When", "do", "they", "leave?"], stdin: "ignored\n");

        Assert.Equal("echo: When do they leave?\n\n— Paragraph 18\n", output);
        Assert.Single(router.Received);
    }

    [Theory]
    [InlineData(new[] { "ask", "/stats" }, "")]
    [InlineData(new[] { "ask", "--json" }, "first\n/stats\nlast\n")]
    public async Task RunAsync_RouterFailedOnALine_AnswersEveryLineAndExitsOne(string[] args, string stdin)
    {
        router.Answer = message => message.Text == "/stats"
            ? new Reply(Language.English, [new ReplyBlock(ReplyBlockKind.Paragraph, "Sorry, something went wrong.")]) { Intent = ReplyComposer.ErrorIntent }
            : FakeRouter.Echo(message.Text);

        var output = await RunAsync(args, stdin, expectedExitCode: ExitCodes.Failure);

        Assert.Contains("Sorry, something went wrong.", output, StringComparison.Ordinal);
        Assert.Equal(stdin.Length == 0 ? 1 : 3, router.Received.Count);
    }

    [Fact]
    public async Task RunAsync_JsonQuestion_PrintsOneJsonLine()
    {
        var output = await RunAsync(["ask", "--json", "When do they leave?"]);

        var line = Assert.Single(output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal("When do they leave?", JsonDocument.Parse(line).RootElement.GetProperty("question").GetString());
    }

    [Fact]
    public async Task RunAsync_JsonBatch_OneLinePerInputLineInOrder()
    {
        // The mark of a second file joined with cat opens the last line (break 29).
        var output = await RunAsync(["ask", "--json"], stdin: "\uFEFFfirst\n\nشوكت؟\r\n\uFEFFlast");

        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(["first", "", "شوكت؟", "last"], lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("question").GetString()));
        Assert.Equal(["1", "2", "3", "4"], router.Received.Select(m => m.MessageId));
        Assert.Equal("last", router.Received.Last().Text);
    }

    [Fact]
    public async Task RunAsync_JsonBatchWithLoneCarriageReturn_StillOneLinePerInputLine()
    {
        var output = await RunAsync(["ask", "--json"], stdin: "a\rb\n\n");

        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(["a\rb", ""], lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("question").GetString()));
    }

    [Fact]
    public async Task RunAsync_JsonBatch_EachLineIsItsOwnConversation()
    {
        var key = new ConversationKey(AskCommand.Chat, ConsoleMessages.SenderId);
        var recalled = new List<ConversationTurn?>();
        router.Answer = message =>
        {
            recalled.Add(memory.Recall(key));
            memory.Remember(key, new ConversationTurn("fact", message.Text, Language.English, time.GetUtcNow()));
            return FakeRouter.Echo(message.Text);
        };

        await RunAsync(["ask", "--json"], stdin: "How many US troops are in Syria?\nwhy?\nwhy?\n");

        Assert.Equal(3, recalled.Count);
        Assert.All(recalled, Assert.Null);
    }

    [Fact]
    public async Task RunAsync_EveryLine_IsSentByTheConsoleUserSoTheConsoleOperatorIsRecognised()
    {
        await RunAsync(["ask", "--json"], stdin: "/stats\n/unanswered\n");
        await RunAsync(["ask", "/stats"]);

        Assert.All(router.Received, m => Assert.Equal(ConsoleMessages.SenderId, m.Sender!.Id));
        Assert.Equal(3, router.Received.Count);
    }

    [Fact]
    public async Task RunAsync_AnyQuestion_IsAskedInTheAskChatNotTheConsoleChat()
    {
        await RunAsync(["ask", "hi"]);

        Assert.Equal(new ChatAddress(ChatPlatform.Console, "ask"), router.Received.Single().Chat);
    }

    [Theory]
    [InlineData("/lang ar", "In ask mode every line is answered on its own")]
    [InlineData("/lang@SomeBot en", "In ask mode every line is answered on its own")]
    [InlineData("/lang عربي", "في وضع ask يُجاب كل سطر وحده")]
    [InlineData("/timezone Asia/Tokyo", "In ask mode every line is answered on its own and no setting is kept, and no reminder")]
    public async Task RunAsync_SettingLine_IsExplainedAndNotKeptForTheLinesAfterIt(string line, string said)
    {
        var output = await RunAsync(["ask", "--json"], stdin: line + "\nHow many US troops are in Syria?\n");

        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToArray();
        Assert.Equal(2, lines.Length);
        Assert.StartsWith(said, lines[0].GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.False(lines[0].GetProperty("answered").GetBoolean());
        Assert.Equal("How many US troops are in Syria?", Assert.Single(router.Received).Text);
    }

    [Theory]
    [InlineData("/timezone Europe/Berlin", "use /timezone in a Telegram or Discord chat", "console chat, on Telegram")]
    [InlineData("/timezone بغداد", "استعمل ‎/timezone في محادثة على تيليغرام أو ديسكورد", "استعمل ‎/timezone في محادثة الطرفية")]
    public async Task RunAsync_TimeZoneLine_SendsTheUserOnlyWhereTimeZonesWork(string line, string advice, string consoleAdvice)
    {
        var output = await RunAsync(["ask", "--json"], stdin: line + "\n");

        var text = JsonDocument.Parse(output).RootElement.GetProperty("text").GetString();
        Assert.Contains(advice, text, StringComparison.Ordinal);
        Assert.DoesNotContain(consoleAdvice, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_StoppedWhileStandardInputWaits_ExitsZeroWithEveryLineReadSoFarAnswered()
    {
        using var output = new StringWriter { NewLine = "\n" };
        using var stdin = new FirstLineThenWaits("first\n");
        using var stop = new CancellationTokenSource();
        var ask = new AskCommand(router, memory, Options.Create(new ConsoleChatOptions()));

        var run = ask.RunAsync(Invocation.Parse(["ask", "--json"]), new ConsoleIo(stdin, output, new StringWriter(), false), stop.Token);
        await stdin.Waiting.Task.WaitAsync(TimeSpan.FromSeconds(10));
        await stop.CancelAsync();

        Assert.Equal(ExitCodes.Success, await run.WaitAsync(TimeSpan.FromSeconds(10)));
        var line = Assert.Single(output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal("first", JsonDocument.Parse(line).RootElement.GetProperty("question").GetString());
    }

    [Fact]
    public async Task RunAsync_JsonBatchTypedAtATerminal_EnterEndsALineAndCtrlDTheInput()
    {
        using var output = new StringWriter { NewLine = "\n" };
        var ask = new AskCommand(router, memory, Options.Create(new ConsoleChatOptions()));

        var exitCode = await ask.RunAsync(Invocation.Parse(["ask", "--json"]), new ConsoleIo(new StringReader("first\rsecond\r\u0004never read\n"), output, new StringWriter(), true), CancellationToken.None);

        Assert.Equal(ExitCodes.Success, exitCode);
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(["first", "second"], lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("question").GetString()));
    }

    [Fact]
    public async Task RunAsync_OutputPipeClosedAfterTheFirstLine_StopsThereExitsOneAndSaysSoOnStandardError()
    {
        using var output = new ClosingAfterOneLine();
        using var error = new StringWriter();
        var ask = new AskCommand(router, memory, Options.Create(new ConsoleChatOptions()));

        var exitCode = await ask.RunAsync(Invocation.Parse(["ask", "--json"]), new ConsoleIo(new StringReader("one\ntwo\nthree\nfour\n"), output, error, false), CancellationToken.None);

        Assert.Equal(ExitCodes.Failure, exitCode);
        Assert.Equal(2, router.Received.Count);
        Assert.Equal("WithdrawalBot ask stopped after answering 1 line: standard output could not be written (Broken pipe)", error.ToString().Trim());
    }

    [Fact]
    public async Task RunAsync_StandardOutputClosed_ExitsOneSayingStandardOutputCouldNotBeWritten()
    {
        // Break 26: "ask … >&-" stopped with "unexpected UnauthorizedAccessException" after the question was counted.
        using var output = new ClosedOutput();
        using var error = new StringWriter();
        var ask = new AskCommand(router, memory, Options.Create(new ConsoleChatOptions()));

        var exitCode = await ask.RunAsync(Invocation.Parse(["ask", "--json", "when do they leave?"]), new ConsoleIo(new StringReader(""), output, error, false), CancellationToken.None);

        Assert.Equal(ExitCodes.Failure, exitCode);
        Assert.Equal("WithdrawalBot ask stopped after answering 0 lines: standard output could not be written (Access to the path is denied.)", error.ToString().Trim());
    }

    private async Task<string> RunAsync(string[] args, string stdin = "", int expectedExitCode = ExitCodes.Success)
    {
        using var output = new StringWriter { NewLine = "\n" };
        var ask = new AskCommand(router, memory, Options.Create(new ConsoleChatOptions()));

        var exitCode = await ask.RunAsync(Invocation.Parse(args), new ConsoleIo(new StringReader(stdin), output, new StringWriter(), false), CancellationToken.None);

        Assert.Equal(expectedExitCode, exitCode);
        return output.ToString();
    }

    /// <summary>Standard output whose reader goes away after the first line, as <c>ask --json | head -1</c>.</summary>
    private sealed class ClosingAfterOneLine : StringWriter
    {
        private int lines;

        public override Task WriteLineAsync(string? value) =>
            ++lines > 1 ? throw new IOException("Broken pipe") : base.WriteLineAsync(value);
    }

    /// <summary>Standard output closed before start (<c>ask … &gt;&amp;-</c>): .NET reports EBADF as UnauthorizedAccessException.</summary>
    private sealed class ClosedOutput : StringWriter
    {
        public override Task WriteLineAsync(string? value) => throw new UnauthorizedAccessException("Access to the path is denied.");
    }
}
