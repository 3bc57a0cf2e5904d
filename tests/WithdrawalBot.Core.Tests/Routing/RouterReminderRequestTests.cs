using WithdrawalBot.Core.Languages;
using WithdrawalBot.Core.Messages;
using WithdrawalBot.Core.Tests.Evaluation;
using WithdrawalBot.Core.Tests.Support;

namespace WithdrawalBot.Core.Tests.Routing;

/// <summary>Free-text reminder requests, over the real intents, reach the reminders handler as that request.</summary>
public sealed class RouterReminderRequestTests
{
    [Theory]
    [InlineData("ذكرني قبل اسبوع", "subscribe")]
    [InlineData("ذكرني قبل يومين", "subscribe")]
    [InlineData("ذكرني قبل ثلاث ايام", "subscribe")]
    [InlineData("ذكرني قبل شهر", "subscribe")]
    [InlineData("remind me a week before the withdrawal", "subscribe")]
    [InlineData("remind me a week before", "subscribe")]
    [InlineData("remind me 3 days before", "subscribe")]
    [InlineData("وكف التذكيرات", "unsubscribe")]
    [InlineData("بطل التذكيرات", "unsubscribe")]
    [InlineData("لا تذكرني", "unsubscribe")]
    [InlineData("وقف التذكيرات", "unsubscribe")]
    [InlineData("stop the reminders", "unsubscribe")]
    [InlineData("remind me two weeks before", "subscribe")]
    [InlineData("remind me two weeks before each milestone", "subscribe")]
    [InlineData("remind me a fortnight before", "subscribe")]
    [InlineData("remind me 3 days before the end of 2026", "subscribe")]
    [InlineData("مابي تذكير", "unsubscribe")]
    [InlineData("no reminders please", "unsubscribe")]
    [InlineData("لا تنسى تذكرني", "subscribe")]
    [InlineData("don't forget to remind me", "subscribe")]
    [InlineData("بطلوا تذكروني", "unsubscribe")]
    [InlineData("اريد توكف التذكيرات", "unsubscribe")]
    [InlineData("لا عاد تذكرني", "unsubscribe")]
    [InlineData("enough reminders", "unsubscribe")]
    [InlineData("quit reminding me", "unsubscribe")]
    [InlineData("I no longer want reminders", "unsubscribe")]
    [InlineData("are reminders on?", "subscriptions")]
    [InlineData("are the reminders still on?", "subscriptions")]
    [InlineData("is the reminder on?", "subscriptions")]
    [InlineData("عمي التذكير مشتغل؟", "subscriptions")]
    [InlineData("reminder status", "subscriptions")]
    [InlineData("how do reminders work?", "subscriptions")]
    [InlineData("شغلت التذكير؟", "subscriptions")]
    [InlineData("remind us two days before each milestone", "subscribe")]
    [InlineData("remind me 3 days before the next milestone", "subscribe")]
    [InlineData("change the reminders to 1 week before", "subscribe")]
    [InlineData("ذكرني قبل اسبوع من الموعد الجاي", "subscribe")]
    [InlineData("ذكرونا قبل الموعد بيومين", "subscribe")]
    [InlineData("remind me before the elections", "subscribe")]
    [InlineData("can you remind me before the elections?", "subscribe")]
    [InlineData("ذكرني قبل الانتخابات", "subscribe")]
    [InlineData("ذكرني قبل الانسحاب بأسبوع", "subscribe")]
    [InlineData("تكدر تذكرني قبل ما يطلعون من اربيل؟", "subscribe")]
    public async Task HandleAsync_FreeTextReminderRequest_GoesToTheRemindersHandlerAsThatRequest(string text, string command)
    {
        var reminders = new RecordingHandler("subscribe", "unsubscribe", "subscriptions");
        var bot = new RouterFixture(EvaluationSet.Knowledge, EvaluationSet.Matcher, reminders);

        var reply = await bot.SendAsync(RouterFixture.Private(text));

        Assert.Equal($"handled {command}", reply!.ToPlainText());
        Assert.Equal(text, Assert.Single(reminders.Calls).Message.Text);
        Assert.Empty(bot.Unanswered.Questions);
    }

