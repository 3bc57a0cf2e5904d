using WithdrawalBot.Core.Replies;
using WithdrawalBot.Core.Tests.Evaluation;
using WithdrawalBot.Core.Tests.Support;

namespace WithdrawalBot.Core.Tests.Conversation;

/// <summary>
/// A reply to one of the bot's own answers (Telegram's reply_to_message, Discord's message reference) goes on from that
/// answer, whose text the platform hands back, also after the follow-up window (break 35 #7: "why?" under the Erbil answer
/// half an hour later got "About what, exactly?").
/// </summary>
public sealed class ReplyToOwnAnswerTests
{
    private static readonly TimeSpan HalfAnHour = TimeSpan.FromMinutes(30);

    [Theory]
    [InlineData("when do the troops leave erbil?", "why?", "operations against ISIS in Syria")]
    [InlineData("شوكت يطلعون الامريكان من اربيل؟", "ليش؟", "تسهيل العمليات الجارية ضد داعش في سوريا")]
    public async Task HandleAsync_WhyInReplyToTheAnswerAfterTheWindow_GivesTheReasonOfThatAnswer(string question, string why, string reason)
    {
        var bot = EvaluationSet.Bot();
        var answer = await bot.SendAsync(RouterFixture.Group(question, userId: "alice", addressed: true));
        bot.Time.Advance(HalfAnHour);

        var reply = await bot.SendAsync(RouterFixture.Group(why, userId: "alice", addressed: true) with { RepliedToOwnText = answer!.ToPlainText() });

        Assert.Equal([18], RouterFixture.Paragraphs(answer));
        Assert.NotNull(reply);
        Assert.True(reply.Answered, reply.ToPlainText());
        Assert.Contains(reason, reply.ToPlainText(), StringComparison.Ordinal);
        Assert.Equal([18], RouterFixture.Paragraphs(reply));
    }

    [Fact]
    public async Task HandleAsync_WhyWithoutReplyAfterTheWindow_StillAsksAboutWhat()
    {
        var bot = EvaluationSet.Bot();
        await bot.SendAsync(RouterFixture.Group("when do the troops leave erbil?", userId: "alice", addressed: true));
        bot.Time.Advance(HalfAnHour);

        var reply = await bot.SendAsync(RouterFixture.Group("why?", userId: "alice", addressed: true));

        Assert.NotNull(reply);
        Assert.False(reply.Answered);
        Assert.Equal("vague", reply.Intent);
    }

    [Fact]
    public async Task HandleAsync_AnotherMemberRepliesToTheAnswer_GoesOnFromThatAnswer()
    {
        var bot = EvaluationSet.Bot();
        var answer = await bot.SendAsync(RouterFixture.Group("when do the troops leave erbil?", userId: "alice", addressed: true));

        var reply = await bot.SendAsync(RouterFixture.Group("why?", userId: "bob", addressed: true) with { RepliedToOwnText = answer!.ToPlainText() });

        Assert.True(reply!.Answered, reply.ToPlainText());
        Assert.Contains("operations against ISIS in Syria", reply.ToPlainText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_ReplyToAnEarlierAnswerAfterAnotherQuestion_GoesOnFromTheAnswerRepliedTo()
    {
        var bot = EvaluationSet.Bot();
        var erbil = await bot.SendAsync(RouterFixture.Private("when do the troops leave erbil?"));
        var troops = await bot.SendAsync(RouterFixture.Private("how many US troops are in Iraq?"));

        var reply = await bot.SendAsync(RouterFixture.Private("why?") with { RepliedToOwnText = erbil!.ToPlainText() });

        Assert.Equal([13], RouterFixture.Paragraphs(troops));
        Assert.Contains("operations against ISIS in Syria", reply!.ToPlainText(), StringComparison.Ordinal);
        Assert.Equal([18], RouterFixture.Paragraphs(reply));
    }

    [Fact]
    public async Task HandleAsync_ReplyToTheFootnoteAlone_GoesOnFromTheParagraphItCites()
    {
        // A long answer split in two messages: the part replied to carries only "Source: paragraph 18 of …".
        var bot = EvaluationSet.Bot();
        var answer = await bot.SendAsync(RouterFixture.Private("when do the troops leave erbil?"));
        var footnote = answer!.Blocks.Single(b => b.Kind == ReplyBlockKind.Footnote).Text;
        bot.Time.Advance(HalfAnHour);

        var reply = await bot.SendAsync(RouterFixture.Private("why?") with { RepliedToOwnText = footnote });

        Assert.Contains("operations against ISIS in Syria", reply!.ToPlainText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_TellMeMoreInReplyToAQuotedParagraph_ReadsOnToTheNextParagraph()
    {
        var bot = EvaluationSet.Bot();
        var quoted = await bot.SendAsync(RouterFixture.Private("paragraph 17"));
        bot.Time.Advance(HalfAnHour);

        var reply = await bot.SendAsync(RouterFixture.Private("tell me more") with { RepliedToOwnText = quoted!.ToPlainText() });

        Assert.Equal([17], RouterFixture.Paragraphs(quoted));
        Assert.Equal([18], RouterFixture.Paragraphs(reply));
    }

    [Fact]
    public async Task HandleAsync_WhyInReplyToARefusal_StillAsksAboutWhat()
    {
        var bot = EvaluationSet.Bot();
        var refusal = await bot.SendAsync(RouterFixture.Private("what is the dollar rate?"));
        bot.Time.Advance(HalfAnHour);

        var reply = await bot.SendAsync(RouterFixture.Private("why?") with { RepliedToOwnText = refusal!.ToPlainText() });

        Assert.False(refusal.Answered);
        Assert.False(reply!.Answered, reply.ToPlainText());
    }

    [Fact]
    public async Task HandleAsync_WhoSaidThatInReplyToAnAnswerInArabic_AttributesThatAnswer()
    {
        var bot = EvaluationSet.Bot();
        var answer = await bot.SendAsync(RouterFixture.Private("شكد جندي امريكي بالعراق؟"));
        bot.Time.Advance(HalfAnHour);

        var reply = await bot.SendAsync(RouterFixture.Private("منو كالها؟") with { RepliedToOwnText = answer!.ToPlainText() });

        Assert.Equal([13], RouterFixture.Paragraphs(answer));
        Assert.Equal("attribution", reply!.Intent);
        Assert.Contains("الفقرة 13", reply.ToPlainText(), StringComparison.Ordinal);
    }
}
