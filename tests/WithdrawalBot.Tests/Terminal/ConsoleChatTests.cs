using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using WithdrawalBot.Core.Languages;
using WithdrawalBot.Core.Replies;
using WithdrawalBot.Terminal;
using WithdrawalBot.Tests.Support;

namespace WithdrawalBot.Tests.Terminal;

public sealed class ConsoleChatTests
{
    private readonly FakeRouter router = new();

    [Fact]
    public async Task RunAsync_QuestionsUntilEndOfInput_PrintsEachReplyAndExitsZero()
    {
        var (exitCode, output) = await RunAsync("When do they leave Erbil?\n/help\n");

        Assert.Equal(0, exitCode);
        Assert.Equal(["When do they leave Erbil?", "/help"], router.Received.Select(m => m.Text));
        Assert.Equal("help", router.Received.Last().Command?.Name);
        Assert.Contains("echo: When do they leave Erbil?\n\n— Paragraph 18", output, StringComparison.Ordinal);
        Assert.Contains("echo: /help", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("exit")]
    [InlineData(" QUIT ")]
    [InlineData("خروج")]
    public async Task RunAsync_ExitWord_EndsTheChatBeforeLaterLines(string word)
    {
        var (exitCode, _) = await RunAsync($"first\n{word}\nsecond\n");

        Assert.Equal(0, exitCode);
        Assert.Equal(["first"], router.Received.Select(m => m.Text));
    }

    [Fact]
    public async Task RunAsync_ClosedInput_ReadsOnceAndReturns()
    {
        var input = new CountingReader();
        var chat = Chat();

        var exitCode = await chat.RunAsync(new ConsoleIo(input, new StringWriter(), new StringWriter(), InputIsTerminal: false), CancellationToken.None);

        Assert.Equal(0, exitCode);
        Assert.Equal(1, input.Reads);
        Assert.Empty(router.Received);
    }

    [Fact]
    public async Task RunAsync_BlankLines_AreNotSentToTheBot()
    {
        await RunAsync("\n   \n\uFEFFhello\n\n");

        Assert.Equal(["hello"], router.Received.Select(m => m.Text));
    }

    [Theory]
    [InlineData("1")]
    [InlineData("١")]
    [InlineData("1.")]
    [InlineData("1)")]
    public async Task RunAsync_NumberOfASuggestion_SendsThatSuggestion(string typed)
    {
        var (_, output) = await RunAsync($"question\n{typed}\n");

        Assert.Contains("  1) When do troops leave Erbil?\n  2) Timeline", output, StringComparison.Ordinal);
        var picked = router.Received.Last();
        Assert.Equal("fact:erbil", picked.ButtonPayload);
        Assert.Equal("When do troops leave Erbil?", picked.Text);
    }

    [Fact]
    public void Render_BulletsThatRepeatTheSuggestions_AreShownOnceNumbered()
    {
        var reply = new Reply(Language.English,
        [
            new ReplyBlock(ReplyBlockKind.Paragraph, "The report does not say that. You could ask, for example:"),
            new ReplyBlock(ReplyBlockKind.ListItem, "When do troops leave Erbil?"),
            new ReplyBlock(ReplyBlockKind.ListItem, "How many US troops are in Iraq?"),
        ])
        {
            Buttons = [new ReplyButton("When do troops leave Erbil?", "q:erbil:en"), new ReplyButton("How many US troops are in Iraq?", "q:iraq:en")],
        };

        var text = ConsoleChat.Render(reply).ReplaceLineEndings("\n");

        Assert.Equal("The report does not say that. You could ask, for example:\n\n  1) When do troops leave Erbil?\n  2) How many US troops are in Iraq?", text);
    }

    [Fact]
    public void Render_BulletWhoseSuggestionIsShortened_IsShownOnceNumbered()
    {
        var reply = new Reply(Language.English,
        [
            new ReplyBlock(ReplyBlockKind.Paragraph, "You could ask, for example:"),
            new ReplyBlock(ReplyBlockKind.ListItem, "Why will some troops stay in Erbil until about the end of 2026 when the others leave?"),
        ])
        {
            Buttons = [new ReplyButton("Why will some troops stay in Erbil…", "q:erbil:en")],
        };

        var text = ConsoleChat.Render(reply).ReplaceLineEndings("\n");

        Assert.Equal("You could ask, for example:\n\n  1) Why will some troops stay in Erbil…", text);
    }

    [Fact]
    public async Task RunAsync_NumberWithoutSuggestions_IsSentAsText()
    {
        router.Answer = _ => new Reply(Language.English, [new ReplyBlock(ReplyBlockKind.Paragraph, "ok")]);

        await RunAsync("question\n2500\n");

        Assert.Null(router.Received.Last().ButtonPayload);
        Assert.Equal("2500", router.Received.Last().Text);
    }

    [Theory]
    [InlineData("9")]
    [InlineData("0")]
    [InlineData("4")]
    [InlineData("٩")]
    public async Task RunAsync_NumberOutsideTheSuggestions_SaysPickOneToThreeAndSendsNothing(string number)
    {
        router.Answer = m => m.ButtonPayload is null ? Refusal(Language.English) : FakeRouter.Echo(m.Text);

        var (_, output) = await RunAsync($"what is the weather\n{number}\n2\n");

        Assert.Contains("Pick a number from 1 to 3 from the suggestions above, or type a question.", output, StringComparison.Ordinal);
        Assert.Equal(["what is the weather", "Second?"], router.Received.Select(m => m.Text));
        Assert.Equal("q:second:en", router.Received.Last().ButtonPayload);
    }

    [Fact]
    public async Task RunAsync_NumberOutsideArabicSuggestions_AnswersInArabicAndArabicDigitsPick()
    {
        router.Answer = m => m.ButtonPayload is null ? Refusal(Language.Arabic) : FakeRouter.Echo(m.Text);

        var (_, output) = await RunAsync("شكد سعر الدولار\n7\n٣\n");

        Assert.Contains("اختر رقماً من 1 إلى 3 من الاقتراحات أعلاه، أو اكتب سؤالاً.", output, StringComparison.Ordinal);
        Assert.Equal("q:third:en", router.Received.Last().ButtonPayload);
        Assert.Equal(2, router.Received.Count);
    }

    [Fact]
    public async Task RunAsync_SmallNumberWithoutSuggestions_IsSentAsText()
    {
        router.Answer = _ => new Reply(Language.English, [new ReplyBlock(ReplyBlockKind.Paragraph, "ok")]);

        var (_, output) = await RunAsync("question\n9\n");

        Assert.Equal(["question", "9"], router.Received.Select(m => m.Text));
        Assert.DoesNotContain("Pick a number", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_OnATerminal_ShowsBannerAndPrompt()
    {
        var (_, output) = await RunAsync("hi\n", terminal: true, language: "ar");

        Assert.StartsWith("اسأل عن خطة انسحاب", output, StringComparison.Ordinal);
        Assert.Contains("> echo: hi", output, StringComparison.Ordinal);
        Assert.EndsWith("> \n", output, StringComparison.Ordinal); // end of input leaves a clean line
    }

    [Fact]
    public async Task RunAsync_RedirectedInput_PrintsOnlyReplies()
    {
        var (_, output) = await RunAsync("hi\n");

        Assert.StartsWith("echo: hi", output, StringComparison.Ordinal);
        Assert.DoesNotContain("> ", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_BotFailsOnOneMessage_SaysSoAndAnswersTheNext()
    {
        router.Answer = m => m.Text == "boom" ? throw new InvalidOperationException("bug") : FakeRouter.Echo(m.Text);

        var (exitCode, output) = await RunAsync("boom\nafter\n");

        Assert.Equal(0, exitCode);
        Assert.Contains("Sorry, that failed", output, StringComparison.Ordinal);
        Assert.Contains("echo: after", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_SilentReply_PrintsNothing()
    {
        router.Answer = _ => null;

        var (_, output) = await RunAsync("hello\n");

        Assert.Equal("", output);
    }

    [Fact]
    public async Task RunAsync_CancelledWhileWaitingForInput_ReturnsZero()
    {
        using var input = new BlockingReader();
        using var cancel = new CancellationTokenSource();
        var run = Chat().RunAsync(new ConsoleIo(input, new StringWriter(), new StringWriter(), InputIsTerminal: false), cancel.Token);
        await input.Reading.WaitAsync(TimeSpan.FromSeconds(10));

        await cancel.CancelAsync();

        Assert.Equal(0, await run.WaitAsync(TimeSpan.FromSeconds(10)));
    }

    [Theory]
    [InlineData("question\n4\n4\n", new[] { "question", "👍 Helpful" })]
    [InlineData("question\n4\n4\n4\n", new[] { "question", "👍 Helpful" })]
    [InlineData("question\n4\n5\n4\n", new[] { "question", "👍 Helpful", "👎 Not helpful", "👍 Helpful" })]
    [InlineData("question\n4\n1\n", new[] { "question", "👍 Helpful", "First?" })]
    public async Task RunAsync_RatingPickedByNumber_NumbersKeepTheirMeaningAndTheSameRatingAgainIsAlreadyRecorded(string input, string[] sent)
    {
        router.Answer = m => m.ButtonPayload?.StartsWith("fb:", StringComparison.Ordinal) == true ? Thanks() : Rated();

        var (_, output) = await RunAsync(input);

        Assert.Equal(sent, router.Received.Select(m => m.Text));
        Assert.Equal(input.Count(c => c == '\n') - sent.Length, Count(output, "Your rating (“👍 Helpful”) for this answer is already recorded."));
        Assert.DoesNotContain("About what, exactly?", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_ArabicRatingPickedAgain_SaysSoInArabic()
    {
        router.Answer = m => m.ButtonPayload?.StartsWith("fb:", StringComparison.Ordinal) == true ? Thanks() : Rated(Language.Arabic);

        var (_, output) = await RunAsync("سؤال\n٤\n4\n");

        Assert.Equal(2, router.Received.Count);
        Assert.Contains("سُجّل تقييمك («👍 مفيد») لهذه الإجابة من قبل.", output, StringComparison.Ordinal);
    }

    private static int Count(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;

    /// <summary>An answer listing three suggestions, then 👍 and 👎, as the bot's answers do.</summary>
    private static Reply Rated(Language language = Language.English) =>
        new(language, [new ReplyBlock(ReplyBlockKind.Paragraph, "An answer.")])
        {
            Intent = "fact",
            Answered = true,
            Buttons =
            [
                new ReplyButton("First?", "q:first:en"), new ReplyButton("Second?", "q:second:en"), new ReplyButton("Third?", "q:third:en"),
                new ReplyButton(language == Language.Arabic ? "👍 مفيد" : "👍 Helpful", "fb:+:first:en"),
                new ReplyButton(language == Language.Arabic ? "👎 غير مفيد" : "👎 Not helpful", "fb:-:first:en"),
            ],
        };

    private static Reply Thanks() =>
        new(Language.English, [new ReplyBlock(ReplyBlockKind.Paragraph, "Thanks for the feedback!")]) { Intent = ReplyComposer.FeedbackIntent };

    private static Reply Refusal(Language language) =>
        new(language, [new ReplyBlock(ReplyBlockKind.Paragraph, "The report does not say that.")])
        {
            Intent = "unknown",
            Buttons = [new ReplyButton("First?", "q:first:en"), new ReplyButton("Second?", "q:second:en"), new ReplyButton("Third?", "q:third:en")],
        };

    private ConsoleChat Chat(string? language = null) =>
        new(router, Options.Create(new ConsoleChatOptions { Language = language }), NullLogger<ConsoleChat>.Instance);

    private async Task<(int ExitCode, string Output)> RunAsync(string input, bool terminal = false, string? language = null)
    {
        using var output = new StringWriter { NewLine = "\n" };
        var exitCode = await Chat(language).RunAsync(new ConsoleIo(new StringReader(input), output, new StringWriter(), terminal), CancellationToken.None);
        return (exitCode, output.ToString().Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    /// <summary>Standard input that is already closed, counting how often it is read.</summary>
    private sealed class CountingReader : TextReader
    {
        public int Reads { get; private set; }

        public override string? ReadLine()
        {
            Reads++;
            return null;
        }
    }

    /// <summary>Standard input that never delivers a line (a terminal nobody types into).</summary>
    private sealed class BlockingReader : TextReader
    {
        private readonly ManualResetEventSlim never = new();
        private readonly TaskCompletionSource reading = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task Reading => reading.Task;

        public override string? ReadLine()
        {
            reading.TrySetResult();
            never.Wait();
            return null;
        }

        protected override void Dispose(bool disposing)
        {
            never.Set();
            never.Dispose();
            base.Dispose(disposing);
        }
    }
}
