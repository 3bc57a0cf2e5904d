using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Moq;
using WithdrawalBot.Core.Admin;
using WithdrawalBot.Core.Languages;
using WithdrawalBot.Core.Messages;
using WithdrawalBot.Core.Reminders;
using WithdrawalBot.Core.Replies;
using WithdrawalBot.Core.Storage;
using WithdrawalBot.Core.Tests.Support;

namespace WithdrawalBot.Core.Tests.Admin;

public sealed class AdminCommandHandlerTests
{
    private const string OperatorId = "7";
    private const string StrangerId = "8";

    private readonly Mock<IUnansweredStatistics> statistics = new(MockBehavior.Strict);
    private readonly Mock<IFeedbackStatistics> feedback = new(MockBehavior.Strict);
    private readonly Mock<ISubscriptionStore> subscriptions = new(MockBehavior.Strict);

    private static AdminCommandHandler Handler(RouterFixture fixture, IUnansweredStatistics? statistics = null, IFeedbackStatistics? feedback = null, ISubscriptionStore? subscriptions = null, IQuestionCountStore? questions = null)
    {
        var options = new AdminOptions();
        options.UserIds.Add("telegram:" + OperatorId);
        return new AdminCommandHandler(new OperatorList(Options.Create(options)), fixture.Unanswered, fixture.Time, NullLogger<AdminCommandHandler>.Instance, statistics, feedback, subscriptions, questions);
    }

    private static IncomingMessage Command(string name, string userId = OperatorId, ChatKind kind = ChatKind.Private, ChatPlatform platform = ChatPlatform.Telegram, string? languageCode = null) =>
        new(new ChatAddress(platform, kind == ChatKind.Private ? userId : "-2002"), kind, new Sender(userId, "User", languageCode), "/" + name)
        {
            Command = new BotCommand(name, ""),
            IsAddressedToBot = true,
        };

    private static Subscription Subscribed(string chatId, string? threadId) =>
        new(Guid.NewGuid().ToString("N"), new ChatAddress(ChatPlatform.Telegram, chatId, threadId), ChatKind.Group, Language.English, [7, 1], null, RouterFixture.Now, true);

    private static string[] Lines(Reply? reply) => [.. Assert.IsType<Reply>(reply).Blocks.Select(b => b.Text)];

    [Fact]
    public async Task Stats_Operator_ShowsTheStoresNumbers()
    {
        var fixture = new RouterFixture();
        subscriptions.Setup(s => s.ListActiveAsync(It.IsAny<CancellationToken>())).ReturnsAsync([Subscribed("-1", null), Subscribed("-1", "5"), Subscribed("-3", null)]);
        statistics.Setup(s => s.CountAsync(It.IsAny<CancellationToken>())).ReturnsAsync(6);
        statistics.Setup(s => s.TopAsync(AdminCommandHandler.TopCount, It.IsAny<CancellationToken>()))
            .ReturnsAsync([new UnansweredTally("dollar rate?", 4, RouterFixture.Now), new UnansweredTally("<b>russian troops</b>", 1, RouterFixture.Now)]);
        feedback.Setup(f => f.SummarizeAsync(AdminCommandHandler.TopCount, It.IsAny<CancellationToken>()))
            .ReturnsAsync(new FeedbackSummary(9, 2, [new FeedbackTally("erbil-timeline", [12, 13], 2, "and erbil?")]));
        var router = new RouterFixture(Handler(fixture, statistics.Object, feedback.Object, subscriptions.Object));

        var lines = Lines(await router.SendAsync(Command("stats")));

        Assert.Contains("Reminder subscriptions: 3 active, in 2 chats", lines);
        Assert.Contains("Questions not answered: 6", lines);
        Assert.Contains("Feedback: 9 helpful, 2 not helpful", lines);
        Assert.Contains("4 times — “dollar rate?”", lines);
        Assert.Contains("once — “<b>russian troops</b>”", lines);
        Assert.Contains("erbil-timeline (paragraphs 12 and 13): 2 times — last asked as “and erbil?”", lines);
    }

