using WithdrawalBot.Core.Replies;
using WithdrawalBot.Core.Routing;
using WithdrawalBot.Core.Tests.Evaluation;
using WithdrawalBot.Core.Tests.Support;
using WithdrawalBot.Core.Text;

namespace WithdrawalBot.Core.Tests.Routing;

public sealed class ArithmeticTests
{
    [Theory]
    [InlineData("2+2")]
    [InlineData("what is 2+2?")]
    [InlineData("whats 5 * 7")]
    [InlineData("how much is 3 x 4")]
    [InlineData("7*7=")]
    [InlineData("2500 - 900")]
    [InlineData("كم 2+2")]
    [InlineData("شكد يساوي 5×5؟")]
    public void IsOnlyASum_Sum_IsTrue(string text)
    {
        Assert.True(Arithmetic.IsOnlyASum(TextCleaner.ForMatching(text)));
    }

    [Theory]
    [InlineData("2025-2026")]
    [InlineData("how many troops leave in 2025?")]
    [InlineData("2500 troops + 900 in Syria, right?")]
    [InlineData("كم جندي 2500؟")]
    [InlineData("12")]
    [InlineData("")]
    public void IsOnlyASum_QuestionWithFigures_IsFalse(string text)
    {
        Assert.False(Arithmetic.IsOnlyASum(TextCleaner.ForMatching(text)));
    }

    [Theory]
    [InlineData("what is 2+2")]
    [InlineData("كم 2+2")]
    public async Task HandleAsync_Sum_IsRefusedNotAnsweredWithTheTimeline(string text)
    {
        var reply = await EvaluationSet.Bot().SendAsync(RouterFixture.Private(text));

        Assert.NotNull(reply);
        Assert.Equal(ReplyComposer.RefusalIntent, reply.Intent);
        Assert.False(reply.Answered);
        Assert.Empty(reply.Citations);
    }
}
