using Microsoft.Extensions.Time.Testing;
using WithdrawalBot.Core.Languages;
using WithdrawalBot.Core.Matching;
using WithdrawalBot.Core.Replies;
using WithdrawalBot.Core.Routing;
using WithdrawalBot.Core.Tests.Support;

namespace WithdrawalBot.Core.Tests.Routing;

public sealed class InlineAnswererTests
{
    private readonly InlineAnswerer answerer = new(TestKnowledge.Shared, new IntentMatcher(TestKnowledge.Shared), new ReplyComposer(TestKnowledge.Shared, new FakeTimeProvider(RouterFixture.Now)));

    [Fact]
    public void Answer_EnglishQuery_OffersCitedEnglishAnswers()
    {
        var answers = answerer.Answer("erbil troops leave", "ar", 5);

        Assert.NotEmpty(answers);
        Assert.All(answers, a => Assert.Equal(Language.English, a.Language));
        Assert.Equal(18, answers[0].Citations[0].Paragraph);
        Assert.All(answers, a => Assert.True(a.Answered));
    }

    [Fact]
    public void Answer_ArabicQuery_AnswersInArabic()
    {
        var answers = answerer.Answer("شكد جندي امريكي بالعراق", null, 5);

        Assert.Equal(Language.Arabic, answers[0].Language);
        Assert.Equal(13, answers[0].Citations[0].Paragraph);
    }

    [Theory]
    [InlineData("", "ar", Language.Arabic)]
    [InlineData("   ", null, Language.English)]
    public void Answer_EmptyQuery_OffersStarterAnswersInTheClientLanguage(string query, string? code, Language expected)
    {
        var answers = answerer.Answer(query, code, 2);

        Assert.Equal(2, answers.Count);
        Assert.All(answers, a => Assert.Equal(expected, a.Language));
    }

    [Fact]
    public void Answer_OffTopicQuery_OffersNothing() => Assert.Empty(answerer.Answer("dollar exchange rate today", "en", 5));

    [Fact]
    public void Answer_Max_IsRespected() => Assert.Single(answerer.Answer("", "en", 1));
}