    [Theory]
    [InlineData(Language.English, "erbil-why (paragraph 18): once — last asked as “why?”")]
    [InlineData(Language.Arabic, "erbil-why (الفقرة 18): مرة واحدة — آخر سؤال: “why?”")]
    public async Task Stats_UnhelpfulAnswerCitingOneParagraph_SaysParagraphInTheSingular(Language language, string line)
    {
        var fixture = new RouterFixture();
        feedback.Setup(f => f.SummarizeAsync(AdminCommandHandler.TopCount, It.IsAny<CancellationToken>()))
            .ReturnsAsync(new FeedbackSummary(0, 1, [new FeedbackTally("erbil-why", [18], 1, "why?")]));

        var reply = await Handler(fixture, feedback: feedback.Object).HandleAsync("stats", Command("stats"), language, CancellationToken.None);

        Assert.Contains(line, Lines(reply));
    }

    [Theory]
    [InlineData(Language.English, "The latest unanswered question")]
    [InlineData(Language.Arabic, "آخر سؤال بلا جواب")]
    public async Task Unanswered_OnlyOne_HeadingIsSingular(Language language, string heading)
    {
        var fixture = new RouterFixture();
        await fixture.Unanswered.RecordAsync(new UnansweredQuestion(RouterFixture.PrivateChat, "price of bread?", "en", 0.1, RouterFixture.Now), CancellationToken.None);

        var reply = await Handler(fixture).HandleAsync("unanswered", Command("unanswered"), language, CancellationToken.None);

        Assert.Equal(heading, Lines(reply)[0]);
    }

