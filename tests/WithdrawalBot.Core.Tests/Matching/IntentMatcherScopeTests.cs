using WithdrawalBot.Core.Knowledge;
using WithdrawalBot.Core.Matching;
using WithdrawalBot.Core.Tests.Evaluation;

namespace WithdrawalBot.Core.Tests.Matching;

/// <summary>What the real knowledge answers and refuses at the matcher's edges: names the report never mentions, and questions about what happened after it.</summary>
public sealed class IntentMatcherScopeTests
{
    private static readonly Lazy<IntentMatcher> Matcher = new(() => new IntentMatcher(EvaluationSet.Knowledge));

    [Theory]
    [InlineData("How many Russian troops are in Syria?")]
    [InlineData("how many russian troops in syria")]
    [InlineData("how many russain troops in syrai")]
    [InlineData("كم عدد القوات التركية في العراق؟")]
    [InlineData("شكد جنود امريكان بالكويت؟")]
    [InlineData("قاعدة كي وان بكركوك راح تتسكر؟")]
    [InlineData("شكد جندي امريكي بكركوك؟")]
    [InlineData("what did trump say about the withdrawal?")]
    public void Match_NameTheReportNeverMentions_IsRefusedEvenInLowerCaseOrMisspelt(string question)
    {
        var result = Matcher.Value.Match(question);

        Assert.False(result.IsConfident, $"answered with {result.Best?.Id} at {result.Confidence:0.000}");
    }

    [Theory]
    [InlineData("how many iraqi civilians died in the us strikes")]
    [InlineData("How did Iran react to the deal?")]
    [InlineData("who won the 2025 elections in iraq?")]
    [InlineData("شكد مدني عراقي انكتل بالقصف الامريكي؟")]
    [InlineData("ما موقف تركيا من الاتفاق؟")]
    public void Match_NearMissLikeAnOutOfScopeExample_IsRefused(string question)
    {
        var result = Matcher.Value.Match(question);

        Assert.Equal(MatchKind.OutOfScope, result.Best?.Kind);
        Assert.False(result.IsConfident);
    }

    [Theory]
    [InlineData("how many US soldiers were killed?", 12)]
    [InlineData("شكد جندي امريكي انكتل؟", 12)]
    [InlineData("did US forces shoot down missiles heading to Israel?", 21)]
    [InlineData("When did the US invade Iraq?", 15)]
    [InlineData("منو بدأ المحادثات؟", 11)]
    [InlineData("What does the report say about the Iraqi elections?", 23)]
    [InlineData("Why are there US troops in Syria?", 13)]
    [InlineData("900 بسوريا؟ شنو هذا الرقم؟", 13)]
    [InlineData("امريكا من شوكت داخلة للعراق؟", 15)]
    [InlineData("is it tru that 3 american soldiers were killd?", 12)]
    [InlineData("متا يطلعون من اربيل", 18)]
    [InlineData("tell me more about erbil", 18)]
    [InlineData("احجيلي اكثر عن اربيل", 18)]
    [InlineData("اكو امريكان بعين الاسد؟", 17)]
    [InlineData("شوكت يطلع اول الجنود؟", 2)]
    [InlineData("Did the deal go through in the end?", 2)]
    [InlineData("was the deal cancelled?", 2)]
    [InlineData("3 جنود امريكان انقتلوا؟", 12)]
    [InlineData("what is the 2-year timeline?", 24)]
    public void Match_QuestionNextToTheOutOfScopeExamples_IsStillAnswered(string question, int paragraph)
    {
        var result = Matcher.Value.Match(question);

        Assert.True(result.IsConfident, $"refused with {result.Best?.Kind} {result.Best?.Id} at {result.Confidence:0.000}");
        Assert.Contains(paragraph, CitedParagraphs(result));
    }