    [Theory]
    [InlineData("stop")]
    [InlineData("STOP")]
    [InlineData("stop it please")]
    [InlineData("please stop!")]
    public async Task HandleAsync_BareStop_GoesToTheRemindersHandlerAsStop(string text)
    {
        // Break 25: "STOP" got 👍 and the reminders kept coming; the handler ends them when they are on.
        var reminders = new RecordingHandler("subscribe", "unsubscribe", "subscriptions", "stop");
        var bot = new RouterFixture(EvaluationSet.Knowledge, EvaluationSet.Matcher, reminders);

        var reply = await bot.SendAsync(RouterFixture.Private(text));

        Assert.Equal("handled stop", reply!.ToPlainText());
    }

    [Theory]
    [InlineData("never mind")]
    [InlineData("stop talking about erbil")]
    public async Task HandleAsync_NotABareStop_IsNotAReminderRequest(string text)
    {
        var reminders = new RecordingHandler("subscribe", "unsubscribe", "subscriptions", "stop");
        var bot = new RouterFixture(EvaluationSet.Knowledge, EvaluationSet.Matcher, reminders);

        await bot.SendAsync(RouterFixture.Private(text));

        Assert.DoesNotContain(reminders.Calls, call => call.Command == "stop");
    }

    [Theory]
    [InlineData("remind me when the elections are", 23)]
    [InlineData("ذكرني شوكت الانتخابات", 23)]
    [InlineData("remind me, what did Farhad say?", 8)]
    [InlineData("ذكرني، شوكت الانتخابات", 23)]
    public async Task HandleAsync_RemindMeAndAQuestionWord_IsAQuestionAboutTheReport(string text, int paragraph)
    {
        var reminders = new RecordingHandler("subscribe", "unsubscribe", "subscriptions");
        var bot = new RouterFixture(EvaluationSet.Knowledge, EvaluationSet.Matcher, reminders);

        var reply = await bot.SendAsync(RouterFixture.Private(text));

        Assert.Empty(reminders.Calls);
        Assert.True(reply!.Answered);
        Assert.Contains(paragraph, RouterFixture.Paragraphs(reply));
    }

    [Theory]
    [InlineData("stop the reminders", "unsubscribe")]
    [InlineData("بطل التذكيرات", "unsubscribe")]
    [InlineData("وكف التذكيرات", "unsubscribe")]
    [InlineData("remind me a week before", "subscribe")]
    public async Task HandleAsync_ReminderRequestRightAfterARefusedQuestion_StillGoesToTheRemindersHandler(string text, string command)
    {
        var reminders = new RecordingHandler("subscribe", "unsubscribe", "subscriptions");
        var bot = new RouterFixture(EvaluationSet.Knowledge, EvaluationSet.Matcher, reminders);
        await bot.SendAsync(RouterFixture.Private("How many US troops are in Iraq?"));
        await bot.SendAsync(RouterFixture.Private("what is the dollar rate?"));

        var reply = await bot.SendAsync(RouterFixture.Private(text));

        Assert.Equal($"handled {command}", reply!.ToPlainText());
        Assert.Single(bot.Unanswered.Questions);
    }

