using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Moq;
using WithdrawalBot.Core.Diagnostics;
using WithdrawalBot.Core.Languages;
using WithdrawalBot.Core.Messages;
using WithdrawalBot.Core.Storage;
using WithdrawalBot.Core.Tests.Support;
using WithdrawalBot.Core.Tests.Evaluation;

namespace WithdrawalBot.Core.Tests.Routing;

public sealed class RouterBadInputTests
{
    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\n\t\r\n")]
    [InlineData("👍🔥😀")]
    [InlineData("\u200F\u202E\u2066")]
    [InlineData("?!؟…")]
    public async Task HandleAsync_NothingToMatchInPrivateChat_PromptsWithExampleQuestions(string text)
    {
        var bot = new RouterFixture();

        var reply = await bot.SendAsync(RouterFixture.Private(text));

        Assert.NotNull(reply);
        Assert.Equal("empty", reply.Intent);
        Assert.Equal(3, reply.Buttons.Count);
        Assert.Empty(bot.Unanswered.Questions);
    }

    [Theory]
    [InlineData("")]
    [InlineData("👍")]
    public async Task HandleAsync_NothingToMatchInGroup_StaysSilentUnlessAddressed(string text)
    {
        var bot = new RouterFixture();

        var silent = await bot.SendAsync(RouterFixture.Group(text));
        var addressed = await bot.SendAsync(RouterFixture.Group(text, addressed: true));

        Assert.Null(silent);
        Assert.Equal("empty", addressed!.Intent);
    }

    [Fact]
    public async Task HandleAsync_EmptyTextFromArabicClient_PromptsInArabic()
    {
        var bot = new RouterFixture();

        var reply = await bot.SendAsync(RouterFixture.Private("", languageCode: "ar"));

        Assert.Equal(Language.Arabic, reply!.Language);
    }

    [Fact]
    public async Task HandleAsync_ControlAndBidiCharacters_AreIgnoredForMatching()
    {
        var bot = new RouterFixture();

        var reply = await bot.SendAsync(RouterFixture.Private("\u202Bشوكت\u200F يطلعون\u0007 الامريكان\u2069 من\u200E اربيل\u202C؟"));

        Assert.Equal([18], RouterFixture.Paragraphs(reply));
    }

    [Fact]
    public async Task HandleAsync_TerminalEscapesInARefusedQuestion_AreNotStoredForTheOperatorsTerminal()
    {
        var bot = new RouterFixture();

        await bot.SendAsync(RouterFixture.Private("\u001B[31moil\u001B[0m prices\u0007\nnow"));

        Assert.Equal("oil prices  now", Assert.Single(bot.Unanswered.Questions).Text);
    }

    [Fact]
    public async Task HandleAsync_BidiOverrideInARefusedQuestion_IsNotStoredToReverseTheOperatorsLine()
    {
        var bot = new RouterFixture();

        await bot.SendAsync(RouterFixture.Private("\u202Eoil prices\u2067 now\u200F?"));

        Assert.Equal("oil prices now\u200F?", Assert.Single(bot.Unanswered.Questions).Text);
    }

    [Fact]
    public async Task HandleAsync_MarkupCharacters_AreMatchedAndKeptAsPlainText()
    {
        var bot = new RouterFixture();

        var answer = await bot.SendAsync(RouterFixture.Private("<b>when</b> will *troops* leave _Erbil_ & go?"));
        var refusal = await bot.SendAsync(RouterFixture.Private("<script>alert('x')</script> & oil prices"));

        Assert.Equal([18], RouterFixture.Paragraphs(answer));
        Assert.DoesNotContain("&amp;", answer!.ToPlainText(), StringComparison.Ordinal);
        Assert.False(refusal!.Answered);
        Assert.Equal("<script>alert('x')</script> & oil prices", Assert.Single(bot.Unanswered.Questions).Text);
    }

    [Theory]
    [InlineData("How many US troops are in Iraq? (2)", 13)]
    [InlineData("how many troops in iraq #3", 13)]
    [InlineData("شوكت يطلعون من اربيل؟ [٤]", 18)]
    public async Task HandleAsync_QuestionTaggedWithItsNumberInAList_IsAnsweredAndNotLoggedAsUnanswered(string question, int paragraph)
    {
        var bot = new RouterFixture();

        var reply = await bot.SendAsync(RouterFixture.Private(question));

        Assert.Equal([paragraph], RouterFixture.Paragraphs(reply));
        Assert.Empty(bot.Unanswered.Questions);
    }

    [Fact]
    public async Task HandleAsync_HundredKilobytePaste_MatchesTheStartAndReplies()
    {
        var bot = new RouterFixture();
        var paste = "when will troops leave erbil? " + new string('x', 100 * 1024);

        var reply = await bot.SendAsync(RouterFixture.Private(paste));

        Assert.Equal([18], RouterFixture.Paragraphs(reply));
    }

