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
    [InlineData("is the withdrawal good for Iraq?")]
    [InlineData("is this a good idea or a bad one?")]
    [InlineData("should the americans leave?")]
    [InlineData("who is right, Iran or America?")]
    [InlineData("Why is the US surrendering to Iran-backed militias?")]
    [InlineData("is the US abandoning Iraq?")]
    [InlineData("الاتفاق زين للعراق لو لا")]
    [InlineData("هذا شي زين؟")]
    [InlineData("لازم الامريكان يطلعون؟")]
    [InlineData("الانسحاب خيانة؟")]
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
}
