using WithdrawalBot.Core.Routing;
using WithdrawalBot.Core.Tests.Evaluation;
using WithdrawalBot.Core.Tests.Support;
using WithdrawalBot.Core.Text;

namespace WithdrawalBot.Core.Tests.Routing;

public sealed class TodayRequestTests
{
    [Theory]
    [InlineData("what's today's date?")]
    [InlineData("What is the date today")]
    [InlineData("what day is it today?")]
    [InlineData("what year is it?")]
    [InlineData("today's date please")]
    [InlineData("sorry, what is today's date?")]
    [InlineData("عفوا شنو تاريخ اليوم؟")]
    [InlineData("what year are we in?")]
    [InlineData("ok do you know what day it is?")]
    [InlineData("شنو تاريخ اليوم؟")]
    [InlineData("ما هو تاريخ اليوم")]
    [InlineData("اليوم شنو تاريخه؟")]
    [InlineData("اليوم شكد بالشهر؟")]
    [InlineData("احنا باي سنة؟")]
    [InlineData("في أي سنة نحن؟")]
    [InlineData("هلو، أي يوم اليوم؟")]
    public void Asks_TodaysDate_IsTrue(string text)
    {
        Assert.True(TodayRequest.Asks(TextCleaner.ForMatching(text)));
    }

    [Theory]
    [InlineData("what's the date?")]
    [InlineData("what date do troops leave Erbil?")]
    [InlineData("which year did the US invade?")]
    [InlineData("what year is the election?")]
    [InlineData("أي يوم؟")]
    [InlineData("بأي سنة؟")]
    [InlineData("شنو تاريخ الانسحاب؟")]
    [InlineData("اليوم شنو صار بالعراق؟")]
    [InlineData("")]
    public void Asks_QuestionAboutTheReportsDates_IsFalse(string text)
    {
        Assert.False(TodayRequest.Asks(TextCleaner.ForMatching(text)));
    }

    [Theory]
    [InlineData("what's today's date?", "Today is Monday, 30 November 2026 (Asia/Baghdad time).")]
    [InlineData("what year is it?", "Today is Monday, 30 November 2026 (Asia/Baghdad time).")]
    [InlineData("شنو تاريخ اليوم؟", "اليوم الاثنين 30 تشرين الثاني 2026 (بتوقيت Asia/Baghdad).")]
    public async Task HandleAsync_TodaysDate_IsTodayFromTheClockAndHowOldTheReportIs(string text, string opening)
    {
        var bot = EvaluationSet.Bot();
        bot.Time.Advance(TimeSpan.FromDays(1));

        var reply = await bot.SendAsync(RouterFixture.Private(text));

        Assert.NotNull(reply);
        Assert.Equal("today", reply.Intent);
        Assert.False(reply.Answered);
        Assert.StartsWith(opening, reply.ToPlainText(), StringComparison.Ordinal);
        Assert.Contains("2024", reply.ToPlainText(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("what's the date today, and when do troops leave Erbil?", "Today is Monday, 30 November 2026")]
    [InlineData("شوكت يطلعون من اربيل وشنو تاريخ اليوم؟", "اليوم الاثنين 30 تشرين الثاني 2026")]
    public async Task HandleAsync_TodaysDateWithAQuestion_GivesTheDateThenTheAnswer(string text, string opening)
    {
        var bot = EvaluationSet.Bot();
        bot.Time.Advance(TimeSpan.FromDays(1));

        var reply = await bot.SendAsync(RouterFixture.Private(text));

        Assert.NotNull(reply);
        Assert.StartsWith(opening, reply.ToPlainText(), StringComparison.Ordinal);
        Assert.Equal([18], RouterFixture.Paragraphs(reply));
    }
}
