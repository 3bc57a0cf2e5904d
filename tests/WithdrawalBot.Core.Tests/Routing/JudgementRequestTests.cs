using WithdrawalBot.Core.Replies;
using WithdrawalBot.Core.Routing;
using WithdrawalBot.Core.Tests.Evaluation;
using WithdrawalBot.Core.Tests.Support;
using WithdrawalBot.Core.Text;

namespace WithdrawalBot.Core.Tests.Routing;

public sealed class JudgementRequestTests
{
    [Theory]
    [InlineData("is the withdrawal good?")]
    [InlineData("is the withdrawl good for our soldiers")]
    [InlineData("انت مع الاتفاق لو ضده")]
    [InlineData("إنت ضد الانسحاب؟")]
    [InlineData("is the withdrawal good for Iraq?")]
    [InlineData("is this a good idea or a bad one?")]
    [InlineData("should the americans leave?")]
    [InlineData("who is right, Iran or America?")]
    [InlineData("Why is the US surrendering to Iran-backed militias?")]
    [InlineData("is the US abandoning Iraq?")]
    [InlineData("does the report call the withdrawal a defeat for the US?")]
    [InlineData("was it a victory for Iran?")]
    [InlineData("الاتفاق زين للعراق لو لا")]
    [InlineData("هذا شي زين؟")]
    [InlineData("لازم الامريكان يطلعون؟")]
    [InlineData("الانسحاب خيانة؟")]
    [InlineData("is this a victory for Iran?")]
    [InlineData("هل هذا انتصار لإيران؟")]
    [InlineData("was the invasion a mistake?")]
    [InlineData("شنو احسن، يبقون لو يطلعون؟")]
    [InlineData("الاتفاق زين لو لا؟")]
    [InlineData("what is your opinion on the deal?")]
    [InlineData("شنو رايك بالاتفاق؟")]
    [InlineData("who won, Iran or the US?")]
    [InlineData("Should the US keep troops in Erbil forever?")]
    public void Asks_QuestionAskingForAJudgement_IsTrue(string text)
    {
        Assert.True(JudgementRequest.Asks(TextCleaner.ForMatching(text)));
    }

    [Theory]
    [InlineData("why is this good for sudani politicaly")]
    [InlineData("how is this good for the pm")]
    [InlineData("is this good for sudani politicaly")]
    [InlineData("Is it fair to characterize the agreement as a political victory for al-Sudani?")]
    [InlineData("is it a political win for Sudani?")]
    [InlineData("good morning, when do troops leave erbil?")]
    [InlineData("ليش تأخر الإعلان؟ مو چان المفروض يطلع من زمان")]
    [InlineData("ليش الاتفاق زين للسوداني؟")]
    [InlineData("هزيمة داعش بالعراق شوكت صارت؟")]
    [InlineData("منو فاز بالانتخابات")]
    [InlineData("who won the elections?")]
    [InlineData("منو فاز بمباراة العراق والسعودية")]
    [InlineData("who won the match between Iraq and Saudi Arabia?")]
    [InlineData("when was ISIS defeated?")]
    [InlineData("how big was the defeat for ISIS in Syria?")]
    [InlineData("when do troops leave erbil?")]
    [InlineData("")]
    public void Asks_QuestionAboutWhatTheReportSays_IsFalse(string text)
    {
        Assert.False(JudgementRequest.Asks(TextCleaner.ForMatching(text)));
    }

    [Theory]
    [InlineData("is the withdrawal good for Iraq?", "The report makes no such judgement")]
    [InlineData("Why is the US surrendering to Iran-backed militias?", "The report makes no such judgement")]
    [InlineData("الاتفاق زين للعراق لو لا", "لا يحكم التقرير على ذلك")]
    public async Task HandleAsync_JudgementAsked_SaysTheReportMakesNoneBeforeWhatItSays(string text, string opening)
    {
        var reply = await EvaluationSet.Bot().SendAsync(RouterFixture.Private(text));

        Assert.NotNull(reply);
        Assert.Equal(ReplyComposer.NoVerdictIntent, reply.Intent);
        Assert.StartsWith(opening, reply.ToPlainText(), StringComparison.Ordinal);
        Assert.NotEmpty(reply.Citations);
    }

    [Theory]
    [InlineData("is this a betrayal?", "The report makes no such judgement, and I give no opinion")]
    [InlineData("what is your opinion on the deal?", "The report makes no such judgement, and I give no opinion")]
    [InlineData("الاتفاق زين لو لا؟", "لا يحكم التقرير على ذلك، ولا أقدّم رأياً")]
    public async Task HandleAsync_JudgementAskedThatReadsAsNoFact_SaysNoOpinionNotAThumbsUp(string text, string opening)
    {
        var bot = EvaluationSet.Bot();

        var reply = await bot.SendAsync(RouterFixture.Private(text));

        Assert.NotNull(reply);
        Assert.False(reply.Answered);
        Assert.StartsWith(opening, reply.ToPlainText(), StringComparison.Ordinal);
    }
}
