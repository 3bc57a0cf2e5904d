using WithdrawalBot.Core.Languages;
using WithdrawalBot.Core.Replies;
using WithdrawalBot.Core.Tests.Evaluation;
using WithdrawalBot.Core.Tests.Support;

namespace WithdrawalBot.Core.Tests.Routing;

/// <summary>Paragraph look-ups a user trial (trial 12, F6) found refused, answered wrongly or cut short.</summary>
public sealed class RouterParagraphTests
{
    [Theory]
    [InlineData("اول فقرة", 1, Language.Arabic)]
    [InlineData("أول فقرة", 1, Language.Arabic)]
    [InlineData("ثاني فقرة", 2, Language.Arabic)]
    [InlineData("شنو تقول ثالث فقرة؟", 3, Language.Arabic)]
    [InlineData("the 2nd paragraph", 2, Language.English)]
    [InlineData("3rd para", 3, Language.English)]
    [InlineData("the penultimate paragraph", 23, Language.English)]
    [InlineData("paragraph before last", 23, Language.English)]
    [InlineData("the second-to-last paragraph", 23, Language.English)]
    [InlineData("الفقرة قبل الأخيرة", 23, Language.Arabic)]
    [InlineData("p-17", 17, Language.English)]
    public async Task HandleAsync_OrdinalBeforeTheNounOrBeforeLast_QuotesThatParagraph(string question, int paragraph, Language language)
    {
        var bot = EvaluationSet.Bot();

        var reply = await bot.SendAsync(RouterFixture.Private(question));

        Assert.NotNull(reply);
        Assert.True(reply.Answered, reply.ToPlainText());
        Assert.Equal("paragraph", reply.Intent);
        Assert.Equal(language, reply.Language);
        Assert.Equal([paragraph], RouterFixture.Paragraphs(reply));
        Assert.Contains(reply.Blocks, b => b.Kind == ReplyBlockKind.Quote && b.Text == bot.Knowledge.Article.Paragraph(paragraph));
    }

    [Theory]
    [InlineData("فی أی فقرة یُذکر رقم 900؟", 13)]
    [InlineData("فی أی فقرة ورد ذکر إقلیم کوردستان؟", 18)]
    [InlineData("في أي فقرة ورد ذكر كردستان؟", 18)]
    public async Task HandleAsync_WhichParagraphInKurdishLettersOrWithVowelMarks_QuotesIt(string question, int paragraph)
    {
        // Trial 56: a Kurdish journalist's look-ups (Persian ی ک, a damma in "یُذکر", "ورد ذكر") were refused.
        var bot = EvaluationSet.Bot();

        var reply = await bot.SendAsync(RouterFixture.Private(question));

        Assert.NotNull(reply);
        Assert.Equal("paragraph", reply.Intent);
        Assert.Equal(Language.Arabic, reply.Language);
        Assert.Equal(paragraph, RouterFixture.Paragraphs(reply)[0]);
    }

