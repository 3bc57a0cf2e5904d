using WithdrawalBot.Core.Routing;
using WithdrawalBot.Core.Tests.Evaluation;
using WithdrawalBot.Core.Tests.Support;
using WithdrawalBot.Core.Text;

namespace WithdrawalBot.Core.Tests.Routing;

public sealed class LastReplyRequestTests
{
    [Theory]
    [InlineData("which paragraph?")]
    [InlineData("and what para?")]
    [InlineData("exact words?")]
    [InlineData("exact quote?")]
    [InlineData("verbatim?")]
    [InlineData("بأي فقرة؟")]
    [InlineData("وبأي فقرة؟")]
    [InlineData("رقم الفقرة؟")]
    [InlineData("ما الفقرة؟")] // trial 59: the formal form was refused
    [InlineData("ما هي الفقرة؟")]
    [InlineData("ما رقم الفقرة؟")]
    [InlineData("النص الحرفي؟")]
    [InlineData("Give me the exact quote.")]
    [InlineData("Give me the verbatim Arabic.")]
    [InlineData("could you show me the original Arabic text please?")]
    [InlineData("انطيني النص الاصلي")]
    public void AsksForItsParagraph_BareRequest_IsTrue(string text)
    {
        Assert.True(LastReplyRequest.AsksForItsParagraph(TextCleaner.ForMatching(text)));
    }

    [Theory]
    [InlineData("which paragraph mentions Gaza?")]
    [InlineData("what paragraph says the talks ended?")]
    [InlineData("بأي فقرة ذكر غزة؟")]
    [InlineData("ما الفقرة التي تذكر أربيل؟")]
    [InlineData("what were his exact words about the relationship?")]
    [InlineData("give me the exact quote about Iran")]
    [InlineData("")]
    public void AsksForItsParagraph_RequestNamingWhatToFind_IsFalse(string text)
    {
        Assert.False(LastReplyRequest.AsksForItsParagraph(TextCleaner.ForMatching(text)));
    }

    [Theory]
    [InlineData("How many US troops are in Iraq?", "which paragraph?", 13)]
    [InlineData("How many US troops are in Iraq?", "exact words?", 13)]
    [InlineData("شكد جندي امريكي بسوريا", "بأي فقرة؟", 13)]
    [InlineData("كم عدد جنود إيطاليا؟", "ما الفقرة؟", 16)] // trial 59
    [InlineData("Who said the talks were over?", "exact words?", 8)]
    [InlineData("What did the senior US official say?", "Give me the verbatim Arabic.", 3)]
    public async Task HandleAsync_WhichParagraphAfterAnAnswer_QuotesThatAnswersParagraph(string question, string asked, int paragraph)
    {
        var bot = EvaluationSet.Bot();
        await bot.SendAsync(RouterFixture.Private(question));

        var reply = await bot.SendAsync(RouterFixture.Private(asked));

        Assert.NotNull(reply);
        Assert.Equal("paragraph", reply.Intent);
        Assert.Equal([paragraph], RouterFixture.Paragraphs(reply));
    }

    [Theory]
    [InlineData("زين والامريكان يطلعون من عين الاسد شوكت؟", "شكد باقي؟", 17, "قبل نحو 14 شهراً")]
    [InlineData("شوکت یطلعون من عین الاسد؟", "شکد باقی؟", 17, "قبل نحو 14 شهراً")]
    [InlineData("متى الانتخابات البرلمانية؟", "شقد باقي؟", 23, "قبل نحو 13 شهراً")] // trial 65: Erbil's date instead
    [InlineData("when do troops leave ain al-asad?", "how long is left?", 17, "passed about 14 months ago")]
    [InlineData("when do troops leave ain al-asad?", "how many days left?", 17, "passed about 14 months ago")]
    [InlineData("When are the Iraqi elections?", "and how much longer?", 23, "passed about 13 months ago")]
    public async Task HandleAsync_TimeLeftAfterADatedAnswer_GivesThatDateAgainRelativeToNow(string question, string asked, int paragraph, string relative)
    {
        var bot = EvaluationSet.Bot();
        await bot.SendAsync(RouterFixture.Private(question));

        var reply = await bot.SendAsync(RouterFixture.Private(asked));

        Assert.NotNull(reply);
        Assert.Equal([paragraph], RouterFixture.Paragraphs(reply));
        Assert.Contains(relative, reply.ToPlainText(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("how long is left?")]
    [InlineData("كم يوم باقي عليها؟")]
    [InlineData("باقي شكد؟")]
    [InlineData("شقد باقي؟")] // trial 65: the Mosul spelling jumped to Erbil's date
    public void AsksTimeLeft_BareRequest_IsTrue(string text) => Assert.True(LastReplyRequest.AsksTimeLeft(TextCleaner.ForMatching(text)));

    [Theory]
    [InlineData("how long is left until the elections?")]
    [InlineData("شكد باقي جنود امريكان؟")]
    public void AsksTimeLeft_RequestNamingWhat_IsFalse(string text) => Assert.False(LastReplyRequest.AsksTimeLeft(TextCleaner.ForMatching(text)));

    [Fact]
    public async Task HandleAsync_ExactQuoteAfterWhoSaidIt_QuotesTheParagraphAttributed()
    {
        var bot = EvaluationSet.Bot();
        await bot.SendAsync(RouterFixture.Private("Why was it postponed?"));
        await bot.SendAsync(RouterFixture.Private("Who said that?"));

        var reply = await bot.SendAsync(RouterFixture.Private("Give me the exact quote."));

        Assert.NotNull(reply);
        Assert.Equal("paragraph", reply.Intent);
        Assert.Equal([5], RouterFixture.Paragraphs(reply));
    }

    [Theory]
    [InlineData("How many US troops are in Iraq?", "source?", 13)]
    [InlineData("why was the announcement postponed?", "source?", 5)]
    [InlineData("شكد جندي امريكي بسوريا", "المصدر؟", 13)]
    [InlineData("كم عدد الجنود الأمريكيين في العراق؟", "ما هو مصدر هذه المعلومة؟", 13)] // trial 60: refused
    [InlineData("How many US troops are in Iraq?", "what's the source of that information?", 13)]
    [InlineData("How many US troops are in Iraq?", "Who is the source for this?", 13)] // trial 62: the sources of ¶6, as if they gave the figure
    [InlineData("when do troops leave ain al-asad?", "who's the source?", 17)]
    public async Task HandleAsync_SourceAfterAnAnswer_SaysWhomTheReportAttributesItTo(string question, string asked, int paragraph)
    {
        var bot = EvaluationSet.Bot();
        await bot.SendAsync(RouterFixture.Private(question));

        var reply = await bot.SendAsync(RouterFixture.Private(asked));

        Assert.NotNull(reply);
        Assert.Equal("attribution", reply.Intent);
        Assert.Contains(paragraph, RouterFixture.Paragraphs(reply));
    }

    [Fact]
    public async Task HandleAsync_SourceWithNothingAnswered_IsTheBotsOwnSource()
    {
        var reply = await EvaluationSet.Bot().SendAsync(RouterFixture.Private("source?"));

        Assert.NotNull(reply);
        Assert.Equal("source", reply.Intent);
    }
}
