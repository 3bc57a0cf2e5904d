using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Moq;
using WithdrawalBot.Core.Conversation;
using WithdrawalBot.Core.Diagnostics;
using WithdrawalBot.Core.Matching;
using WithdrawalBot.Core.Messages;
using WithdrawalBot.Core.Replies;
using WithdrawalBot.Core.Routing;
using WithdrawalBot.Core.Storage;
using WithdrawalBot.Core.Tests.Support;

namespace WithdrawalBot.Core.Tests.Routing;

/// <summary>Which replies count as answered or refused questions for <c>/stats</c>.</summary>
public sealed class RouterQuestionCountTests
{
    private readonly RouterFixture fixture = new();
    private readonly Mock<IQuestionCountStore> questions = new();

    private Router Router() => new(
        fixture.Knowledge,
        new IntentMatcher(fixture.Knowledge),
        fixture.Composer,
        new ConversationMemory(fixture.Time, Options.Create(new ConversationOptions())),
        fixture.Settings,
        fixture.Unanswered,
        [],
        new BotMetrics(new TestMeterFactory()),
        fixture.Time,
        NullLogger<Router>.Instance,
        fixture.Feedback,
        questions.Object);

    [Theory]
    [InlineData("When will troops leave Erbil?", true)]
    [InlineData("شوكت يطلعون الامريكان من اربيل؟", true)]
    [InlineData("what's the dollar rate today?", false)]
    public async Task HandleAsync_Question_CountedOnceAsAnsweredOrRefusedAtNow(string question, bool answered)
    {
        var reply = await Router().HandleAsync(RouterFixture.Private(question), CancellationToken.None);

        Assert.Equal(answered, reply!.Answered);
        questions.Verify(q => q.RecordAsync(answered, RouterFixture.Now, It.IsAny<CancellationToken>()), Times.Once);
        questions.VerifyNoOtherCalls();
    }

    [Theory]
    [InlineData("How many US troops are in Iraq? And what's the dollar rate?", 1, 1)]
    [InlineData("شنو سعر الدولار؟ وشكد جندي امريكي بالعراق؟", 1, 1)]
    [InlineData("how many troops in iraq and when do they leave?", 2, 0)]
    public async Task HandleAsync_SeveralQuestionsInOneMessage_CountsEachAndRefusalsMatchTheUnansweredLog(string text, int answered, int refused)
    {
        var bot = Evaluation.EvaluationSet.Bot();
        var router = new Router(
            bot.Knowledge, Evaluation.EvaluationSet.Matcher, bot.Composer, bot.Memory, bot.Settings, bot.Unanswered, [],
            new BotMetrics(new TestMeterFactory()), bot.Time, NullLogger<Router>.Instance, bot.Feedback, questions.Object);

        await router.HandleAsync(RouterFixture.Private(text), CancellationToken.None);

        questions.Verify(q => q.RecordAsync(true, RouterFixture.Now, It.IsAny<CancellationToken>()), Times.Exactly(answered));
        questions.Verify(q => q.RecordAsync(false, RouterFixture.Now, It.IsAny<CancellationToken>()), Times.Exactly(refused));
        Assert.Equal(refused, bot.Unanswered.Questions.Count);
    }

    [Theory]
    [InlineData("hello")]
    [InlineData("/help")]
    [InlineData("")]
    public async Task HandleAsync_NotAQuestion_NotCounted(string text)
    {
        var message = text.StartsWith('/') ? RouterFixture.Command(ChatKind.Private, text[1..]) : RouterFixture.Private(text);

        await Router().HandleAsync(message, CancellationToken.None);

        questions.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task HandleAsync_SuggestionTapped_CountsAsAnsweredAndFeedbackTapDoesNot()
    {
        var router = Router();

        await router.HandleAsync(RouterFixture.Button("q:erbil-stay:en"), CancellationToken.None);
        await router.HandleAsync(RouterFixture.Button("fb:+:erbil-stay:en"), CancellationToken.None);

        questions.Verify(q => q.RecordAsync(true, RouterFixture.Now, It.IsAny<CancellationToken>()), Times.Once);
        questions.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task HandleAsync_CountStoreFails_StillAnswers()
    {
        questions.Setup(q => q.RecordAsync(It.IsAny<bool>(), It.IsAny<DateTimeOffset>(), It.IsAny<CancellationToken>())).ThrowsAsync(new IOException("disk full"));

        var reply = await Router().HandleAsync(RouterFixture.Private("When will troops leave Erbil?"), CancellationToken.None);

        Assert.True(reply!.Answered);
        Assert.Equal("fact", reply.Intent);
    }
}
