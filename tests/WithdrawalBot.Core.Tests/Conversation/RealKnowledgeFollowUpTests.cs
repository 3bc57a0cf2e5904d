using WithdrawalBot.Core.Replies;
using WithdrawalBot.Core.Tests.Evaluation;
using WithdrawalBot.Core.Tests.Support;

namespace WithdrawalBot.Core.Tests.Conversation;

/// <summary>Conversations over the real knowledge that the blind sets dev21 and dev22 and trial users found answered wrongly.</summary>
public sealed class RealKnowledgeFollowUpTests
{
    [Theory]
    [InlineData("Has that become more important recently?", "how?", 21)]
    [InlineData("Has that mattered recently?", "How exactly?", 21)]
    [InlineData("ليش الامريكان يريدون فترة سنتين؟", "شلون؟", 24)]
    [InlineData("ليش الامريكان يريدون فترة سنتين؟", "كيف؟", 24)]
    [InlineData("When do troops leave Erbil?", "are you sure?", 18)]
    [InlineData("شوكت يطلعون من اربيل؟", "انت متاكد؟", 18)]
    [InlineData("When do troops leave Erbil?", "so?", 18)]
    [InlineData("شوكت يطلعون من اربيل؟", "يعني شنو", 18)]
    [InlineData("شوكت يطلعون من اربيل؟", "ئەمە راستە؟", 18)]
    [InlineData("When do troops leave Erbil?", "is this true?", 18)]
    [InlineData("شوكت يطلعون من اربيل؟", "صحيح هالحچي؟", 18)]
    [InlineData("ما سبب تأجيل الإعلان؟", "هل هذا صحيح؟", 5)] // trial 59: the formal form got "about what, exactly?"
    [InlineData("ما سبب تأجيل الإعلان؟", "هذا صحيح؟", 5)]
    [InlineData("How many US troops are in Iraq?", "Which paragraph gives those figures?", 13)]
    public async Task HandleAsync_HowOrAreYouSureAfterAnAnswer_QuotesTheParagraphNotTheHelp(string question, string how, int paragraph)
    {
        var bot = EvaluationSet.Bot();
        if (paragraph == 21)
        {
            await bot.SendAsync(RouterFixture.Private("Is the US presence just about ISIS?"));
        }

        var answer = await bot.SendAsync(RouterFixture.Private(question));
        var reply = await bot.SendAsync(RouterFixture.Private(how));

        Assert.Equal([paragraph], RouterFixture.Paragraphs(answer));
        Assert.NotNull(reply);
        Assert.Equal("paragraph", reply.Intent);
        Assert.Contains(paragraph, RouterFixture.Paragraphs(reply));
    }

    [Theory]
    [InlineData("How many US troops are in Iraq?", "is that still true?", 13)]
    [InlineData("How many US troops are in Iraq?", "is it still accurate?", 13)]
    [InlineData("شكد جندي امريكي بالعراق", "هذا الكلام بعده صحيح لو تغير؟", 13)]
    [InlineData("شوكت يطلعون من اربيل", "بعده صحيح؟", 18)]
    [InlineData("داعش متی انهزم؟", "بعدە صحیح؟", 14)] // trial 63: the Kurdish ە of "بعدە" gave the talks (¶11)
    [InlineData("When do troops leave Erbil?", "has that changed since?", 18)]
    [InlineData("How many US troops are in Iraq?", "are those figures still accurate?", 13)]
    public async Task HandleAsync_IsThatStillTrueAfterAnAnswer_SaysItCannotTellTodayThenWhatTheReportSaid(string question, string stillTrue, int paragraph)
    {
        var bot = EvaluationSet.Bot();
        await bot.SendAsync(RouterFixture.Private(question));

        var reply = await bot.SendAsync(RouterFixture.Private(stillTrue));

        Assert.NotNull(reply);
        Assert.Equal(ReplyComposer.BeyondReportIntent, reply.Intent);
        Assert.Contains(paragraph, RouterFixture.Paragraphs(reply));
    }

