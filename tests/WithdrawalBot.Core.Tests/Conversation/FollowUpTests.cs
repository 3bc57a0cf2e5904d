using WithdrawalBot.Core.Messages;
using WithdrawalBot.Core.Routing;
using WithdrawalBot.Core.Tests.Evaluation;
using WithdrawalBot.Core.Tests.Support;

namespace WithdrawalBot.Core.Tests.Conversation;

/// <summary>Follow-ups through the router, with the fixture knowledge.</summary>
public sealed class FollowUpTests
{
    [Theory]
    [InlineData("When will troops leave Erbil?", "why?", 18, "erbil-why")]
    [InlineData("متى تغادر القوات أربيل؟", "ليش؟", 18, "erbil-why")]
    [InlineData("When will troops leave Erbil?", "and how many are in Iraq?", 13, "troops-in-iraq")]
    public async Task HandleAsync_ShortFollowUpInWindow_IsReadInContext(string first, string followUp, int paragraph, string factId)
    {
        var bot = new RouterFixture();

        await bot.SendAsync(RouterFixture.Private(first));
        var reply = await bot.SendAsync(RouterFixture.Private(followUp));

        Assert.Contains(paragraph, RouterFixture.Paragraphs(reply));
        Assert.Contains(reply!.Buttons, b => ButtonPayloads.Parse(b.Payload) is { Kind: ButtonActionKind.Helpful } rated && rated.FactId == factId);
    }

