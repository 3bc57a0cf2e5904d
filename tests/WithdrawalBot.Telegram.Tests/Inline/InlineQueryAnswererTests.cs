using Moq;
using WithdrawalBot.Core.Messages;
using WithdrawalBot.Core.Replies;
using WithdrawalBot.Telegram.Tests.Fakes;
using static WithdrawalBot.Telegram.Tests.Fakes.TelegramUpdates;

namespace WithdrawalBot.Telegram.Tests.Inline;

/// <summary>Inline queries end to end: fake Bot API, real client, Moq'd inline answerer (the core's seam for inline mode).</summary>
public sealed class InlineQueryAnswererTests
{
    [Fact]
    public async Task AnswerAsync_Query_UpToThreeCitedArticlesAndTheRouterIsNotAsked()
    {
        await using var harness = await TelegramHarness.StartAsync();
        var erbil = TelegramHarness.Answer("Coalition presence in Erbil ends about the end of 2026 <plan>.") with { Citations = [new Citation(18, "أربيل")] };
        harness.Inline.Setup(a => a.Answer("erbil", It.IsAny<string?>(), 3))
            .Returns([erbil, TelegramHarness.Answer("Ain al-Asad by September 2025."), TelegramHarness.Answer("Baghdad presence cut."), TelegramHarness.Answer("a fourth")]);

        await harness.DeliverAsync(InlineQuery("erbil", queryId: "iq-9"));

        var call = Assert.Single(harness.Api.Calls("answerInlineQuery"));
        Assert.Equal("iq-9", call["inline_query_id"]);
        var results = call.Body["results"]!.AsArray();
        Assert.Equal(3, results.Count);
        Assert.All(results, r => Assert.Equal("article", (string)r!["type"]!));
        Assert.Equal(["erbil", "Ain al-Asad by September 2025.", "Baghdad presence cut."], results.Select(r => (string)r!["title"]!));
        Assert.Equal("Coalition presence in Erbil ends about the end of 2026 &lt;plan&gt;.", (string)results[0]!["input_message_content"]!["message_text"]!);
        Assert.StartsWith("¶ 18", (string)results[0]!["description"]!, StringComparison.Ordinal);
        harness.Router.Verify(r => r.HandleAsync(It.IsAny<IncomingMessage>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task AnswerAsync_AnswerQuotingOneParagraphTwice_DescriptionNamesTheParagraphOnce()
    {
        await using var harness = await TelegramHarness.StartAsync();
        var israel = TelegramHarness.Answer("US forces in Iraq shot down missiles launched toward Israel.") with
        {
            Citations = [new Citation(21, "أسقطت القوات الأميركية في العراق صواريخ"), new Citation(21, "تصاعد المواجهة الإقليمية"), new Citation(13, "2500")],
        };
        harness.Inline.Setup(a => a.Answer("israel", It.IsAny<string?>(), 3)).Returns([israel]);

        await harness.DeliverAsync(InlineQuery("israel"));

        var description = (string)Assert.Single(harness.Api.Calls("answerInlineQuery")).Body["results"]![0]!["description"]!;
        Assert.StartsWith("¶ 21, 13 · US forces", description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnswerAsync_EmojiAtTheTitleLimit_CutBeforeTheEmojiNotInsideIt()
    {
        // Break 31 #5: the emoji starts at UTF-16 index 62, so a cut at 63 units split its surrogate pair into "�".
        await using var harness = await TelegramHarness.StartAsync();
        const string Question = "how many US troops are in Iraq? tell me please, my dear friend";
        var query = Question + "😀😀😀 thanks";

        await harness.DeliverAsync(InlineQuery(query));

        var title = (string)Assert.Single(harness.Api.Calls("answerInlineQuery")).Body["results"]![0]!["title"]!;
        Assert.Equal(Question + "…", title);
    }

    [Fact]
    public async Task AnswerAsync_EmptyQuery_AskedWithEmptyTextAndTheSendersLanguage()
    {
        await using var harness = await TelegramHarness.StartAsync();

        await harness.DeliverAsync(InlineQuery(""));

        harness.Inline.Verify(a => a.Answer("", It.IsAny<string?>(), 3), Times.Once);
        Assert.Single(harness.Api.Calls("answerInlineQuery")[0].Body["results"]!.AsArray());
    }

    [Theory]
    [InlineData("", true)]
    [InlineData("2500", true)]
    [InlineData("🇮🇶?", true)]
    [InlineData("erbil", false)]
    [InlineData("اربيل", false)]
    public async Task AnswerAsync_LanguageFromTheUsersClient_ResultsArePersonal(string query, bool personal)
    {
        // Break 33 #10: with no letters to tell the language, the answers follow the asker's client language; cached for
        // every user (is_personal false), an English speaker could get an Arabic speaker's answers for a minute.
        await using var harness = await TelegramHarness.StartAsync();

        await harness.DeliverAsync(InlineQuery(query));

        var call = Assert.Single(harness.Api.Calls("answerInlineQuery"));
        Assert.Equal(personal, call["is_personal"] == "true");
    }

    [Fact]
    public async Task AnswerAsync_NothingFits_EmptyResultsStillAnswered()
    {
        await using var harness = await TelegramHarness.StartAsync();
        harness.Inline.Setup(a => a.Answer(It.IsAny<string>(), It.IsAny<string?>(), It.IsAny<int>())).Returns([]);

        await harness.DeliverAsync(InlineQuery("x"));

        Assert.Empty(Assert.Single(harness.Api.Calls("answerInlineQuery")).Body["results"]!.AsArray());
    }
}
