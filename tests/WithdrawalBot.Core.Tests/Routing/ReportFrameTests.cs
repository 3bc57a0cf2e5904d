using WithdrawalBot.Core.Routing;

namespace WithdrawalBot.Core.Tests.Routing;

public sealed class ReportFrameTests
{
    [Theory]
    [InlineData("How many US troops does the report say are in Iraq?", "How many US troops are in Iraq?")]
    [InlineData("When does the article say troops leave Baghdad?", "When troops leave Baghdad?")]
    [InlineData("Who does Reuters say initiated the talks?", "Who initiated the talks?")]
    [InlineData("what does the report state is the reason for the delay", "what is the reason for the delay")]
    [InlineData("Why did the sources say that they stay in Erbil?", "Why they stay in Erbil?")]
    public void Without_QuestionFramedAsWhatTheReportSays_IsTheQuestionAlone(string framed, string question) =>
        Assert.Equal(question, ReportFrame.Without(framed));

    [Theory]
    [InlineData("What does the report say about Erbil?")]
    [InlineData("Does the report say 5000 troops are in Iraq?")]
    [InlineData("what does the report say?")]
    [InlineData("How many US troops are in Iraq?")]
    [InlineData("شكد جندي يكول التقرير بالعراق؟")]
    [InlineData("")]
    [InlineData(null)]
    public void Without_NoFrameOrOnlyATopicAfterIt_IsNull(string? text) =>
        Assert.Null(ReportFrame.Without(text));
}