    [Theory]
    [InlineData("Sorry my English is simple. When all soldiers leave Iraq?", 18)]
    [InlineData("I am reading from Nairobi. How much territory did ISIS hold at its peak?", 14)]
    [InlineData("Greetings from Lagos! When do US troops leave Erbil?", 18)]
    [InlineData("انا من الناصرية. شوكت يطلعون الامريكان من عين الاسد؟", 17)]
    [InlineData("I am from Chennai, please explain why the announcement was postponed.", 5)]
    [InlineData("I'm from Kuwait, how many US troops are in Syria?", 13)]
    [InlineData("As a Ghanaian student, when will the troops leave Ain al-Asad?", 17)]
    [InlineData("اني ساكن بالعمارة، شكد جندي امريكي بالعراق", 13)]
    [InlineData("احنا من سوق الشيوخ، ليش تأجل الاعلان عن الاتفاق", 5)]
    [InlineData("بصفتي طالبة في جامعة واسط: متى تغادر القوات قاعدة عين الأسد؟", 17)]
    [InlineData("ابني يشتغل بعين الاسد، شوكت يطلعون؟", 17)]
    [InlineData("امي تسأل: ابني يشتغل مترجم وية الامريكان بعين الاسد، شوكت يطلعون؟", 17)]
    [InlineData("my son works at Ain al-Asad, when do they leave?", 17)]
    [InlineData("اني ساكن ببغداد، شكد جندي امريكي بالعراق؟", 13)]
    [InlineData("I live in Baghdad, how many troops are in Iraq?", 13)]
    [InlineData("I'm a taxi driver in Baghdad, how many troops are in Iraq?", 13)]
    [InlineData("I am 40 years old and live in London, when do troops leave Erbil?", 18)]
    [InlineData("اني من البصرة وعمري 40 سنة، شكد جندي امريكي بالعراق", 13)]
    [InlineData("عمري 40 سنة، شكد جندي امريكي بالعراق", 13)]
    [InlineData("انا صحفي من الموصل، ليش تأجل الاعلان؟", 5)]
    [InlineData("hi, I'm Ahmed from Baghdad. when do the americans leave?", 2)]
    [InlineData("اني من بغداد، شوكت يطلعون الامريكان؟", 2)]
    [InlineData("خالي باربيل يكول الامريكان باقين للابد، شوكت يطلعون من اربيل؟", 18)]
    [InlineData("اسمي حسين، شوكت يطلعون الامريكان من بغداد؟", 17)]
    [InlineData("my brother works as a translator at a base, when do the US troops leave Iraq?", 2)]
    [InlineData("I was talking with my dad last night about the news, how many troops are in Iraq?", 13)]
    [InlineData("I host a podcast on Middle East politics. Who is Farhad Alaa al-Din?", 8)]
    [InlineData("آني عندي محل يم عين الأسد وشغلي كله على الجنود، گلي شوكت راح يطلعون من القاعدة؟", 17)]
    [InlineData("ابن عمي جندي وسمع ان اكو امريكان انقتلوا بالهجمات، كم عددهم؟", 12)]
    [InlineData("my friend asked me yesterday how many troops are in Iraq?", 13)]
    [InlineData("صديقي سألني البارحة شكد جندي امريكي بالعراق", 13)]
    [InlineData("كنت احجي ويا ابوي البارحة على الاخبار، شكد جندي امريكي بالعراق؟", 13)]
    [InlineData("كنت احجي ويا ابوي وسألني شكد جندي امريكي بالعراق؟", 13)]
    [InlineData("امي سألتني متى ينسحب الامريكان", 2)]
    [InlineData("When will the coalition leave Ain al-Asad? My brother is stationed there.", 17)]
    [InlineData("شوكت يطلعون من عين الاسد؟ اخوي يشتغل هناك حارس", 17)]
    [InlineData("ماذا تنص الخطة بشأن قاعدة عين الأسد؟", 17)]
    public void Match_AsideOrIntroductionAroundTheQuestion_DoesNotSinkIt(string question, int paragraph)
    {
        var result = Matcher.Value.Match(question);

        Assert.True(result.IsConfident, $"refused with {result.Best?.Id} at {result.Confidence:0.000}");
        Assert.Contains(paragraph, CitedParagraphs(result));
    }