    [Theory]
    [InlineData(Language.English, "Questions answered: 120 in all, 31 in the last 7 days", "Questions not answered (the report does not say): 15 in all, 4 in the last 7 days", "since 2026-10-02")]
    [InlineData(Language.Arabic, "أسئلة أُجيب عنها: 120 في المجموع، 31 في آخر 7 أيام", "أسئلة بلا جواب (لا يذكرها التقرير): 15 في المجموع، 4 في آخر 7 أيام", "منذ 2026-10-02")]
    public async Task Stats_WithQuestionCounts_ShowsAnsweredAndRefusedInAllAndForTheLastSevenDays(Language language, string answered, string refused, string since)
    {
        var fixture = new RouterFixture();
        var questions = new Mock<IQuestionCountStore>(MockBehavior.Strict);
        // Today (29 November) and the six days before it.
        questions.Setup(q => q.CountAsync(new DateOnly(2026, 11, 23), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new QuestionCounts(120, 15, 31, 4, new DateOnly(2026, 10, 2)));
        statistics.Setup(s => s.CountAsync(It.IsAny<CancellationToken>())).ReturnsAsync(15);
        statistics.Setup(s => s.TopAsync(AdminCommandHandler.TopCount, It.IsAny<CancellationToken>())).ReturnsAsync([]);
        var handler = Handler(fixture, statistics.Object, questions: questions.Object);

        var lines = Lines(await handler.HandleAsync("stats", Command("stats"), language, CancellationToken.None));

        Assert.Contains(answered, lines);
        Assert.Contains(refused, lines);
        Assert.Contains(lines, l => l.Contains(since, StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains("/metrics", StringComparison.Ordinal) || l.Contains("metrics endpoint", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Stats_QuestionCountsEmpty_SaysNothingCountedYet()
    {
        var fixture = new RouterFixture();
        var questions = new Mock<IQuestionCountStore>();
        questions.Setup(q => q.CountAsync(It.IsAny<DateOnly>(), It.IsAny<CancellationToken>())).ReturnsAsync(new QuestionCounts(0, 0, 0, 0, null));

        var lines = Lines(await Handler(fixture, questions: questions.Object).HandleAsync("stats", Command("stats"), Language.English, CancellationToken.None));

        Assert.Contains("Questions answered: 0 in all, 0 in the last 7 days", lines);
        Assert.Contains("No question counted yet.", lines);
    }

    [Fact]
    public async Task Stats_OperatorInArabic_AnswersInArabic()
    {
        var fixture = new RouterFixture();
        subscriptions.Setup(s => s.ListActiveAsync(It.IsAny<CancellationToken>())).ReturnsAsync([Subscribed("-1", null)]);
        statistics.Setup(s => s.CountAsync(It.IsAny<CancellationToken>())).ReturnsAsync(2);
        statistics.Setup(s => s.TopAsync(AdminCommandHandler.TopCount, It.IsAny<CancellationToken>())).ReturnsAsync([new UnansweredTally("شكد سعر الدولار؟", 2, RouterFixture.Now)]);
        var handler = Handler(fixture, statistics.Object, null, subscriptions.Object);

        var reply = await handler.HandleAsync("stats", Command("stats"), Language.Arabic, CancellationToken.None);

        Assert.Equal(Language.Arabic, reply.Language);
        Assert.Contains("اشتراكات التذكير: 1 فعّالة، في 1 محادثة", Lines(reply));
        Assert.Contains("أسئلة بلا جواب: 2", Lines(reply));
        Assert.Contains("مرتان — “شكد سعر الدولار؟”", Lines(reply));
        Assert.DoesNotContain(Lines(reply), l => l.StartsWith("التقييمات", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("stats", StrangerId, ChatPlatform.Telegram)]
    [InlineData("unanswered", StrangerId, ChatPlatform.Telegram)]
    [InlineData("stats", OperatorId, ChatPlatform.Discord)]
    public async Task Command_NotAnOperator_RefusedPolitelyAndNothingRead(string name, string userId, ChatPlatform platform)
    {
        var fixture = new RouterFixture();
        await fixture.Unanswered.RecordAsync(new UnansweredQuestion(RouterFixture.PrivateChat, "secret question", "en", 0.1, RouterFixture.Now), CancellationToken.None);
        var router = new RouterFixture(Handler(fixture, statistics.Object, feedback.Object, subscriptions.Object));

        var reply = await router.SendAsync(Command(name, userId, platform: platform));

        Assert.Equal(name + "-refused", reply!.Intent);
        Assert.StartsWith("Sorry, this command is only for the people who run this bot", Lines(reply)[0], StringComparison.Ordinal);
        Assert.DoesNotContain(Lines(reply), l => l.Contains("secret question", StringComparison.Ordinal));
        statistics.VerifyNoOtherCalls();
        feedback.VerifyNoOtherCalls();
        subscriptions.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task Command_NoSender_Refused()
    {
        var fixture = new RouterFixture();
        var message = Command("stats") with { Sender = null };

        var reply = await Handler(fixture).HandleAsync("stats", message, Language.Arabic, CancellationToken.None);

        Assert.Equal("stats-refused", reply.Intent);
        Assert.StartsWith("عذراً", Lines(reply)[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unanswered_OperatorInGroup_AsksForAPrivateChatAndShowsNoQuestions()
    {
        var fixture = new RouterFixture();
        await fixture.Unanswered.RecordAsync(new UnansweredQuestion(RouterFixture.PrivateChat, "someone's question", "en", 0.1, RouterFixture.Now), CancellationToken.None);

        var reply = await Handler(fixture).HandleAsync("unanswered", Command("unanswered", kind: ChatKind.Group), Language.English, CancellationToken.None);

        Assert.Equal("unanswered-private-only", reply.Intent);
        Assert.DoesNotContain(Lines(reply), l => l.Contains("someone's question", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Unanswered_QuestionsTheRouterRefused_ListedNewestFirstWithWhenAndLanguage()
    {
        var fixture = new RouterFixture();
        var router = new RouterFixture(Handler(fixture));
        string[] asked = ["What is the price of bread in Paris?", "كم سعر الطماطة اليوم؟", "Who won the football match yesterday?"];
        foreach (var question in asked)
        {
            var answer = await fixture.Router.HandleAsync(RouterFixture.Private(question, userId: "42"), CancellationToken.None);
            Assert.False(answer!.Answered);
            fixture.Time.Advance(TimeSpan.FromMinutes(30));
        }

        var lines = Lines(await router.SendAsync(Command("unanswered")));

        Assert.Equal("Latest 3 unanswered questions, newest first", lines[0]);
        Assert.Equal("2026-11-29 13:00 UTC (today) · en · telegram — “Who won the football match yesterday?”", lines[1]);
        Assert.StartsWith("2026-11-29 12:30 UTC", lines[2], StringComparison.Ordinal);
        Assert.Contains("· ar · telegram — “كم سعر الطماطة اليوم؟”", lines[2], StringComparison.Ordinal);
        Assert.EndsWith("“What is the price of bread in Paris?”", lines[3], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unanswered_MoreThanTen_ListsOnlyTheLatestTen()
    {
        var fixture = new RouterFixture();
        for (var i = 0; i < 12; i++)
        {
            await fixture.Unanswered.RecordAsync(new UnansweredQuestion(RouterFixture.PrivateChat, $"question {i}", "en", 0.1, RouterFixture.Now.AddMinutes(i)), CancellationToken.None);
        }

        var reply = await Handler(fixture).HandleAsync("unanswered", Command("unanswered"), Language.English, CancellationToken.None);

        var items = reply.Blocks.Where(b => b.Kind == ReplyBlockKind.ListItem).Select(b => b.Text).ToList();
        Assert.Equal(AdminCommandHandler.LatestCount, items.Count);
        Assert.EndsWith("“question 11”", items[0], StringComparison.Ordinal);
        Assert.EndsWith("“question 2”", items[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unanswered_HugeMultilinePaste_ShownOnOneShortLine()
    {
        var fixture = new RouterFixture();
        await fixture.Unanswered.RecordAsync(new UnansweredQuestion(RouterFixture.PrivateChat, "line one\nline two " + new string('x', 5000), "en", 0.1, RouterFixture.Now), CancellationToken.None);

        var reply = await Handler(fixture).HandleAsync("unanswered", Command("unanswered"), Language.English, CancellationToken.None);

        var item = reply.Blocks.Single(b => b.Kind == ReplyBlockKind.ListItem).Text;
        Assert.DoesNotContain('\n', item);
        Assert.Contains("“line one line two xxx", item, StringComparison.Ordinal);
        Assert.EndsWith("…”", item, StringComparison.Ordinal);
        Assert.True(item.Length < 300, $"{item.Length} characters");
    }

    [Fact]
    public async Task EmptyDatabase_BothCommands_SayNothingYet()
    {
        var fixture = new RouterFixture();
        subscriptions.Setup(s => s.ListActiveAsync(It.IsAny<CancellationToken>())).ReturnsAsync([]);
        statistics.Setup(s => s.CountAsync(It.IsAny<CancellationToken>())).ReturnsAsync(0);
        statistics.Setup(s => s.TopAsync(AdminCommandHandler.TopCount, It.IsAny<CancellationToken>())).ReturnsAsync([]);
        feedback.Setup(f => f.SummarizeAsync(AdminCommandHandler.TopCount, It.IsAny<CancellationToken>())).ReturnsAsync(new FeedbackSummary(0, 0, []));
        var handler = Handler(fixture, statistics.Object, feedback.Object, subscriptions.Object);

        var stats = Lines(await handler.HandleAsync("stats", Command("stats"), Language.English, CancellationToken.None));
        var unanswered = Lines(await handler.HandleAsync("unanswered", Command("unanswered"), Language.English, CancellationToken.None));

        Assert.Contains("Reminder subscriptions: 0 active, in 0 chats", stats);
        Assert.Contains("Nothing yet: every question so far found an answer.", stats);
        Assert.Contains("Nothing yet: no answer was rated not helpful.", stats);
        Assert.Equal(["No unanswered questions yet: every question so far found an answer."], unanswered);
    }

    [Fact]
    public async Task Help_WithAdminHandler_DoesNotAdvertiseOperatorCommands()
    {
        var fixture = new RouterFixture();
        var router = new RouterFixture(Handler(fixture));

        var help = Lines(await router.SendAsync(RouterFixture.Command(ChatKind.Private, "help")));

        Assert.Contains(router.Router.Commands, c => c.Name == "stats" && c.Hidden);
        Assert.DoesNotContain(help, l => l.Contains("/stats", StringComparison.Ordinal) || l.Contains("/unanswered", StringComparison.Ordinal));
    }
}
