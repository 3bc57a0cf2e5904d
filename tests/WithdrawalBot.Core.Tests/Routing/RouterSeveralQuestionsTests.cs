using WithdrawalBot.Core.Languages;
using WithdrawalBot.Core.Replies;
using WithdrawalBot.Core.Routing;
using WithdrawalBot.Core.Tests.Evaluation;
using WithdrawalBot.Core.Tests.Support;

namespace WithdrawalBot.Core.Tests.Routing;

public sealed class RouterSeveralQuestionsTests
{
    [Theory]
    [InlineData("شكد جندي امريكي بالعراق؟ وشكد بسوريا؟", "2500", "900", new[] { 13 })]
    [InlineData("How many US troops are in Iraq? And in Syria?", "2,500", "900", new[] { 13 })]
    [InlineData("how many troops in iraq and when do they leave?", "2,500", "end of 2026", new[] { 13, 2 })]
    [InlineData("كم جندي امريكي بالعراق ومتى ينسحبون؟", "2500", "نهاية عام 2026", new[] { 13, 2 })]
    [InlineData("when do they leave Baghdad and Erbil?", "Baghdad", "Erbil", new[] { 17, 18 })]
    [InlineData("لماذا تأجل الإعلان؟ ومن قال لدينا اتفاق؟", "تأجيل", "لدينا اتفاق", new[] { 5, 3 })]
    [InlineData("متى تنسحب القوات من عين الأسد وأربيل؟", "عين الأسد", "أربيل", new[] { 17, 18 })]
    [InlineData("which base do they leave first, Ain al-Asad or Erbil?", "Ain al-Asad", "Erbil", new[] { 17, 18 })]
    [InlineData("هل يغادرون بغداد أم أربيل أولاً؟", "بغداد", "أربيل", new[] { 17, 18 })]
    [InlineData("what's the difference between leaving Baghdad and Erbil?", "Baghdad", "Erbil", new[] { 17, 18 })]
    [InlineData("ما الفرق بين ما سيحدث في عين الأسد وما سيحدث في أربيل؟", "عين الأسد", "أربيل", new[] { 17, 18 })]
    [InlineData("والسوداني شنو دوره بالموضوع؟ ليش يعتبرونه فايز؟", "السوداني", "يوازن", new[] { 11, 22 })]
    public async Task HandleAsync_TwoQuestionsInOneMessage_AnswersBothInOrder(string message, string first, string second, int[] paragraphs)
    {
        var bot = EvaluationSet.Bot();

        var reply = await bot.SendAsync(RouterFixture.Private(message));

        Assert.NotNull(reply);
        Assert.True(reply.Answered);
        var text = reply.ToPlainText();
        var firstAt = text.IndexOf(first, StringComparison.Ordinal);
        Assert.InRange(firstAt, 0, text.IndexOf(second, StringComparison.Ordinal));
        Assert.Equal(paragraphs, RouterFixture.Paragraphs(reply).Where(paragraphs.Contains).Take(paragraphs.Length));
        Assert.Single(reply.Blocks, b => b.Kind == ReplyBlockKind.Footnote);
        Assert.Empty(bot.Unanswered.Questions);
    }

    [Theory]
    [InlineData("Is it true that all forces leave Erbil by September 2025 and Ain al-Asad by the end of 2026?", "The report does not say: “all forces leave Ain al-Asad by the end of 2026”")]
    [InlineData("صحيح كل القوات تطلع من اربيل بأيلول 2025 ومن عين الاسد بنهاية 2026؟", "لا يقول التقرير: «كل القوات تطلع من عين الاسد بنهاية 2026»")]
    public async Task HandleAsync_ClaimOfTwoPlacesEachWithItsDate_QuotesTheClaimWithTheUsersWordsWhole(string message, string quoted)
    {
        // Break 35 #10: "The report does not say: “all forces leave Erbil by September Ain al-Asad by the end of 2026”" lost
        // "2025 and": the year was read as a place of a list, and the question asked of "each".
        var bot = EvaluationSet.Bot();

        var reply = await bot.SendAsync(RouterFixture.Private(message));

        Assert.NotNull(reply);
        Assert.Contains(reply.Blocks, b => b.Text == quoted);
        Assert.Contains(17, RouterFixture.Paragraphs(reply));
        Assert.Contains(18, RouterFixture.Paragraphs(reply));
    }