    [Theory]
    [InlineData("I live in Baghdad. How many Russian troops are in Syria?")]
    [InlineData("I'm from Kuwait, how many Russian troops are in Syria?")]
    [InlineData("I'm from Baghdad, how many Kuwaiti troops are in Iraq?")]
    [InlineData("شكد جندي امريكي بالناصرية؟")]
    [InlineData("كم جندي أمريكي في سامراء؟")]
    [InlineData("Quick question. How many Turkish troops are in Iraq?")]
    [InlineData("I'm a taxi driver in Baghdad, how many Turkish troops are in Iraq?")]
    [InlineData("How many Turkish troops are in Iraq? My brother is stationed in Erbil.")]
    public void Match_NameTheReportNeverMentionsInTheQuestionItself_IsStillRefused(string question)
    {
        var result = Matcher.Value.Match(question);

        Assert.False(result.IsConfident, $"answered with {result.Best?.Id} at {result.Confidence:0.000}");
    }

    [Theory]
    [InlineData("Was the deal cancelled?")]
    [InlineData("Is the plan cancelled?")]
    [InlineData("الاتفاق انلغى؟")]
    [InlineData("remind me about the erbil withdrawal")]
    [InlineData("عندي سؤال: كم جندي امريكي بالعراق؟")]
    [InlineData("the deal was cancelled, right?")]
    [InlineData("Did the deal go through in the end?")]
    [InlineData("info about erbil")]
    public void Match_QuestionSharingWordsWithASettingsRequest_DoesNotChangeSettings(string question)
    {
        var result = Matcher.Value.Match(question);

        Assert.False(result.IsConfident && result.Best is { Kind: MatchKind.Intent, Id: "subscribe" or "unsubscribe" or "subscriptions" or "never-mind" or "tell-me-more" }, $"{result.Best?.Id} at {result.Confidence:0.000}");
    }

    [Theory]
    [InlineData("stop the reminders", "unsubscribe")]
    [InlineData("بطل تذكرني رجاءا", "unsubscribe")]
    [InlineData("remind me 7 days before", "subscribe")]
    [InlineData("remind me 2 weeks before", "subscribe")]
    [InlineData("ذكرني قبل يومين", "subscribe")]
    [InlineData("unsubscribe", "unsubscribe")]
    [InlineData("cancel my reminders", "unsubscribe")]
    [InlineData("when is my next reminder?", "subscriptions")]
    [InlineData("هل التذكيرات شغالة؟", "subscriptions")]
    [InlineData("are reminders working in this group?", "subscriptions")]
    [InlineData("what time zone am I in?", "subscriptions")]
    [InlineData("cancel", "never-mind")]
    [InlineData("please stop", "never-mind")]
    [InlineData("بطل", "never-mind")]
    [InlineData("thanks, that's all", "thanks")]
    [InlineData("thank you, bye", "thanks")]
    [InlineData("thanks that was helpful", "thanks")]
    [InlineData("مشكور خالي", "thanks")]
    [InlineData("مع السلامة", "thanks")]
    [InlineData("تصبح على خير", "thanks")]
    [InlineData("الله يخليك", "thanks")]
    [InlineData("what time will the reminder come?", "subscriptions")]
    [InlineData("bye", "thanks")]
    [InlineData("thx habibi", "thanks")]
    [InlineData("shukran", "thanks")]
    [InlineData("شكرا habibi", "thanks")]
    [InlineData("and before that?", "what-before")]
    [InlineData("give me a timeline", "milestones")]
    [InlineData("اعطيني تسلسل زمني للاحداث", "milestones")]
    [InlineData("وقبل هاي؟", "what-before")]
    [InlineData("how many days until the next milestone?", "next")]
    [InlineData("شكد باقي على الموعد الجاي؟", "next")]
    [InlineData("What does the report NOT say?", "report-gaps")]
    [InlineData("what's not in the report?", "report-gaps")]
    [InlineData("what info is missing from the report?", "report-gaps")]
    [InlineData("ما الذي لا يذكره التقرير؟", "report-gaps")]
    [InlineData("شنو الي ما يذكره التقرير؟", "report-gaps")]
    [InlineData("بس هيج", "acknowledgement")]
    public void Match_SettingsRequestAlone_IsThatRequest(string utterance, string intent)
    {
        var result = Matcher.Value.Match(utterance);

        Assert.True(result.IsConfident, $"refused at {result.Confidence:0.000}");
        Assert.Equal(intent, result.Best?.Id);
    }

