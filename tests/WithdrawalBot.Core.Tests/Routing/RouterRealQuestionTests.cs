using WithdrawalBot.Core.Tests.Evaluation;
using WithdrawalBot.Core.Tests.Support;

namespace WithdrawalBot.Core.Tests.Routing;

/// <summary>Questions over the real knowledge that the blind sets dev21 and dev22 found refused or answered wrongly.</summary>
public sealed class RouterRealQuestionTests
{
    [Theory]
    [InlineData("Is the US presence just about ISIS?", 20)]
    [InlineData("Is the US presence in Iraq merely about fighting ISIS?", 20)]
    [InlineData("ليش الامريكان يريدون فترة سنتين؟", 24)]
    [InlineData("why do the americans want a two-year period?", 24)]
    [InlineData("كم جندي امريكي قتل في الهجمات الاخيره؟", 12)]
    [InlineData("هل يُتوقع أن يُماط اللثام عن الصفقة خلال الشهر الجاري؟", 7)]
    [InlineData("السوداني شنو علاقته بالاتفاق؟", 11)]
    [InlineData("متى يُتوقع أن يرحل الفوج الأول من الجنود الأجانب عن العراق؟", 2)]
    [InlineData("في أي محافظة تقع القاعدة الجوية التي سيتم إخلاؤها بالكامل في المرحلة الأولى؟", 17)]
    public async Task HandleAsync_QuestionTheReportAnswers_CitesItsParagraph(string question, int paragraph)
    {
        var reply = await EvaluationSet.Bot().SendAsync(RouterFixture.Private(question));

        Assert.NotNull(reply);
        Assert.True(reply.Answered, reply.ToPlainText());
        Assert.Contains(paragraph, RouterFixture.Paragraphs(reply));
    }
}
