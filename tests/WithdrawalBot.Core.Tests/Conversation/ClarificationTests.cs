using WithdrawalBot.Core.Matching;
using WithdrawalBot.Core.Tests.Support;

namespace WithdrawalBot.Core.Tests.Conversation;

public sealed class ClarificationTests
{
    private const string TwinFacts = """
    {
      "facts": [
        {
          "id": "stay-erbil", "topic": "a",
          "citations": [ { "paragraph": 18, "quote": "في أربيل" } ],
          "answer": { "ar": "أربيل.", "en": "Erbil." },
          "questions": { "ar": [ "كم يبقى الجنود في أربيل" ], "en": [ "how long do soldiers stay in erbil" ] }
        },
        {
          "id": "stay-baghdad", "topic": "b",
          "citations": [ { "paragraph": 17, "quote": "في بغداد" } ],
          "answer": { "ar": "بغداد.", "en": "Baghdad." },
          "questions": { "ar": [ "كم يبقى الجنود في بغداد" ], "en": [ "how long do soldiers stay in baghdad" ] }
        },
        {
          "id": "deal", "topic": "c",
          "citations": [ { "paragraph": 3, "quote": "لدينا اتفاق" } ],
          "answer": { "ar": "اتفاق.", "en": "A deal." },
          "questions": { "ar": [ "هل يوجد اتفاق" ], "en": [ "is there a deal" ] }
        }
      ]
    }
    """;

    [Fact]
    public async Task HandleAsync_TwoFactsEquallyClose_AsksWhichWithTwoButtons()
    {
        using var files = new TestKnowledge();
        files.Write("facts.json", TwinFacts);
        var knowledge = files.Load();
        var bot = new RouterFixture(knowledge, new IntentMatcher(knowledge));

        var reply = await bot.SendAsync(RouterFixture.Private("how long do soldiers stay in erbil or baghdad"));
        var tapped = await bot.SendAsync(RouterFixture.Button(reply!.Buttons[1].Payload));

        Assert.Equal("clarify", reply.Intent);
        Assert.Equal(["q:stay-baghdad:en", "q:stay-erbil:en"], reply.Buttons.Select(b => b.Payload).Order());
        Assert.True(tapped!.Answered);
        Assert.Empty(bot.Unanswered.Questions);
    }

    [Fact]
    public async Task HandleAsync_OneFactClearlyBetter_AnswersWithoutAsking()
    {
        using var files = new TestKnowledge();
        files.Write("facts.json", TwinFacts);
        var knowledge = files.Load();
        var bot = new RouterFixture(knowledge, new IntentMatcher(knowledge));

        var reply = await bot.SendAsync(RouterFixture.Private("how long do soldiers stay in erbil"));

        Assert.Equal("fact", reply!.Intent);
        Assert.Equal([18], RouterFixture.Paragraphs(reply));
    }
}
