using System.Text;
using WithdrawalBot.Core.Knowledge;
using WithdrawalBot.Core.Languages;
using WithdrawalBot.Core.Routing;
using WithdrawalBot.Core.Tests.Support;

namespace WithdrawalBot.Core.Tests.Routing;

public sealed class ButtonPayloadsTests
{
    private static readonly Lazy<KnowledgeBase> Real = new(() => KnowledgeLoader.Load(TestKnowledge.RealDirectory));

    public static TheoryData<string> FactIds()
    {
        var ids = new TheoryData<string> { new string('x', FactCatalog.MaxIdLength) };
        foreach (var fact in Real.Value.Facts)
        {
            ids.Add(fact.Id);
        }

        return ids;
    }

    [Theory]
    [MemberData(nameof(FactIds))]
    public void Payloads_EveryFactIdInEitherLanguage_FitIn64BytesAndReadBackWithTheLanguage(string factId)
    {
        foreach (var language in new[] { Language.Arabic, Language.English })
        {
            var payloads = new (string Payload, ButtonActionKind Kind)[]
            {
                (ButtonPayloads.Question(factId, language), ButtonActionKind.Question),
                (ButtonPayloads.Feedback(factId, helpful: true, language), ButtonActionKind.Helpful),
                (ButtonPayloads.Feedback(factId, helpful: false, language), ButtonActionKind.NotHelpful),
            };
            foreach (var (payload, kind) in payloads)
            {
                Assert.InRange(Encoding.UTF8.GetByteCount(payload), 1, ButtonPayloads.MaxBytes);
                Assert.Equal(new ButtonAction(kind, factId) { Language = language }, ButtonPayloads.Parse(payload));
            }
        }
    }

    [Theory]
    [InlineData(true, "fb:+:erbil-stay:ar")]
    [InlineData(false, "fb:-:erbil-stay:en")]
    public void Feedback_WithLanguage_EndsWithTheLanguageCode(bool helpful, string expected) =>
        Assert.Equal(expected, ButtonPayloads.Feedback("erbil-stay", helpful, expected.EndsWith(":ar", StringComparison.Ordinal) ? Language.Arabic : Language.English));

    [Theory]
    [InlineData("fb:+:erbil-stay", ButtonActionKind.Helpful)]
    [InlineData("fb:-:erbil-stay", ButtonActionKind.NotHelpful)]
    public void Parse_FeedbackPayloadFromBeforeTheLanguageWasAdded_ReadsWithoutLanguage(string payload, ButtonActionKind kind)
    {
        var action = ButtonPayloads.Parse(payload);

        Assert.Equal(new ButtonAction(kind, "erbil-stay"), action);
        Assert.Null(action!.Language);
    }

    [Theory]
    [InlineData("fb:+::ar")]
    [InlineData("fb:-::en")]
    [InlineData("fb:+:")]
    public void Parse_FeedbackPayloadWithoutAFactId_IsNotOneOfOurs(string payload) =>
        Assert.Null(ButtonPayloads.Parse(payload));
}