    [Theory]
    [InlineData("stop the reminders, and when do troops leave Erbil?", "unsubscribe", "stop the reminders")]
    [InlineData("وكف التذكيرات، وشوكت يطلعون من اربيل؟", "unsubscribe", "وكف التذكيرات")]
    [InlineData("remind me a week before, and when do troops leave Erbil?", "subscribe", "remind me a week before")]
    [InlineData("Stop the reminders. When do troops leave Erbil?", "unsubscribe", "Stop the reminders")]
    [InlineData("I don't want reminders anymore, but when do they leave Erbil?", "subscribe", "I don't want reminders anymore")]
    public async Task HandleAsync_ReminderRequestAndAQuestionInOneMessage_CarriesOutTheRequestThenAnswers(string text, string command, string request)
    {
        var reminders = new RecordingHandler("subscribe", "unsubscribe", "subscriptions");
        var bot = new RouterFixture(EvaluationSet.Knowledge, EvaluationSet.Matcher, reminders);

        var reply = await bot.SendAsync(RouterFixture.Private(text));

        Assert.StartsWith($"handled {command}", reply!.ToPlainText(), StringComparison.Ordinal);
        Assert.Equal(request, Assert.Single(reminders.Calls).Message.Text.Trim().TrimEnd('،', ','));
        Assert.True(reply.Answered);
        Assert.Contains(18, RouterFixture.Paragraphs(reply));
    }

    [Theory]
    [InlineData("subscribe", "2 weeks")]
    [InlineData("timezone", "Europe/Berlin")]
    [InlineData("timezone", "UTC+3")]
    public async Task HandleAsync_CommandWithLatinArgumentsInAnArabicConversation_IsAnsweredInArabic(string command, string arguments)
    {
        var reminders = new RecordingHandler("subscribe", "unsubscribe", "subscriptions", "timezone");
        var bot = new RouterFixture(EvaluationSet.Knowledge, EvaluationSet.Matcher, reminders);
        await bot.SendAsync(RouterFixture.Private("شوكت يطلعون الامريكان؟"));

        await bot.SendAsync(RouterFixture.Command(ChatKind.Private, command, arguments));

        Assert.Equal(Language.Arabic, Assert.Single(reminders.Calls).Language);
    }

    [Fact]
    public async Task HandleAsync_CommandWithLatinArgumentsFromAnArabicSender_IsAnsweredInArabic()
    {
        var reminders = new RecordingHandler("subscribe", "unsubscribe", "subscriptions", "timezone");
        var bot = new RouterFixture(EvaluationSet.Knowledge, EvaluationSet.Matcher, reminders);

        await bot.SendAsync(RouterFixture.Command(ChatKind.Group, "subscribe", "1d", languageCode: "ar"));

        Assert.Equal(Language.Arabic, Assert.Single(reminders.Calls).Language);
    }

    [Fact]
    public async Task HandleAsync_QuestionWithAPartReadAsTheMilestoneList_DoesNotListTheMilestones()
    {
        var reminders = new RecordingHandler("subscribe", "unsubscribe", "subscriptions", "milestones", "next");
        var bot = new RouterFixture(EvaluationSet.Knowledge, EvaluationSet.Matcher, reminders);

        var reply = await bot.SendAsync(RouterFixture.Private("when were the 3 soldiers killed? what date"));

        Assert.Empty(reminders.Calls);
        Assert.DoesNotContain("handled", reply!.ToPlainText(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2 weeks")]
    [InlineData("3 days")]
    [InlineData("7*7")]
    [InlineData("يومين")]
    public async Task HandleAsync_LeadTimeAloneWithoutAReminderWord_SubscribesNothing(string text)
    {
        var bot = EvaluationSet.Bot();

        var reply = await bot.SendAsync(RouterFixture.Private(text));

        Assert.NotNull(reply);
        Assert.NotEqual("subscribe", reply.Intent);
        Assert.False(reply.Answered);
    }

    [Theory]
    [InlineData("Are they leaving too?", false)]
    [InlineData("quit reminding me", true)]
    public async Task HandleAsync_QuestionThatReadsLikeQuittingWithoutAReminderWord_UnsubscribesNothing(string text, bool unsubscribes)
    {
        var reminders = new RecordingHandler("subscribe", "unsubscribe", "subscriptions", "milestones", "next");
        var bot = new RouterFixture(EvaluationSet.Knowledge, EvaluationSet.Matcher, reminders);
        await bot.SendAsync(RouterFixture.Private("How many does Germany have?"));

        await bot.SendAsync(RouterFixture.Private(text));

        Assert.Equal(unsubscribes, reminders.Calls.Exists(call => call.Command == "unsubscribe"));
    }
}
