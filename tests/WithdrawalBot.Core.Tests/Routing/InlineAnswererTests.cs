using Microsoft.Extensions.Time.Testing;
using WithdrawalBot.Core.Languages;
using WithdrawalBot.Core.Matching;
using WithdrawalBot.Core.Replies;
using WithdrawalBot.Core.Routing;
using WithdrawalBot.Core.Tests.Evaluation;
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

    [Theory]
    [InlineData("is it true 900 troops in iraq", "The report does not give “900” for this.")]
    [InlineData("Is it true that about 3,500 US troops are in Iraq?", "The report does not say “3,500”.")]
    [InlineData("Is it true that the elections are in October 2026?", "The report does not give “October 2026” for this.")]
    [InlineData("صحيح اكو 3000 جندي امريكي بالعراق؟", "«3000»")]
    public async Task Answer_ClaimTheReportDoesNotBear_FirstAnswerCorrectsItAsAChatReplyDoes(string query, string correction)
    {
        // Break 35 #9: inline mode gave the plain ¶13 answer to "is it true 900 troops in iraq", which a chat corrects.
        var real = new InlineAnswerer(EvaluationSet.Knowledge, EvaluationSet.Matcher, new ReplyComposer(EvaluationSet.Knowledge, new FakeTimeProvider(RouterFixture.Now)));
        var chat = await EvaluationSet.Bot().SendAsync(RouterFixture.Private(query));

        var answers = real.Answer(query, "en", 3);

        Assert.NotEmpty(answers);
        Assert.Contains(correction, answers[0].ToPlainText(), StringComparison.Ordinal);
        Assert.Equal(chat!.ToPlainText(), answers[0].ToPlainText());
        Assert.Equal(RouterFixture.Paragraphs(chat), RouterFixture.Paragraphs(answers[0]));
    }

    [Fact]
    public void Answer_ClaimTheReportBears_FirstAnswerIsThePlainAnswer()
    {
        var real = new InlineAnswerer(EvaluationSet.Knowledge, EvaluationSet.Matcher, new ReplyComposer(EvaluationSet.Knowledge, new FakeTimeProvider(RouterFixture.Now)));

        var answers = real.Answer("is it true 2500 troops in iraq", "en", 3);

        Assert.StartsWith("According to the report, the United States had about 2,500 troops in Iraq", answers[0].ToPlainText(), StringComparison.Ordinal);
    }

    [Fact]
    public void Answer_OffTopicQuery_OffersNothing() => Assert.Empty(answerer.Answer("dollar exchange rate today", "en", 5));

    [Fact]
    public void Answer_Max_IsRespected() => Assert.Single(answerer.Answer("", "en", 1));
}