    [Theory]
    [InlineData("Why do troops stay in Erbil?", "When will troops leave Erbil?", "erbil-stay")]
    [InlineData("how many troops are in iraq?", "When will troops leave Erbil?", "erbil-stay")]
    public async Task HandleAsync_CompleteQuestionAfterAnother_IsAnsweredOnItsOwn(string first, string second, string factId)
    {
        var bot = new RouterFixture();

        await bot.SendAsync(RouterFixture.Private(first));
        var reply = await bot.SendAsync(RouterFixture.Private(second));

        Assert.Contains(reply!.Buttons, b => b.Payload.StartsWith($"fb:+:{factId}:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task HandleAsync_FollowUpAfterWindow_StandsAlone()
    {
        var bot = new RouterFixture();
        await bot.SendAsync(RouterFixture.Private("When will troops leave Erbil?"));

        bot.Time.Advance(TimeSpan.FromMinutes(11));
        var reply = await bot.SendAsync(RouterFixture.Private("why?"));

        Assert.False(reply!.Answered);
    }

    [Fact]
    public async Task HandleAsync_TwoUsersInOneGroup_DoNotShareContext()
    {
        var bot = new RouterFixture();

        await bot.SendAsync(RouterFixture.Group("When will troops leave Erbil?", userId: "alice", addressed: true));
        var bob = await bot.SendAsync(RouterFixture.Group("why?", userId: "bob", addressed: true));
        var alice = await bot.SendAsync(RouterFixture.Group("why?", userId: "alice", addressed: true));

        Assert.False(bob!.Answered);
        Assert.DoesNotContain(bob.Buttons, b => ButtonPayloads.Parse(b.Payload) is { Kind: ButtonActionKind.Helpful, FactId: "erbil-why" });
        Assert.Contains(alice!.Buttons, b => ButtonPayloads.Parse(b.Payload) is { Kind: ButtonActionKind.Helpful, FactId: "erbil-why" });
    }

    [Fact]
    public async Task HandleAsync_FullQuestionAfterAnother_IsNotBentByContext()
    {
        var bot = new RouterFixture();

        await bot.SendAsync(RouterFixture.Private("When will troops leave Erbil?"));
        var reply = await bot.SendAsync(RouterFixture.Private("how many US troops are in Iraq?"));

        Assert.Equal([13], RouterFixture.Paragraphs(reply));
    }

    [Fact]
    public async Task HandleAsync_GreetingAfterAnswer_IsStillAGreeting()
    {
        var bot = new RouterFixture();

        await bot.SendAsync(RouterFixture.Private("When will troops leave Erbil?"));
        var reply = await bot.SendAsync(RouterFixture.Private("thanks"));

        Assert.Equal("thanks", reply!.Intent);
    }

    /// <summary>Dialogues over the real knowledge: turns separated by " | ", the last one read in the context of the others.</summary>
    [Theory]
    // "when?" after "why?": the follow-up's own question word replaces the earlier one, and the fact the earlier answer suggests next wins.
    [InlineData("ليش تأجل الاعلان عن الاتفاق؟ | وشوكت يعلنوه؟", 7)]
    [InlineData("ليش تأجل الإعلان عن الاتفاق؟ | يمته راح يعلنوه؟", 7)]
    // A word no wording uses ("difference", "capacity") leaves the reading in context instead of sinking it.
    [InlineData("When do coalition troops have to leave Ain al-Asad? | and Erbil? | why the difference?", 18)]
    [InlineData("Will some US troops stay on after the withdrawal? | In what capacity?", 4)]
    public async Task HandleAsync_FollowUpAskingSomethingNew_AnswersItFromContext(string dialogue, int paragraph)
    {
        var bot = EvaluationSet.Bot();
        var turns = dialogue.Split(" | ");
        foreach (var turn in turns[..^1])
        {
            await bot.SendAsync(RouterFixture.Private(turn));
        }

        var reply = await bot.SendAsync(RouterFixture.Private(turns[^1]));

        Assert.True(reply!.Answered);
        Assert.Contains(paragraph, RouterFixture.Paragraphs(reply));
    }

    /// <summary>"What else did he say?" moves on to another paragraph the same named speaker is quoted in (attributions.json).</summary>
    [Theory]
    [InlineData("Who is Farhad Alaaldin? | What else did he tell them?", 9, 14)]
    [InlineData("منو فرهاد علاء الدين؟ | شنو حچى بعد؟", 9, 14)]
    [InlineData("Have the technical talks ended? | did he say anything else?", 9, 14)]
    public async Task HandleAsync_WhatElseDidHeSay_AnswersAnotherParagraphOfTheSameSpeaker(string dialogue, params int[] paragraphs)
    {
        var bot = EvaluationSet.Bot();
        var turns = dialogue.Split(" | ");
        var first = await bot.SendAsync(RouterFixture.Private(turns[0]));

        var reply = await bot.SendAsync(RouterFixture.Private(turns[1]));

        Assert.True(reply!.Answered);
        Assert.Contains(RouterFixture.Paragraphs(reply), paragraphs.Contains);
        Assert.NotEqual(RouterFixture.Paragraphs(first).Order(), RouterFixture.Paragraphs(reply).Order());
    }

    /// <summary>"What did he say about ISIS?" is his own words in ¶14, not the background the paragraph opens with.</summary>
    [Theory]
    [InlineData("Who is Farhad Alaaldin?", "what did he say about ISIS?")]
    [InlineData("Have the technical talks ended?", "What did he say about ISIS?")]
    public async Task HandleAsync_WhatDidHeSayAboutSomething_IsWhatHeSaidNotTheParagraphsBackground(string question, string followUp)
    {
        var bot = EvaluationSet.Bot();
        await bot.SendAsync(RouterFixture.Private(question));

        var reply = await bot.SendAsync(RouterFixture.Private(followUp));

        Assert.True(reply!.Answered);
        Assert.Contains(14, RouterFixture.Paragraphs(reply));
        Assert.Contains("able to deal with any remaining threat", reply.ToPlainText(), StringComparison.Ordinal);
        Assert.DoesNotContain("a third of Iraq and Syria", reply.ToPlainText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_WhatElseDidHeSayWithNothingBefore_AsksWhoIsMeant()
    {
        var bot = EvaluationSet.Bot();

        var reply = await bot.SendAsync(RouterFixture.Private("what else did he say?"));

        Assert.False(reply!.Answered);
    }

    [Theory]
    [InlineData("When will troops leave Erbil?", "blorptastic?")]
    [InlineData("ليش تأجل الاعلان عن الاتفاق؟", "فلنكيشن؟")]
    public async Task HandleAsync_FollowUpOfUnknownWordsOnly_IsNotAnsweredWithTheEarlierFact(string first, string followUp)
    {
        var bot = EvaluationSet.Bot();
        await bot.SendAsync(RouterFixture.Private(first));

        var reply = await bot.SendAsync(RouterFixture.Private(followUp));

        Assert.False(reply!.Answered);
    }

    [Theory]
    [InlineData("شكد جندي امريكي بالعراق؟", "وهسه؟", 13)]
    [InlineData("How many US troops are in Iraq?", "and now?", 13)]
    [InlineData("When do troops leave Ain al-Asad?", "and today?", 17)]
    public async Task HandleAsync_AndNowAfterAnAnswer_SaysTheReportCannotTellThenWhatItSaid(string first, string followUp, int paragraph)
    {
        var bot = EvaluationSet.Bot();
        await bot.SendAsync(RouterFixture.Private(first));

        var reply = await bot.SendAsync(RouterFixture.Private(followUp));

        Assert.Equal("beyond-report", reply!.Intent);
        Assert.Contains(paragraph, RouterFixture.Paragraphs(reply));
    }

    [Fact]
    public async Task HandleAsync_AndNowWithNothingAskedBefore_AsksAboutWhat()
    {
        var bot = EvaluationSet.Bot();

        var reply = await bot.SendAsync(RouterFixture.Private("وهسه؟"));

        Assert.False(reply!.Answered);
        Assert.NotEqual("beyond-report", reply.Intent);
    }

    [Theory]
    [InlineData("I live in Basra. How many US troops are in Iraq?", 13)]
    [InlineData("انا من البصرة، كم جندي امريكي بالعراق؟", 13)]
    [InlineData("Greetings from Mosul! When do US troops leave Erbil?", 18)]
    [InlineData("I work with an NGO in Erbil — should I expect coalition forces to still be around there after 2025?", 18)]
    public async Task HandleAsync_SentenceAboutTheAskerBeforeTheQuestion_AnswersTheQuestion(string message, int paragraph)
    {
        var bot = EvaluationSet.Bot();

        var reply = await bot.SendAsync(RouterFixture.Private(message));

        Assert.True(reply!.Answered, reply.ToPlainText());
        Assert.Contains(paragraph, RouterFixture.Paragraphs(reply));
    }

    [Theory]
    [InlineData("قاعدة كي ون بكركوك، امريكان هو يطلع منها أيضاً؟")]
    [InlineData("How many British troops are in the coalition, and will they leave too?")]
    public async Task HandleAsync_QuestionThatNeedsWhatWasSaidBeforeIt_IsNotReadAlone(string message)
    {
        var bot = EvaluationSet.Bot();

        var reply = await bot.SendAsync(RouterFixture.Private(message));

        Assert.False(reply!.Answered, reply.ToPlainText());
    }
}
