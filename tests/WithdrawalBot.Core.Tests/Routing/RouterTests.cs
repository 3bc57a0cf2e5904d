using WithdrawalBot.Core.Languages;
using WithdrawalBot.Core.Messages;
using WithdrawalBot.Core.Replies;
using WithdrawalBot.Core.Routing;
using WithdrawalBot.Core.Tests.Evaluation;
using WithdrawalBot.Core.Tests.Support;

namespace WithdrawalBot.Core.Tests.Routing;

public sealed class RouterTests
{
    [Fact]
    public async Task HandleAsync_IraqiDialectInPrivateChat_AnswersInArabicCitingParagraph18()
    {
        var bot = new RouterFixture();

        var reply = await bot.SendAsync(RouterFixture.Private("شوكت يطلعون الامريكان من اربيل؟"));

        Assert.NotNull(reply);
        Assert.Equal(Language.Arabic, reply.Language);
        Assert.True(reply.Answered);
        Assert.Equal([18], RouterFixture.Paragraphs(reply));
        Assert.Contains("الفقرة 18", reply.ToPlainText(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("did the troops actually leave erbil?", Language.English, "I can't tell you what has happened since")]
    [InlineData("طلعوا الامريكان من اربيل لحد الان؟", Language.Arabic, "لا أستطيع أن أؤكد ما حدث بعد صدور التقرير")]
    public async Task HandleAsync_WhetherAPlannedEventHappened_SaysTheReportCannotTellThenGivesThePlan(string question, Language language, string caveat)
    {
        var bot = new RouterFixture();

        var reply = await bot.SendAsync(RouterFixture.Private(question));

        Assert.NotNull(reply);
        Assert.Equal(language, reply.Language);
        Assert.Equal("beyond-report", reply.Intent);
        Assert.StartsWith(caveat, reply.Blocks[0].Text, StringComparison.Ordinal);
        Assert.Equal([18], RouterFixture.Paragraphs(reply));
        Assert.Contains(bot.Knowledge.Facts.Single(f => f.Id == "erbil-stay").Answer.For(language), reply.ToPlainText(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("How many US troops are in Iraq today?", Language.English, "I can't tell you how things stand today")]
    [InlineData("شكد جندي امريكي بالعراق هسه؟", Language.Arabic, "لا أستطيع أن أؤكد كيف هو الوضع اليوم")]
    public async Task HandleAsync_HowThingsStandToday_SaysTheReportCannotTellThenWhatItReported(string question, Language language, string caveat)
    {
        var bot = EvaluationSet.Bot();

        var reply = await bot.SendAsync(RouterFixture.Private(question));

        Assert.NotNull(reply);
        Assert.Equal(language, reply.Language);
        Assert.Equal("beyond-report", reply.Intent);
        Assert.StartsWith(caveat, reply.Blocks[0].Text, StringComparison.Ordinal);
        Assert.Contains("2500", reply.ToPlainText().Replace(",", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Equal([13], RouterFixture.Paragraphs(reply));
    }

    [Theory]
    [InlineData("how many iraqi civilians died in the us strikes?", "attacks-killed-three-us-soldiers")]
    [InlineData("شكد مدني عراقي انكتل بالقصف الامريكي؟", "attacks-killed-three-us-soldiers")]
    public async Task HandleAsync_NearMissTheReportDoesNotAnswer_RefusesLogsItAndOffersTheNeighbouringFact(string question, string neighbour)
    {
        var bot = EvaluationSet.Bot();

        var reply = await bot.SendAsync(RouterFixture.Private(question));

        Assert.NotNull(reply);
        Assert.False(reply.Answered);
        Assert.Equal("unknown", reply.Intent);
        Assert.Empty(reply.Citations);
        Assert.Contains(reply.Buttons, b => b.Payload == ButtonPayloads.Question(neighbour, reply.Language));
        Assert.Equal(question, Assert.Single(bot.Unanswered.Questions).Text);
    }

    [Theory]
    [InlineData("when will troops leave erbil?", "who said that?", "the report, relaying the sources")]
    [InlineData("شوكت يطلعون الامريكان من اربيل؟", "منو كالها؟", "التقرير، نقلاً عن المصادر")]
    public async Task HandleAsync_WhoSaidThatAfterAnAnswer_NamesWhoTheReportAttributesItTo(string question, string followUp, string attribution)
    {
        var bot = new RouterFixture();
        await bot.SendAsync(RouterFixture.Private(question));

        var reply = await bot.SendAsync(RouterFixture.Private(followUp));

        Assert.NotNull(reply);
        Assert.Equal("attribution", reply.Intent);
        Assert.Equal([18], RouterFixture.Paragraphs(reply));
        Assert.Contains(attribution, reply.ToPlainText(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("who said 'we have a deal'?", "senior US official")]
    [InlineData("says who that there is a deal?", "senior US official")]
    [InlineData("منو صاحب كلام عدنا اتفاق؟", "مسؤول أميركي كبير")]
    public async Task HandleAsync_WhoSaidNamingWhatWasSaid_AttributesThatNotThePreviousAnswer(string question, string attribution)
    {
        var bot = EvaluationSet.Bot();
        await bot.SendAsync(RouterFixture.Private("when will troops leave erbil?"));

        var reply = await bot.SendAsync(RouterFixture.Private(question));

        // Either the attribution of the quote or the fact that quotes it: both name who said it, from paragraph 3 (with the
        // sources of paragraph 1, who reported the same understanding); never the Erbil answer before it.
        Assert.NotNull(reply);
        Assert.Contains(reply.Intent, new[] { "attribution", "fact" });
        Assert.Contains(3, RouterFixture.Paragraphs(reply));
        Assert.DoesNotContain(18, RouterFixture.Paragraphs(reply));
        Assert.Contains(attribution, reply.ToPlainText(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("why?", Language.English, "About what, exactly?")]
    [InlineData("how many?", Language.English, "About what, exactly?")]
    [InlineData("ليش؟", Language.Arabic, "عن ماذا بالضبط؟")]
    [InlineData("شكد؟", Language.Arabic, "عن ماذا بالضبط؟")]
    public async Task HandleAsync_BareQuestionWordWithNothingBefore_AsksWhatItIsAboutInsteadOfAnsweringAnyFact(string question, Language language, string prompt)
    {
        var bot = EvaluationSet.Bot();

        var reply = await bot.SendAsync(RouterFixture.Private(question));

        Assert.NotNull(reply);
        Assert.Equal(language, reply.Language);
        Assert.False(reply.Answered);
        Assert.Empty(reply.Citations);
        Assert.StartsWith(prompt, reply.ToPlainText(), StringComparison.Ordinal);
        Assert.Contains(reply.Blocks, block => block.Kind == ReplyBlockKind.ListItem);
    }

    [Fact]
    public async Task HandleAsync_BareQuestionWordAfterAnAnswer_TakesItInContext()
    {
        var bot = EvaluationSet.Bot();
        await bot.SendAsync(RouterFixture.Private("how long will the coalition stay in Erbil?"));

        var reply = await bot.SendAsync(RouterFixture.Private("why?"));

        Assert.NotNull(reply);
        Assert.True(reply.Answered);
        Assert.Contains(18, RouterFixture.Paragraphs(reply));
    }

    [Theory]
    [InlineData("ok", "👍 Ask me anything else")]
    [InlineData("تمام", "👍 إذا عندك سؤال ثاني")]
    public async Task HandleAsync_Acknowledgement_IsAcknowledgedNotRefusedNorRecorded(string text, string reply)
    {
        var bot = EvaluationSet.Bot();

        var answer = await bot.SendAsync(RouterFixture.Private(text));

        Assert.NotNull(answer);
        Assert.StartsWith(reply, answer.ToPlainText(), StringComparison.Ordinal);
        Assert.Empty(bot.Unanswered.Questions);
    }

    [Theory]
    [InlineData("شكد جندي قتلوا؟", 12)]
    [InlineData("متى يطلعون من اربيل؟", 18)]
    [InlineData("how many soldiers were killed?", 12)]
    public async Task HandleAsync_ShortNewQuestionAfterAnAnswer_IsAnsweredNotTheEarlierAnswerAgain(string earlier, int earlierParagraph)
    {
        var bot = EvaluationSet.Bot();
        Assert.Equal([earlierParagraph], RouterFixture.Paragraphs(await bot.SendAsync(RouterFixture.Private(earlier))));

        var reply = await bot.SendAsync(RouterFixture.Private(earlier.Any(char.IsAsciiLetter) ? "how many troops in iraq?" : "شكد جندي بالعراق؟"));

        Assert.Equal([13], RouterFixture.Paragraphs(reply));
    }

    [Fact]
    public async Task HandleAsync_OkBeforeAQuestion_AnswersTheQuestion()
    {
        var bot = EvaluationSet.Bot();

        var reply = await bot.SendAsync(RouterFixture.Private("ok, when do troops leave erbil?"));

        Assert.NotNull(reply);
        Assert.True(reply.Answered);
        Assert.Equal([18], RouterFixture.Paragraphs(reply));
    }

    [Theory]
    [InlineData("How\u200Bmany\u200Btroops are in Iraq?", "How many troops are in Iraq?")]
    [InlineData("How\u2060many\u2060troops\u2060are\u2060in\u2060Iraq?", "How many troops are in Iraq?")]
    [InlineData("\uFEFFHow\uFEFFmany troops are in Iraq?", "How many troops are in Iraq?")]
    [InlineData("شكد\u200Bجندي\u200Bامريكي\u200Bبالعراق", "شكد جندي امريكي بالعراق")]
    public async Task HandleAsync_InvisibleSpacesBetweenWords_AreAnsweredAsIfTheyWereSpaces(string pasted, string typed)
    {
        var bot = EvaluationSet.Bot();

        var reply = await bot.SendAsync(RouterFixture.Private(pasted));
        var expected = await EvaluationSet.Bot().SendAsync(RouterFixture.Private(typed));

        Assert.True(reply!.Answered);
        Assert.Contains(13, RouterFixture.Paragraphs(reply));
        Assert.Equal(expected!.ToPlainText(), reply.ToPlainText());
    }

    [Theory]
    [InlineData("How many troops will leave by September 2025?", "no-figure", 2)]
    [InlineData("هل الانسحاب يشمل كوردستان؟", "fact", 18)]
    [InlineData("Is the deal dead?", "fact", 2)]
    [InlineData("Has the deal been announced yet?", "beyond-report", 7)]
    [InlineData("الامريكان طلعو لو بعد؟", "beyond-report", 2)]
    [InlineData("الاتفاق وقعوه لو بعد", "beyond-report", 2)]
    [InlineData("شوكت يطلعن الامريكان", "fact", 2)]
    [InlineData("شكد مسؤول امريكي حجا لرويترز", "fact", 6)]
    [InlineData("How long ago was the report published?", "fact", 3)]
    [InlineData("is it true that the americans are leaving?", "fact", 1)]
    [InlineData("hi, I'm Ahmed from Baghdad, 25 years old, I work as a taxi driver and I hear a lot of rumours. is it true that the americans are leaving?", "fact", 1)]
    [InlineData("How long ago was September 2025?", "fact", 17)]
    [InlineData("I am 40 years old and live in London, when do troops leave Erbil?", "fact", 18)]
    [InlineData("طلعو لو بعدهم؟", "beyond-report", 2)]
    [InlineData("ردت اسالك شنو هاي الاتفاقيه مال الامريكان ويا العراق؟", "fact", 1)]
    [InlineData("السلام عليكم ابني، اني معلم متقاعد ساكن ببغداد بالكرادة، ردت اسالك شنو هاي الاتفاقيه مال الامريكان ويا العراق؟", "fact", 1)]
    [InlineData("Besides the US, who's in the coalition?", "fact", 16)]
    [InlineData("what does the report say?", "fact", 1)]
    [InlineData("المرحله الاولى شوكت تخلص ووين؟", "fact", 23)]
    [InlineData("does it say who attacked the US troops?", "fact", 11)]
    [InlineData("does the report say when the deal will be announced?", "fact", 7)]
    [InlineData("يكول التقرير منو هاجم الامريكان؟", "fact", 11)]
    [InlineData("يذكر التقرير اذا راح يبقى جنود بعد الانسحاب؟", "fact", 4)]
    public async Task HandleAsync_QuestionsATrialUserGotWrong_AreAnsweredFromTheirParagraph(string question, string intent, int paragraph)
    {
        var bot = EvaluationSet.Bot();

        var reply = await bot.SendAsync(RouterFixture.Private(question));

        Assert.NotNull(reply);
        Assert.Equal(intent, reply.Intent);
        Assert.Contains(paragraph, RouterFixture.Paragraphs(reply));
    }

    [Theory]
    [InlineData("1", null, "About what, exactly?")]
    [InlineData(" 12. ", null, "About what, exactly?")]
    [InlineData("٣", "ar", "عن ماذا بالضبط؟")]
    public async Task HandleAsync_BareNumberWithNoSuggestionToPick_AsksWhatItIsAboutInsteadOfAnsweringAFact(string text, string? languageCode, string prompt)
    {
        var bot = EvaluationSet.Bot();

        var reply = await bot.SendAsync(RouterFixture.Private(text, languageCode: languageCode));

        Assert.NotNull(reply);
        Assert.False(reply.Answered);
        Assert.StartsWith(prompt, reply.ToPlainText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_OnlyStopwords_AsksWhatItIsAboutWithoutRecordingIt()
    {
        var bot = EvaluationSet.Bot();

        var reply = await bot.SendAsync(RouterFixture.Private("this and that"));

        Assert.NotNull(reply);
        Assert.StartsWith("About what, exactly?", reply.ToPlainText(), StringComparison.Ordinal);
        Assert.Empty(bot.Unanswered.Questions);
    }

    [Theory]
    [InlineData("got it", "acknowledgement")]
    [InlineData("explain", "paragraph")]
    [InlineData("اشرح", "paragraph")]
    public async Task HandleAsync_OnlyStopwordsThatAreAnIntentsExample_IsThatIntent(string text, string intent)
    {
        var bot = EvaluationSet.Bot();
        await bot.SendAsync(RouterFixture.Private("how many US troops are in Iraq?"));

        var reply = await bot.SendAsync(RouterFixture.Private(text));

        Assert.NotNull(reply);
        Assert.Equal(intent, reply.Intent);
    }

    [Fact]
    public async Task HandleAsync_NearMissUnderTheThreshold_SaysItCannotFindItAndOffersTheCloseQuestions()
    {
        var bot = EvaluationSet.Bot();

        var reply = await bot.SendAsync(RouterFixture.Private("Which base were the three soldiers killed at?"));

        Assert.NotNull(reply);
        Assert.False(reply.Answered);
        Assert.StartsWith("I can't find that in the report. Did you mean", reply.ToPlainText(), StringComparison.Ordinal);
        Assert.Contains(reply.Buttons, button => button.Label.Contains("killed", StringComparison.OrdinalIgnoreCase));
        Assert.Single(bot.Unanswered.Questions);
    }

    [Theory]
    [InlineData("How many Iraqis were killed in the attacks?")]
    [InlineData("شكد عراقي انقتل بالهجمات؟")]
    [InlineData("شكد صاروخ انضرب على القواعد الامريكية؟")]
    [InlineData("بأي قاعدة انقتل الجنود؟")]
    [InlineData("شكد جندي عراقي بالتحالف")]
    [InlineData("شلون الجو اليوم ببغداد؟")]
    [InlineData("شكد واحد مات بالرد الامريكي؟")]
    public async Task HandleAsync_AsksWhatTheNearestFactDoesNotSay_IsRefusedAndLogged(string question)
    {
        var bot = EvaluationSet.Bot();

        var reply = await bot.SendAsync(RouterFixture.Private(question));

        Assert.NotNull(reply);
        Assert.False(reply.Answered, reply.ToPlainText());
        Assert.Empty(reply.Citations);
        Assert.Equal(question, Assert.Single(bot.Unanswered.Questions).Text);
    }

    [Theory]
    [InlineData("كم جندي امريكي قتل في القواعد العراقية؟", 12)]
    [InlineData("شكد امريكي انكتل؟", 12)]
    [InlineData("كم عدد الجنود الامريكيين في العراق؟", 13)]
    public async Task HandleAsync_SameWordsAboutWhatTheFactSays_IsStillAnswered(string question, int paragraph)
    {
        var bot = EvaluationSet.Bot();

        var reply = await bot.SendAsync(RouterFixture.Private(question));

        Assert.NotNull(reply);
        Assert.True(reply.Answered, reply.ToPlainText());
        Assert.Contains(paragraph, RouterFixture.Paragraphs(reply));
    }

    [Theory]
    [InlineData("what's the weather in Baghdad?", "The report does not say that.")]
    [InlineData("شنو الجو ببغداد باجر؟", "التقرير لا يذكر ذلك.")]
    public async Task HandleAsync_QuestionAboutSomethingTheReportNeverCovers_OffersNoNearMissThatOnlySharesAPlace(string question, string start)
    {
        var bot = EvaluationSet.Bot();

        var reply = await bot.SendAsync(RouterFixture.Private(question));

        Assert.NotNull(reply);
        Assert.False(reply.Answered);
        Assert.StartsWith(start, reply.ToPlainText(), StringComparison.Ordinal);
        Assert.DoesNotContain(reply.Buttons, b => b.Label.Contains("Baghdad", StringComparison.Ordinal) || b.Label.Contains("بغداد", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("what's the dollar rate today?")]
    [InlineData("how many iraqi civilians died in the us strikes?")]
    [InlineData("which air base gets vacated")]
    public async Task HandleAsync_Suggestions_StartWithACapitalLetter(string question)
    {
        var bot = EvaluationSet.Bot();

        var reply = await bot.SendAsync(RouterFixture.Private(question));

        Assert.NotNull(reply);
        Assert.NotEmpty(reply.Buttons);
        Assert.All(reply.Buttons.Where(b => b.Payload.StartsWith("q:", StringComparison.Ordinal)), b => Assert.True(char.IsUpper(b.Label[0]), b.Label));
    }

    [Theory]
    [InlineData("mnain ja7at el 6ayyara")]
    [InlineData("wein ra7at el 6ayyara el sa3a 5")]
    [InlineData("¿Cuándo se van las tropas de Irak?")]
    [InlineData("Wann verlassen die US-Truppen den Irak?")]
    public async Task HandleAsync_MessageInNeitherLanguage_SaysWhichLanguagesItReadsInBoth(string message)
    {
        var bot = EvaluationSet.Bot();

        var reply = await bot.SendAsync(RouterFixture.Private(message));

        Assert.NotNull(reply);
        Assert.False(reply.Answered);
        var text = reply.ToPlainText();
        Assert.Contains("I read only Arabic and English", text, StringComparison.Ordinal);
        Assert.Contains("أقرأ العربية والإنجليزية فقط", text, StringComparison.Ordinal);
        Assert.Single(bot.Unanswered.Questions);
    }

    [Theory]
    [InlineData("shgad si3r el dollar el yom")]
    [InlineData("Trump shgal 3an el 3raq")]
    public async Task HandleAsync_ArabiziTheBotReadsButTheReportDoesNotAnswer_SaysTheReportDoesNotNotThatItCannotRead(string message)
    {
        var bot = EvaluationSet.Bot();

        var reply = await bot.SendAsync(RouterFixture.Private(message));

        Assert.NotNull(reply);
        Assert.False(reply.Answered);
        Assert.DoesNotContain("I read only Arabic and English", reply.ToPlainText(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("my wifi router keeps dropping")]
    [InlineData("wen r trups leavin erbil")]
    [InlineData("how many days until Christmas?")]
    public async Task HandleAsync_EnglishHoweverOffTopicOrMisspelt_IsNeverToldItIsAnotherLanguage(string message)
    {
        var bot = EvaluationSet.Bot();

        var reply = await bot.SendAsync(RouterFixture.Private(message));

        Assert.DoesNotContain("I read only Arabic and English", reply!.ToPlainText(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("What does paragraph 13 say?", 13, Language.English, "Paragraph 13 of the report, verbatim")]
    [InlineData("شنو تقول الفقرة ١٨؟", 18, Language.Arabic, "الفقرة 18 من التقرير كما وردت")]
    [InlineData("¶2", 2, Language.English, "Paragraph 2 of the report")]
    public async Task HandleAsync_ParagraphByNumber_QuotesItVerbatimAndCitesIt(string question, int paragraph, Language language, string start)
    {
        var bot = EvaluationSet.Bot();

        var reply = await bot.SendAsync(RouterFixture.Private(question));

        Assert.NotNull(reply);
        Assert.True(reply.Answered);
        Assert.Equal(language, reply.Language);
        Assert.StartsWith(start, reply.Blocks[0].Text, StringComparison.Ordinal);
        var citation = Assert.Single(reply.Citations);
        Assert.Equal(paragraph, citation.Paragraph);
        Assert.Equal(bot.Knowledge.Article.Paragraph(paragraph), citation.Quote);
        Assert.Contains(reply.Blocks, b => b.Kind == ReplyBlockKind.Quote && b.Text == citation.Quote);
    }

    [Theory]
    [InlineData("what does paragraph 40 say?")]
    [InlineData("الفقرة 0")]
    [InlineData("what does paragraph 1e3 say?")]
    [InlineData("paragraph 13.5")]
    [InlineData("paragraph -1")]
    public async Task HandleAsync_ParagraphNumberOutOfRange_SaysHowManyThereAre(string question)
    {
        var bot = EvaluationSet.Bot();

        var reply = await bot.SendAsync(RouterFixture.Private(question));

        Assert.False(reply!.Answered);
        Assert.Equal("paragraph", reply.Intent);
        Assert.Empty(reply.Citations);
        Assert.Contains("24", reply.ToPlainText(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("What does the last paragraph say?", Language.English)]
    [InlineData("the final paragraph", Language.English)]
    [InlineData("شنو تقول الفقرة الاخيرة", Language.Arabic)]
    [InlineData("الفقرة الأخيرة", Language.Arabic)]
    public async Task HandleAsync_LastParagraph_QuotesTheArticlesLastParagraph(string question, Language language)
    {
        var bot = EvaluationSet.Bot();
        var last = bot.Knowledge.Article.ParagraphCount;

        var reply = await bot.SendAsync(RouterFixture.Private(question));

        Assert.True(reply!.Answered);
        Assert.Equal(language, reply.Language);
        var citation = Assert.Single(reply.Citations);
        Assert.Equal(last, citation.Paragraph);
        Assert.Contains(reply.Blocks, b => b.Kind == ReplyBlockKind.Quote && b.Text == bot.Knowledge.Article.Paragraph(last));
    }

    [Theory]
    [InlineData("p17", Language.English, new[] { 17 })]
    [InlineData("p 17", Language.English, new[] { 17 })]
    [InlineData("ف17", Language.Arabic, new[] { 17 })]
    [InlineData("ف 17", Language.Arabic, new[] { 17 })]
    [InlineData("Compare paragraph 2 and paragraph 18", Language.English, new[] { 2, 18 })]
    [InlineData("paragraphs 2 and 18", Language.English, new[] { 2, 18 })]
    [InlineData("الفقرتين 2 و18", Language.Arabic, new[] { 2, 18 })]
    [InlineData("the last paragraphs", Language.English, new[] { 23, 24 })]
    [InlineData("last two paragraphs", Language.English, new[] { 23, 24 })]
    [InlineData("آخر فقرتين", Language.Arabic, new[] { 23, 24 })]
    public async Task HandleAsync_ShortOrSeveralParagraphLookUps_QuoteEveryParagraphAskedVerbatim(string question, Language language, int[] paragraphs)
    {
        var bot = EvaluationSet.Bot();

        var reply = await bot.SendAsync(RouterFixture.Private(question));

        Assert.NotNull(reply);
        Assert.True(reply.Answered, reply.ToPlainText());
        Assert.Equal("paragraph", reply.Intent);
        Assert.Equal(language, reply.Language);
        Assert.Equal(paragraphs, RouterFixture.Paragraphs(reply));
        foreach (var paragraph in paragraphs)
        {
            Assert.Contains(reply.Blocks, b => b.Kind == ReplyBlockKind.Quote && b.Text == bot.Knowledge.Article.Paragraph(paragraph));
        }

        Assert.Contains(ReplyComposer.ParagraphWords(paragraphs, language), reply.Blocks[^1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_MoreParagraphsThanOneReplyQuotes_QuotesTheFirstAndNamesTheRest()
    {
        var bot = EvaluationSet.Bot();

        var reply = await bot.SendAsync(RouterFixture.Private("paragraphs 1 to 24"));

        Assert.NotNull(reply);
        Assert.Equal([1, 2, 3, 4], RouterFixture.Paragraphs(reply));
        Assert.Contains("ask for the rest (paragraphs 5 to 24) in another message", reply.ToPlainText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_ParagraphsInAndOutOfRange_QuotesTheOneThereAndSaysHowManyThereAre()
    {
        var bot = EvaluationSet.Bot();

        var reply = await bot.SendAsync(RouterFixture.Private("paragraphs 2 and 30"));

        Assert.NotNull(reply);
        Assert.True(reply.Answered);
        Assert.Equal([2], RouterFixture.Paragraphs(reply));
        Assert.Contains("The report has no paragraph 30: it has 24 paragraphs", reply.ToPlainText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_NothingClose_SaysTheReportDoesNotSayThatAndWhatItCovers()
    {
        var bot = EvaluationSet.Bot();

        var reply = await bot.SendAsync(RouterFixture.Private("what's the dollar rate today?"));

        Assert.NotNull(reply);
        Assert.False(reply.Answered);
        Assert.StartsWith("The report does not say that. I only answer from one Reuters report", reply.ToPlainText(), StringComparison.Ordinal);
        Assert.Equal(3, reply.Buttons.Count);
    }

    [Theory]
    [InlineData("what happens by september 2025?", "and after that?", 18, "in about 32 days")]
    [InlineData("what happens by september 2025?", "and then?", 18, "in about 32 days")]
    [InlineData("شوكت يطلعون من عين الاسد؟", "وبعدين؟", 18, "بعد نحو 32 يوماً")]
    [InlineData("When did the US invade Iraq?", "what next?", 15, "2011")]
    [InlineData("متى بدأت المحادثات؟", "وبعدين شصار؟", 8, "انتهت")]
    [InlineData("When did the US withdraw from Iraq in 2011?", "and before that?", 15, "2003")]
    [InlineData("when was ISIS defeated in Iraq?", "what came before that?", 13, "2014")]
    [InlineData("متى انسحبت امريكا من العراق اول مرة؟", "وقبل هاي؟", 15, "2003")]
    [InlineData("شوكت يطلعون من اربيل؟", "وقبلها؟", 17, "عين الأسد")]
    public async Task HandleAsync_AndAfterOrBeforeThat_AnswersWhatCameNextOrBeforeNotTheReminders(string question, string followUp, int paragraph, string words)
    {
        var bot = EvaluationSet.Bot();
        await bot.SendAsync(RouterFixture.Private(question));

        var reply = await bot.SendAsync(RouterFixture.Private(followUp));

        Assert.NotNull(reply);
        Assert.True(reply.Answered, reply.ToPlainText());
        Assert.Contains(paragraph, RouterFixture.Paragraphs(reply));
        Assert.Contains(words, reply.ToPlainText(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("and before that?")]
    [InlineData("وقبل هاي؟")]
    public async Task HandleAsync_AndBeforeThatWithNothingAskedBefore_AsksAboutWhat(string text)
    {
        var bot = EvaluationSet.Bot();

        var reply = await bot.SendAsync(RouterFixture.Private(text));

        Assert.NotNull(reply);
        Assert.Equal("vague", reply.Intent);
    }

    [Fact]
    public async Task HandleAsync_RefusalAfterAQuestion_ListsItsSuggestionsAsTheirButtonsSayThem()
    {
        var bot = EvaluationSet.Bot();
        await bot.SendAsync(RouterFixture.Private("how many troops are in syria?"));

        var reply = await bot.SendAsync(RouterFixture.Private("and then?"));

        Assert.NotNull(reply);
        string[] items = [.. reply.Blocks.Where(b => b.Kind == ReplyBlockKind.ListItem).Select(b => b.Text)];
        Assert.NotEmpty(items);
        Assert.All(items, item => Assert.Contains(reply.Buttons, button => button.Label == item));
    }

    [Theory]
    [InlineData("will any US troops stay after the withdrawal?", "tell me more", 4)]
    [InlineData("will any US troops stay after the withdrawal?", "what do you mean?", 4)]
    [InlineData("هل راح يبقى جنود امريكان بعد الانسحاب؟", "شلون يعني؟", 4)]
    [InlineData("شكد جندي امريكي بالعراق؟", "وضحلي", 13)]
    [InlineData("how many US troops are in Iraq?", "more details please", 13)]
    public async Task HandleAsync_TellMeMoreAfterAnAnswer_QuotesTheWholeParagraphItCited(string question, string followUp, int paragraph)
    {
        var bot = EvaluationSet.Bot();
        await bot.SendAsync(RouterFixture.Private(question));

        var reply = await bot.SendAsync(RouterFixture.Private(followUp));

        Assert.NotNull(reply);
        Assert.True(reply.Answered, reply.ToPlainText());
        Assert.Equal([paragraph], RouterFixture.Paragraphs(reply));
        Assert.Contains(EvaluationSet.Knowledge.Article.Paragraph(paragraph), reply.ToPlainText(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Which paragraph mentions Gaza?", 5)]
    [InlineData("In which paragraph is the 2,500 figure?", 13)]
    [InlineData("which paragraph says the deal could be announced this month?", 7)]
    [InlineData("شنو تكول الفقره الي بيها غزه", 5)]
    [InlineData("where does the report mention Erbil?", 18)]
    [InlineData("which paragraph mentions Ain al-Asad and Baghdad?", 17)]
    [InlineData("which paragraph mentions a third of Iraq?", 14)]
    [InlineData("which paragraph mentions the three US soldiers killed?", 12)]
    [InlineData("اي فقرات بيها غزة؟", 5)]
    [InlineData("which paragraph mentions Gaza and Erbil?", 5)]
    public async Task HandleAsync_WhichParagraphSaysIt_QuotesTheParagraphFirst(string text, int paragraph)
    {
        var bot = EvaluationSet.Bot();

        var reply = await bot.SendAsync(RouterFixture.Private(text));

        Assert.NotNull(reply);
        Assert.True(reply.Answered, reply.ToPlainText());
        Assert.Equal(paragraph, RouterFixture.Paragraphs(reply)[0]);
        Assert.Contains(EvaluationSet.Knowledge.Article.Paragraph(paragraph), reply.ToPlainText(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("which paragraph mentions Washington?", new[] { 8, 11, 19, 22 })]
    [InlineData("بأي فقرة ذكرت واشنطن؟", new[] { 8, 11, 19, 22 })]
    [InlineData("which paragraph mentions September?", new[] { 2, 17 })]
    [InlineData("اي فقرة بيها سبتمبر", new[] { 2, 17 })]
    [InlineData("where is Farhad mentioned?", new[] { 8 })]
    [InlineData("Which paragraph mentions Sudani?", new[] { 11, 22 })]
    [InlineData("Which paragraph mentions Farhad and Tehran?", new[] { 8, 22 })]
    [InlineData("What does the report say about Iran?", new[] { 11, 20, 21 })]
    [InlineData("شنو يكول التقرير عن اربيل؟", new[] { 18 })]
    [InlineData("بأي فقرة ذكر كانون الثاني؟", new[] { 11 })]
    [InlineData("which paragraph mentions Washington and Tehran?", new[] { 22 })]
    [InlineData("What does the report say about the Islamic State?", new[] { 13, 14, 15, 18 })]
    [InlineData("بأي فقرة ذكر داعش؟", new[] { 13, 14, 15, 18 })]
    public async Task HandleAsync_WhichParagraphMentionsANameTheQuestionReadsMoreBroadly_QuotesOnlyTheParagraphsThatWriteIt(string text, int[] paragraphs)
    {
        var bot = EvaluationSet.Bot();

        var reply = await bot.SendAsync(RouterFixture.Private(text));

        Assert.NotNull(reply);
        Assert.True(reply.Answered, reply.ToPlainText());
        Assert.Equal(paragraphs, RouterFixture.Paragraphs(reply));
    }

    [Theory]
    [InlineData("Which paragraph mentions Washington?", "and Tehran?", 22)]
    [InlineData("بأي فقرة ذكرت واشنطن؟", "وطهران؟", 22)]
    [InlineData("which paragraph mentions Gaza?", "and Erbil?", 18)]
    public async Task HandleAsync_AnotherNameRightAfterALookUp_IsLookedUpToo(string lookUp, string followUp, int paragraph)
    {
        var reply = await FollowUpAsync(lookUp, followUp);

        Assert.Equal("paragraph", reply.Intent);
        Assert.Equal([paragraph], RouterFixture.Paragraphs(reply));
    }

    [Theory]
    [InlineData("which paragraph mentions the Pentagon?", "The report never mentions: “Pentagon”.")]
    [InlineData("Which paragraph mentions Saudi Arabia?", "The report never mentions: “Saudi Arabia”.")]
    [InlineData("بأي فقرة ذكر البنتاغون؟", "لا يذكر التقرير: «البنتاغون».")]
    [InlineData("Does the report mention Biden?", "The report never mentions: “Biden”.")]
    [InlineData("What does the report say about Kirkuk?", "The report never mentions: “Kirkuk”.")]
    [InlineData("التقرير يذكر الموصل؟", "لا يذكر التقرير: «الموصل».")]
    public async Task HandleAsync_WhichParagraphMentionsANameFoundNowhere_SaysTheReportNeverMentionsItAndRecordsIt(string text, string expected)
    {
        var bot = EvaluationSet.Bot();

        var reply = await bot.SendAsync(RouterFixture.Private(text));

        Assert.NotNull(reply);
        Assert.False(reply.Answered, reply.ToPlainText());
        Assert.StartsWith(expected, reply.ToPlainText(), StringComparison.Ordinal);
        Assert.Single(bot.Unanswered.Questions);
    }

    [Theory]
    [InlineData("which paragraph mentions the Islamic State", 14)] // trial 62: "The report never mentions: ." closed the quote
    [InlineData("Which part of Iraq and Syria has the Islamic State controlled at its peak?", 14)] // a part of a place, not of the report
    public async Task HandleAsync_LookUpOfWhatTheReportNames_NamesNothingAsMissing(string text, int paragraph)
    {
        var reply = await EvaluationSet.Bot().SendAsync(RouterFixture.Private(text));

        Assert.NotNull(reply);
        Assert.Contains(paragraph, RouterFixture.Paragraphs(reply));
        Assert.DoesNotContain("never mentions", reply.ToPlainText(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Is it true that about 3,500 US troops are in Iraq?", "The report does not say “3,500”.", 13)]
    [InlineData("is it true that the US has 5000 troops in syria", "The report does not say “5000”.", 13)]
    [InlineData("Is it true that the talks began in March?", "The report does not say “March”.", 11)]
    [InlineData("For my segment: the talks started in March 2024, yes?", "The report does not say “March 2024”.", 11)] // trial 62: ", yes?" was no claim
    [InlineData("Pls verify: the elections are scheduled for November 2025?", "The report does not say “November 2025”.", 23)] // trial 63
    [InlineData("I heard 2,500 troops are in Iraq and they leave by 2030, is that right?", "The report does not say “2030”.", 2)] // break 32 #3: "does not say “2,500”, “2030”"
    [InlineData("I heard there are 2500 US troops in Iraq and 3 soldiers were killed in 2023, true?", "The report does not say “2023”.", 12)]
    [InlineData("بسم الله، سمعنا أن عدد القوات الأمريكية في العراق يبلغ خمسة آلاف جندي، فهل هذا صحيح؟", "لا يذكر التقرير «خمسة آلاف».", 13)] // "فهل هذا صحيح؟" was a question of its own
    [InlineData("بسم الله الرحمن الرحيم، يذكر بعض الإخوة أن المحادثات بدأت في شهر آذار، فهل هذا دقيق؟", "لا يذكر التقرير «آذار».", 11)]
    [InlineData("FYI my colleague says 10,000 US troops are in Iraq. Can you confirm?", "The report does not say “10,000”.", 13)]
    [InlineData("Is it true that the elections are in November 2025?", "The report does not say “November 2025”.", 23)]
    [InlineData("I heard 1,200 troops are in Syria, is that right?", "The report does not say “1,200”.", 13)]
    [InlineData("صحيح اكو 3000 جندي امريكي بالعراق؟", "لا يذكر التقرير «3000».", 13)]
    [InlineData("سمعت القوات تبقى باربيل لنهاية 2027 صحيح؟", "لا يذكر التقرير «2027».", 18)]
    [InlineData("Is it true that the elections are in October 2026?", "The report does not give “October 2026” for this.", 23)]
    [InlineData("Is it true that ISIS was defeated in Iraq in 2014?", "The report does not give “2014” for this.", 14)]
    [InlineData("Is it true that ISIS was defeated in Iraq in 2019?", "The report does not give “2019” for this.", 14)]
    [InlineData("صحيح داعش انهزم بالعراق سنة 2019؟", "لا يذكر التقرير «2019» لهذا.", 14)]
    [InlineData("Is it true that the US had 900 troops in Iraq?", "The report does not give “900” for this.", 13)]
    [InlineData("Is it true that 4,000 US soldiers are based in Iraq?", "The report does not say “4,000”.", 13)]
    [InlineData("Is it true 2,500 US soldiers are based in Syria?", "The report does not give “2,500” for this.", 13)]
    [InlineData("I thought there were around 5,000 US troops in Iraq. Is that right?", "The report does not say “5,000”.", 13)]
    [InlineData("I thought there were around 5,000 US troops in Iraq. What number does the report give?", "The report does not say “5,000”.", 13)]
    [InlineData("اخويه بالجيش ويكول اكو 3000 أمريكي بالعراق، هيچ مذكور بالتقرير؟", "لا يذكر التقرير «3000».", 13)]
    [InlineData("صحيح المحادثات بدت بشباط؟", "لا يذكر التقرير «شباط».", 11)]
    [InlineData("شفت بالفيسبوك ان الامريكان انسحبوا من عين الاسد بـ 2024، صحيح؟", "لا يذكر التقرير «2024».", 17)]
    [InlineData("Is it true that 2,500 US troops are in Syria?", "The report does not give “2,500” for this.", 13)]
    [InlineData("صحيح اكو 2500 جندي بسوريا؟", "لا يذكر التقرير «2500» لهذا.", 13)]
    [InlineData("Is it true that the US returned to Iraq in 2003?", "The report does not give “2003” for this.", 15)]
    [InlineData("my brother says there are 3000 US troops in Iraq", "The report does not say “3000”.", 13)]
    [InlineData("Isn't it true that 10,000 troops stay in Erbil?", "The report does not say “10,000”.", 18)]
    [InlineData("I heard 10,000 troops stay in Erbil, is that right?", "The report does not say “10,000”.", 18)]
    [InlineData("is it true that 500 german troops are in iraq?", "The report does not say “500”.", 16)]
    [InlineData("Is it true there are three thousand US troops in Iraq?", "The report does not say “three thousand”.", 13)]
    [InlineData("I heard about five thousand Americans are in Syria, is that true?", "The report does not say “five thousand”.", 13)]
    [InlineData("Is it true there are 3k US troops in Iraq?", "The report does not say “3k”.", 13)]
    [InlineData("is it true ISIS was defeated in Iraq in twenty sixteen?", "The report does not say “twenty sixteen”.", 14)]
    [InlineData("صحيح اكو ثلاث تلاف جندي امريكي بالعراق؟", "لا يذكر التقرير «ثلاث تلاف».", 13)]
    [InlineData("صحيح اكو ثلاثة آلاف جندي أمريكي في العراق؟", "لا يذكر التقرير «ثلاثة آلاف».", 13)]
    [InlineData("صحيح داعش انهزم بالعراق بالفين وستطعش؟", "لا يذكر التقرير «الفين وستطعش».", 14)]
    [InlineData("حفيدي يكول اكو 5000 جندي امريكي بالعراق صح؟", "لا يذكر التقرير «5000».", 13)]
    [InlineData("حفيدي يكول الامريكان خمس تلاف بالعراق صح", "لا يذكر التقرير «خمس تلاف».", 13)]
    [InlineData("Is it true Reuters reported 3,000 US troops in Iraq?", "The report does not say “3,000”.", 13)]
    [InlineData("صديقي يكول اكو الفين جندي بسوريا صح؟", "لا يذكر التقرير «الفين».", 13)]
    [InlineData("جدتي تكول اكو خمس تلاف جندي امريكي بالعراق، صدك؟", "لا يذكر التقرير «خمس تلاف».", 13)]
    [InlineData("ابن عمي يكول الامريكان راح يبقون باربيل لحد 2030", "لا يذكر التقرير «2030».", 18)]
    [InlineData("the US left Iraq in 2012, true?", "The report does not say “2012”.", 15)]
    [InlineData("واحد راكب وياي گال اكو 10 الاف جندي امريكي بالعراق", "لا يذكر التقرير «10 الاف».", 13)]
    [InlineData("جاري يكول 10 الاف جندي باربيل", "لا يذكر التقرير «10 الاف».", 18)]
    [InlineData("ابني يقول 5000 بالعراق", "لا يذكر التقرير «5000».", 13)] // trial 58: a claim opening with a figure was answered in English
    [InlineData("صديقي يقول 5000 بالعراق", "لا يذكر التقرير «5000».", 13)]
    [InlineData("ابني يقلي 5000 بالعراق", "لا يذكر التقرير «5000».", 13)] // trial 58: greeted as an introduction
    [InlineData("Is it true that the US has 900 troops in Iraq and 2500 in Syria?", "The report does not give “900”, “2500” for this.", 13)] // break 35 #2: swapped, answered as if confirmed
    [InlineData("صحيح امريكا عدها 900 جندي بالعراق و2500 بسوريا؟", "لا يذكر التقرير «900»، «2500» لهذا.", 13)]
    [InlineData("Is it true ISIS was defeated in Iraq in 2019 and in Syria in 2017?", "The report does not give “2019”, “2017” for this.", 14)]
    [InlineData("صحيح داعش انهزم بالعراق 2019 وبسوريا 2017؟", "لا يذكر التقرير «2019»، «2017» لهذا.", 14)]
    [InlineData("Someone on Twitter said four American soldiers died in the attacks. Can you confirm?", "The report does not say “four”.", 12)] // trial 66: "Twitter" sank it, "confirm" read as "final"
    [InlineData("My notes say the elections were set for November 2025, is that right?", "The report does not say “November 2025”.", 23)] // trial 66: "set for" read as a date being set
    [InlineData("مصادري بتقول إن فيه 4000 جندي أمريكي في العراق، ده صح؟", "لا يذكر التقرير «4000».", 13)] // trial 66 W1: Egyptian "بتقول" was no cue, "مصادري" read as the sources (¶17 offered)
    public async Task HandleAsync_ClaimWithAFigureOrDateTheReportNeverGives_SaysSoThenWhatItDoesSay(string claim, string opening, int paragraph)
    {
        var bot = EvaluationSet.Bot();

        var reply = await bot.SendAsync(RouterFixture.Private(claim));

        Assert.NotNull(reply);
        Assert.Equal(ReplyComposer.NotAsClaimedIntent, reply.Intent);
        Assert.StartsWith(opening, reply.ToPlainText(), StringComparison.Ordinal);
        Assert.Equal([paragraph], RouterFixture.Paragraphs(reply));
        Assert.Empty(bot.Unanswered.Questions);
    }

    [Theory]
    [InlineData("هل قتل ثلاثة جنود عراقيين؟", "لا يذكر التقرير «عراقيين» لهذا.")]
    [InlineData("صحيح انكتلوا ثلاث جنود عراقيين بالهجمات؟", "لا يذكر التقرير «عراقيين» لهذا.")]
    [InlineData("Were three Iraqi soldiers killed?", "The report does not give “Iraqi soldiers” for this.")] // break 36 #7: English was answered plainly
    [InlineData("is it true that 3 Iraqi soldiers were killed?", "The report does not give “Iraqi soldiers” for this.")]
    public async Task HandleAsync_CountTheReportGivesForOthers_SaysItDoesNotGiveItForThoseThenWhoItGivesItFor(string claim, string opening)
    {
        var bot = EvaluationSet.Bot();

        var reply = await bot.SendAsync(RouterFixture.Private(claim));

        Assert.NotNull(reply);
        Assert.Equal(ReplyComposer.NotAsClaimedIntent, reply.Intent);
        Assert.StartsWith(opening, reply.ToPlainText(), StringComparison.Ordinal);
        Assert.Contains("ثلاثة جنود أميركيين", reply.ToPlainText(), StringComparison.Ordinal);
        Assert.Equal([12], RouterFixture.Paragraphs(reply));
    }

    [Theory]
    [InlineData("no US soldiers were killed?")] // break 36 #2: the plan not being final (¶2, ¶3) read as a yes
    [InlineData("is it true that no US soldiers were killed?")]
    [InlineData("so no american soldier died?")]
    public async Task HandleAsync_RumourThatNoSoldierWasKilled_GetsTheThreeKilled(string rumour)
    {
        var reply = await EvaluationSet.Bot().SendAsync(RouterFixture.Private(rumour));

        Assert.NotNull(reply);
        Assert.Contains("killed three US soldiers", reply.ToPlainText(), StringComparison.Ordinal);
        Assert.Equal([12], RouterFixture.Paragraphs(reply));
    }

    [Theory]
    [InlineData("Were three Iraqi soldiers killed in the attacks?")]
    [InlineData("were 3 iraqi soldiers killed by the drones")]
    public async Task HandleAsync_CountOfTheSecondFactAsked_AnswersWithTheFactThatGivesIt(string question)
    {
        var bot = EvaluationSet.Bot();

        var reply = await bot.SendAsync(RouterFixture.Private(question));

        Assert.NotNull(reply);
        Assert.True(reply.Answered);
        Assert.Contains("killed three US soldiers", reply.ToPlainText(), StringComparison.Ordinal);
        Assert.Equal([12], RouterFixture.Paragraphs(reply));
    }

    [Theory]
    [InlineData("how many troops will be in Iraq in 2030?")]
    [InlineData("Is it true that Russian troops are in Iraq?")]
    [InlineData("صحيح القوات الروسية بسوريا؟")]
    [InlineData("Is it true that the US invaded Iraq in 2003?")]
    [InlineData("hi, I'm Ahmed, 25 years old. I heard the Americans are leaving, is it true?")]
    [InlineData("I thought there were around 2,500 US troops in Iraq. Is that right?")]
    [InlineData("Is it true that the US withdrew in 2011?")]
    [InlineData("Is it true the US has 2,500 troops in Iraq and 900 in Syria?")]
    [InlineData("صحيح الامريكان عدهم 2500 جندي بالعراق و900 بسوريا؟")]
    [InlineData("Is it true ISIS was defeated in Iraq in 2017 and in Syria in 2019?")]
    [InlineData("صحيح داعش انهزم بالعراق 2017 وبسوريا 2019؟")]
    [InlineData("I heard in Iraq and Syria there are 2500 and 900 troops, true?")] // places apart from their figures: not paired, not corrected
    [InlineData("صحيح امريكا غزت العراق سنة 2003؟")]
    [InlineData("Are there two thousand five hundred US troops in Iraq?")]
    [InlineData("is it true that nine hundred US troops are in Syria?")]
    [InlineData("is it true 2.5k troops are in iraq?")]
    [InlineData("is it true that 2.5 thousand US troops are in Iraq?")] // break 28: "the report does not say 2.5 thousand"
    [InlineData("صحيح اكو ٢٫٥ ألف جندي امريكي بالعراق؟")]
    [InlineData("صحيح اكو 0.9 الف جندي امريكي بسوريا؟")]
    [InlineData("سمعت اكو الفين وخمسمية جندي امريكي بالعراق صح؟")]
    [InlineData("Is it true that the US invaded Iraq in twenty oh three?")]
    [InlineData("Can you confirm that the US will keep troops in Iraq after 2026?")]
    [InlineData("the US will keep troops after 2026, right?")]
    [InlineData("Is it true that hundreds of troops leave by September 2025 and the rest by the end of 2026?")]
    [InlineData("Second claim: hundreds of soldiers leave until September 2025, the rest until end of 2026. Correct?")]
    [InlineData("صحيح مئات الجنود يطلعون بأيلول 2025 والباقي نهاية 2026؟")]
    public async Task HandleAsync_QuestionThatPutsNoClaimATrueOneOrOnlyAnOffTopicName_IsNeverCorrected(string text)
    {
        var bot = EvaluationSet.Bot();

        var reply = await bot.SendAsync(RouterFixture.Private(text));

        Assert.NotNull(reply);
        Assert.NotEqual(ReplyComposer.NotAsClaimedIntent, reply.Intent);
    }

    [Theory]
    [InlineData("what does breathing room mean?", "I heard all troops are leaving by Christmas 2026, is that true?", "end of 2026")]
    [InlineData("متى تغادر القوات عين الأسد؟", "سمعت كل الجنود يطلعون قبل الكريسمس 2026، صح؟", "نهاية عام 2026")]
    public async Task HandleAsync_ClaimOfAYearTheReportGivesAfterAnotherAnswer_IsAnsweredWithThatYear(string earlier, string claim, string expected)
    {
        var bot = EvaluationSet.Bot();
        await bot.SendAsync(RouterFixture.Private(earlier));

        var reply = await bot.SendAsync(RouterFixture.Private(claim));

        Assert.NotNull(reply);
        Assert.NotEqual(ReplyComposer.NotAsClaimedIntent, reply.Intent);
        Assert.Contains(expected, reply.ToPlainText(), StringComparison.Ordinal);
        Assert.Contains(18, RouterFixture.Paragraphs(reply));
    }

    [Theory]
    [InlineData("my son is a soldier at Al-Asad. will he be home for Christmas?", 17)]
    [InlineData("will the troops be home by christmas?", 2)]
    [InlineData("will he be home for Christmas?", 2)]
    public async Task HandleAsync_ChristmasForTheEndOfTheYear_IsAnsweredWithTheDateTheReportGives(string question, int paragraph)
    {
        var bot = EvaluationSet.Bot();

        var reply = await bot.SendAsync(RouterFixture.Private(question));

        Assert.NotNull(reply);
        Assert.True(reply.Answered, reply.ToPlainText());
        Assert.Contains(paragraph, RouterFixture.Paragraphs(reply));
    }

    [Theory]
    [InlineData("How many US troops are in Iraq?", "but I heard 3000", "The report does not say “3000”.")]
    [InlineData("How many US troops are in Iraq?", "No, the report says 5,000 troops in Iraq.", "The report does not say “5,000”.")]
    [InlineData("How many US troops are in Iraq?", "no, my brother says 3000", "The report does not say “3000”.")]
    [InlineData("شكد جندي امريكي بالعراق؟", "لا اخوي يكول 3000", "لا يذكر التقرير «3000».")]
    [InlineData("شقد جندي امريكي بالعراق؟", "لا اخوي قلي 5000", "لا يذكر التقرير «5000».")] // trial 61: was greeted
    [InlineData("How many US troops are in Iraq?", "no, it's 10,000. admit it", "The report does not say “10,000”.")]
    public async Task HandleAsync_FigureClaimedAfterAnAnswer_IsSetAgainstThatAnswer(string question, string claim, string opening)
    {
        var bot = EvaluationSet.Bot();
        await bot.SendAsync(RouterFixture.Private(question));

        var reply = await bot.SendAsync(RouterFixture.Private(claim));

        Assert.NotNull(reply);
        Assert.Equal(ReplyComposer.NotAsClaimedIntent, reply.Intent);
        Assert.StartsWith(opening, reply.ToPlainText(), StringComparison.Ordinal);
        Assert.Equal([13], RouterFixture.Paragraphs(reply));
    }

    [Theory]
    [InlineData("How many US soldiers were killed?", "You gave 2,500 earlier, but I have read 3,000 elsewhere.", "The report does not say “3,000”.", 13)]
    [InlineData("هل الاتفاق نهائي؟", "انت جذاب اكو 5000", "لا يذكر التقرير «5000».", 13)]
    [InlineData("How many US soldiers were killed?", "no, I heard 5", "The report does not give “5” for this.", 12)]
    [InlineData("Is the deal final?", "my friend says 10", "The report does not say “10”.", 2)]
    public async Task HandleAsync_FigureDisputedAfterAnAnswer_IsSetAgainstTheFactWhoseCountItDisputes(string question, string claim, string opening, int paragraph)
    {
        var bot = EvaluationSet.Bot();
        await bot.SendAsync(RouterFixture.Private(question));

        var reply = await bot.SendAsync(RouterFixture.Private(claim));

        Assert.NotNull(reply);
        Assert.Equal(ReplyComposer.NotAsClaimedIntent, reply.Intent);
        Assert.StartsWith(opening, reply.ToPlainText(), StringComparison.Ordinal);
        Assert.Equal(paragraph, RouterFixture.Paragraphs(reply)[0]);
    }

    [Fact]
    public async Task HandleAsync_TwoAnswersWithTheSameMilestone_GiveItsTimingOnce()
    {
        var bot = EvaluationSet.Bot();

        var reply = await bot.SendAsync(RouterFixture.Private("When do troops leave Erbil, and when do the last US troops leave Iraq?"));

        Assert.NotNull(reply);
        Assert.Equal([18, 2, 4], RouterFixture.Paragraphs(reply));
        Assert.Single(reply.Blocks, block => block.Text.StartsWith("Timing as reported", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("When will US troops leave Iraq?", "when do they leave Baghdad?", 17)]
    [InlineData("Who said 'we have a deal'?", "who said that the talks with Washington had ended?", 8)]
    [InlineData("Who said 'we have a deal'?", "Who said the deal could be announced this month?", 7)]
    [InlineData("Who said the deal could be announced this month?", "who said the talks were over?", 8)]
    public async Task HandleAsync_WholeQuestionAfterAnother_IsNotBentTowardsTheEarlierAnswer(string first, string second, int paragraph)
    {
        var bot = EvaluationSet.Bot();
        await bot.SendAsync(RouterFixture.Private(first));

        var reply = await bot.SendAsync(RouterFixture.Private(second));

        Assert.NotNull(reply);
        Assert.True(reply.Answered, reply.ToPlainText());
        Assert.Equal(paragraph, RouterFixture.Paragraphs(reply)[0]);
    }

    [Theory]
    [InlineData("شوكت يطلعو الامريكان", 2)]
    [InlineData("شوكت يطلعون الامركان", 2)]
    [InlineData("شوكت ينسحبو الامركان", 2)]
    [InlineData("شكد جندي امركي بالعراق؟", 13)]
    [InlineData("الامريكان ردو على الهجمات؟", 12)]
    [InlineData("what happened to ISIS in Iraq?", 14)]
    [InlineData("شنو صار بداعش", 14)]
    [InlineData("ليش الامريكان جايين للعراق اصلا", 15)]
    [InlineData("Which parts are confirmed and which are only planned?", 2)]
    [InlineData("Are the Americans still in Iraq?", 13)]
    [InlineData("is the US leaving Iraq?", 1)]
    [InlineData("my dad says the US is leaving iraq for good, is that true?", 4)]
    [InlineData("What is the withdrawal expected to represent for Washington?", 19)]
    [InlineData("شكد باقي للانتخابات؟", 23)]
    [InlineData("بغداد لو اربيل منو اول؟", 17)]
    [InlineData("which comes first, Baghdad or Erbil?", 17)]
    [InlineData("are the americans leaving iraq?", 1)]
    [InlineData("did the us withdraw from iraq in the past?", 15)]
    [InlineData("Did the withdrawal actually happen?", 2)]
    [InlineData("Did the withdrawal go ahead as planned?", 2)]
    [InlineData("Was the withdrawal completed?", 2)]
    [InlineData("has the withdrawal been completed?", 2)]
    [InlineData("check this link t.me/iraqnews/12345 they say all americans already left", 2)]
    [InlineData("I'm a journalist based in Erbil. Is the deal final?", 2)]
    [InlineData("بس اريد اعرف شكد جندي امريكي بالعراق؟", 13)]
    [InlineData("اوك خلي نرجع للموضوع، شكد جندي امريكي بالعراق", 13)]
    [InlineData("ok back to the topic, how many US troops are in Iraq?", 13)]
    [InlineData("bro when the americans leave iraq 100%?", 2)]
    [InlineData("Claim 1: the US and Iraq reached an understanding on withdrawing coalition forces. True?", 1)]
    [InlineData("Claim 3: 2,500 US troops are in Iraq. True?", 13)]
    [InlineData("I read that 2.5k troops are in Iraq, correct?", 13)]
    [InlineData("شلون رد الامريكان عالهجمات", 12)]
    [InlineData("حبيت اسال شوكت يطلعون من اربيل؟", 18)]
    public async Task HandleAsync_IraqiSpellingTypoOrPlainWording_ReachesTheFact(string text, int paragraph)
    {
        var bot = EvaluationSet.Bot();

        var reply = await bot.SendAsync(RouterFixture.Private(text));

        Assert.NotNull(reply);
        Assert.True(reply.Answered, reply.ToPlainText());
        Assert.Equal(paragraph, RouterFixture.Paragraphs(reply)[0]);
    }

    [Theory]
    [InlineData("is it true that ISIS was defeated in 2017?", 14)]
    [InlineData("Is it true that ISIS was defeated in Syria in 2019?", 14)]
    [InlineData("Is it true that 2,500 US troops are in Iraq?", 13)]
    [InlineData("صحيح اكو 900 جندي امريكي بسوريا؟", 13)]
    public async Task HandleAsync_ClaimWithTheReportsOwnFigureForThatPlace_IsAnsweredPlainly(string text, int paragraph)
    {
        var reply = await EvaluationSet.Bot().SendAsync(RouterFixture.Private(text));

        Assert.NotNull(reply);
        Assert.Equal("fact", reply.Intent);
        Assert.Equal(paragraph, RouterFixture.Paragraphs(reply)[0]);
    }

    [Theory]
    [InlineData("شوكت اجو الامريكان اول مرة للعراق", 15)]
    [InlineData("شوكت إجو الامريكان للعراق؟", 15)]
    public async Task HandleAsync_IraqiCameForEntered_ReachesTheInvasion(string text, int paragraph)
    {
        var bot = EvaluationSet.Bot();

        var reply = await bot.SendAsync(RouterFixture.Private(text));

        Assert.NotNull(reply);
        Assert.True(reply.Answered, reply.ToPlainText());
        Assert.Equal([paragraph], RouterFixture.Paragraphs(reply));
    }

    [Theory]
    [InlineData("Who is the author of the article?", "names neither its author nor the outlet")]
    [InlineData("Which outlet published it?", "names neither its author nor the outlet")]
    [InlineData("كاتب هالتقرير منو؟", "لا يذكر كاتبه")]
    [InlineData("Who is the author?", "names neither its author nor the outlet")]
    [InlineData("منو كتب المقال؟", "لا يذكر كاتبه")]
    public async Task HandleAsync_WhoWroteOrPublishedTheReport_GivesTheSourceAndThatTheArticleNamesNeither(string text, string expected)
    {
        var bot = EvaluationSet.Bot();

        var reply = await bot.SendAsync(RouterFixture.Private(text));

        Assert.NotNull(reply);
        Assert.Equal("source", reply.Intent);
        Assert.Contains(expected, reply.ToPlainText(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("what are the gaps in the report?", "how many troops leave in each phase")]
    [InlineData("ما الذي يغفله المقال؟", "عدد القوات التي تغادر في كل مرحلة")]
    public async Task HandleAsync_WhatTheReportLeavesOut_ListsItWithQuestionsItDoesAnswer(string text, string expected)
    {
        var bot = EvaluationSet.Bot();

        var reply = await bot.SendAsync(RouterFixture.Private(text));

        Assert.NotNull(reply);
        Assert.Equal("report-gaps", reply.Intent);
        Assert.False(reply.Answered);
        Assert.Contains(expected, reply.ToPlainText(), StringComparison.Ordinal);
        Assert.Contains(reply.Blocks, block => block.Kind == ReplyBlockKind.ListItem);
    }

    [Fact]
    public async Task HandleAsync_ClaimWithTheReportsOwnFigure_IsAnsweredPlainly()
    {
        var bot = EvaluationSet.Bot();

        var reply = await bot.SendAsync(RouterFixture.Private("Is it true that 2,500 US troops are in Iraq?"));

        Assert.NotNull(reply);
        Assert.Equal("fact", reply.Intent);
        Assert.Equal([13], RouterFixture.Paragraphs(reply));
    }

    [Fact]
    public async Task HandleAsync_WhichParagraphMentionsWhatTheReportNeverNames_IsRefusedAndRecorded()
    {
        var bot = EvaluationSet.Bot();

        var reply = await bot.SendAsync(RouterFixture.Private("which paragraph mentions Russia?"));

        Assert.NotNull(reply);
        Assert.False(reply.Answered, reply.ToPlainText());
        Assert.Empty(reply.Citations);
        Assert.Single(bot.Unanswered.Questions);
    }

    [Theory]
    [InlineData("Which paragraph says the US will attack Iran?")]
    [InlineData("بأي فقرة يكول ان امريكا راح تضرب ايران؟")]
    [InlineData("which paragraph says Iran ordered the attacks?")]
    public async Task HandleAsync_WhichParagraphSaysWhatNoParagraphSays_QuotesNoneOfThoseThatMerelyNameItsPlaces(string text)
    {
        var bot = EvaluationSet.Bot();

        var reply = await bot.SendAsync(RouterFixture.Private(text));

        Assert.NotNull(reply);
        Assert.False(reply.Answered, reply.ToPlainText());
        Assert.Empty(reply.Citations);
    }

    [Theory]
    [InlineData("اسبانيا وايطاليا؟", "وبالبصرة شكد جندي")]
    [InlineData("which countries are in the coalition?", "and in Basra how many troops?")]
    [InlineData("شكد جندي امريكي بالعراق؟", "شكد منهم بكركوك؟")]
    [InlineData("شوكت يطلعون من اربيل؟", "ليش يطلعون من عين الاسد")]
    [InlineData("when do the troops leave erbil?", "no, I meant Syria")]
    public async Task HandleAsync_FollowUpNamingAPlaceTheReportNeverNames_IsRefusedNotAnsweredFromTheLastAnswer(string question, string followUp)
    {
        var bot = EvaluationSet.Bot();
        await bot.SendAsync(RouterFixture.Private(question));

        var reply = await bot.SendAsync(RouterFixture.Private(followUp));

        Assert.NotNull(reply);
        Assert.False(reply.Answered, reply.ToPlainText());
    }

    [Theory]
    [InlineData("Who said the technical talks were over?", "when?")]
    [InlineData("Are the technical talks between Baghdad and Washington finished?", "وشوكت؟")]
    public async Task HandleAsync_BareWhenAfterAnAnswerTheReportDatesNowhere_SaysItGivesNoDateForThatAnswer(string question, string followUp)
    {
        var bot = EvaluationSet.Bot();
        await bot.SendAsync(RouterFixture.Private(question));

        var reply = await bot.SendAsync(RouterFixture.Private(followUp));

        Assert.NotNull(reply);
        Assert.Equal(ReplyComposer.NoDateIntent, reply.Intent);
        Assert.Equal([8], RouterFixture.Paragraphs(reply));
    }

    [Theory]
    [InlineData("Why was the announcement postponed?", "by whom?")]
    public async Task HandleAsync_BareQuestionWordAfterAnAnswerTheReportHasNoAnswerFor_SaysSoRatherThanListingTheMilestonesOrItself(string question, string followUp)
    {
        var bot = EvaluationSet.Bot();
        await bot.SendAsync(RouterFixture.Private(question));

        var reply = await bot.SendAsync(RouterFixture.Private(followUp));

        Assert.NotNull(reply);
        Assert.False(reply.Answered, reply.ToPlainText());
        Assert.Contains("your last question", reply.ToPlainText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_WhichParagraphIsThatAfterAnAnswer_QuotesTheParagraphOfThatAnswerEvenWhenAskedAgain()
    {
        var bot = EvaluationSet.Bot();
        await bot.SendAsync(RouterFixture.Private("how many troops are in iraq?"));

        var reply = await bot.SendAsync(RouterFixture.Private("which paragraph is that?"));
        var again = await bot.SendAsync(RouterFixture.Private("where does the report say that?"));

        Assert.NotNull(reply);
        Assert.Equal([13], RouterFixture.Paragraphs(reply));
        Assert.NotNull(again);
        Assert.Equal([13], RouterFixture.Paragraphs(again));
    }

    [Fact]
    public async Task HandleAsync_WhichParagraphIsThatAfterARefusal_SaysTheReportDoesNotSayIt()
    {
        var bot = EvaluationSet.Bot();
        await bot.SendAsync(RouterFixture.Private("how many troops are in iraq?"));
        await bot.SendAsync(RouterFixture.Private("what is the dollar rate?"));

        var reply = await bot.SendAsync(RouterFixture.Private("which paragraph is that?"));

        Assert.NotNull(reply);
        Assert.False(reply.Answered, reply.ToPlainText());
        Assert.Empty(reply.Citations);
    }

    [Fact]
    public async Task HandleAsync_WhichParagraphMentionsAKnownAndAnUnknownPlace_QuotesTheKnownAndNamesTheOther()
    {
        var bot = EvaluationSet.Bot();

        var reply = await bot.SendAsync(RouterFixture.Private("which paragraph mentions Erbil and Basra?"));

        Assert.NotNull(reply);
        Assert.Equal([18], RouterFixture.Paragraphs(reply));
        Assert.Contains("The report never mentions: “Basra”.", reply.ToPlainText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_WhichParagraphWithAWordTheReportWritesInAnotherForm_NeverSaysTheReportDoesNotMentionIt()
    {
        var bot = EvaluationSet.Bot();

        var reply = await bot.SendAsync(RouterFixture.Private("which paragraph says the elections were postponed?"));

        Assert.NotNull(reply);
        Assert.DoesNotContain("never mentions", reply.ToPlainText(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("الوجود الامريكي بس ضد داعش؟", "شلون يعني ضد ايران؟", 20)]
    [InlineData("شكد جندي امريكي بسوريا؟", "وليش جو اصلا؟", 15)]
    [InlineData("Will any US troops stay after the withdrawal?", "in what role?", 4)]
    [InlineData("Who started the talks with Washington?", "are they done now?", 8)]
    [InlineData("which countries besides the US are in the coalition?", "how many troops do they have?", 16)]
    [InlineData("راح يبقى جنود امريكان بعد الانسحاب؟", "بأي صفة؟", 4)]
    [InlineData("ليش المصادر ما ذكروا أساميهم؟", "جم واحد أمريكي بيهم؟", 6)]
    [InlineData("Besides the US, who's in the coalition?", "how many soldiers?", 16)]
    [InlineData("Is the US in Iraq only to fight ISIS?", "what has it done about Iran lately?", 21)]
    [InlineData("why was the announcement postponed?", "so when might it be announced?", 7)]
    [InlineData("الاعلان ليش تاجل؟", "وشوكت يعلنوه؟", 7)]
    public async Task HandleAsync_FollowUpAskingHowSoInWhatRoleOrWhy_IsReadInContext(string question, string followUp, int paragraph)
    {
        var reply = await FollowUpAsync(question, followUp);

        Assert.True(reply.Answered, reply.ToPlainText());
        Assert.Contains(paragraph, RouterFixture.Paragraphs(reply));
    }

    [Theory]
    [InlineData("السوداني شنو يطلعله من هالاتفاق؟", "ليش؟", 22)]
    [InlineData("Is the deal done?", "what's still missing then?", 2, 3)]
    public async Task HandleAsync_FollowUpTheAskersOwnWordsLeaveUnsure_IsReadWithTheAnswersWording(string question, string followUp, params int[] paragraphs)
    {
        var reply = await FollowUpAsync(question, followUp);

        Assert.True(reply.Answered, reply.ToPlainText());
        Assert.Equal(paragraphs, RouterFixture.Paragraphs(reply));
    }

    /// <summary>The reply to <paramref name="followUp"/> sent right after <paramref name="question"/> in a new private chat.</summary>
    private static async Task<Reply> FollowUpAsync(string question, string followUp)
    {
        var bot = EvaluationSet.Bot();
        await bot.SendAsync(RouterFixture.Private(question));
        var reply = await bot.SendAsync(RouterFixture.Private(followUp));
        Assert.NotNull(reply);
        return reply;
    }

    [Theory]
    [InlineData("شكد جندي امريكي بالعراق؟", "زين وبسوريا؟", 13)]
    [InlineData("شكد جندي امريكي بالعراق؟", "زين، وبسوريا؟", 13)]
    [InlineData("when do troops leave Ain al-Asad?", "ok and Erbil?", 18)]
    [InlineData("شوكت يطلعون من عين الاسد؟", "زين واربيل؟", 18)]
    [InlineData("When did ISIS lose its territory in Iraq?", "ok and in Syria?", 14)]
    [InlineData("شوكت يطلعون من عين الاسد؟", "زين وبعدين", 18)]
    public async Task HandleAsync_CourtesyWordBeforeAFollowUp_AnswersTheFollowUp(string question, string followUp, int paragraph)
    {
        var reply = await FollowUpAsync(question, followUp);

        Assert.True(reply.Answered, reply.ToPlainText());
        Assert.Contains(paragraph, RouterFixture.Paragraphs(reply));
    }

    [Fact]
    public async Task HandleAsync_WillHeBeHomeForChristmasAfterErbil_IsAboutErbilNotAnotherBase()
    {
        var bot = EvaluationSet.Bot();
        await bot.SendAsync(RouterFixture.Private("my son is a US soldier in Erbil"));
        await bot.SendAsync(RouterFixture.Private("when do troops leave erbil?"));

        var reply = await bot.SendAsync(RouterFixture.Private("will he be home for Christmas?"));

        Assert.NotNull(reply);
        Assert.Contains(18, RouterFixture.Paragraphs(reply));
        Assert.DoesNotContain(17, RouterFixture.Paragraphs(reply));
    }

    [Theory]
    [InlineData("When did ISIS get defeated in Iraq?", "And in Syria?", 14)]
    [InlineData("When did ISIS lose its territory in Iraq?", "what about Syria?", 14)]
    [InlineData("شكد جندي امريكي بالعراق؟", "وبسوريا؟", 13)]
    public async Task HandleAsync_PlaceTheLastAnswerAlsoCovers_AsksThatAnswersQuestionAboutIt(string question, string followUp, int paragraph)
    {
        var reply = await FollowUpAsync(question, followUp);

        Assert.True(reply.Answered, reply.ToPlainText());
        Assert.Equal([paragraph], RouterFixture.Paragraphs(reply).Distinct());
    }

    [Theory]
    [InlineData("When do troops leave Erbil?", "and Baghdad?", 17)]
    [InlineData("When do troops leave Erbil?", "and al asad?", 17)]
    [InlineData("شوكت يطلعون من اربيل؟", "وعين الاسد؟", 17)]
    [InlineData("شوكت يطلعون من اربيل؟", "زين وبغداد؟", 17)]
    public async Task HandleAsync_PlaceTheLastAnswerDoesNotTellOf_GetsThatPlacesOwnAnswer(string question, string followUp, int paragraph)
    {
        var reply = await FollowUpAsync(question, followUp);

        Assert.True(reply.Answered, reply.ToPlainText());
        Assert.Equal([paragraph], RouterFixture.Paragraphs(reply).Distinct());
    }

    [Fact]
    public async Task HandleAsync_TellMeMoreAgain_ReadsOnToTheNextParagraphAndSaysWhenTheLastWasQuoted()
    {
        var bot = EvaluationSet.Bot();
        await bot.SendAsync(RouterFixture.Private("how many US troops are in Iraq?"));
        await bot.SendAsync(RouterFixture.Private("tell me more"));

        var next = await bot.SendAsync(RouterFixture.Private("tell me more"));
        await bot.SendAsync(RouterFixture.Private("p24"));
        var end = await bot.SendAsync(RouterFixture.Private("tell me more"));

        Assert.NotNull(next);
        Assert.Equal([14], RouterFixture.Paragraphs(next));
        Assert.StartsWith("The report says no more than that about it. Its next paragraph (14) reads:", next.ToPlainText(), StringComparison.Ordinal);
        Assert.NotNull(end);
        Assert.False(end.Answered);
        Assert.Contains("last paragraph (24)", end.ToPlainText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_TellMeMoreAfterARefusal_SaysTheReportHasNothingOnIt()
    {
        var bot = EvaluationSet.Bot();
        await bot.SendAsync(RouterFixture.Private("how many US troops are in Iraq?"));
        await bot.SendAsync(RouterFixture.Private("how many Russian troops are in Syria?"));

        var reply = await bot.SendAsync(RouterFixture.Private("tell me more"));

        Assert.NotNull(reply);
        Assert.False(reply.Answered, reply.ToPlainText());
        Assert.Contains("your last question", reply.ToPlainText(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("tell me more")]
    [InlineData("شلون يعني؟")]
    public async Task HandleAsync_TellMeMoreWithNothingAskedBefore_AsksForAQuestion(string text)
    {
        var bot = EvaluationSet.Bot();

        var reply = await bot.SendAsync(RouterFixture.Private(text));

        Assert.NotNull(reply);
        Assert.False(reply.Answered, reply.ToPlainText());
        Assert.Empty(reply.Citations);
    }

    [Theory]
    [InlineData("شوكت يطلعون من بغداد؟", "لا قصدي اربيل", 18)]
    [InlineData("متى يطلعون من اربيل؟", "لا قصدي عين الاسد", 17)]
    [InlineData("شكد جندي امريكي بسوريا؟", "لا قصدي بالعراق", 13)]
    [InlineData("when do troops leave Baghdad?", "no, I meant Erbil", 18)]
    [InlineData("when do troops leave Baghdad?", "no I mean Erbil", 18)]
    [InlineData("when do troops leave Baghdad?", "not Baghdad, Erbil", 18)]
    [InlineData("when do troops leave Baghdad?", "Erbil, not Baghdad", 18)]
    [InlineData("شوكت يطلعون من بغداد؟", "مو بغداد، اربيل", 18)]
    [InlineData("شوكت يطلعون من اربيل؟", "مو اربيل، عين الاسد", 17)]
    [InlineData("when do troops leave erbil?", "not erbil, ain al asad", 17)]
    [InlineData("when was isis defeated in iraq?", "no I meant syria", 14)]
    [InlineData("متى انهزم داعش بالعراق؟", "لا قصدي سوريا", 14)]
    [InlineData("how many us troops are in iraq?", "not Iraq, Syria", 13)]
    [InlineData("when do troops leave erbil?", "I meant Ain al-Asad, not Erbil.", 17)]
    [InlineData("when do troops leave erbil?", "Wait, I made a mistake earlier. I meant to ask about Ain al-Asad, not Erbil.", 17)]
    public async Task HandleAsync_CorrectionNamingAnotherPlace_AsksTheLastQuestionAboutIt(string question, string correction, int paragraph)
    {
        var bot = EvaluationSet.Bot();
        await bot.SendAsync(RouterFixture.Private(question));

        var reply = await bot.SendAsync(RouterFixture.Private(correction));

        Assert.NotNull(reply);
        Assert.True(reply.Answered, reply.ToPlainText());
        Assert.Equal([paragraph], RouterFixture.Paragraphs(reply));
    }

    [Fact]
    public async Task HandleAsync_CorrectionAfterARefusedPlace_AsksTheAnsweredQuestionAboutThePlaceMeant()
    {
        var bot = EvaluationSet.Bot();
        await bot.SendAsync(RouterFixture.Private("متى تنسحب القوات من أربيل؟"));
        await bot.SendAsync(RouterFixture.Private("وهل ستبقى القوات في الموصل أيضاً؟"));

        var reply = await bot.SendAsync(RouterFixture.Private("لا، أقصد أربيل وليس الموصل."));

        Assert.NotNull(reply);
        Assert.True(reply.Answered, reply.ToPlainText());
        Assert.Equal([18], RouterFixture.Paragraphs(reply));
    }

    [Theory]
    [InlineData("how many troops are in iraq and when do they leave?")]
    [InlineData("when do they leave baghdad, erbil and ain al asad?")]
    [InlineData("what are the milestones?")]
    public async Task HandleAsync_AndAfterThatWhenTheReplyAlreadyReachedTheEndOf2026_GoesOnToWhatComesAfter(string question)
    {
        var bot = EvaluationSet.Bot();
        await bot.SendAsync(RouterFixture.Private(question));

        var reply = await bot.SendAsync(RouterFixture.Private("and after that?"));

        Assert.NotNull(reply);
        Assert.True(reply.Answered, reply.ToPlainText());
        Assert.Equal([4], RouterFixture.Paragraphs(reply));
    }

    [Fact]
    public async Task HandleAsync_WhoSaidThatAfterTheMilestoneList_AttributesTheMilestonesParagraphs()
    {
        var bot = EvaluationSet.Bot();
        await bot.SendAsync(RouterFixture.Private("when did the US invade Iraq?"));
        await bot.SendAsync(RouterFixture.Private("what are the milestones?"));

        var reply = await bot.SendAsync(RouterFixture.Private("who said that?"));

        Assert.NotNull(reply);
        Assert.Equal("attribution", reply.Intent);
        Assert.Contains(17, RouterFixture.Paragraphs(reply));
        Assert.Contains(23, RouterFixture.Paragraphs(reply));
        Assert.DoesNotContain(15, RouterFixture.Paragraphs(reply));
    }

    [Fact]
    public async Task HandleAsync_AndAfterThatWhenTheReportSaysNothingAfter_SaysSoAboutTheLastQuestion()
    {
        var bot = EvaluationSet.Bot();
        await bot.SendAsync(RouterFixture.Private("how many troops are in syria?"));

        var reply = await bot.SendAsync(RouterFixture.Private("and then?"));

        Assert.NotNull(reply);
        Assert.False(reply.Answered);
        Assert.Contains("how many troops are in syria?", reply.ToPlainText(), StringComparison.Ordinal);
        Assert.Equal("and then?", Assert.Single(bot.Unanswered.Questions).Text);
    }

    [Fact]
    public async Task HandleAsync_AndAfterThatWithNothingAskedBefore_ListsTheMilestones()
    {
        var bot = EvaluationSet.Bot();

        var reply = await bot.SendAsync(RouterFixture.Private("and after that?"));

        Assert.NotNull(reply);
        Assert.Equal("milestones", reply.Intent);
    }

    [Theory]
    [InlineData("what did Sudani say")]
    [InlineData("شنو راح يصير بعد الانسحاب")]
    public async Task HandleAsync_WhatDidSomeoneSayWithNothingAskedBefore_IsReadAsAQuestion(string question)
    {
        var bot = EvaluationSet.Bot();

        var reply = await bot.SendAsync(RouterFixture.Private(question));

        Assert.NotNull(reply);
        Assert.Equal("unknown", reply.Intent);
        Assert.NotEmpty(reply.Buttons);
        Assert.DoesNotContain("Ask me a question first", reply.ToPlainText(), StringComparison.Ordinal);
        Assert.Equal(question, Assert.Single(bot.Unanswered.Questions).Text);
    }

    [Theory]
    [InlineData("how many german soldiers are in iraq?", "The report gives no figure for any single country.")]
    [InlineData("شكد جندي الماني بالتحالف؟", "ولا يذكر التقرير عدد قوات كل دولة على حدة.")]
    public async Task HandleAsync_OneCountrysTroops_GivesTheHundredsAndSaysThereIsNoFigurePerCountry(string question, string note)
    {
        var bot = EvaluationSet.Bot();

        var reply = await bot.SendAsync(RouterFixture.Private(question));

        Assert.NotNull(reply);
        Assert.Contains(16, RouterFixture.Paragraphs(reply));
        Assert.Contains(note, reply.ToPlainText(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("what happened in 2010?")]
    [InlineData("شنو صار سنة 2020؟")]
    public async Task HandleAsync_YearTheReportNeverNames_IsRefusedAndLogged(string question)
    {
        var bot = EvaluationSet.Bot();

        var reply = await bot.SendAsync(RouterFixture.Private(question));

        Assert.NotNull(reply);
        Assert.Equal("unknown", reply.Intent);
        Assert.False(reply.Answered);
        Assert.Equal(question, Assert.Single(bot.Unanswered.Questions).Text);
    }

    [Theory]
    [InlineData("what can you do?", "capabilities")]
    [InlineData("شنو كان رد ايران؟", "unknown")]
    public async Task HandleAsync_WhatCanYouDoAndQuestionsNearIt_GetTheirOwnIntent(string text, string intent)
    {
        var bot = EvaluationSet.Bot();

        var reply = await bot.SendAsync(RouterFixture.Private(text));

        Assert.NotNull(reply);
        Assert.Equal(intent, reply.Intent);
    }

    [Fact]
    public async Task HandleAsync_WhoSaidThatWithNothingAskedBefore_AsksForAQuestionFirst()
    {
        var bot = new RouterFixture();

        var reply = await bot.SendAsync(RouterFixture.Private("who said that?"));

        Assert.NotNull(reply);
        Assert.False(reply.Answered);
        Assert.Contains("Ask me a question first", reply.ToPlainText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_WhenAPlannedEventIsDue_AnswersThePlanWithoutTheCaveat()
    {
        var bot = new RouterFixture();

        var reply = await bot.SendAsync(RouterFixture.Private("when will troops leave erbil?"));

        Assert.NotNull(reply);
        Assert.Equal("fact", reply.Intent);
        Assert.DoesNotContain("can't tell you", reply.ToPlainText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_EnglishQuestion_AnswersInEnglishWithQuoteAndFootnote()
    {
        var bot = new RouterFixture();

        var reply = await bot.SendAsync(RouterFixture.Private("how many american soldiers are in iraq?"));

        Assert.NotNull(reply);
        Assert.Equal(Language.English, reply.Language);
        Assert.Equal([13], RouterFixture.Paragraphs(reply));
        Assert.Contains(reply.Blocks, b => b.Kind == ReplyBlockKind.Quote && b.Text.Contains("2500", StringComparison.Ordinal));
        Assert.Contains("paragraph 13", reply.ToPlainText(), StringComparison.Ordinal);
        Assert.InRange(reply.Confidence, 0.01, 1);
    }

    [Theory]
    [InlineData("What happens to the US embassy in Baghdad?")]
    [InlineData("what do you think, is this good for iraq or not")]
    [InlineData("شنو رأيك بالاتفاق؟")]
    [InlineData("شنو يصير بالسفارة الامريكية ببغداد؟")]
    [InlineData("شكد صاروخ نزل على عين الاسد؟")]
    [InlineData("When did Saddam Hussein die?")]
    [InlineData("Who killed Saddam?")]
    [InlineData("متى مات صدام؟")]
    [InlineData("انطيني رقمك 😂")]
    public async Task HandleAsync_NearMissAboutSomethingTheReportNeverCovers_IsRefusedNotAnsweredFromTheNearestParagraph(string question)
    {
        var bot = EvaluationSet.Bot();

        var reply = await bot.SendAsync(RouterFixture.Private(question));

        Assert.NotNull(reply);
        Assert.False(reply.Answered, reply.ToPlainText());
        Assert.Single(bot.Unanswered.Questions);
    }

    [Theory]
    [InlineData("what's the dollar rate today?")]
    [InlineData("شكد سعر الدولار هسه؟")]
    [InlineData("who won the football match yesterday")]
    public async Task HandleAsync_OutOfScopeQuestion_RefusesOffersQuestionsAndLogsIt(string question)
    {
        var bot = new RouterFixture();

        var reply = await bot.SendAsync(RouterFixture.Private(question));

        Assert.NotNull(reply);
        Assert.False(reply.Answered);
        Assert.Equal("unknown", reply.Intent);
        Assert.Empty(reply.Citations);
        Assert.InRange(reply.Buttons.Count, 1, 3);
        var logged = Assert.Single(bot.Unanswered.Questions);
        Assert.Equal(question, logged.Text);
        Assert.Equal(reply.Language.ToCode(), logged.Language);
        Assert.Equal(RouterFixture.Now, logged.AskedAt);
    }

    [Fact]
    public async Task HandleAsync_GroupChatterNotForBot_StaysSilent()
    {
        var bot = new RouterFixture();

        var reply = await bot.SendAsync(RouterFixture.Group("when do troops leave erbil?"));

        Assert.Null(reply);
        Assert.Empty(bot.Unanswered.Questions);
    }

    [Fact]
    public async Task HandleAsync_GroupMessageAddressedToBot_Answers()
    {
        var bot = new RouterFixture();

        var reply = await bot.SendAsync(RouterFixture.Group("@WithdrawalBot when do troops leave erbil?", addressed: true));

        Assert.Equal([18], RouterFixture.Paragraphs(reply));
    }

    [Theory]
    [InlineData(ChatKind.Private)]
    [InlineData(ChatKind.Group)]
    [InlineData(ChatKind.Channel)]
    public async Task HandleAsync_HelpCommandAnywhere_ListsCommands(ChatKind kind)
    {
        var bot = new RouterFixture();

        var reply = await bot.SendAsync(RouterFixture.Command(kind, "help"));

        Assert.NotNull(reply);
        Assert.Equal("help", reply.Intent);
        Assert.Contains(reply.Blocks, b => b.Text.StartsWith("/ask — ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task HandleAsync_ChannelPostWithoutCommand_StaysSilent()
    {
        var bot = new RouterFixture();
        var post = new IncomingMessage(RouterFixture.GroupChat, ChatKind.Channel, null, "when do troops leave erbil?") { IsAddressedToBot = true };

        Assert.Null(await bot.SendAsync(post));
    }

    [Fact]
    public async Task HandleAsync_AskCommandInGroup_AnswersTheArgument()
    {
        var bot = new RouterFixture();

        var reply = await bot.SendAsync(RouterFixture.Command(ChatKind.Group, "ask", "how many US troops are in Iraq?"));

        Assert.Equal([13], RouterFixture.Paragraphs(reply));
    }

    [Fact]
    public async Task HandleAsync_AskCommandWithoutQuestion_ExplainsUsage()
    {
        var bot = new RouterFixture();

        var reply = await bot.SendAsync(RouterFixture.Command(ChatKind.Group, "ask"));

        Assert.NotNull(reply);
        Assert.Contains("/ask", reply.ToPlainText(), StringComparison.Ordinal);
        Assert.False(reply.Answered);
    }

    [Fact]
    public async Task HandleAsync_StartFromArabicClient_WelcomesInArabic()
    {
        var bot = new RouterFixture();

        var reply = await bot.SendAsync(RouterFixture.Command(ChatKind.Private, "start", languageCode: "ar-IQ"));

        Assert.NotNull(reply);
        Assert.Equal(Language.Arabic, reply.Language);
        Assert.Equal("start", reply.Intent);
        Assert.Equal(3, reply.Buttons.Count);
    }

    [Fact]
    public async Task HandleAsync_LangCommand_IsRememberedForLaterQuestions()
    {
        var bot = new RouterFixture();

        var set = await bot.SendAsync(RouterFixture.Command(ChatKind.Private, "lang", "en"));
        var answer = await bot.SendAsync(RouterFixture.Private("شوكت يطلعون الامريكان من اربيل؟"));
        var auto = await bot.SendAsync(RouterFixture.Command(ChatKind.Private, "lang", "auto"));
        var again = await bot.SendAsync(RouterFixture.Private("شكد جندي امريكي بالعراق"));

        Assert.Equal("I'll answer in English in this chat.", set!.ToPlainText());
        Assert.Equal(Language.English, answer!.Language);
        Assert.Equal([18], RouterFixture.Paragraphs(answer));
        Assert.Equal(Language.English, auto!.Language);
        Assert.Equal(Language.Arabic, again!.Language);
        Assert.Null((await bot.Settings.GetAsync(RouterFixture.PrivateChat, CancellationToken.None)).Language);
    }

    [Theory]
    [InlineData("ar", Language.Arabic)]
    [InlineData("عربي", Language.Arabic)]
    [InlineData("EN", Language.English)]
    public async Task HandleAsync_LangCommand_SavesTheChosenLanguage(string argument, Language expected)
    {
        var bot = new RouterFixture();

        var reply = await bot.SendAsync(RouterFixture.Command(ChatKind.Group, "lang", argument));

        Assert.Equal(expected, reply!.Language);
        Assert.Equal(expected, (await bot.Settings.GetAsync(RouterFixture.GroupChat, CancellationToken.None)).Language);
    }

    [Theory]
    [InlineData("klingon", null, "I can't answer in “klingon”: I answer only in Arabic and English.", "Use /lang ar, /lang en or /lang auto.")]
    [InlineData("fr", null, "I can't answer in “fr”: I answer only in Arabic and English.", "Use /lang ar, /lang en or /lang auto.")]
    [InlineData("fr", "ar", "لا أجيب بلغة «fr»؛ أجيب بالعربية والإنجليزية فقط.", "استخدم /lang ar أو /lang en أو /lang auto.")]
    [InlineData("\u001B[31mfrançais-canadien-du-québec-et-d-ailleurs", null, "I can't answer in “français-canadien-du-québec-et-d…”: I answer only in Arabic and English.", "Use /lang ar, /lang en or /lang auto.")]
    public async Task HandleAsync_LangCommandWithUnsupportedLanguage_SaysSoThenTheUsageAndSavesNothing(string argument, string? languageCode, string unsupported, string usage)
    {
        var bot = new RouterFixture();

        var reply = await bot.SendAsync(RouterFixture.Command(ChatKind.Private, "lang", argument, languageCode));

        Assert.Equal("lang", reply!.Intent);
        Assert.Equal([unsupported, usage], reply.Blocks.Select(b => b.Text));
        Assert.Null((await bot.Settings.GetAsync(RouterFixture.PrivateChat, CancellationToken.None)).Language);
    }

    [Theory]
    [InlineData(null, "This chat's language is automatic: I answer each question in its own language.")]
    [InlineData("ar", "لغة الأجوبة في هذه المحادثة: العربية.")]
    [InlineData("en", "This chat's answers are in English.")]
    public async Task HandleAsync_LangCommandAlone_ShowsTheCurrentSettingThenTheUsage(string? chosen, string current)
    {
        var bot = new RouterFixture();
        if (chosen is not null)
        {
            await bot.SendAsync(RouterFixture.Command(ChatKind.Private, "lang", chosen));
        }

        var reply = await bot.SendAsync(RouterFixture.Command(ChatKind.Private, "lang"));

        Assert.Equal("lang", reply!.Intent);
        Assert.Equal(current, reply.Blocks[0].Text);
        Assert.Contains("/lang auto", reply.Blocks[1].Text, StringComparison.Ordinal);
        Assert.Equal(chosen is null ? null : LanguageCodes.TryParse(chosen), (await bot.Settings.GetAsync(RouterFixture.PrivateChat, CancellationToken.None)).Language);
    }

    [Theory]
    [InlineData(ChatPlatform.Console, false)]
    [InlineData(ChatPlatform.Telegram, true)]
    public async Task HandleAsync_Help_MentionsGroupsOnlyWhereThereAreGroups(ChatPlatform platform, bool mentionsGroups)
    {
        var bot = new RouterFixture();
        var chat = new ChatAddress(platform, "console");

        var command = await bot.SendAsync(new IncomingMessage(chat, ChatKind.Private, new Sender("console"), "/help") { Command = new BotCommand("help", "") });
        var words = await bot.SendAsync(new IncomingMessage(chat, ChatKind.Private, new Sender("console"), "help"));

        foreach (var reply in new[] { command, words })
        {
            Assert.Equal("help", reply!.Intent);
            Assert.Equal(mentionsGroups, reply.Blocks[0].Text.Contains("in groups", StringComparison.Ordinal));
            Assert.Contains(reply.Blocks, b => b.Text.StartsWith("/lang", StringComparison.Ordinal));
        }
    }

    [Theory]
    [InlineData("مرحبا", "/help", "help")]
    [InlineData("السلام عليكم", "👍", "empty")]
    [InlineData("شكد جندي امريكي بالعراق؟", "/help", "help")]
    public async Task HandleAsync_CommandOrEmojiAfterArabicWords_IsAnsweredInArabic(string first, string then, string intent)
    {
        // The console sends no language code: nothing but what the user wrote tells their language.
        var bot = new RouterFixture();
        var chat = new ChatAddress(ChatPlatform.Console, "console");
        await bot.SendAsync(new IncomingMessage(chat, ChatKind.Private, new Sender("console"), first));

        var reply = await bot.SendAsync(new IncomingMessage(chat, ChatKind.Private, new Sender("console"), then)
        {
            Command = then.StartsWith('/') ? new BotCommand(then[1..], "") : null,
        });

        Assert.Equal(intent, reply!.Intent);
        Assert.Equal(Language.Arabic, reply.Language);
    }

    [Fact]
    public async Task HandleAsync_HelpAfterTheLanguageWindow_FallsBackToTheSendersLanguage()
    {
        var bot = new RouterFixture();
        var chat = new ChatAddress(ChatPlatform.Console, "console");
        await bot.SendAsync(new IncomingMessage(chat, ChatKind.Private, new Sender("console"), "مرحبا"));
        bot.Time.Advance(TimeSpan.FromDays(1));

        var reply = await bot.SendAsync(new IncomingMessage(chat, ChatKind.Private, new Sender("console"), "/help") { Command = new BotCommand("help", "") });

        Assert.Equal(Language.English, reply!.Language);
    }

    [Fact]
    public async Task HandleAsync_UnknownCommand_PointsToHelp()
    {
        var bot = new RouterFixture();

        var reply = await bot.SendAsync(RouterFixture.Command(ChatKind.Private, "frobnicate"));

        Assert.Equal("I don't know the command /frobnicate. Try /help.", reply!.ToPlainText());
    }

    [Fact]
    public async Task HandleAsync_UnknownArabicCommand_PointsToHelpInArabic()
    {
        // With no language_code from Telegram, "/مساعدة" was told in English that the command is unknown.
        var bot = new RouterFixture();

        var reply = await bot.SendAsync(RouterFixture.Command(ChatKind.Private, "مساعدة"));

        Assert.Equal(Language.Arabic, reply!.Language);
        Assert.Contains("/help", reply.ToPlainText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_CommandOwnedByHandler_GoesToTheHandler()
    {
        var reminders = new RecordingHandler("subscribe", "milestones");
        var bot = new RouterFixture(reminders);

        var reply = await bot.SendAsync(RouterFixture.Command(ChatKind.Group, "subscribe", "all"));

        Assert.Equal("handled subscribe", reply!.ToPlainText());
        var call = Assert.Single(reminders.Calls);
        Assert.Equal("all", call.Message.Command!.Arguments);
    }

    [Theory]
    [InlineData("remind me", "subscribe", Language.English)]
    [InlineData("ذكرني بالمواعيد", "subscribe", Language.Arabic)]
    [InlineData("list the milestones", "milestones", Language.English)]
    public async Task HandleAsync_FreeTextIntentOwnedByHandler_GoesToTheHandler(string text, string command, Language language)
    {
        var reminders = new RecordingHandler("subscribe", "milestones");
        var bot = new RouterFixture(reminders);

        var reply = await bot.SendAsync(RouterFixture.Private(text));

        Assert.Equal($"handled {command}", reply!.ToPlainText());
        var call = Assert.Single(reminders.Calls);
        Assert.Equal(command, call.Command);
        Assert.Null(call.Message.Command);
        Assert.Equal(language, call.Language);
    }

    [Fact]
    public async Task HandleAsync_MilestonesWithoutHandler_ListsThemRelativeToNow()
    {
        var bot = new RouterFixture();

        var reply = await bot.SendAsync(RouterFixture.Private("timeline"));

        Assert.Equal("milestones", reply!.Intent);
        Assert.Contains("in about 32 days", reply.ToPlainText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_SubscribeWithoutHandler_SaysItIsUnavailable()
    {
        var bot = new RouterFixture();

        var reply = await bot.SendAsync(RouterFixture.Private("remind me"));

        Assert.Equal("That isn't available here. Try /help.", reply!.ToPlainText());
    }

    [Theory]
    [InlineData("hello", "greeting", Language.English)]
    [InlineData("السلام عليكم", "greeting", Language.Arabic)]
    [InlineData("thank you", "thanks", Language.English)]
    [InlineData("شكرا", "thanks", Language.Arabic)]
    [InlineData("what can you do", "capabilities", Language.English)]
    [InlineData("منين معلوماتك", "source", Language.Arabic)]
    [InlineData("how do I use you", "help", Language.English)]
    public async Task HandleAsync_SmallTalk_GetsItsOwnReply(string text, string intent, Language language)
    {
        var bot = new RouterFixture();

        var reply = await bot.SendAsync(RouterFixture.Private(text));

        Assert.Equal(intent, reply!.Intent);
        Assert.Equal(language, reply.Language);
        Assert.False(reply.Answered);
        Assert.Empty(bot.Unanswered.Questions);
    }

    [Fact]
    public async Task HandleAsync_SourceCommand_NamesTheSource()
    {
        var bot = new RouterFixture();

        var reply = await bot.SendAsync(RouterFixture.Command(ChatKind.Private, "source"));

        Assert.Contains("Reuters", reply!.ToPlainText(), StringComparison.Ordinal);
    }

    [Fact]
    public void Commands_BuiltInsAndHandlers_AreAllListedOnce()
    {
        var bot = new RouterFixture(new RecordingHandler("subscribe", "help"), new RecordingHandler("stats"));

        var names = bot.Router.Commands.Select(c => c.Name).ToArray();

        Assert.Equal(["start", "help", "ask", "lang", "source", "subscribe", "stats"], names);
        Assert.All(bot.Router.Commands, c => Assert.False(string.IsNullOrWhiteSpace(c.DescriptionArabic) || string.IsNullOrWhiteSpace(c.DescriptionEnglish)));
        Assert.Equal("question", bot.Router.Commands.Single(c => c.Name == "ask").ArgumentName);
        Assert.True(bot.Router.Commands.Single(c => c.Name == "ask").ArgumentRequired);
        // "/lang" alone shows the chat's language: on Discord a required option would refuse it.
        Assert.False(bot.Router.Commands.Single(c => c.Name == "lang").ArgumentRequired);
    }
}