    [Theory]
    [InlineData(null, "is that still true?")]
    [InlineData("what is the dollar rate?", "بعده صحيح؟")]
    [InlineData("tldr", "has that changed?")]
    public async Task HandleAsync_IsThatStillTrueWithNoAnswerBefore_AsksAboutWhat(string? earlier, string stillTrue)
    {
        var bot = EvaluationSet.Bot();
        if (earlier is not null)
        {
            await bot.SendAsync(RouterFixture.Private(earlier));
        }

        var reply = await bot.SendAsync(RouterFixture.Private(stillTrue));

        Assert.NotNull(reply);
        Assert.False(reply.Answered, reply.ToPlainText());
        Assert.Empty(RouterFixture.Paragraphs(reply));
    }

    [Theory]
    [InlineData("What is the advisory relationship?", "when will it start?", 4)]
    [InlineData("Who did Reuters talk to?", "when?", 0)]
    public async Task HandleAsync_WhenAfterAnAnswerTheReportDatesNowhere_SaysItGivesNoDateThenWhatItSays(string question, string when, int paragraph)
    {
        var bot = EvaluationSet.Bot();
        await bot.SendAsync(RouterFixture.Private(question));

        var reply = await bot.SendAsync(RouterFixture.Private(when));

        Assert.NotNull(reply);
        if (paragraph == 0)
        {
            // A bare "when?" is refused about that question, as before.
            Assert.False(reply.Answered, reply.ToPlainText());
            return;
        }

        Assert.Equal(ReplyComposer.NoDateIntent, reply.Intent);
        Assert.StartsWith("The report gives no date for that.", reply.ToPlainText(), StringComparison.Ordinal);
        Assert.Equal([paragraph], RouterFixture.Paragraphs(reply));
    }

    [Theory]
    [InlineData("What happened in 2019?", "What happened in 2020?")]
    [InlineData("شنو صار بـ2003؟", "و2030؟")]
    public async Task HandleAsync_FollowUpNamingAYearTheReportNeverWrites_IsRefusedNotReadAsTheEarlierYear(string question, string followUp)
    {
        var bot = EvaluationSet.Bot();
        var answer = await bot.SendAsync(RouterFixture.Private(question));

        var reply = await bot.SendAsync(RouterFixture.Private(followUp));

        Assert.True(answer!.Answered);
        Assert.NotNull(reply);
        Assert.False(reply.Answered, reply.ToPlainText());
        Assert.Empty(RouterFixture.Paragraphs(reply));
    }

    [Theory]
    [InlineData("how?")]
    [InlineData("شلون؟")]
    public async Task HandleAsync_HowWithNothingAsked_AsksAboutWhat(string how)
    {
        var reply = await EvaluationSet.Bot().SendAsync(RouterFixture.Private(how));

        Assert.NotNull(reply);
        Assert.False(reply.Answered);
        Assert.Equal("vague", reply.Intent);
    }

    [Theory]
    [InlineData("how does this work?")]
    [InlineData("how does it work?")]
    [InlineData("شلون يشتغل؟")]
    public async Task HandleAsync_HowDoesItWork_IsHelpNotTheReminderStatus(string question)
    {
        var reply = await EvaluationSet.Bot().SendAsync(RouterFixture.Private(question));

        Assert.Equal("help", reply?.Intent);
    }

    [Theory]
    [InlineData("أين ستبقى قوات التحالف بعد أيلول 2025؟", "وإلى متى؟", 18)]
    [InlineData("when was isis defeated in iraq?", "in syria also?", 14)]
    [InlineData("How many US troops are in Iraq?", "in Syria too?", 13)]
    [InlineData("Has the US-Iraq withdrawal deal been announced yet?", "so when might it be?", 7)]
    public async Task HandleAsync_ShortFollowUpAfterAnAnswer_AsksAboutThatAnswer(string question, string followUp, int paragraph)
    {
        // "September 2025" of the question would take "until when?" to Ain al-Asad (the answer was Erbil); "in syria also?" ends as a continuation.
        var bot = EvaluationSet.Bot();
        await bot.SendAsync(RouterFixture.Private(question));

        var reply = await bot.SendAsync(RouterFixture.Private(followUp));

        Assert.NotNull(reply);
        Assert.Contains(paragraph, RouterFixture.Paragraphs(reply));
    }

