using System.Text;
using System.Text.Json;
using WithdrawalBot.Tests.Support;

namespace WithdrawalBot.Tests.Terminal;

/// <summary>
/// The scripted-use contract, end to end: the real app process with the real core (knowledge base, matcher,
/// router) answering on stdin/stdout. Each output line is one JSON object; citations must be verbatim.
/// </summary>
public sealed class AskJsonContractTests
{
    private const string Now = "2026-11-29T12:00:00Z";
    private const string ArabicQuestion = "متى تغادر قوات التحالف قاعدة عين الأسد؟";
    private const string EnglishQuestion = "How many US troops are in Iraq?";
    private const string OutOfScope = "what's the dollar rate?";

    private static readonly string[] Article = File.ReadAllLines(Path.Combine(RepositoryPaths.Knowledge, "article.ar.txt"));

    [Fact]
    public async Task Ask_InAScriptWritingTheSameFile_AppendsAfterTheOtherWritersInsteadOfOverwritingThem()
    {
        // Break 26: "{ echo header; ask …; echo x; ask --json …; } > out.txt" lost the first answer; ask wrote at a
        // position of its own from the start of the file.
        using var data = new TempDirectory();
        var file = Path.Combine(data.Path, "out.txt");
        string Ask(params string[] args) => string.Join(' ', new[] { BotProcess.DotnetHost(), RepositoryPaths.AppDll, "ask", "--now", Now }.Concat(args).Select(a => "'" + a.Replace("'", "'\\''", StringComparison.Ordinal) + "'"));
        var script = $"{{ echo header; {Ask(EnglishQuestion)}; echo middle; {Ask("--json", OutOfScope)}; echo after; }} > '{file}'";
        var start = new System.Diagnostics.ProcessStartInfo("bash", ["-c", script]) { RedirectStandardError = true };
        start.Environment["Storage__DataDirectory"] = Path.Combine(data.Path, "data");
        using var shell = System.Diagnostics.Process.Start(start)!;
        await shell.WaitForExitAsync().WaitAsync(BotProcess.StartTimeout);

        var lines = await File.ReadAllLinesAsync(file);
        Assert.Equal("header", lines[0]);
        Assert.Contains(lines, line => line.Contains("paragraph 13", StringComparison.Ordinal));
        var middle = Array.IndexOf(lines, "middle");
        Assert.True(middle > 1, string.Join('\n', lines));
        Assert.StartsWith("{\"question\":\"what's the dollar rate?\"", lines[middle + 1], StringComparison.Ordinal);
        Assert.Equal("after", lines[^1]);
    }

    [Fact]
    public async Task AskJson_QuestionsOnStandardInput_OneContractLinePerQuestionInOrder()
    {
        string[] questions = [ArabicQuestion, EnglishQuestion, OutOfScope, "", "<b>&amp; *bold* `code`"];

        await using var bot = await BotProcess.RunAsync(["ask", "--json", "--now", Now], stdin: string.Join('\n', questions) + "\n");

        Assert.True(bot.ExitCode == 0, bot.AllOutput);
        var lines = bot.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(questions.Length, lines.Length);
        var replies = lines.Select(AssertContract).ToList();
        Assert.Equal(questions, replies.Select(r => r.GetProperty("question").GetString()));

        AssertAnswered(replies[0], "ar", expectedParagraph: 17);
        AssertAnswered(replies[1], "en", expectedParagraph: 13);
        Assert.Equal("en", replies[2].GetProperty("language").GetString());
        Assert.False(replies[2].GetProperty("answered").GetBoolean());
        Assert.Empty(replies[2].GetProperty("citations").EnumerateArray());
        Assert.NotEqual("", replies[2].GetProperty("text").GetString());
    }