    [Theory]
    [InlineData("Is it true that all coalition forces leave Erbil by September 2025 and stay in Ain al-Asad until the end of 2026?", "The report does not say: “all coalition forces leave Erbil by September 2025”", "The report does not say: “stay in Ain al-Asad until the end of 2026”")]
    [InlineData("صحيح كل القوات تطلع من اربيل بأيلول 2025 وتبقى بعين الاسد لنهاية 2026؟", "لا يقول التقرير: «كل القوات تطلع من اربيل بأيلول 2025»", "لا يقول التقرير: «تبقى بعين الاسد لنهاية 2026»")]
    [InlineData("Is it true that all forces leave Erbil by September 2025 and Ain al-Asad by the end of 2026?", "The report does not say: “all forces leave Erbil by September 2025”", "The report does not say: “all forces leave Ain al-Asad by the end of 2026”")]
    public async Task HandleAsync_ClaimOfTwoClausesEachWrong_QuotesEachHalfAsTypedAndCorrectsBoth(string message, string erbil, string ainAlAsad)
    {
        // Break 36 #13: "The report does not say: “all coalition forces leave Erbil by September 2025y in Ain al-Asad until the
        // end of 2026”" lost "and sta", and Ain al-Asad's date (September 2025, ¶17) was never given.
        var bot = EvaluationSet.Bot();

        var reply = await bot.SendAsync(RouterFixture.Private(message));

        Assert.NotNull(reply);
        var blocks = reply.Blocks.Select(b => b.Text).ToList();
        Assert.Contains(erbil, blocks);
        Assert.Contains(ainAlAsad, blocks);
        Assert.Contains(blocks, text => text.Contains("end of 2026", StringComparison.Ordinal) || text.Contains("نهاية عام 2026", StringComparison.Ordinal));
        Assert.True(blocks.IndexOf(erbil) < blocks.IndexOf(ainAlAsad));
        Assert.Contains(17, RouterFixture.Paragraphs(reply));
        Assert.Contains(18, RouterFixture.Paragraphs(reply));
        Assert.Contains(reply.Citations, c => c.Paragraph == 17 && c.Quote.Contains("عين الأسد", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Is it true that Germany, France and the UK contribute troops?", "The report does not give “UK” for this.", "Germany, France")]
    [InlineData("صحيح المانيا وفرنسا وبريطانيا مشاركين بالتحالف؟", "لا يذكر التقرير «بريطانيا» لهذا.", "ألمانيا وفرنسا")] // quoted without the "و" joined to it
    [InlineData("Is it true that Germany, Spain and Turkey contribute troops?", "The report does not give “Turkey” for this.", "Germany, France, Spain")]
    public async Task HandleAsync_ClaimAboutAListOfCountries_IsCheckedAsOneClaimNamingOnlyTheCountryTheReportDoesNot(string message, string notGiven, string named)
    {
        // Break 36 #4: split into "Germany and the UK contribute troops" and "France and the UK contribute troops", sentences
        // the user never wrote, each said not to be the report's though ¶16 names Germany and France.
        var bot = EvaluationSet.Bot();

        var reply = await bot.SendAsync(RouterFixture.Private(message));

        Assert.NotNull(reply);
        Assert.Equal(ReplyComposer.NotAsClaimedIntent, reply.Intent);
        Assert.Contains(notGiven, reply.Blocks[0].Text, StringComparison.Ordinal);
        Assert.DoesNotContain(reply.Blocks, b => b.Text.Contains("does not say", StringComparison.Ordinal) || b.Text.Contains("لا يقول التقرير", StringComparison.Ordinal));
        Assert.Contains(named, reply.ToPlainText(), StringComparison.Ordinal);
        Assert.Equal([16], RouterFixture.Paragraphs(reply));
    }

    [Fact]
    public async Task HandleAsync_TrueClaimOfTwoPlacesEachWithItsDate_AnswersBothAndDisputesNeither()
    {
        var bot = EvaluationSet.Bot();

        var reply = await bot.SendAsync(RouterFixture.Private("Is it true that all forces leave Ain al-Asad by September 2025 and Erbil by the end of 2026?"));

        Assert.NotNull(reply);
        Assert.DoesNotContain("does not say", reply.ToPlainText(), StringComparison.Ordinal);
        Assert.DoesNotContain("does not give", reply.ToPlainText(), StringComparison.Ordinal);
        Assert.Contains(17, RouterFixture.Paragraphs(reply));
        Assert.Contains(18, RouterFixture.Paragraphs(reply));
    }

    [Theory]
    [InlineData("How many US troops are in Iraq? And what's the dollar rate?", "what's the dollar rate?", "The report does not say: “what's the dollar rate?”")]
    [InlineData("شنو سعر الدولار؟ وشكد جندي امريكي بالعراق؟", "شنو سعر الدولار؟", "لا يذكر التقرير جواباً عن: «شنو سعر الدولار؟»")]
    [InlineData("شكد جندي بالعراق وشلون الجو اليوم ببغداد؟", "شلون الجو اليوم ببغداد؟", "لا يذكر التقرير جواباً عن: «شلون الجو اليوم ببغداد؟»")]
    public async Task HandleAsync_OneQuestionInScopeOneOut_AnswersOneSaysTheReportDoesNotSayTheOtherAndLogsIt(string message, string outOfScope, string refusal)
    {
        var bot = EvaluationSet.Bot();

        var reply = await bot.SendAsync(RouterFixture.Private(message));

        Assert.NotNull(reply);
        Assert.True(reply.Answered);
        Assert.Equal([13], RouterFixture.Paragraphs(reply));
        Assert.Contains(reply.Blocks, b => b.Text == refusal);
        Assert.Equal(outOfScope, Assert.Single(bot.Unanswered.Questions).Text);
    }

    [Theory]
    [InlineData("When do troops leave Baghdad and Basra?", 17, "The report does not say: “When do troops leave Basra?”", "When do troops leave Basra?")]
    [InlineData("شوكت يطلعون من بغداد والبصرة؟", 17, "لا يذكر التقرير جواباً عن: «شوكت يطلعون من البصرة؟»", "شوكت يطلعون من البصرة؟")]
    [InlineData("when do troops leave mosul and erbil?", 18, "The report does not say: “when do troops leave mosul?”", "when do troops leave mosul?")]
    public async Task HandleAsync_TwoPlacesOneTheReportNeverNames_AnswersTheOtherAndNamesTheMissingOne(string message, int paragraph, string refusal, string logged)
    {
        var bot = EvaluationSet.Bot();

        var reply = await bot.SendAsync(RouterFixture.Private(message));

        Assert.NotNull(reply);
        Assert.True(reply.Answered);
        Assert.Equal([paragraph], RouterFixture.Paragraphs(reply));
        Assert.Contains(reply.Blocks, b => b.Text == refusal);
        Assert.Equal(logged, Assert.Single(bot.Unanswered.Questions).Text);
    }

    [Theory]
    [InlineData("when do they leave Mosul, Baghdad and Erbil?", "The report does not say: “when do they leave Mosul?”")]
    [InlineData("متى ينسحبون من الموصل وبغداد واربيل؟", "لا يذكر التقرير جواباً عن: «متى ينسحبون من الموصل؟»")]
    public async Task HandleAsync_ListOfPlacesOpeningWithOneTheReportNeverNames_AnswersTheOthersAndNamesIt(string message, string refusal)
    {
        var bot = EvaluationSet.Bot();

        var reply = await bot.SendAsync(RouterFixture.Private(message));

        Assert.NotNull(reply);
        Assert.True(reply.Answered);
        Assert.Equal([17, 18], RouterFixture.Paragraphs(reply).Distinct());
        Assert.Contains(reply.Blocks, b => b.Text == refusal);
    }

    [Theory]
    [InlineData("How many troops are in Iraq, how many in Syria, when do they leave Erbil?", new[] { 13, 18 })]
    [InlineData("كم عدد الجنود في العراق، متى يغادرون أربيل، لماذا تأجل الإعلان؟", new[] { 13, 18, 5 })]
    public async Task HandleAsync_QuestionsSeparatedByCommas_AnswersEachInOrder(string message, int[] paragraphs)
    {
        var bot = EvaluationSet.Bot();

        var reply = await bot.SendAsync(RouterFixture.Private(message));

        Assert.NotNull(reply);
        Assert.True(reply.Answered);
        Assert.Equal(paragraphs, RouterFixture.Paragraphs(reply).Distinct());
        Assert.Empty(bot.Unanswered.Questions);
    }

    [Theory]
    [InlineData("How many US troops are in Iraq? And how many in Syria?", "900")]
    [InlineData("كم عدد الجنود في العراق وكم في سوريا؟", "900")]
    [InlineData("شكد جندي بسوريا وشكد بالعراق", "900")]
    [InlineData("how many troops in syria and how many in iraq?", "900")]
    [InlineData("How many US troops were in Iraq and how many in Syria at the time of the report?", "900")]
    public async Task HandleAsync_OneQuestionAlreadyAnsweredByTheOther_SaysItOnce(string message, string figure)
    {
        var bot = EvaluationSet.Bot();

        var reply = await bot.SendAsync(RouterFixture.Private(message));

        Assert.NotNull(reply);
        Assert.DoesNotContain("does not say", reply.ToPlainText(), StringComparison.Ordinal);
        Assert.Single(reply.Blocks, b => b.Kind == ReplyBlockKind.Paragraph && b.Text.Contains(figure, StringComparison.Ordinal));
        Assert.Contains(reply.Blocks, b => b.Kind == ReplyBlockKind.Paragraph && b.Text.Contains("500", StringComparison.Ordinal));
    }

    [Fact]
    public async Task HandleAsync_WhyAfterSeveralAnswers_QuotesTheWholeMessageItCannotAnswerFor()
    {
        var bot = EvaluationSet.Bot();
        await bot.SendAsync(RouterFixture.Private("شنو الفرق بين اربيل وعين الاسد؟"));

        var reply = await bot.SendAsync(RouterFixture.Private("why different?"));

        Assert.NotNull(reply);
        Assert.False(reply.Answered);
        Assert.Contains("“شنو الفرق بين اربيل وعين الاسد؟”", reply.ToPlainText(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("شوكت يطلعون وليش؟", 2, "لا يذكر التقرير جواباً عن: «ليش؟»", "ليش؟")]
    [InlineData("When do troops leave Ain al-Asad and why?", 17, "The report does not say: “why?”", "why?")]
    public async Task HandleAsync_BareWhyAfterAQuestionTheReportGivesNoReasonFor_SaysSoAfterTheAnswer(string message, int paragraph, string refusal, string logged)
    {
        var bot = EvaluationSet.Bot();

        var reply = await bot.SendAsync(RouterFixture.Private(message));

        Assert.NotNull(reply);
        Assert.True(reply.Answered);
        Assert.Contains(paragraph, RouterFixture.Paragraphs(reply));
        Assert.Contains(reply.Blocks, b => b.Text == refusal);
        Assert.Equal(logged, Assert.Single(bot.Unanswered.Questions).Text);
    }

    [Theory]
    [InlineData("so I was reading the news yesterday and my uncle who lives in Erbil told me that the americans might be leaving soon but nobody knows exactly when and I wanted to ask you because you seem to know about this report when do the americans leave erbil and also how many of them are there in iraq")]
    [InlineData("اني جنت اقرا الاخبار البارحة وعمي الساكن باربيل كلي انو الامريكان راح يطلعون قريب بس محد يعرف بالضبط شوكت فحبيت اسالك لان انت تعرف عن التقرير شوكت يطلعون من اربيل وشكد عددهم بالعراق")]
    public async Task HandleAsync_LongStoryBeforeTheQuestions_AnswersEachQuestionAndCallsNothingUnanswered(string message)
    {
        var bot = EvaluationSet.Bot();

        var reply = await bot.SendAsync(RouterFixture.Private(message));

        Assert.NotNull(reply);
        Assert.True(reply.Answered);
        Assert.Equal([18, 13], RouterFixture.Paragraphs(reply).Distinct().Take(2));
        Assert.Empty(bot.Unanswered.Questions);
    }

    [Theory]
    [InlineData("when do they leave Ain al-Asad and who said so?", 17, "Who said it, as the report attributes it:")]
    [InlineData("متى يطلعون من عين الاسد ومنو كال هالشي؟", 17, "من قال ذلك، بحسب التقرير:")]
    public async Task HandleAsync_QuestionAndWhoSaidIt_AnswersThenNamesWhoTheReportAttributesItTo(string message, int paragraph, string attribution)
    {
        var bot = EvaluationSet.Bot();

        var reply = await bot.SendAsync(RouterFixture.Private(message));

        Assert.NotNull(reply);
        Assert.True(reply.Answered);
        Assert.Contains(paragraph, RouterFixture.Paragraphs(reply));
        var lead = reply.Blocks.ToList().FindIndex(b => b.Text == attribution);
        Assert.True(lead > 0, reply.ToPlainText());
        Assert.Equal(ReplyBlockKind.ListItem, reply.Blocks[lead + 1].Kind);
        Assert.Empty(bot.Unanswered.Questions);
    }

    [Fact]
    public async Task HandleAsync_WhyAfterAnAnswerReachedFromOtherWords_GivesTheReasonNearThatAnswer()
    {
        var bot = EvaluationSet.Bot();

        var reply = await bot.SendAsync(RouterFixture.Private("وين راح يبقون الامريكان؟ وليش؟"));

        Assert.NotNull(reply);
        Assert.Equal([18], RouterFixture.Paragraphs(reply).Distinct());
        Assert.Contains(reply.Blocks, b => b.Kind == ReplyBlockKind.Paragraph && b.Text.Contains("داعش في سوريا", StringComparison.Ordinal));
        Assert.Empty(bot.Unanswered.Questions);
    }

    [Theory]
    [InlineData("Who said \"mission accomplished\"?")]
    [InlineData("Who said Iraq wants all US troops out immediately?")]
    [InlineData("Who said the troops will leave by 2030?")]
    [InlineData("Who said the talks began in March?")]
    [InlineData("من قال إن الانتخابات في تشرين الثاني؟")]
    public async Task HandleAsync_WhoSaidWhatTheReportNeverSays_NamesNoSpeakerAndRecordsIt(string message)
    {
        var bot = EvaluationSet.Bot();
        await bot.SendAsync(RouterFixture.Private("how many US troops are in Iraq?"));

        var reply = await bot.SendAsync(RouterFixture.Private(message));

        Assert.NotNull(reply);
        Assert.False(reply.Answered, reply.ToPlainText());
        Assert.NotEqual("attribution", reply.Intent);
        Assert.Single(bot.Unanswered.Questions);
    }

    [Fact]
    public async Task HandleAsync_WhoSaidWhatTwoFactsShare_AttributesTheOneItQuotes()
    {
        var bot = EvaluationSet.Bot();

        var reply = await bot.SendAsync(RouterFixture.Private("Who said the deal could be announced this month?"));

        Assert.NotNull(reply);
        Assert.Equal("attribution", reply.Intent);
        Assert.Equal(7, RouterFixture.Paragraphs(reply)[0]);
        Assert.Contains("several of the sources who spoke to Reuters", reply.ToPlainText(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("who said the talks were over?", new[] { 8 })]
    [InlineData("why was the announcement postponed and who said the talks were over?", new[] { 5, 8 })]
    public async Task HandleAsync_WhoSaidWhatTheReportQuotes_NamesThatSpeakerNotTheSourcesWhoSpokeToReuters(string message, int[] paragraphs)
    {
        var bot = EvaluationSet.Bot();

        var reply = await bot.SendAsync(RouterFixture.Private(message));

        Assert.NotNull(reply);
        Assert.True(reply.Answered);
        Assert.Equal(paragraphs, RouterFixture.Paragraphs(reply).Distinct());
        Assert.Contains(reply.Blocks, b => b.Kind == ReplyBlockKind.ListItem && b.Text.Contains("Farhad Alaa al-Din", StringComparison.Ordinal));
    }

    [Fact]
    public async Task HandleAsync_WhoSaidAsThePartAfterAGreetingInAFreshChat_AnswersAndSaysWhoSaidIt()
    {
        // The who-said part was the only one answered, with nothing answered before it: it used to end in an apology (a null context).
        var reply = await EvaluationSet.Bot().SendAsync(RouterFixture.Private("شباب سمعتو؟ گالوا الامريكان راح يطلعون من العراق، صدگ؟"));

        Assert.NotNull(reply);
        Assert.NotEqual(ReplyComposer.ErrorIntent, reply.Intent);
        Assert.True(reply.Answered);
        Assert.Contains(2, RouterFixture.Paragraphs(reply));
    }

    [Theory]
    [InlineData("Since the deal was signed in 2024, when exactly do the troops leave?", 2, "The report does not say: “the deal was signed in 2024”")]
    [InlineData("Since the talks started in March, how long did they take?", 11, "The report does not say: “the talks started in March”")]
    [InlineData("Given that the US has 5,000 troops in Iraq, when will they all leave?", 13, "The report does not say: “the US has 5,000 troops in Iraq”")]
    [InlineData("Is it true there are 3,500 troops in Iraq, and when do they leave?", 13, "The report does not say: “Is it true there are 3,500 troops in Iraq”")]
    public async Task HandleAsync_QuestionOnAFalsePremise_AnswersTheQuestionAndSaysTheReportDoesNotSayThePremise(string message, int paragraph, string premise)
    {
        var reply = await EvaluationSet.Bot().SendAsync(RouterFixture.Private(message));

        Assert.NotNull(reply);
        Assert.True(reply.Answered);
        Assert.Contains(paragraph, RouterFixture.Paragraphs(reply));
        Assert.Contains(premise, reply.ToPlainText(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("I heard 5000 troops are in Iraq, when do they leave?", "The report does not say: “5000 troops are in Iraq”", 13)]
    [InlineData("Given that the US has 5,000 troops in Iraq, when will they all leave?", "The report does not say: “the US has 5,000 troops in Iraq”", 13)]
    [InlineData("عدنا ناس يكولون اكو 5000 جندي امريكي بالعراق، شوكت يطلعون؟", "لا يقول التقرير: «اكو 5000 جندي امريكي بالعراق»", 13)]
    [InlineData("بما ان ترامب وقع الاتفاق، شوكت يطلعون؟", "لا يقول التقرير: «ترامب وقع الاتفاق»", 2)]
    public async Task HandleAsync_ClaimBeforeAQuestion_IsSaidNotToBeTheReportsBeforeWhatItSaysInstead(string message, string opening, int paragraph)
    {
        var reply = await EvaluationSet.Bot().SendAsync(RouterFixture.Private(message));

        Assert.NotNull(reply);
        Assert.StartsWith(opening, reply.ToPlainText(), StringComparison.Ordinal);
        Assert.Contains(paragraph, RouterFixture.Paragraphs(reply));
        Assert.Contains(2, RouterFixture.Paragraphs(reply));
    }

    [Theory]
    [InlineData("Who said the troops will stay in Erbil?", 18, "the report, relaying the sources")]
    [InlineData("منو گال الامريكان يبقون باربيل؟", 18, "التقرير، نقلاً عن المصادر")]
    [InlineData("Who said ISIS was defeated in 2017?", 14, "the report as background")]
    public async Task HandleAsync_WhoSaidAFactTheReportStates_SaysWhomTheReportAttributesItToRatherThanRestatingIt(string message, int paragraph, string speaker)
    {
        var reply = await EvaluationSet.Bot().SendAsync(RouterFixture.Private(message));

        Assert.NotNull(reply);
        Assert.Equal("attribution", reply.Intent);
        Assert.Equal([paragraph], RouterFixture.Paragraphs(reply).Distinct());
        Assert.Contains(speaker, reply.ToPlainText(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("how many troops r in iraq n when they leave", new[] { 13, 2 })]
    [InlineData("how many troops are in Iraq. when do they leave", new[] { 13, 2 })]
    public async Task HandleAsync_QuestionsWithoutQuestionMarks_AnswersEach(string message, int[] paragraphs)
    {
        var bot = EvaluationSet.Bot();

        var reply = await bot.SendAsync(RouterFixture.Private(message));

        Assert.NotNull(reply);
        Assert.True(reply.Answered, reply.ToPlainText());
        Assert.Equal(paragraphs, RouterFixture.Paragraphs(reply).Where(paragraphs.Contains).Distinct());
    }

    [Fact]
    public async Task HandleAsync_MoreQuestionsThanItAnswersAtOnce_AnswersTheFirstAndAsksForTheRestWithoutCallingThemUnanswered()
    {
        var bot = EvaluationSet.Bot();
        var message = "How many US troops are in Iraq? When do troops leave Erbil? Why was the announcement postponed? When do troops leave Baghdad? Who are the sources? When are the elections?";

        var reply = await bot.SendAsync(RouterFixture.Private(message));

        Assert.NotNull(reply);
        Assert.True(reply.Answered);
        Assert.Equal([13, 18, 5], RouterFixture.Paragraphs(reply).Take(3));
        Assert.Contains(reply.Blocks, b => b.Text == $"I answer up to three questions per message; please send the other {6 - Router.MaxQuestionsPerMessage} separately.");
        Assert.DoesNotContain(reply.Blocks, b => b.Text.StartsWith("The report does not say", StringComparison.Ordinal));
        Assert.Empty(bot.Unanswered.Questions);
    }

    [Fact]
    public async Task HandleAsync_SameQuestionsPastedAgain_AreAnsweredOnceAndNotAskedForAgain()
    {
        var bot = EvaluationSet.Bot();
        var message = string.Join(' ', Enumerable.Repeat("How many US troops are in Iraq? When do troops leave Erbil? Why was the announcement postponed?", 5));

        var reply = await bot.SendAsync(RouterFixture.Private(message));

        Assert.NotNull(reply);
        Assert.Equal([13, 18, 5], RouterFixture.Paragraphs(reply));
        Assert.DoesNotContain(reply.Blocks, b => b.Text.StartsWith("I answer up to three questions", StringComparison.Ordinal));
        Assert.Empty(bot.Unanswered.Questions);
    }

    [Fact]
    public async Task HandleAsync_QuestionsLeftOver_NamesThemSoTheUserCanSendThem()
    {
        var bot = EvaluationSet.Bot();

        var reply = await bot.SendAsync(RouterFixture.Private("How many US troops are in Iraq? When do troops leave Erbil? Why was the announcement postponed? When do troops leave Baghdad? Who are the sources?"));

        Assert.NotNull(reply);
        var items = reply.Blocks.Where(b => b.Kind == ReplyBlockKind.ListItem).Select(b => b.Text).ToList();
        Assert.Equal(["When do troops leave Baghdad?", "Who are the sources?"], items);
        Assert.Empty(bot.Unanswered.Questions);
    }

    [Theory]
    [InlineData("متى يطلعون من بغداد واربيل وعين الاسد والبصرة", "متى يطلعون من البصرة")]
    [InlineData("How many US troops are in Iraq? When do troops leave Erbil? Why was the announcement postponed? What is the dollar rate?", "What is the dollar rate?")]
    public async Task HandleAsync_QuestionPastTheLimitTheReportCannotAnswer_IsSaidSoNotLeftToSendAgain(string message, string refused)
    {
        var bot = EvaluationSet.Bot();

        var reply = await bot.SendAsync(RouterFixture.Private(message));

        Assert.NotNull(reply);
        Assert.Contains(reply.Blocks, b => b.Text.Contains(refused, StringComparison.Ordinal));
        Assert.DoesNotContain(reply.Blocks, b => b.Text.Contains("per message", StringComparison.Ordinal) || b.Text.Contains("في الرسالة الواحدة", StringComparison.Ordinal));
        Assert.Equal(refused, Assert.Single(bot.Unanswered.Questions).Text);
    }

    [Theory]
    [InlineData("شكد جندي امريكي بالعراق وشكد بسوريا وشوكت يطلعون وليش تأجل الاعلان")]
    [InlineData("How many US troops are in Iraq? And in Syria? When do troops leave Erbil? Why was the announcement postponed?")]
    public async Task HandleAsync_FourQuestionsOneAlreadyAnswered_AnswersAllWithoutAskingForTheRest(string message)
    {
        var bot = EvaluationSet.Bot();

        var reply = await bot.SendAsync(RouterFixture.Private(message));

        Assert.NotNull(reply);
        Assert.Contains(5, RouterFixture.Paragraphs(reply));
        Assert.Contains(13, RouterFixture.Paragraphs(reply));
        Assert.DoesNotContain(reply.Blocks, b => b.Text.Contains("per message", StringComparison.Ordinal) || b.Text.Contains("في الرسالة الواحدة", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("How many US troops are in Iraq? When do troops leave Erbil? Why was the announcement postponed? When do troops leave Baghdad?", "I answer up to three questions per message; please send the other one separately.")]
    [InlineData("How many US troops are in Iraq? When do troops leave Erbil? Why was the announcement postponed? When do troops leave Baghdad? How many troops are in Syria?", "I answer up to three questions per message; please send the other 2 separately.")]
    [InlineData("شكد جندي امريكي بالعراق؟ شوكت يطلعون من اربيل؟ ليش تأجل الاعلان؟ متى تنسحب القوات من بغداد؟", "أجيب عن ثلاثة أسئلة في الرسالة الواحدة على الأكثر؛ أرسل السؤال الباقي في رسالة أخرى.")]
    [InlineData("شكد جندي امريكي بالعراق؟ شوكت يطلعون من اربيل؟ ليش تأجل الاعلان؟ متى تنسحب القوات من بغداد؟ شكد جندي امريكي بسوريا؟", "أجيب عن ثلاثة أسئلة في الرسالة الواحدة على الأكثر؛ أرسل السؤالين الباقيين في رسالة أخرى.")]
    public async Task HandleAsync_OneOrTwoQuestionsLeftOver_NamesThemInWordsThatAgreeWithTheCount(string message, string expected)
    {
        var bot = EvaluationSet.Bot();

        var reply = await bot.SendAsync(RouterFixture.Private(message));

        Assert.NotNull(reply);
        Assert.Contains(reply.Blocks, b => b.Text == expected);
    }

    [Fact]
    public async Task HandleAsync_TwoQuestionsAnswered_OffersHelpfulAndNotHelpful()
    {
        var bot = EvaluationSet.Bot();

        var reply = await bot.SendAsync(RouterFixture.Private("How many US troops are in Iraq? When do troops leave Erbil?"));

        Assert.NotNull(reply);
        Assert.Equal(2, reply.Buttons.Count(b => ButtonPayloads.Parse(b.Payload) is { Kind: not ButtonActionKind.Question }));
    }

    [Fact]
    public async Task HandleAsync_WhoSaidThatAfterAParagraphQuote_AttributesThatParagraph()
    {
        var bot = EvaluationSet.Bot();
        await bot.SendAsync(RouterFixture.Private("What does paragraph 3 say?"));

        var reply = await bot.SendAsync(RouterFixture.Private("who said that?"));

        Assert.NotNull(reply);
        Assert.Equal("attribution", reply.Intent);
        Assert.Equal([3], RouterFixture.Paragraphs(reply));
    }

    [Theory]
    [InlineData("how many troops are in iraq and when do they leave?", "who said that?", new[] { 13, 2 })]
    [InlineData("شكد جندي امريكي بالعراق وشوكت يطلعون؟", "منو كالها؟", new[] { 13, 2 })]
    [InlineData("paragraphs 2 and 18", "who said that?", new[] { 2, 18 })]
    public async Task HandleAsync_WhoSaidThatAfterAReplyOfSeveralAnswers_AttributesEveryAnsweredParagraph(string message, string followUp, int[] paragraphs)
    {
        var bot = EvaluationSet.Bot();
        Assert.Equal(paragraphs, RouterFixture.Paragraphs(await bot.SendAsync(RouterFixture.Private(message))).Intersect(paragraphs));

        var reply = await bot.SendAsync(RouterFixture.Private(followUp));

        Assert.NotNull(reply);
        Assert.Equal("attribution", reply.Intent);
        Assert.Equal(paragraphs.Order(), AttributedParagraphs(reply).Intersect(paragraphs).Order());
        Assert.All(paragraphs, p => Assert.Contains(p, RouterFixture.Paragraphs(reply)));
    }

    [Theory]
    [InlineData("why was the announcement delayed and when could it be announced and who said so?", new[] { 5, 7 })]
    [InlineData("how many troops are in iraq and when do they leave and who said so?", new[] { 13, 2 })]
    public async Task HandleAsync_SeveralQuestionsThenWhoSaidSo_AttributesEveryAnswerBeforeIt(string message, int[] paragraphs)
    {
        var bot = EvaluationSet.Bot();

        var reply = await bot.SendAsync(RouterFixture.Private(message));

        Assert.NotNull(reply);
        Assert.True(reply.Answered);
        Assert.Single(reply.Blocks, b => b.Text == "Who said it, as the report attributes it:");
        Assert.All(paragraphs, p => Assert.Contains(p, AttributedParagraphs(reply)));
    }

    /// <summary>The paragraph numbers the "who said it" lines of a reply name ("Paragraphs 2 and 5: the sources …").</summary>
    private static int[] AttributedParagraphs(Reply reply) =>
    [
        .. reply.Blocks.Where(b => b.Kind == ReplyBlockKind.ListItem && b.Text.Contains(':', StringComparison.Ordinal))
            .SelectMany(b => System.Text.RegularExpressions.Regex.Matches(b.Text.Split(':')[0], "[0-9]+").Select(m => int.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture))),
    ];

    [Fact]
    public async Task HandleAsync_RequestForHelpThenAQuestion_AnswersTheQuestion()
    {
        var bot = EvaluationSet.Bot();

        var reply = await bot.SendAsync(RouterFixture.Private("Can you help me? When do troops leave Erbil?"));

        Assert.NotNull(reply);
        Assert.Equal("fact", reply.Intent);
        Assert.Equal([18], RouterFixture.Paragraphs(reply));
    }

    [Fact]
    public async Task HandleAsync_AfterTwoQuestions_AFollowUpTakesTheLastAsContext()
    {
        var bot = EvaluationSet.Bot();
        await bot.SendAsync(RouterFixture.Private("How many US troops are in Iraq? And when do troops leave Ain al-Asad?"));

        var reply = await bot.SendAsync(RouterFixture.Private("and Erbil?"));

        Assert.NotNull(reply);
        Assert.Equal([18], RouterFixture.Paragraphs(reply));
    }

    [Theory]
    [InlineData("When do troops leave Ain al-Asad?", 17, "why?", Language.English, "The report does not say that about your last question (“")]
    [InlineData("شوكت يطلعون من عين الاسد؟", 17, "ليش؟", Language.Arabic, "لا يذكر التقرير ذلك عن سؤالك السابق («")]
    [InlineData("when do US troops leave Iraq?", 2, "why?", Language.English, "The report does not say that about your last question (“")]
    [InlineData("متى الانتخابات؟", 23, "ليش؟", Language.Arabic, "لا يذكر التقرير ذلك عن الموضوع السابق («")]
    public async Task HandleAsync_WhyAfterAnAnswerThatGivesNoReason_SaysTheReportDoesNotSayAndNamesTheQuestion(string question, int paragraph, string followUp, Language language, string start)
    {
        var bot = EvaluationSet.Bot();
        var answer = await bot.SendAsync(RouterFixture.Private(question));
        Assert.Contains(paragraph, RouterFixture.Paragraphs(answer));

        var reply = await bot.SendAsync(RouterFixture.Private(followUp));

        Assert.NotNull(reply);
        Assert.Equal(language, reply.Language);
        Assert.False(reply.Answered, reply.ToPlainText());
        Assert.StartsWith(start, reply.ToPlainText(), StringComparison.Ordinal);
        Assert.NotEmpty(reply.Buttons);
        Assert.Equal(followUp, Assert.Single(bot.Unanswered.Questions).Text);
    }

    [Fact]
    public async Task HandleAsync_WhyAfterAnAnswer_QuotesTheQuestionInTheUsersOwnWords()
    {
        var bot = EvaluationSet.Bot();
        await bot.SendAsync(RouterFixture.Private("شكد جندي امريكي انقتل بالهجمات؟"));

        var reply = await bot.SendAsync(RouterFixture.Private("ليش؟"));

        Assert.NotNull(reply);
        Assert.StartsWith("لا يذكر التقرير ذلك عن سؤالك السابق («شكد جندي امريكي انقتل بالهجمات؟»)", reply.ToPlainText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_WhyAfterARefusedQuestion_NamesTheRefusedQuestionNotTheAnswerBeforeIt()
    {
        var bot = EvaluationSet.Bot();
        await bot.SendAsync(RouterFixture.Private("When do troops leave Ain al-Asad?"));
        var refused = await bot.SendAsync(RouterFixture.Private("How many Iraqi civilians were killed?"));
        Assert.False(refused!.Answered);

        var reply = await bot.SendAsync(RouterFixture.Private("why?"));

        Assert.NotNull(reply);
        Assert.StartsWith("The report does not say that about your last question (“How many Iraqi civilians were killed?”)", reply.ToPlainText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_WhyAfterARefusalThatFollowedAnAnswerWithAReason_StillNamesTheRefusedQuestion()
    {
        var bot = EvaluationSet.Bot();
        await bot.SendAsync(RouterFixture.Private("When do troops leave Erbil?"));
        await bot.SendAsync(RouterFixture.Private("How many Iraqi civilians were killed?"));

        var reply = await bot.SendAsync(RouterFixture.Private("why?"));

        Assert.NotNull(reply);
        Assert.False(reply.Answered, reply.ToPlainText());
        Assert.StartsWith("The report does not say that about your last question (“How many Iraqi civilians were killed?”)", reply.ToPlainText(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("شوكت يطلعون من اربيل؟", "شكد سعر الدولار", "وليش؟", "لا يذكر التقرير ذلك عن سؤالك السابق («شكد سعر الدولار»)")]
    [InlineData("When do troops leave Erbil?", "what's the dollar rate?", "why?", "The report does not say that about your last question (“what's the dollar rate?”)")]
    public async Task HandleAsync_WhyAfterAShortRefusedQuestionOfItsOwn_NamesThatQuestionNotTheAnswerBeforeIt(string answered, string refused, string why, string opening)
    {
        var bot = EvaluationSet.Bot();
        await bot.SendAsync(RouterFixture.Private(answered));
        await bot.SendAsync(RouterFixture.Private(refused));

        var reply = await bot.SendAsync(RouterFixture.Private(why));

        Assert.NotNull(reply);
        Assert.False(reply.Answered, reply.ToPlainText());
        Assert.StartsWith(opening, reply.ToPlainText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_WhyAfterARefusedFragmentGoingOnFromTheAnswer_StillAnswersFromTheAnswer()
    {
        var bot = EvaluationSet.Bot();
        await bot.SendAsync(RouterFixture.Private("When do troops leave Erbil?"));
        await bot.SendAsync(RouterFixture.Private("and basra?"));

        var reply = await bot.SendAsync(RouterFixture.Private("why?"));

        Assert.Equal([18], RouterFixture.Paragraphs(reply));
    }

    [Fact]
    public async Task HandleAsync_SentenceThatAsksNothingBeforeTheQuestions_IsNotQuotedBackAsUnanswered()
    {
        var bot = EvaluationSet.Bot();

        var reply = await bot.SendAsync(RouterFixture.Private("My name is Ahmed. How many troops are in Iraq? When do they leave Erbil?"));

        Assert.NotNull(reply);
        Assert.Equal([13, 18], RouterFixture.Paragraphs(reply).Distinct());
        Assert.Empty(bot.Unanswered.Questions);
    }

    [Theory]
    [InlineData("how many Iraqis were killed?", "and in Syria?")]
    [InlineData("what's the weather tomorrow?", "and in Erbil?")]
    public async Task HandleAsync_FragmentAfterARefusedQuestion_GoesOnFromItAndIsRefusedToo(string refused, string fragment)
    {
        var bot = EvaluationSet.Bot();
        await bot.SendAsync(RouterFixture.Private("When do troops leave Ain al-Asad?"));
        await bot.SendAsync(RouterFixture.Private(refused));

        var reply = await bot.SendAsync(RouterFixture.Private(fragment));

        Assert.NotNull(reply);
        Assert.False(reply.Answered, reply.ToPlainText());
        Assert.Equal([refused, fragment], bot.Unanswered.Questions.Select(q => q.Text));
    }

    [Theory]
    [InlineData("الفصائل شراح تسوي بعد ما يطلعون", "منو ضرب القواعد", 11)]
    [InlineData("what will the militias do after the troops leave?", "who attacked the bases?", 11)]
    [InlineData("Union III / BDSC - does it say what stays?", "why Erbil?", 18)]
    public async Task HandleAsync_ShortQuestionOfItsOwnAfterARefusedQuestion_IsAnswered(string refused, string question, int paragraph)
    {
        var bot = EvaluationSet.Bot();
        await bot.SendAsync(RouterFixture.Private("When do troops leave Erbil?"));
        await bot.SendAsync(RouterFixture.Private(refused));

        var reply = await bot.SendAsync(RouterFixture.Private(question));

        Assert.NotNull(reply);
        Assert.True(reply.Answered, reply.ToPlainText());
        Assert.Contains(paragraph, RouterFixture.Paragraphs(reply));
    }

    [Fact]
    public async Task HandleAsync_FragmentAfterARefusedFragment_StillGoesOnFromTheLastAnswer()
    {
        var bot = EvaluationSet.Bot();
        await bot.SendAsync(RouterFixture.Private("When do they leave Baghdad?"));
        var basra = await bot.SendAsync(RouterFixture.Private("and Basra?"));
        Assert.False(basra!.Answered);

        var reply = await bot.SendAsync(RouterFixture.Private("and Erbil?"));

        Assert.NotNull(reply);
        Assert.Contains(18, RouterFixture.Paragraphs(reply));
    }

    [Theory]
    [InlineData("اكو هجمات صارت على الامريكان؟ منو سواها؟", 11)]
    [InlineData("Were there attacks on the Americans? Who carried them out?", 11)]
    public async Task HandleAsync_SecondQuestionTheFirstAnswerAlreadyAnswers_IsNotSaidToBeUnanswered(string message, int paragraph)
    {
        var bot = EvaluationSet.Bot();

        var reply = await bot.SendAsync(RouterFixture.Private(message));

        Assert.NotNull(reply);
        Assert.True(reply.Answered);
        Assert.Contains(paragraph, RouterFixture.Paragraphs(reply));
        Assert.DoesNotContain(reply.Language == Language.Arabic ? "لا يذكر التقرير" : "does not say", reply.ToPlainText(), StringComparison.Ordinal);
        Assert.Empty(bot.Unanswered.Questions);
    }

    [Fact]
    public async Task HandleAsync_QuestionsTheReportDoesNotAnswerFirst_StillAnswersTheOneItDoes()
    {
        var bot = EvaluationSet.Bot();

        var reply = await bot.SendAsync(RouterFixture.Private("What is the dollar rate? What is the weather? Who won the cup? How many US troops are in Syria?"));

        Assert.NotNull(reply);
        Assert.True(reply.Answered);
        Assert.Equal([13], RouterFixture.Paragraphs(reply));
    }

    [Fact]
    public async Task HandleAsync_SameUnansweredQuestionPastedManyTimes_IsNamedAndRecordedOnce()
    {
        var bot = EvaluationSet.Bot();
        var message = "How many US troops are in Syria? " + string.Concat(Enumerable.Repeat("What is the dollar rate? ", 30));

        var reply = await bot.SendAsync(RouterFixture.Private(message));

        Assert.NotNull(reply);
        Assert.Equal([13], RouterFixture.Paragraphs(reply));
        Assert.Single(reply.Blocks, b => b.Text.Contains("dollar rate", StringComparison.Ordinal));
        Assert.Single(bot.Unanswered.Questions);
    }

    [Theory]
    [InlineData("When do troops leave Baghdad, Erbil, Basra and Mosul?", "Basra", "Mosul")]
    [InlineData("متى ينسحبون من بغداد واربيل والبصرة والموصل؟", "البصرة", "الموصل")]
    public async Task HandleAsync_ReportPlacesListedWithTwoItNeverNames_AnswersTheFirstAndNamesTheOthers(string question, string first, string second)
    {
        var bot = EvaluationSet.Bot();

        var reply = await bot.SendAsync(RouterFixture.Private(question));

        Assert.NotNull(reply);
        Assert.True(reply.Answered);
        Assert.Equal([17, 18], RouterFixture.Paragraphs(reply));
        Assert.Contains(first, reply.ToPlainText(), StringComparison.Ordinal);
        Assert.Contains(second, reply.ToPlainText(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("بغداد و اربيل و السليمانية متى يطلعون", "«السليمانية متى يطلعون»")]
    [InlineData("Baghdad, Erbil and Sulaymaniyah, when do they leave?", "“Sulaymaniyah, when do they leave?”")]
    public async Task HandleAsync_PlacesListedBeforeTheQuestion_AnswersEachAndNamesTheOneTheReportNeverNames(string question, string named)
    {
        var bot = EvaluationSet.Bot();

        var reply = await bot.SendAsync(RouterFixture.Private(question));

        Assert.NotNull(reply);
        Assert.Equal([17, 18], RouterFixture.Paragraphs(reply));
        Assert.Contains(named, reply.ToPlainText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_NineQuestions_NamesEveryOneLeftOver()
    {
        var bot = EvaluationSet.Bot();

        var reply = await bot.SendAsync(RouterFixture.Private("How many troops in Iraq? When do they leave Erbil? When do they leave Ain al-Asad? Why was it delayed? Who is Farhad Alaa al-Din? When did ISIS lose? When did the US invade? Which countries contribute troops? When are the elections?"));

        Assert.NotNull(reply);
        Assert.Equal(6, reply.Blocks.Count(b => b.Kind == ReplyBlockKind.ListItem));
    }

    [Fact]
    public async Task HandleAsync_LongQuestionTheReportDoesNotAnswer_IsQuotedBackClipped()
    {
        var junk = "what is the weather " + string.Concat(Enumerable.Repeat("please ", 150)) + "?";

        var reply = await EvaluationSet.Bot().SendAsync(RouterFixture.Private("How many US troops are in Iraq? " + junk));

        Assert.NotNull(reply);
        Assert.Contains(13, RouterFixture.Paragraphs(reply));
        Assert.DoesNotContain(string.Concat(Enumerable.Repeat("please ", 30)), reply.ToPlainText(), StringComparison.Ordinal);
    }
}