    [Theory]
    [InlineData("وكم كانت المساحة التي سيطر عليها داعش؟", "هل هذا مؤكد؟", 14)]
    [InlineData("how many US troops are in Iraq?", "is that confirmed?", 13)]
    [InlineData("وما علاقة إسرائيل بالموضوع؟", "هل هذا مؤكد؟", 21)]
    public async Task HandleAsync_IsThatConfirmedAfterAnAnswerNotAboutThePlan_QuotesThatAnswersParagraph(string question, string confirmed, int paragraph)
    {
        // After the plan, "is that confirmed?" asks whether the plan was final (¶2); after anything else, whether that answer holds.
        var bot = EvaluationSet.Bot();
        await bot.SendAsync(RouterFixture.Private(question));

        var reply = await bot.SendAsync(RouterFixture.Private(confirmed));

        Assert.NotNull(reply);
        Assert.Equal("paragraph", reply.Intent);
        Assert.Equal([paragraph], RouterFixture.Paragraphs(reply));
    }

    [Theory]
    [InlineData("when do الامريكان leave اربيل?", "شكد troops بسوريا؟", 13)]
    [InlineData("متى يطلعون من اربيل؟", "شكد جندي بسوريا؟", 13)]
    public async Task HandleAsync_CountAskedAfterAnAnswerNoOneAsksACountOf_IsTheCountAskedAlone(string question, string count, int paragraph)
    {
        // Read with Erbil's question, "how many … in Syria?" reaches why troops stay in Erbil (¶18), which gives no count.
        var bot = EvaluationSet.Bot();
        await bot.SendAsync(RouterFixture.Private(question));

        var reply = await bot.SendAsync(RouterFixture.Private(count));

        Assert.NotNull(reply);
        Assert.Equal([paragraph], RouterFixture.Paragraphs(reply));
        Assert.Contains("900", reply.ToPlainText(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Has a deal on the US withdrawal from Iraq actually been reached?", "is that confirmed?")]
    [InlineData("Did the US and Iraq agree on a withdrawal plan?", "is that confirmed?")]
    public async Task HandleAsync_IsThatConfirmedAfterTheDeal_SaysItWasNotFinalYet(string question, string confirmed)
    {
        var bot = EvaluationSet.Bot();
        var answer = await bot.SendAsync(RouterFixture.Private(question));

        var reply = await bot.SendAsync(RouterFixture.Private(confirmed));

        Assert.Equal([1, 2, 3], RouterFixture.Paragraphs(answer));
        Assert.NotNull(reply);
        Assert.Equal([2, 3], RouterFixture.Paragraphs(reply));
        Assert.Contains("not final", reply.ToPlainText(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("when do troops leave erbil?", "I heard 3,000 US troops are in Iraq, is that right?", "“3,000”")]
    [InlineData("Is the deal final?", "I heard 3,000 US troops are in Iraq, is that right?", "“3,000”")]
    [InlineData("شوكت يطلعون من اربيل؟", "سمعت اكو 5000 جندي امريكي بالعراق صحيح؟", "«5000»")]
    [InlineData("Who started the talks?", "My friend says all troops will leave Erbil by September 2025, is that right?", "“September 2025”")]
    public async Task HandleAsync_WholeClaimAfterAnotherAnswer_IsCheckedAgainstWhatItIsAbout(string earlier, string claim, string quoted)
    {
        var bot = EvaluationSet.Bot();
        var answer = await bot.SendAsync(RouterFixture.Private(earlier));

        var reply = await bot.SendAsync(RouterFixture.Private(claim));

        Assert.NotNull(reply);
        Assert.Equal(ReplyComposer.NotAsClaimedIntent, reply.Intent);
        Assert.DoesNotContain(RouterFixture.Paragraphs(reply), RouterFixture.Paragraphs(answer).Where(p => p != 18).Contains);
        Assert.Contains(claim.Contains("Erbil", StringComparison.Ordinal) ? 18 : 13, RouterFixture.Paragraphs(reply));
        Assert.Contains(quoted, reply.ToPlainText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_AndWhatAfterThatInFormalArabicAfterErbil_IsNotTheRetaliation()
    {
        var bot = EvaluationSet.Bot();
        await bot.SendAsync(RouterFixture.Private("متى تغادر القوات أربيل؟"));

        var reply = await bot.SendAsync(RouterFixture.Private("وماذا بعد ذلك؟"));

        Assert.DoesNotContain(12, RouterFixture.Paragraphs(reply));
    }

    [Theory]
    [InlineData("How many US troops are in Iraq?", "but I heard 3000")]
    [InlineData("How many US troops are in Iraq?", "no, 5000, trust me")]
    [InlineData("How many US troops are in Iraq?", "no, definitely 3000")]
    [InlineData("How many US troops are in Iraq?", "are you sure? my mate reckons it's more like 5000")] // trial 66: answered with ¶20, then "US officials" said it
    [InlineData("كام جندي أمريكي في العراق؟", "بس مصادري بتقول 3000")] // trial 66 RW5: refused
    [InlineData("شكد جندي امريكي بالعراق؟", "لا ابني همه 5000 اني اعرف")]
    [InlineData("كام جندي أمريكي في العراق؟", "لا ده غلط، أنا عندي معلومة إنهم 3500")]
    [InlineData("شكد جندي امريكي بالعراق؟", "لا هو متاكد يكول 10000")]
    public async Task HandleAsync_FigureDisputedAfterAnAnswer_IsStillSetAgainstThatAnswer(string question, string dispute)
    {
        var bot = EvaluationSet.Bot();
        await bot.SendAsync(RouterFixture.Private(question));

        var reply = await bot.SendAsync(RouterFixture.Private(dispute));

        Assert.Equal(ReplyComposer.NotAsClaimedIntent, reply?.Intent);
        Assert.Equal([13], RouterFixture.Paragraphs(reply));
    }

    [Fact]
    public async Task HandleAsync_HowLongAfterTwoQuestionsAboutTheTalks_SaysHowLongTheyLasted()
    {
        var bot = EvaluationSet.Bot();
        await bot.SendAsync(RouterFixture.Private("متى بدأت المحادثات، ومن الذي أطلقها؟"));

        var reply = await bot.SendAsync(RouterFixture.Private("وكم استغرقت؟"));

        Assert.Equal([11], RouterFixture.Paragraphs(reply));
        Assert.Contains("ستة أشهر", reply!.ToPlainText(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("شكد جندي امريكي اكو", "هسه شكد", "2500 جندي في العراق")]
    [InlineData("How many US troops are there?", "and now how many?", "2,500 troops in Iraq")]
    public async Task HandleAsync_HowManyNowAfterTheCount_IsTheSameCountWithTodaysCaveat(string question, string now, string figure)
    {
        var bot = EvaluationSet.Bot();
        await bot.SendAsync(RouterFixture.Private(question));

        var reply = await bot.SendAsync(RouterFixture.Private(now));

        Assert.NotNull(reply);
        Assert.Equal(ReplyComposer.BeyondReportIntent, reply.Intent);
        Assert.Contains(figure, reply.ToPlainText(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("من صرّح بأن المفاوضات الفنية انتهت؟", "وما الذي أضافه؟")]
    [InlineData("Who said the technical talks were over?", "what else did he say?")]
    public async Task HandleAsync_WhatDidHeAddAfterAlaaldin_IsWhatHeAddedNotErbilsExtraYear(string question, string added)
    {
        var bot = EvaluationSet.Bot();
        await bot.SendAsync(RouterFixture.Private(question));

        var reply = await bot.SendAsync(RouterFixture.Private(added));

        Assert.NotNull(reply);
        Assert.Equal([9], RouterFixture.Paragraphs(reply));
    }

    [Theory]
    [InlineData("هذا متأكد؟")]
    public async Task HandleAsync_IsThatCertainInIraqiArabicAfterErbil_SaysThePlanWasNotFinal(string certain)
    {
        var bot = EvaluationSet.Bot();
        await bot.SendAsync(RouterFixture.Private("شوكت يطلعون من اربيل؟"));

        var reply = await bot.SendAsync(RouterFixture.Private(certain));

        Assert.NotNull(reply);
        Assert.True(reply.Answered, reply.ToPlainText());
        Assert.Contains(2, RouterFixture.Paragraphs(reply));
        Assert.Contains("لم تكن الخطة نهائية", reply.ToPlainText(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Were US troops attacked in Iraq while the talks were going on?", "By whom?", 11)]
    [InlineData("Who confirmed the deal to Reuters?", "On what day?", 3)]
    public async Task HandleAsync_QuestionWordsAnotherIntentTakesAlone_AreReadWithTheEarlierQuestion(string question, string asked, int paragraph)
    {
        var bot = EvaluationSet.Bot();
        await bot.SendAsync(RouterFixture.Private(question));

        var reply = await bot.SendAsync(RouterFixture.Private(asked));

        Assert.NotNull(reply);
        Assert.True(reply.Answered, reply.ToPlainText());
        Assert.Contains(paragraph, RouterFixture.Paragraphs(reply));
    }

    [Theory]
    [InlineData("When do troops leave Erbil?", "who are you?", "capabilities")]
    [InlineData("When do troops leave Erbil?", "what can you do?", "capabilities")]
    [InlineData("شوكت يطلعون من اربيل؟", "انت منو؟", "capabilities")]
    [InlineData("When do troops leave Erbil?", "what's your source?", "source")]
    public async Task HandleAsync_QuestionToTheBotAfterAnAnswer_IsAboutTheBot(string question, string asked, string intent)
    {
        var bot = EvaluationSet.Bot();
        await bot.SendAsync(RouterFixture.Private(question));

        var reply = await bot.SendAsync(RouterFixture.Private(asked));

        Assert.NotNull(reply);
        Assert.Equal(intent, reply.Intent);
    }

    [Fact]
    public async Task HandleAsync_BareWhereAfterAnAnswer_IsAboutTheAnswerNotTheSource()
    {
        var bot = EvaluationSet.Bot();
        await bot.SendAsync(RouterFixture.Private("القوات امريكي صاروخ اسقط؟"));

        var reply = await bot.SendAsync(RouterFixture.Private("اين"));

        Assert.NotNull(reply);
        Assert.NotEqual("source", reply.Intent);
        Assert.Contains("«القوات امريكي صاروخ اسقط؟»", reply.ToPlainText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_HowAreYouAfterAnAnswer_GreetsWhileHowQuotesTheParagraph()
    {
        var bot = EvaluationSet.Bot();
        await bot.SendAsync(RouterFixture.Private("When do troops leave Erbil?"));

        var greeting = await bot.SendAsync(RouterFixture.Private("how are you?"));
        var how = await bot.SendAsync(RouterFixture.Private("how?"));

        Assert.Equal("greeting", greeting?.Intent);
        Assert.Equal([18], RouterFixture.Paragraphs(how));
    }

    [Theory]
    [InlineData("so do ALL of them leave?")]
    [InlineData("do all US troops leave Iraq by the end of 2026?")]
    [InlineData("يعني يطلعون كلهم؟")]
    public async Task HandleAsync_WhetherAllTroopsLeave_AlsoSaysSomeMayStay(string question)
    {
        var reply = await EvaluationSet.Bot().SendAsync(RouterFixture.Private(question));

        Assert.NotNull(reply);
        Assert.Contains(4, RouterFixture.Paragraphs(reply));
    }

    [Fact]
    public async Task HandleAsync_WhatDoYouMeanAfterANoNamesReplyThatFollowedARefusal_IsAboutThatReply()
    {
        var bot = EvaluationSet.Bot();
        await bot.SendAsync(RouterFixture.Private("The attacks on US forces — how many Americans killed?"));
        await bot.SendAsync(RouterFixture.Private("Does it name the groups? Kataib Hezbollah مثلاً؟"));
        var names = await bot.SendAsync(RouterFixture.Private("what are the names of the armed groups?"));

        var reply = await bot.SendAsync(RouterFixture.Private("wdym"));

        Assert.Equal(ReplyComposer.NoNameIntent, names?.Intent);
        Assert.NotNull(reply);
        Assert.DoesNotContain("Kataib", reply.ToPlainText(), StringComparison.Ordinal);
        Assert.Equal(RouterFixture.Paragraphs(names), RouterFixture.Paragraphs(reply));
    }

    [Fact]
    public async Task HandleAsync_ThanksByeAfterAFollowUp_SaysGoodbyeNotTheAnswerAgain()
    {
        var bot = EvaluationSet.Bot();
        await bot.SendAsync(RouterFixture.Private("متى يطلعون من اربيل؟"));
        await bot.SendAsync(RouterFixture.Private("هسه؟"));

        var reply = await bot.SendAsync(RouterFixture.Private("مشكور، باي"));

        Assert.NotNull(reply);
        Assert.Equal("thanks", reply.Intent);
        Assert.StartsWith("مع السلامة!", reply.ToPlainText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_AccordingToWhomAfterAnAnswer_SaysWhoTheReportAttributesItTo()
    {
        var bot = EvaluationSet.Bot();
        await bot.SendAsync(RouterFixture.Private("why was the announcement postponed?"));

        var reply = await bot.SendAsync(RouterFixture.Private("according to whom?"));

        Assert.NotNull(reply);
        Assert.Equal("attribution", reply.Intent);
        Assert.Contains("the sources", reply.ToPlainText(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "شوكت يطلعون من اربيل", "ليش؟", "وبغداد؟" }, 17)]
    [InlineData(new[] { "When do troops leave Erbil?", "why?", "and Baghdad?" }, 17)]
    public async Task HandleAsync_PlaceAfterWhyTheyStayInErbil_IsThatPlacesFactNotErbilsAgain(string[] turns, int paragraph)
    {
        var bot = EvaluationSet.Bot();
        Reply? reply = null;
        foreach (var turn in turns)
        {
            reply = await bot.SendAsync(RouterFixture.Private(turn));
        }

        Assert.NotNull(reply);
        Assert.True(reply.Answered, reply.ToPlainText());
        Assert.Equal([paragraph], RouterFixture.Paragraphs(reply));
    }

    [Theory]
    [InlineData(new[] { "شوكت يطلعون الامريكان من العراق؟", "وبأربيل نفس الشي؟" }, 18)] // dev69: "نفس الشي" (the same?) read as words of a question
    [InlineData(new[] { "خيي إيمتى آخر دفعة أمريكان بتفل من العراق؟", "طب وأربيل كمان نفس الشي؟" }, 18)] // Levantine "بتفل" (leave) read as nothing
    public async Task HandleAsync_SameForAnotherPlaceInOtherDialects_IsThatPlacesFact(string[] turns, int paragraph)
    {
        var bot = EvaluationSet.Bot();
        Reply? reply = null;
        foreach (var turn in turns)
        {
            reply = await bot.SendAsync(RouterFixture.Private(turn));
            Assert.NotNull(reply);
            Assert.True(reply.Answered, reply.ToPlainText());
        }

        Assert.Contains(paragraph, RouterFixture.Paragraphs(reply!));
    }

    [Theory]
    [InlineData(new[] { "شوكت يطلعون من اربيل", "لا قصدي عين الاسد", "صدك؟" }, 17)]
    [InlineData(new[] { "when do troops leave Erbil?", "no, I meant Ain al-Asad", "are they gone now?" }, 17)]
    [InlineData(new[] { "شوكت الانتخابات", "صارت؟" }, 23)]
    [InlineData(new[] { "when are the elections?", "did they happen?" }, 23)]
    public async Task HandleAsync_DidItHappenAfterAMilestoneOrACorrection_SaysItCannotTellAboutThatMilestone(string[] turns, int paragraph)
    {
        var bot = EvaluationSet.Bot();
        Reply? reply = null;
        foreach (var turn in turns)
        {
            reply = await bot.SendAsync(RouterFixture.Private(turn));
        }

        Assert.NotNull(reply);
        Assert.Equal(ReplyComposer.BeyondReportIntent, reply.Intent);
        Assert.Equal([paragraph], RouterFixture.Paragraphs(reply));
    }

    [Fact]
    public async Task HandleAsync_QuestionReadAloneAsMuchAsInContext_IsAnsweredAsAsked()
    {
        var bot = EvaluationSet.Bot();
        await bot.SendAsync(RouterFixture.Private("منو كال عدنا اتفاق"));
        await bot.SendAsync(RouterFixture.Private("شنو اسمه"));

        var reply = await bot.SendAsync(RouterFixture.Private("الاعلان شوكت يصير"));

        Assert.NotNull(reply);
        Assert.Equal(7, RouterFixture.Paragraphs(reply)[0]);
    }

    [Theory]
    [InlineData("داعش", "شوكت انهزم", "بسوريا؟")]
    [InlineData("when was ISIS defeated?", "in Syria?")]
    public async Task HandleAsync_PlaceTheLastAnswerNamed_AsksAboutThatAnswer(params string[] turns)
    {
        var bot = EvaluationSet.Bot();
        Reply? reply = null;
        foreach (var turn in turns)
        {
            reply = await bot.SendAsync(RouterFixture.Private(turn));
        }

        Assert.NotNull(reply);
        Assert.Equal([14], RouterFixture.Paragraphs(reply));
    }

    [Theory]
    [InlineData("ليش يبقون باربيل؟", "تمام", "باي")]
    [InlineData("شنو الاتفاق؟", "يلا باي")]
    [InlineData("When do troops leave Erbil?", "Thank you, that is most helpful. Goodbye.")]
    public async Task HandleAsync_GoodbyeLateInAConversation_SaysGoodbyeRatherThanAnswerAgain(params string[] turns)
    {
        var bot = EvaluationSet.Bot();
        Reply? reply = null;
        foreach (var turn in turns)
        {
            reply = await bot.SendAsync(RouterFixture.Private(turn));
        }

        Assert.NotNull(reply);
        Assert.Equal("thanks", reply.Intent);
        Assert.False(reply.Answered);
    }

    [Theory]
    [InlineData("بارك الله فيك.")]
    [InlineData("جزاك الله خيراً.")]
    [InlineData("Okay, thank you so far.")]
    [InlineData("Merci beaucoup")]
    public async Task HandleAsync_ThanksAfterAnAnswer_IsThanked(string thanks)
    {
        var bot = EvaluationSet.Bot();
        await bot.SendAsync(RouterFixture.Private("How many US troops are in Iraq?"));

        var reply = await bot.SendAsync(RouterFixture.Private(thanks));

        Assert.NotNull(reply);
        Assert.Equal("thanks", reply.Intent);
        Assert.False(reply.Answered);
    }

    [Theory]
    [InlineData("thank you, good night")]
    [InlineData("ok thank you, good night")]
    public async Task HandleAsync_GoodbyeAfterAnAnswer_SaysGoodbyeNotWhoTheBotIs(string goodbye)
    {
        var bot = EvaluationSet.Bot();
        await bot.SendAsync(RouterFixture.Private("How many US troops are in Iraq?"));

        var reply = await bot.SendAsync(RouterFixture.Private(goodbye));

        Assert.NotNull(reply);
        Assert.Equal("thanks", reply.Intent);
        Assert.StartsWith("Goodbye!", reply.ToPlainText(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("شوكت يطلعون الامريكان من عين الاسد؟", "والمترجمين شنو يصير بيهم؟")]
    [InlineData("شنو يعني علاقة استشارية", "المترجمين راح ياخذوهم وياهم لامريكا؟")]
    public async Task HandleAsync_FollowUpAboutPeopleTheReportNeverMentions_IsNotAnsweredWithTheEarlierTopic(string question, string followUp)
    {
        var bot = EvaluationSet.Bot();
        await bot.SendAsync(RouterFixture.Private(question));

        var reply = await bot.SendAsync(RouterFixture.Private(followUp));

        Assert.NotNull(reply);
        Assert.False(reply.Answered, reply.ToPlainText());
    }

    [Theory]
    [InlineData("شكد جندي امريكي بسوريا", "وشوكت يطلعون من سوريا؟")]
    [InlineData("how many US troops are in Syria?", "and when do they leave Syria?")]
    public async Task HandleAsync_WhenTheyLeaveSyriaAfterTheCountThere_IsNotAnsweredWithIraqsDates(string question, string followUp)
    {
        var bot = EvaluationSet.Bot();
        await bot.SendAsync(RouterFixture.Private(question));

        var reply = await bot.SendAsync(RouterFixture.Private(followUp));

        Assert.NotNull(reply);
        Assert.False(reply.Answered, reply.ToPlainText());
    }

    [Fact]
    public async Task HandleAsync_HowManyDaysLeftAfterErbil_IsNotAskedWhetherTheyLeft()
    {
        var bot = EvaluationSet.Bot();
        await bot.SendAsync(RouterFixture.Private("when do troops leave Erbil?"));

        var reply = await bot.SendAsync(RouterFixture.Private("how many days left?"));

        Assert.NotNull(reply);
        Assert.NotEqual(ReplyComposer.BeyondReportIntent, reply.Intent);
        Assert.Contains(18, RouterFixture.Paragraphs(reply));
    }

    [Fact]
    public async Task HandleAsync_HowManyThereAfterAPlace_IsAskedOfThatPlace()
    {
        // Trial 63: "and how many soldiers there?" after Erbil gave Iraq's 2,500 (¶13), read as Erbil's count.
        var bot = EvaluationSet.Bot();
        await bot.SendAsync(RouterFixture.Private("متى تغادر القوات أربيل؟"));

        var reply = await bot.SendAsync(RouterFixture.Private("وكم عدد الجنود هناك؟"));

        Assert.NotNull(reply);
        Assert.Equal(ReplyComposer.NoFigureIntent, reply.Intent);
        Assert.Equal([18], RouterFixture.Paragraphs(reply));
    }
}