    [Theory]
    [InlineData("according to whom?")]
    [InlineData("says who?")]
    [InlineData("حسب منو؟")]
    public void Match_AskingForTheSource_IsWhoSaidThatNotCapabilities(string utterance)
    {
        var result = Matcher.Value.Match(utterance);

        Assert.Equal("who-said-that", result.Best?.Id);
    }

    [Theory]
    [InlineData("How many US troops are in Syria?", 13)]
    [InlineData("شكد جندي امريكي بسوريا؟", 13)]
    [InlineData("Which other countries contribute troops?", 16)]
    [InlineData("which country leads the coalition?", 1)]
    [InlineData("who's in charge of the coalition", 1)]
    [InlineData("whos the iraqi pm", 11)]
    [InlineData("how big was ISIS territory", 14)]
    [InlineData("منو فرهاد علاءالدين", 8)]
    [InlineData("حدثني عن الانسحاب من اربيل", 18)]
    [InlineData("ليش ما كالو اسمائهم", 6)]
    [InlineData("ok so what does sudani get out of this", 22)]
    public void Match_SameQuestionAboutWhatTheReportCovers_IsAnswered(string question, int paragraph)
    {
        var result = Matcher.Value.Match(question);

        Assert.True(result.IsConfident, $"refused at {result.Confidence:0.000}");
        Assert.Contains(paragraph, CitedParagraphs(result));
    }