    [Fact]
    public async Task AskJson_StandardInputInUtf16WithItsMark_OneLinePerQuestionReadAsUtf16()
    {
        // Windows PowerShell 5.1's '>' writes UTF-16 with a byte-order mark; it was read as UTF-8, a NUL in every other
        // character and one line more than written (break 29).
        await using var bot = BotProcess.Start(["ask", "--json", "--now", Now]);
        var utf16 = Encoding.Unicode;
        await bot.Input.BaseStream.WriteAsync(utf16.GetPreamble().Concat(utf16.GetBytes($"{EnglishQuestion}\r\n{ArabicQuestion}\r\n")).ToArray());
        bot.Input.Close();
        await bot.WaitForExitAsync(BotProcess.StartTimeout);

        Assert.True(bot.ExitCode == 0, bot.AllOutput);
        var replies = bot.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(AssertContract).ToList();
        Assert.Equal([EnglishQuestion, ArabicQuestion], replies.Select(r => r.GetProperty("question").GetString()));
        AssertAnswered(replies[0], "en", expectedParagraph: 13);
        AssertAnswered(replies[1], "ar", expectedParagraph: 17);
    }

    [Fact]
    public async Task Ask_OperatorCommandWithTheConsoleOperatorConfigured_AnswersInAskAndInTheBatch()
    {
        var environment = new Dictionary<string, string?> { ["Admin__UserIds"] = "console:console" };

        await using var single = await BotProcess.RunAsync(["ask", "--now", Now, "/stats"], environment);
        await using var batch = await BotProcess.RunAsync(["ask", "--json", "--now", Now], environment, stdin: "/unanswered\n/stats\n");

        Assert.True(single.ExitCode == 0, single.AllOutput);
        Assert.StartsWith("Bot statistics", single.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("refused", single.Error, StringComparison.Ordinal);
        var lines = batch.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(AssertContract).ToList();
        Assert.Equal(["unanswered", "stats"], lines.Select(l => l.GetProperty("intent").GetString()));
    }

    [Fact]
    public async Task AskJson_FollowUpOnTheNextLine_IsAnsweredOnItsOwn()
    {
        await using var bot = await BotProcess.RunAsync(["ask", "--json", "--now", Now], stdin: "When will troops leave Erbil?\nwhy?\n");

        var lines = bot.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(AssertContract).ToList();
        Assert.True(lines[0].GetProperty("answered").GetBoolean(), bot.AllOutput);
        Assert.False(lines[1].GetProperty("answered").GetBoolean(), bot.AllOutput);
    }

    [Fact]
    public async Task AskJson_OneQuestionArgument_PrintsOneLineAgreeingWithTheBatch()
    {
        await using var single = await BotProcess.RunAsync(["ask", "--json", "--now", Now, EnglishQuestion]);
        await using var again = await BotProcess.RunAsync(["ask", "--json", "--now", Now, EnglishQuestion]);

        Assert.True(single.ExitCode == 0, single.AllOutput);
        var line = Assert.Single(single.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        AssertAnswered(AssertContract(line), "en", expectedParagraph: 13);
        Assert.Equal(single.Output, again.Output); // --now fixes the clock: the same question gives the same line
    }

    [Fact]
    public async Task AskJson_AnswerQuotingOneParagraphTwice_TextNamesItOnceAndCitationsKeepBothQuotes()
    {
        await using var bot = await BotProcess.RunAsync(["ask", "--json", "--now", Now, "Did US forces in Iraq shoot down missiles aimed at Israel?"]);

        Assert.True(bot.ExitCode == 0, bot.AllOutput);
        var reply = AssertContract(bot.Output.Trim());
        var text = reply.GetProperty("text").GetString()!;
        Assert.Contains("paragraph 21 ", text, StringComparison.Ordinal);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(text, @"\b21\b"));
        var citations = reply.GetProperty("citations").EnumerateArray().ToList();
        Assert.Equal([21, 21], citations.Select(c => c.GetProperty("paragraph").GetInt32()));
        Assert.Equal(2, citations.Select(c => c.GetProperty("quote").GetString()).Distinct().Count());
    }

    [Fact]
    public async Task Ask_PlainQuestion_PrintsTheReplyTextOnly()
    {
        await using var plain = await BotProcess.RunAsync(["ask", "--now", Now, EnglishQuestion]);
        await using var json = await BotProcess.RunAsync(["ask", "--json", "--now", Now, EnglishQuestion]);

        Assert.True(plain.ExitCode == 0, plain.AllOutput);
        var text = JsonDocument.Parse(json.Output).RootElement.GetProperty("text").GetString();
        Assert.Equal(text + "\n", plain.Output);
    }

    [Fact]
    public async Task AskJson_HelpMilestonesAndReminderTalk_NeverPointToTheReminderCommandsAskRefuses()
    {
        string[] lines = ["/help", "help", "مساعدة", "وبعدين؟", "list the milestones", "/milestones", "وكف التذكيرات", "/status", "when is my next reminder?"];

        await using var bot = await BotProcess.RunAsync(["ask", "--json", "--now", Now], stdin: string.Join('\n', lines) + "\n");

        Assert.True(bot.ExitCode == 0, bot.AllOutput);
        var replies = bot.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(AssertContract).ToList();
        Assert.Equal(lines.Length, replies.Count);
        foreach (var reply in replies)
        {
            var text = reply.GetProperty("text").GetString()!;
            foreach (var refused in new[] { "/subscribe", "/unsubscribe", "/subscriptions", "/status", "/timezone" })
            {
                Assert.DoesNotContain(refused, text, StringComparison.Ordinal);
            }
        }

        Assert.Equal(["help", "help", "help"], replies.Take(3).Select(r => r.GetProperty("intent").GetString()));
        Assert.All(replies.Take(3), r => Assert.Contains("/milestones", r.GetProperty("text").GetString(), StringComparison.Ordinal));
        Assert.Contains("Telegram and Discord", replies[0].GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Contains("تيليغرام وديسكورد", replies[2].GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal(["milestones", "milestones", "milestones"], replies.Skip(3).Take(3).Select(r => r.GetProperty("intent").GetString()));
        Assert.Contains("تيليغرام وديسكورد", replies[3].GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AskJson_StandardInputClosed_EndsAtOnceWithNoLine()
    {
        await using var bot = BotProcess.Start(["ask", "--json"], closedInput: true);

        Assert.Equal(0, await bot.WaitForExitAsync(BotProcess.StartTimeout));
        Assert.Equal("", bot.Output);
    }

    [Fact]
    public async Task AskJson_AnswersQuotingAParagraphTwice_ListEachQuoteOnceWithAParagraphsQuotesSideBySide()
    {
        await using var bot = await BotProcess.RunAsync(["ask", "--json", "--now", Now], stdin: "list the milestones\nfarhad ala al din who is he and what did he say about the technical talks\n");

        var lines = bot.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(AssertContract).ToList();
        Assert.Equal(2, lines.Count);
        foreach (var line in lines)
        {
            var citations = line.GetProperty("citations").EnumerateArray().Select(c => (Paragraph: c.GetProperty("paragraph").GetInt32(), Quote: c.GetProperty("quote").GetString())).ToList();
            Assert.True(citations.Count > 1, line.ToString());
            Assert.Equal(citations.Distinct(), citations);
            var runs = citations.Select(c => c.Paragraph).Where((p, i) => i == 0 || citations[i - 1].Paragraph != p).ToList();
            Assert.Equal(runs.Distinct(), runs);
        }
    }

    private static JsonElement AssertContract(string line)
    {
        var root = JsonDocument.Parse(line).RootElement;
        Assert.Equal(["question", "language", "intent", "answered", "confidence", "text", "citations"], root.EnumerateObject().Select(p => p.Name));
        Assert.Contains(root.GetProperty("language").GetString(), new[] { "ar", "en" });
        Assert.False(string.IsNullOrEmpty(root.GetProperty("intent").GetString()));
        Assert.InRange(root.GetProperty("confidence").GetDouble(), 0, 1);
        foreach (var citation in root.GetProperty("citations").EnumerateArray())
        {
            var paragraph = citation.GetProperty("paragraph").GetInt32();
            Assert.InRange(paragraph, 1, Article.Length);
            Assert.Contains(citation.GetProperty("quote").GetString()!, Article[paragraph - 1], StringComparison.Ordinal);
        }

        return root;
    }

    private static void AssertAnswered(JsonElement reply, string language, int expectedParagraph)
    {
        Assert.Equal(language, reply.GetProperty("language").GetString());
        Assert.True(reply.GetProperty("answered").GetBoolean(), reply.ToString());
        Assert.Contains(expectedParagraph, reply.GetProperty("citations").EnumerateArray().Select(c => c.GetProperty("paragraph").GetInt32()));
        Assert.DoesNotContain("<b>", reply.GetProperty("text").GetString(), StringComparison.Ordinal);
    }
}