    [Theory]
    [InlineData("when does the first phase end?")]
    [InlineData("what is the second largest base?")]
    [InlineData("the last troops leave when?")]
    [InlineData("اول مرحلة شوكت تخلص؟")]
    [InlineData("آخر جندي شوكت يطلع من العراق؟")]
    public async Task HandleAsync_OrdinaryQuestionWithOrdinalWords_IsNotAParagraphLookUp(string question)
    {
        var bot = EvaluationSet.Bot();

        var reply = await bot.SendAsync(RouterFixture.Private(question));

        Assert.NotNull(reply);
        Assert.NotEqual("paragraph", reply.Intent);
        Assert.DoesNotContain("verbatim", reply.ToPlainText(), StringComparison.Ordinal);
        Assert.DoesNotContain("كما وردت", reply.ToPlainText(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("p17 and when do troops leave erbil?", 17, "when do troops leave erbil?")]
    [InlineData("شنو تقول الفقرة 18؟ وشوكت يطلعون من اربيل؟", 18, "شوكت يطلعون من اربيل؟")]
    [InlineData("ف3 وشكد جندي امريكي بالعراق؟", 3, "شكد جندي امريكي بالعراق؟")]
    public async Task HandleAsync_LookUpAndAnotherQuestion_QuotesTheParagraphAndAnswersTheOther(string message, int paragraph, string other)
    {
        var alone = await EvaluationSet.Bot().SendAsync(RouterFixture.Private(other));
        var bot = EvaluationSet.Bot();

        var reply = await bot.SendAsync(RouterFixture.Private(message));

        Assert.NotNull(reply);
        Assert.True(alone!.Answered, alone.ToPlainText());
        Assert.Contains(reply.Blocks, b => b.Kind == ReplyBlockKind.Quote && b.Text == bot.Knowledge.Article.Paragraph(paragraph));
        // The other question gets the answer it gets on its own, with its timing.
        Assert.Contains(alone.Blocks[0].Text, reply.ToPlainText(), StringComparison.Ordinal);
        Assert.All(RouterFixture.Paragraphs(alone), p => Assert.Contains(p, RouterFixture.Paragraphs(reply)));
        Assert.Contains(ReplyComposer.ParagraphWords(RouterFixture.Paragraphs(reply), reply.Language), reply.Blocks[^1].Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("paragraph 13 and who said it?", 13, Language.English)]
    [InlineData("ف17 ومنو كالها؟", 17, Language.Arabic)]
    [InlineData("p17? and who said it?", 17, Language.English)]
    public async Task HandleAsync_LookUpAndWhoSaidIt_QuotesTheParagraphAndAttributesIt(string message, int paragraph, Language language)
    {
        var bot = EvaluationSet.Bot();

        var reply = await bot.SendAsync(RouterFixture.Private(message));

        Assert.NotNull(reply);
        Assert.True(reply.Answered);
        Assert.Equal(language, reply.Language);
        Assert.Equal([paragraph], RouterFixture.Paragraphs(reply));
        Assert.Contains(reply.Blocks, b => b.Kind == ReplyBlockKind.Quote && b.Text == bot.Knowledge.Article.Paragraph(paragraph));
        Assert.Contains(reply.Blocks, b => b.Text == bot.Composer.Phrases.Attribution.For(language));
        Assert.Contains(reply.Blocks, b => b.Kind == ReplyBlockKind.ListItem && b.Text.EndsWith(bot.Knowledge.SaidBy(paragraph)!.For(language), StringComparison.Ordinal));
    }

    [Fact]
    public async Task HandleAsync_LookUpWhoSaidItAndWhen_AttributesTheParagraphAndAnswersWhenFromIt()
    {
        var alone = await EvaluationSet.Bot().SendAsync(RouterFixture.Private("when will coalition forces leave ain al-asad?"));
        var bot = EvaluationSet.Bot();

        var reply = await bot.SendAsync(RouterFixture.Private("p17? and who said it? and when is that?"));

        var text = reply!.ToPlainText();
        Assert.Contains(bot.Knowledge.SaidBy(17)!.English, text, StringComparison.Ordinal);
        Assert.Contains("which passed about 14 months ago", text, StringComparison.Ordinal);
        Assert.Contains(alone!.Blocks[0].Text, text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("p17 and what's the dollar rate?", "what's the dollar rate?")]
    [InlineData("ف17 وشكد سعر الدولار؟", "شكد سعر الدولار؟")]
    public async Task HandleAsync_LookUpAndAQuestionItCannotAnswerWithIt_QuotesTheParagraphAndNamesTheQuestionToSendSeparately(string message, string other)
    {
        var bot = EvaluationSet.Bot();

        var reply = await bot.SendAsync(RouterFixture.Private(message));

        Assert.NotNull(reply);
        Assert.Equal([17], RouterFixture.Paragraphs(reply));
        Assert.Contains(reply.Blocks, b => b.Kind == ReplyBlockKind.Quote && b.Text == bot.Knowledge.Article.Paragraph(17));
        Assert.Contains(reply.Blocks, b => b.Kind == ReplyBlockKind.Paragraph && b.Text.Contains(other, StringComparison.Ordinal));
    }

    [Fact]
    public async Task HandleAsync_WhoSaidThatAfterALookUpThatAlsoAnswered_AttributesBoth()
    {
        var bot = EvaluationSet.Bot();
        await bot.SendAsync(RouterFixture.Private("p17 and when do troops leave erbil?"));

        var reply = await bot.SendAsync(RouterFixture.Private("who said that?"));

        Assert.Equal("attribution", reply!.Intent);
        Assert.Contains(17, RouterFixture.Paragraphs(reply));
        Assert.Contains(18, RouterFixture.Paragraphs(reply));
    }

    [Theory]
    [InlineData("paragraphs 3 and 33", Language.English, "paragraph 33")]
    [InlineData("الفقرتين 3 و33", Language.Arabic, "الفقرة 33")]
    [InlineData("p25", Language.English, "paragraph 25")]
    public async Task HandleAsync_ParagraphNumberPastTheLast_NamesThatNumber(string message, Language language, string named)
    {
        var bot = EvaluationSet.Bot();

        var reply = await bot.SendAsync(RouterFixture.Private(message));

        Assert.NotNull(reply);
        Assert.Equal(language, reply.Language);
        var text = reply.ToPlainText();
        Assert.Contains(named, text, StringComparison.Ordinal);
        Assert.Contains("24", text, StringComparison.Ordinal);
    }
}