    [Theory]
    [InlineData("What happened in 2014?", "2014")]
    [InlineData("what happened in 2003", "2003")]
    [InlineData("what happened in 2011", "2011")]
    [InlineData("what happened in 2017", "2017")]
    [InlineData("شنو صار عام 2003", "2003")]
    [InlineData("ماذا حدث في 2019؟", "2019")]
    [InlineData("what happened in 2019 in iraq?", "2019")]
    [InlineData("ماذا حدث عام 2011 في العراق؟", "2011")]
    public void Match_WhatHappenedInAYear_IsAnsweredWithAFactWhoseAnswerNamesIt(string question, string year)
    {
        var result = Matcher.Value.Match(question);

        Assert.True(result.IsConfident, $"{result.Best?.Id} at {result.Confidence:0.000}");
        Assert.False(result.AsksBeyondReport);
        Assert.True(EvaluationSet.Knowledge.TryGetFact(result.Best!.Id, out var fact));
        Assert.Contains(year, fact.Answer.English, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("who leads isis?")]
    [InlineData("وين صارت الهجمات بالضبط؟")]
    [InlineData("where exactly were the attacks?")]
    [InlineData("which base were the soldiers killed at?")]
    [InlineData("كم عدد المسيرات اللي اسقطها الامريكان بالضبط؟")]
    [InlineData("كم عدد سكان أربيل؟")]
    [InlineData("what is the population of Anbar?")]
    [InlineData("شنو رأي الصدر")]
    [InlineData("What does the report say about Baghdad airport?")]
    [InlineData("كم جندي امريكي موجود في قاعده عين الاسد")]
    [InlineData("شكد جندي أمريكي راح يبقى ضمن العلاقة الاستشارية؟")]
    [InlineData("who will win the elections?")]
    [InlineData("منو راح يفوز بالانتخابات؟")]
    public void Match_QuestionUsingWhatTheNearestFactIsNotAbout_IsRefused(string question)
    {
        var result = Matcher.Value.Match(question);

        Assert.False(result.IsConfident || result.AsksBeyondReport, $"{result.Best?.Id} at {result.Confidence:0.000}");
    }

    [Theory]
    [InlineData("what happened in 2020?")]
    [InlineData("who won the 2024 US presidential election?")]
    [InlineData("شسوت ايران لما الامريكان انسحبوا سنه ٢٠١١")]
    [InlineData("منو كان رءيس الوزراء لما طلعوا الامريكان ٢٠١١")]
    public void Match_YearWithNothingTheReportSaysAboutIt_IsRefused(string question)
    {
        var result = Matcher.Value.Match(question);

        Assert.False(result.IsConfident || result.AsksBeyondReport, $"{result.Best?.Id} at {result.Confidence:0.000}");
    }

    [Theory]
    [InlineData("how many days until the troops leave erbil", 18)]
    [InlineData("how many months until the americans leave iraq", 2)]
    [InlineData("how long ago was isis defeated in iraq", 14)]
    [InlineData("how many years ago did the US invade iraq", 15)]
    [InlineData("شكد يوم باقي على طلعة الامريكان من اربيل", 18)]
    [InlineData("كم بقي على انسحاب القوات من أربيل؟", 18)]
    [InlineData("قبل كم سنة غزت امريكا العراق؟", 15)]
    [InlineData("متى الانسحاب النهائي؟", 18)]
    public void Match_HowLongUntilOrSinceADate_IsAnsweredWithTheDatedFact(string question, int paragraph)
    {
        var result = Matcher.Value.Match(question);

        Assert.True(result.IsConfident || result.AsksBeyondReport, $"refused at {result.Confidence:0.000}");
        Assert.Contains(paragraph, CitedParagraphs(result));
    }

    [Theory]
    [InlineData("how many days until the elections?", "iraqi-elections-october-2025")]
    [InlineData("شكد باقي على الانتخابات؟", "iraqi-elections-october-2025")]
    [InlineData("كم يوم باقي على نهاية الانسحاب؟", "remaining-forces-leave-end-2026")]
    [InlineData("قبل شكد طلعوا من عين الاسد؟", "ain-al-asad-leave-by-september-2025")]
    [InlineData("how many days until the withdrawal is complete?", "remaining-forces-leave-end-2026")]
    public void Match_HowManyDaysUntil_AsksForADateNotAQuantity(string question, string fact)
    {
        var result = Matcher.Value.Match(question);

        Assert.True(result.IsConfident || result.AsksBeyondReport, $"refused at {result.Confidence:0.000}");
        Assert.Equal(fact, result.Best?.Id);
    }

    [Theory]
    [InlineData("Did the coalition actually leave Ain al-Asad?", 17)]
    [InlineData("have coalition forces already pulled out of Ain al-Asad?", 17)]
    [InlineData("هل انسحبت القوات فعلا من عين الاسد؟", 17)]
    [InlineData("طلعوا الامريكان من اربيل لحد الان؟", 18)]
    [InlineData("did they actually leave in 2025?", 2)]
    [InlineData("صدك طلعوا بـ2025؟", 2)]
    [InlineData("did they actualy leave ain al asad in sept 2025", 17)]
    [InlineData("are us troops in erbil curently", 18)]
    [InlineData("الانتخابات صارت؟", 23)]
    [InlineData("صارت الانتخابات لو لا؟", 23)]
    [InlineData("Have the elections been held?", 23)]
    [InlineData("هل تم الانسحاب من عين الاسد؟", 17)]
    public void Match_WhetherAPlannedEventCameTrue_IsMarkedBeyondTheReport(string question, int paragraph)
    {
        var result = Matcher.Value.Match(question);

        Assert.True(result.AsksBeyondReport, $"{result.Best?.Id} at {result.Confidence:0.000} not marked");
        Assert.Contains(paragraph, CitedParagraphs(result));
    }

    [Theory]
    [InlineData("How many US troops are in Iraq today?", 13)]
    [InlineData("شكد جندي امريكي بالعراق هسه؟", 13)]
    [InlineData("شكد جندي امريكي بالعراق اليوم؟", 13)]
    [InlineData("who is the Iraqi prime minister now?", 11)]
    [InlineData("how many coalition countries have troops in iraq currently?", 16)]
    [InlineData("هل لا تزال القوات الامريكية في العراق اليوم؟", 13)]
    public void Match_HowThingsStandToday_IsMarkedBeyondTheReportWithWhatItReported(string question, int paragraph)
    {
        var result = Matcher.Value.Match(question);

        Assert.True(result.AsksBeyondReport, $"{result.Best?.Id} at {result.Confidence:0.000} not marked");
        Assert.Contains(paragraph, CitedParagraphs(result));
    }

    [Theory]
    [InlineData("what's the dollar rate today?")]
    [InlineData("منو رئيس الجمهورية بالعراق هسه؟")]
    [InlineData("Is there still a NATO mission in Iraq?")]
    public void Match_TodayAboutWhatTheReportNeverCovers_IsRefused(string question)
    {
        var result = Matcher.Value.Match(question);

        Assert.False(result.IsConfident || result.AsksBeyondReport, $"{result.Best?.Id} at {result.Confidence:0.000}");
    }

    [Theory]
    [InlineData("When will the coalition leave Ain al-Asad?")]
    [InlineData("شوكت يطلعون الامريكان من اربيل؟")]
    [InlineData("Is there really an agreement between the US and Iraq?")]
    [InlineData("هل تم الاتفاق؟")]
    [InlineData("هل علق التحالف على اسئلة رويترز؟")]
    [InlineData("How many days are left until the end of 2026 deadline?")]
    [InlineData("شكد باقي على نهايه 2026")]
    [InlineData("Were the elections postponed?")]
    public void Match_QuestionAboutThePlanItself_IsNotMarkedBeyondTheReport(string question)
    {
        var result = Matcher.Value.Match(question);

        Assert.True(result.IsConfident);
        Assert.False(result.AsksBeyondReport);
    }

    [Theory]
    [InlineData("When will US troops leave Syria?", "withdrawal-plan-timeline")]
    [InlineData("شوكت يطلعون الامريكان من سوريا؟", "withdrawal-plan-timeline")]
    public void Match_PlaceTheFactNeverNames_IsNotAnsweredWithThatFact(string question, string factAboutAnotherPlace)
    {
        var result = Matcher.Value.Match(question);

        Assert.False(result.IsConfident && result.Best?.Id == factAboutAnotherPlace, $"answered with {result.Best?.Id} at {result.Confidence:0.000}");
    }

    [Theory]
    [InlineData("What were the names of the soldiers killed in the attacks?")]
    [InlineData("شنو اسماء الجنود الامريكان اللي انقتلوا بالهجمات؟")]
    [InlineData("ما أسماء الفصائل التي هاجمت القوات الأميركية؟")]
    [InlineData("How many rockets were fired at US bases?")]
    [InlineData("كم صاروخ اسقطت القوات الامريكية في العراق؟")]
    [InlineData("وين صارت الهجمات على الامريكان؟")]
    public void Match_KindOfAnswerNoTrainingQuestionOfTheFactAsksFor_IsRefused(string question)
    {
        var result = Matcher.Value.Match(question);

        Assert.False(result.IsConfident, $"answered with {result.Best?.Id} at {result.Confidence:0.000}");
    }

    [Theory]
    [InlineData("How many US troops are in Iraq?", 13)]
    [InlineData("شكد جندي امريكي بالعراق؟", 13)]
    [InlineData("Where will the remaining troops stay after September 2025?", 18)]
    [InlineData("How many soldiers does Germany have in Iraq?", 16)]
    public void Match_KindOfAnswerTheFactGives_IsAnswered(string question, int paragraph)
    {
        var result = Matcher.Value.Match(question);

        Assert.True(result.IsConfident, $"refused at {result.Confidence:0.000} ({result.Best?.Id})");
        Assert.Contains(paragraph, CitedParagraphs(result));
    }

    [Theory]
    [InlineData("مرحبا حبيبي، شكد جندي امريكي بسوريا؟", "us-troops-in-syria-900")]
    [InlineData("Hello there! How many US troops are in Syria?", "us-troops-in-syria-900")]
    [InlineData("hi, when do troops leave erbil?", "erbil-stay-until-end-2026")]
    [InlineData("هلا عمي شلونك، شكد جندي امريكي بسوريا؟", "us-troops-in-syria-900")]
    [InlineData("مرحبا كيف حالك، متى تنسحب القوات من اربيل؟", "erbil-stay-until-end-2026")]
    public void Match_GreetingAroundAQuestion_ScoresLikeTheQuestionAlone(string question, string fact)
    {
        var result = Matcher.Value.Match(question);

        Assert.True(result.IsConfident, $"refused at {result.Confidence:0.000}");
        Assert.Equal(fact, result.Best?.Id);
        Assert.True(result.Confidence > 0.9, $"confidence {result.Confidence:0.000}: the greeting counted against the answer");
    }

    [Theory]
    [InlineData("hello")]
    [InlineData("hi bot")]
    [InlineData("مرحبا")]
    [InlineData("شلونك")]
    [InlineData("كيف حالك")]
    [InlineData("thanks a lot")]
    public void Match_CourtesyAlone_IsStillItsIntent(string utterance)
    {
        var result = Matcher.Value.Match(utterance);

        Assert.True(result.IsConfident);
        Assert.Contains(result.Best?.Id, new[] { "greeting", "thanks" });
    }

    [Theory]
    [InlineData("كم دامت المحادثات بين بغداد وواشنطن؟", 11)]
    [InlineData("هل تعرقل الاعلان عن الاتفاق بسبب حرب غزة؟", 5)]
    public void Match_VerbTheKnowledgeNeverUses_StillAnswers(string question, int paragraph)
    {
        var result = Matcher.Value.Match(question);

        Assert.True(result.IsConfident, $"refused at {result.Confidence:0.000} ({result.Best?.Id})");
        Assert.Contains(paragraph, CitedParagraphs(result));
    }

    [Theory]
    [InlineData("ليش؟")]
    [InlineData("why?")]
    [InlineData("شنو؟")]
    [InlineData("شوكت؟")]
    [InlineData("منو؟")]
    [InlineData("شكد؟")]
    public void Match_BareQuestionWord_IsNeverACommandIntent(string question)
    {
        var result = Matcher.Value.Match(question);

        Assert.False(result.IsConfident && result.Best is { Kind: MatchKind.Intent, Id: "subscribe" or "unsubscribe" or "subscriptions" or "timezone" }, $"{result.Best?.Id} at {result.Confidence:0.000}");
    }

    [Theory]
    [InlineData("the agreement")]
    [InlineData("agreement?")]
    public void Match_TopicWordAlone_IsNotReadAsWhoSaidThat(string question)
    {
        var result = Matcher.Value.Match(question);

        Assert.NotEqual("who-said-that", result.Best?.Id);
    }

    private static int[] CitedParagraphs(MatchResult result) =>
        result.Best is { Kind: MatchKind.Fact } best && EvaluationSet.Knowledge.TryGetFact(best.Id, out Fact? fact)
            ? [.. fact.Citations.Select(c => c.Paragraph)]
            : [];
}