    [Theory]
    [InlineData(" متى ينسحبون من اربيل؟", 18)]
    [InlineData(" how many troops are in Iraq?", 13)]
    public async Task HandleAsync_QuestionAfterAPastedArticle_AnswersTheQuestion(string question, int paragraph)
    {
        var bot = EvaluationSet.Bot();
        var article = string.Join(' ', Enumerable.Range(1, EvaluationSet.Knowledge.Article.ParagraphCount).Select(EvaluationSet.Knowledge.Article.Paragraph));
        var paste = string.Concat(Enumerable.Repeat(article, 3)) + string.Concat(Enumerable.Repeat("lorem ipsum dolor sit amet ", 400)) + question;

        var reply = await bot.SendAsync(RouterFixture.Private(paste));

        Assert.NotNull(reply);
        Assert.True(reply.Answered, reply.ToPlainText());
        Assert.Equal([paragraph], RouterFixture.Paragraphs(reply));
    }

    [Fact]
    public async Task HandleAsync_HundredKilobyteUnanswerablePaste_LogsOnlyTheFirstThousandCharacters()
    {
        var bot = new RouterFixture();
        var paste = string.Concat(Enumerable.Repeat("lorem ipsum dolor sit amet ", 4000));

        var reply = await bot.SendAsync(RouterFixture.Private(paste));

        Assert.False(reply!.Answered);
        Assert.Equal(1000, Assert.Single(bot.Unanswered.Questions).Text.Length);
    }

    [Fact]
    public async Task HandleAsync_MixedArabicAndEnglish_AnswersInTheMainLanguage()
    {
        var bot = new RouterFixture();

        var reply = await bot.SendAsync(RouterFixture.Private("شوكت يطلعون troops من Erbil؟"));

        Assert.Equal(Language.Arabic, reply!.Language);
        Assert.Equal([18], RouterFixture.Paragraphs(reply));
    }

    [Fact]
    public async Task HandleAsync_SettingsStoreFails_AnswersQuestionsAndApologizesForSettings()
    {
        // A full disk: LiteDB refuses every read and write until a restart.
        var bot = new RouterFixture();
        var broken = new Mock<IChatSettingsStore>();
        broken.Setup(s => s.GetAsync(It.IsAny<ChatAddress>(), It.IsAny<CancellationToken>())).ThrowsAsync(new IOException("disk full"));
        broken.Setup(s => s.SaveAsync(It.IsAny<ChatSettings>(), It.IsAny<CancellationToken>())).ThrowsAsync(new IOException("disk full"));
        var router = new Core.Routing.Router(bot.Knowledge, new Core.Matching.IntentMatcher(bot.Knowledge), bot.Composer, bot.Memory, broken.Object, bot.Unanswered, [], new BotMetrics(new TestMeterFactory()), bot.Time, Microsoft.Extensions.Logging.Abstractions.NullLogger<Core.Routing.Router>.Instance);

        var question = await router.HandleAsync(RouterFixture.Private("شوكت يطلعون من اربيل؟"), CancellationToken.None);
        var setting = await router.HandleAsync(RouterFixture.Private("/lang en") with { Command = new BotCommand("lang", "en") }, CancellationToken.None);
        var silent = await router.HandleAsync(RouterFixture.Group("chatter"), CancellationToken.None);

        Assert.True(question!.Answered);
        Assert.Equal(Language.Arabic, question.Language);
        Assert.Equal([18], RouterFixture.Paragraphs(question));
        Assert.Equal("error", setting!.Intent);
        Assert.Null(silent);
    }

    [Fact]
    public async Task HandleAsync_UnansweredLogFails_StillRefusesPolitely()
    {
        var bot = new RouterFixture();
        var broken = new Mock<IUnansweredLog>();
        broken.Setup(s => s.RecordAsync(It.IsAny<UnansweredQuestion>(), It.IsAny<CancellationToken>())).ThrowsAsync(new IOException("disk full"));
        var router = new Core.Routing.Router(bot.Knowledge, new Core.Matching.IntentMatcher(bot.Knowledge), bot.Composer, bot.Memory, bot.Settings, broken.Object, [], new BotMetrics(new TestMeterFactory()), bot.Time, Microsoft.Extensions.Logging.Abstractions.NullLogger<Core.Routing.Router>.Instance);

        var reply = await router.HandleAsync(RouterFixture.Private("what's the dollar rate?"), CancellationToken.None);

        Assert.Equal("unknown", reply!.Intent);
    }

    [Fact]
    public async Task HandleAsync_AnsweredMessage_IsCountedInMetrics()
    {
        var meters = new TestMeterFactory();
        var metrics = new BotMetrics(meters);
        using var collector = new MetricCollector<long>(meters, BotMetrics.MeterName, "withdrawalbot.messages");
        var bot = new RouterFixture();
        var router = new Core.Routing.Router(bot.Knowledge, new Core.Matching.IntentMatcher(bot.Knowledge), bot.Composer, bot.Memory, bot.Settings, bot.Unanswered, [], metrics, bot.Time, Microsoft.Extensions.Logging.Abstractions.NullLogger<Core.Routing.Router>.Instance);

        await router.HandleAsync(RouterFixture.Private("when will troops leave erbil?"), CancellationToken.None);
        await router.HandleAsync(RouterFixture.Group("chatter"), CancellationToken.None);

        var measurement = Assert.Single(collector.GetMeasurementSnapshot());
        Assert.Equal("telegram", measurement.Tags["platform"]);
        Assert.Equal("fact", measurement.Tags["intent"]);
        Assert.Equal(true, measurement.Tags["answered"]);
    }
}
