using WithdrawalBot.Core.Replies;
using WithdrawalBot.Core.Tests.Evaluation;
using WithdrawalBot.Core.Tests.Support;

namespace WithdrawalBot.Core.Tests.Routing;

/// <summary>Questions over the real knowledge that the blind sets dev21, dev22, dev24 and dev25 found refused or answered wrongly.</summary>
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
    [InlineData("شكدجندي امريكي بلعراق", 13)]
    [InlineData("عينالاسد وين صايرة اصلا؟", 17)]
    [InlineData("شوكت يطلعون الامريكانمن العراق", 2)] // trial 65: voice-to-text joins "من" to the word before or after it
    [InlineData("شكد جندي انقتل منالامريكان", 12)]
    [InlineData("السوداني شيستفاد منالاتفاق", 22)]
    [InlineData("عينلاسد شوكت يطلعونمنها", 17)] // trial 65: the article's alif dropped too
    [InlineData("hundreds leave by 09/25 and the rest by 12/26?", 2)] // dev67: a month as a number read as a figure the report never writes
    [InlineData("هل الانتخابات البرلمانية العراقية مقررة في ١١/٢٠٢٥؟", 23)]
    [InlineData("٢٥٠٠ جندي بالعراق لو ٥٠٠٠", 13)] // dev67: the alternative the report never writes sank the question
    [InlineData("2500 troops in irak or 25,000", 13)]
    [InlineData("ain al asad is in anbar or nineveh?", 17)]
    [InlineData("زين واربيل؟", 18)] // trial 65: an acknowledgement, then a place asked about, got only a 👍
    [InlineData("ok and Erbil?", 18)]
    [InlineData("تمام وبغداد؟", 17)]
    [InlineData("الخبر منوين جايبيه؟ منو المصادر", 6)]
    [InlineData("whats this about us pulling out?", 1)]
    [InlineData("what's this about the US pulling out of Iraq?", 1)]
    [InlineData("whats the deal with the withdrawal", 1)]
    [InlineData("اكو اتفاق بين امريكا والعراق عالانسحاب لو بس حجي فاضي؟", 1)]
    [InlineData("how many of our guys are in iraq", 13)]
    [InlineData("هل هذا الجدول مؤكد أم أنه مجرد خطة؟", 2)]
    [InlineData("so what does this mean for the us long term", 19)]
    [InlineData("Is it true the US invaded Iraq in 2003?", 15)]
    [InlineData("هلو عيني اني من الحله وردت اسال شكد جندي امريكي بالعراق", 13)]
    [InlineData("السلام عليكم ابني انا مهندس سكك متقاعد عمري سبعين سنة اريد اعرف شوكت يطلعون الامريكان من بغداد", 17)] // trial 64
    [InlineData("مو قالوا يطلعون من عين الاسد؟", 17)] // break 34: "didn't they say…" read as a negation
    [InlineData("I am from Erbil, when do the americans leave my city?", 18)]
    [InlineData("هل سیبقی الجنود فی هەولێر؟", 18)]
    [InlineData("الاتفاق انمضى خلاص", 2)]
    [InlineData("bruh how many soldiers in iraq no cap", 13)]
    [InlineData("Which paragraph states the number of US troops in Syria?", 13)]
    [InlineData("What does the report state about Erbil?", 18)]
    [InlineData("شوووووكت يطلعووون الامريكاااان؟", 2)]
    [InlineData("شكككد جندي امريكي بالعراق؟", 13)]
    [InlineData("کاکه شوکت یطلعون من اربیل؟", 18)]
    [InlineData("حجي اسمع، سمعت ان الامريكان عدهم 5000 جندي بالعراق صحيح؟", 13)]
    [InlineData("اني من اربيل، شوكت يطلعون الامريكان من مدينتي؟", 18)]
    [InlineData("اني من اربيل، القوات تبقى بمدينتي لحد شوكت؟", 18)]
    [InlineData("هلو اني من البصرة كم جندي امريكي بالعراق", 13)]
    [InlineData("hi I'm from Ohio how many US troops are in Iraq", 13)]
    [InlineData("هلا عمي شكد جندي امريكي بسوريا", 13)]
    [InlineData("السلام عليكم ابني شكد جندي امريكي بالعراق", 13)]
    [InlineData("هلا خالة شكد جندي امريكي بسوريا", 13)]
    [InlineData("hi auntie how many troops in syria", 13)]
    [InlineData("غزة شنو دخلها", 5)]
    [InlineData("هل صحيح أن الاتفاق أُلغي؟", 2)]
    [InlineData("my friend says the deal was cancelled", 2)]
    [InlineData("جاري يكول الاتفاق انلغى", 2)]
    [InlineData("امي تگلي الاتفاق انلغى", 2)] // trial 58: "tells me", read as an introduction and greeted
    [InlineData("الهجمات منو سواها", 11)] // trial 58: "who did them"
    [InlineData("عمي شوكت يطلعون الامريكان من العراق خلصونا والله", 2)] // trial 59: "rid us of them" read as "are they done?", then Erbil
    [InlineData("so when do we finally pull out of AAB lol", 17)] // trial 59: the base's abbreviation, and "finally" read as "did it happen?"
    [InlineData("OIF started in 2003 right?", 15)] // trial 59
    [InlineData("why are they keeping people in Erbil", 18)] // trial 59
    [InlineData("اكو دول غير امريكا عدهم جنود بالكواليشن", 16)] // trial 59: "coalition" as an English loanword
    [InlineData("لكن ألا يمكن أن يتغير الجدول الزمني؟", 24)] // trial 58: the negated opening sank it
    [InlineData("What did the senior US official say, word for word?", 3)] // trial 58
    [InlineData("Give me a quote I can use about Iranian influence", 20)]
    [InlineData("ليش امريكا اجت للعراق", 15)]
    [InlineData("معلش سؤال أخير: القوات هتطلع من أربيل امتى؟", 18)]
    [InlineData("What's the current US force level in Iraq?", 13)]
    [InlineData("when will the announcement happen?", 7)]
    [InlineData("ماذا حل بتنظيم داعش في النهاية", 14)]
    [InlineData("شوكت يطلعون الأمغيكان من العغاق", 2)]
    [InlineData("داعش شقد كانت مسيطغة من العراق بوقتها", 14)]
    [InlineData("خوش، بس ليش باربيل يبقون لـ2026", 18)]
    [InlineData("كم استغرقت المفاوضات بين الحكومة الاتحادية في بغداد والإدارة الأميركية قبل الوصول إلى هذا التفاهم؟", 11)]
    [InlineData("who is Farhad Alaa al-Din, title?", 8)]
    [InlineData("whats the strategic rationale beyond ISIS", 20)]
    [InlineData("has either capital signed off", 2)]
    [InlineData("When, according to multiple sources, might the agreement be made public?", 7)] // trial 60: "multiple sources" read as ¶1's, then "no date"
    [InlineData("شنو علاقة سوريا بالاتفاق", 18)]
    [InlineData("واشنطن شنو موقفها العسکری بعد الانسحاب", 19)]
    [InlineData("whats the headline here", 1)]
    [InlineData("How many US troops does the report say are in Iraq?", 13)]
    [InlineData("How many troops does the report say the US has in Iraq?", 13)]
    [InlineData("When does the report say troops leave Baghdad?", 17)]
    [InlineData("Who does the report say initiated the talks?", 11)]
    [InlineData("shakad american soldiers b iraq", 13)]
    [InlineData("shkad jundi amreeki bil3raq?", 13)]
    [InlineData("ho\u0301w ma\u0308ny troops in ira\u0327q?", 13)]
    [InlineData("shakad troops b syria", 13)]
    [InlineData("wallah is it true 3 soldiers got killed", 12)]
    [InlineData("el amreekan ybqoon b arbil?", 18)]
    [InlineData("my baba says amreeka is leaving iraq is that true", 1)]
    [InlineData("منو المصادر اللي حجو لرويترز", 6)]
    [InlineData("شكد باقي للانتخابات", 23)]
    [InlineData("الامركان شوكد يطلعون من الانبار", 17)]
    [InlineData("shwakit ytl3oon el amreekan mn el 3raq", 2)]
    [InlineData("shkad jundi amreeki b souria", 13)]
    [InlineData("امريكا طلعت من العراق قبل؟ شوكت", 15)]
    [InlineData("shno sar b 3en al asad", 17)]
    [InlineData("lesh amreeka rij3at 2014", 15)]
    [InlineData("hala 3amo, shakad american soldiers b iraq?", 13)]
    [InlineData("el mu7adathat imta bidat", 11)]
    [InlineData("lesh t2ajjal el i3lan 3an el deal", 5)]
    [InlineData("el intikhabat imta?", 23)]
    [InlineData("how many amreekan inqitlaw b el hajamat", 12)]
    [InlineData("ISIS shgad chan msaytir?", 14)]
    [InlineData("el ta7aluf t2asas imta", 13)]
    [InlineData("Sudani shno yistifid min hal deal", 22)]
    [InlineData("the whole thing yakhudh shgad sana", 24)]
    [InlineData("Is the continued presence in Erbil until the end of 2026 a firm commitment or an expectation?", 18)]
    [InlineData("is the withdrawal guaranteed?", 2)]
    public async Task HandleAsync_QuestionTheReportAnswers_CitesItsParagraph(string question, int paragraph)
    {
        var reply = await EvaluationSet.Bot().SendAsync(RouterFixture.Private(question));

        Assert.NotNull(reply);
        Assert.True(reply.Answered, reply.ToPlainText());
        Assert.Contains(paragraph, RouterFixture.Paragraphs(reply));
    }

    [Theory]
    [InlineData("What is the approximate size of the US troop contingent in Iraq, and how does it compare with the deployment in neighbouring Syria?", 13)]
    [InlineData("Which European states are mentioned as contributing forces to the coalition, and in what approximate numbers?", 16)]
    public async Task HandleAsync_ApproximateInAQuestion_IsNoTopicOfItsOwn(string question, int paragraph)
    {
        // Trial 60: "approximate" was read as Erbil's "about the end of 2026" (¶18), answered first or tacked on.
        var reply = await EvaluationSet.Bot().SendAsync(RouterFixture.Private(question));

        Assert.NotNull(reply);
        Assert.Equal([paragraph], RouterFixture.Paragraphs(reply).Distinct());
    }

    [Theory]
    [InlineData("when will القوات الامريكية leave بغداد?", 17, "بغداد")]
    [InlineData("when will US troops leave بغداد?", 17, "Baghdad")]
    [InlineData("ليش Erbil specifically?", 18, "ISIS")]
    [InlineData("what about Syria, شكد جندي امريكي هناك?", 13, "900")]
    public async Task HandleAsync_QuestionWrittenInBothScripts_IsReadAsOneLanguage(string question, int paragraph, string expected)
    {
        // Trial 61: Arabic words inside an English question (and English inside Arabic) were matched against neither
        // language's wordings well: "…leave بغداد?" was refused, and "ليش Erbil" lost its "why".
        var reply = await EvaluationSet.Bot().SendAsync(RouterFixture.Private(question));

        Assert.NotNull(reply);
        Assert.True(reply.Answered, reply.ToPlainText());
        Assert.Equal(paragraph, RouterFixture.Paragraphs(reply)[0]);
        Assert.Contains(expected, reply.Blocks[0].Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("إيمتى يطلعون الامريكان من العراق كِلّو؟", 2)] // Maslawi "كلو" (all of them) was an unknown word
    [InlineData("قلي متى ينسحبون", 2)] // "tell me" was an unknown word
    [InlineData("wut happens in baghdad", 17)]
    [InlineData("Which groups have attacked the US troops?", 11)] // trial 62: the withdrawal timetable ("group" of soldiers)
    [InlineData("Who is responsible for the attacks?", 11)] // "responsible" read as "response"
    [InlineData("when did isis take over iraq", 14)] // "over" read as "end": the plan's end of 2026
    [InlineData("In which year was IS defeated in Iraq?", 14)] // "IS", the Islamic State, was the verb
    [InlineData("How many Americans became injured in the attacks?", 12)]
    [InlineData("الانسحاب التدريجي على كم مرحلة حسب الخطة؟", 2)] // "gradual" sank every question it was in
    [InlineData("قوات التحالف شوكت تكمل انسحابها التدريجي من العراق؟", 2)]
    [InlineData("What's the drawdown timeline for CJTF-OIR in Iraq?", 2)] // veterans' names for the coalition
    [InlineData("What were the WIA numbers from those attacks?", 12)]
    [InlineData("will sum advisers stay after the with drawl", 4)] // voice typing
    [InlineData("what did far had all a deen say", 8)]
    [InlineData("هسه الجيش الامريكي شكد نفر بالعراق", 13)] // "نفر", a head count
    [InlineData("بسم الله الرحمن الرحيم، تحية طيبة وبعد، نود الاستفسار عن عدد الجنود الأمريكيين الموجودين في العراق بحسب التقرير.", 13)] // trial 63: every one refused
    [InlineData("السلام عليكم ورحمة الله وبركاته، يرجى التفضل بإعلامنا متى ستغادر قوات التحالف قاعدة عين الأسد الجوية؟", 17)]
    [InlineData("بسم الله الرحمن الرحيم، متى ستغادر القوات أربيل؟", 18)] // "الرحيم" was corrected to "الرحيل" (departure)
    [InlineData("Pls confirm ASAP: by when will all coalition troops vacate Ain al-Asad airbase?", 17)]
    [InlineData("Who attacked the US troops, FYI need this for our risk register.", 11)]
    [InlineData("السلام عليكم، ما هو موقع قاعدة عين الأسد؟", 17)] // "موقع" (location) was read as the bot's website: /source
    [InlineData("امریکا متی غزا العراق؟", 15)] // a learner's masculine "غزا"
    [InlineData("شکد باقی علی طلوع الامریکان من اربیل؟", 18)] // "طلوع", leaving
    [InlineData("ليش المصادر ما قالوا اسمهم؟", 6)]
    public async Task HandleAsync_WordingsTrialUsersWereRefusedOrMisreadFor_AreAnswered(string question, int paragraph)
    {
        var reply = await EvaluationSet.Bot().SendAsync(RouterFixture.Private(question));

        Assert.NotNull(reply);
        Assert.True(reply.Answered, reply.ToPlainText());
        Assert.Contains(paragraph, RouterFixture.Paragraphs(reply));
    }

    [Theory]
    [InlineData("جزاكم الله خيراً", "thanks")] // trial 63: "about what, exactly?"
    [InlineData("جزاك الله خير", "thanks")]
    [InlineData("Who has written the article?", "source")] // trial 62: the estimate of the report's date
    [InlineData("who wrote the article?", "source")]
    public async Task HandleAsync_WordingOfAnIntent_IsThatIntent(string text, string intent)
    {
        var reply = await EvaluationSet.Bot().SendAsync(RouterFixture.Private(text));

        Assert.NotNull(reply);
        Assert.Equal(intent, reply.Intent);
    }

    [Theory]
    [InlineData("ايش قال فرهاد علاء الدين")]
    [InlineData("what did Farhad Alaa al-Din say?")]
    [InlineData("شنو كال فرهاد؟")]
    public async Task HandleAsync_WhatDidTheNamedSpeakerSay_GivesEachOfHisStatements(string question)
    {
        // Trial 61: only ¶8 was given, though the report quotes him three times.
        var reply = await EvaluationSet.Bot().SendAsync(RouterFixture.Private(question));

        Assert.NotNull(reply);
        Assert.Equal([8, 9, 14], RouterFixture.Paragraphs(reply).Distinct().Order());
    }

    [Fact]
    public async Task HandleAsync_WhatDidTheSpeakerSayAboutATopic_GivesThatStatementAlone()
    {
        var reply = await EvaluationSet.Bot().SendAsync(RouterFixture.Private("what did Farhad say about the talks?"));

        Assert.NotNull(reply);
        Assert.Equal([8], RouterFixture.Paragraphs(reply).Distinct());
    }

    [Theory]
    [InlineData("بعدو صحيح؟")] // Maslawi: was "about what, exactly?"
    [InlineData("بعده صحيح؟")] // was the advisory relationship (¶4), "بعد" read as "after"
    public async Task HandleAsync_IsItStillTrueInDialect_SaysWhatWasPlannedForTheLastAnswer(string followUp)
    {
        var bot = EvaluationSet.Bot();
        await bot.SendAsync(RouterFixture.Private("شوكت يطلعون من اربيل؟"));

        var reply = await bot.SendAsync(RouterFixture.Private(followUp));

        Assert.NotNull(reply);
        Assert.Equal(ReplyComposer.BeyondReportIntent, reply.Intent);
        Assert.Equal([18], RouterFixture.Paragraphs(reply).Distinct());
    }

    [Fact]
    public async Task HandleAsync_TheyAlreadyLeft_IsNotARequestToStopReminders()
    {
        // Trial 61: "quit reminding me" gave the unsubscribe intent the term of "leave", so "they already left" stopped reminders.
        var bot = EvaluationSet.Bot();

        var remark = await bot.SendAsync(RouterFixture.Private("they already left"));
        var request = await bot.SendAsync(RouterFixture.Private("quit reminding me"));

        Assert.NotNull(remark);
        Assert.NotEqual("unsubscribe", remark.Intent);
        Assert.NotNull(request);
        Assert.Equal("unsubscribe", request.Intent);
    }

    [Theory]
    [InlineData("how many troops remain")]
    [InlineData("how many troops remain in iraq today")]
    public async Task HandleAsync_HowManyTroopsRemain_IsNotAnsweredWithSyriasFigure(string question)
    {
        // Trial 60: "remain" read as "keep", a word of the Syria fact's wordings, and "900 in Syria" was the answer.
        var reply = await EvaluationSet.Bot().SendAsync(RouterFixture.Private(question));

        Assert.NotNull(reply);
        Assert.DoesNotContain("900", reply.Blocks[0].Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("shgad sar el mu7adathat? months?", 11)]
    [InlineData("minu dhirab el qawa3id? militias?", 11)]
    public async Task HandleAsync_QuestionThenOneWordNarrowingIt_AnswersOnlyThatQuestion(string message, int paragraph)
    {
        // Trial 57: "months?" read alone added the elections (¶23) and "The report does not say: …" to the talks' answer.
        var reply = await EvaluationSet.Bot().SendAsync(RouterFixture.Private(message));

        Assert.NotNull(reply);
        Assert.True(reply.Answered, reply.ToPlainText());
        Assert.Equal(paragraph, RouterFixture.Paragraphs(reply)[0]);
        Assert.DoesNotContain(23, RouterFixture.Paragraphs(reply));
        Assert.DoesNotContain("does not say", reply.ToPlainText(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Which countries besides the US contribute troops?", "How many from Italy?", 16)]
    [InlineData("Which countries besides the US contribute troops?", "كم عدد الجنود الفرنسيين تحديداً؟", 16)]
    [InlineData("وغير الامريكان منو عنده جنود؟", "شكد الالمان بالضبط؟", 16)]
    [InlineData("هل ممكن يبقى قسم من الامريكان بعد الانسحاب؟", "وكم عددهم؟", 4)]
    [InlineData("شوكت يطلعون من اربيل؟", "وشكد منهم باربيل", 18)]
    [InlineData("how many US troops are in Iraq?", "and Baghdad?", 17)]
    [InlineData("هل ممكن يبقى قسم من الامريكان بعد الانسحاب؟", "كم مستشاراً أميركياً سيبقى ضمن العلاقة الاستشارية الجديدة؟", 4)]
    public async Task HandleAsync_HowManyTheReportGivesNoFigureFor_SaysSoBeforeWhatItSays(string question, string howMany, int paragraph)
    {
        var bot = EvaluationSet.Bot();
        await bot.SendAsync(RouterFixture.Private(question));

        var reply = await bot.SendAsync(RouterFixture.Private(howMany));

        Assert.NotNull(reply);
        Assert.Equal(ReplyComposer.NoFigureIntent, reply.Intent);
        Assert.True(reply.Answered);
        Assert.Equal([paragraph], RouterFixture.Paragraphs(reply));
        Assert.StartsWith(reply.Language == Languages.Language.Arabic ? "لا يذكر التقرير رقماً محدداً" : "The report gives no exact figure", reply.ToPlainText(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("How many US troops will stay in Iraq after the withdrawal?", ReplyComposer.NoFigureIntent, 4)]
    [InlineData("How many troops does Germany have in Iraq?", ReplyComposer.NoFigureIntent, 16)]
    [InlineData("how many troops will stay in Erbil?", ReplyComposer.NoFigureIntent, 18)]
    [InlineData("How many US personnel would remain under the advisory arrangement?", ReplyComposer.NoFigureIntent, 4)]
    [InlineData("What is the name of the senior US official who said we have a deal?", ReplyComposer.NoNameIntent, 3)]
    [InlineData("شنو اسم المسؤول الامريكي الكبير؟", ReplyComposer.NoNameIntent, 3)]
    [InlineData("what is the name of the Iraqi armed groups backed by Iran?", ReplyComposer.NoNameIntent, 11)]
    [InlineData("how many drones did they attack with?", ReplyComposer.NoFigureIntent, 12)]
    [InlineData("how many attacks were there?", ReplyComposer.NoFigureIntent, 12)]
    [InlineData("شكد طيارة مسيرة ضربو", ReplyComposer.NoFigureIntent, 12)]
    public async Task HandleAsync_CountOrNamesAskedAloneThatTheReportLeavesOut_SaysSoBeforeWhatItSays(string question, string intent, int paragraph)
    {
        var reply = await EvaluationSet.Bot().SendAsync(RouterFixture.Private(question));

        Assert.NotNull(reply);
        Assert.Equal(intent, reply.Intent);
        Assert.Equal([paragraph], RouterFixture.Paragraphs(reply).Take(1));
        var arabic = reply.Language == Languages.Language.Arabic;
        Assert.StartsWith(intent == ReplyComposer.NoNameIntent ? (arabic ? "لا يذكر التقرير أسماءً" : "The report gives no names") : (arabic ? "لا يذكر التقرير رقماً محدداً" : "The report gives no exact figure"), reply.ToPlainText(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("how many US soldiers did the drone attacks kill?", "three US soldiers")]
    [InlineData("كم جندي امريكي قتلت الطائرات المسيرة؟", "ثلاثة جنود")]
    public async Task HandleAsync_HowManyKilledByTheDroneAttacks_GivesTheDeathToll(string question, string toll)
    {
        var reply = await EvaluationSet.Bot().SendAsync(RouterFixture.Private(question));

        Assert.NotNull(reply);
        Assert.Equal("fact", reply.Intent);
        Assert.Equal([12], RouterFixture.Paragraphs(reply).Take(1));
        Assert.Contains(toll, reply.ToPlainText(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("How many Russian troops are in Syria?")]
    [InlineData("What did Israel say?")] // break 35 #3: answered with the missiles shot down toward Israel (¶21)
    [InlineData("how many US soldiers were killed in Syria?")] // break 35 #6: answered with the 900 troops there (¶13)
    [InlineData("كم جندي امريكي قتل في سوريا؟")]
    [InlineData("What did Iran say?")]
    [InlineData("شنو كالت ايران؟")]
    [InlineData("How many Iranian militias are in Iraq?")]
    [InlineData("محافظة نينوى يبقون بيها الامريكان؟")]
    [InlineData("ونينوى؟")]
    [InlineData("ابن عمي بالجيش العراقي، شنو يصير بي؟")]
    [InlineData("انتخابات اقلیم کوردستان ایمتی؟")]
    [InlineData("راح يصير تدريب للجيش العراقي من الامريكان بعد الانسحاب؟")]
    [InlineData("كم مقاتل داعشي باقي بالعراق هسه")]
    [InlineData("Did the Pentagon confirm the agreement on the record?")]
    [InlineData("مقتدى الصدر شنو كال عن الاتفاق")]
    [InlineData("ايران راح تطلع هم من العراق؟")]
    [InlineData("هل ستنسحب ايران من العراق؟")]
    [InlineData("what happened in syria after assad fell")]
    [InlineData("When was ISIS founded?")] // trial 59: answered with the coalition's founding in 2014, read as ISIS's
    [InlineData("متى تأسس تنظيم داعش؟")] // trial 59
    [InlineData("What is the Strategic Framework Agreement?")] // trial 59: answered with ¶19
    [InlineData("تقاعدی راح یتأثر بالانسحاب؟")] // trial 63: "تقاعد" (pension) stemmed as "قاعد" (base): answered with ¶12
    [InlineData("will my pension be affected by the withdrawal?")]
    public async Task HandleAsync_HowManyOfSomethingTheReportSaysNothingAbout_IsRefused(string question)
    {
        var reply = await EvaluationSet.Bot().SendAsync(RouterFixture.Private(question));

        Assert.NotNull(reply);
        Assert.False(reply.Answered, reply.ToPlainText());
        Assert.Empty(RouterFixture.Paragraphs(reply));
    }

    [Theory]
    [InlineData("وعن داعش شكال؟", 14)]
    [InlineData("and what did he say about ISIS?", 14)]
    public async Task HandleAsync_WhatTheSpeakerSaidAboutAPlaceTheReportQuotesNothingOf_IsWhatHeSaidOfIt(string followUp, int paragraph)
    {
        // ISIS says nothing in the report, but here it is what Farhad Alaa al-Din spoke about, not who spoke.
        var bot = EvaluationSet.Bot();
        await bot.SendAsync(RouterFixture.Private("what did Farhad Alaa al-Din say?"));

        var reply = await bot.SendAsync(RouterFixture.Private(followUp));

        Assert.NotNull(reply);
        Assert.True(reply.Answered, reply.ToPlainText());
        Assert.Contains(paragraph, RouterFixture.Paragraphs(reply));
    }

    [Theory]
    [InlineData("How many US troops are in Iraq?", 13)]
    [InlineData("how many US soldiers were killed in the attacks?", 12)]
    [InlineData("كم عدد المسؤولين العراقيين بين المصادر؟", 6)]
    [InlineData("سنه كم غزت امريكا العراق", 15)]
    [InlineData("هالانسحاب شكد مهم لأمريكا بالمنطقة؟", 19)]
    [InlineData("اربيل شكد تبقى فيها القوات", 18)]
    [InlineData("What is the name of the Iraqi prime minister?", 11)]
    [InlineData("شنو اسم مستشار رئيس الوزراء؟", 8)]
    [InlineData("what's the name of the air base in Anbar?", 17)]
    [InlineData("ما أسماء الدول الأخرى المشاركة في التحالف؟", 16)]
    public async Task HandleAsync_CountOrNameTheReportGives_OrHowMuchOrWhichYear_IsAPlainAnswer(string question, int paragraph)
    {
        var reply = await EvaluationSet.Bot().SendAsync(RouterFixture.Private(question));

        Assert.NotNull(reply);
        Assert.Equal("fact", reply.Intent);
        Assert.Contains(paragraph, RouterFixture.Paragraphs(reply));
    }

    [Theory]
    [InlineData("How many US troops were in Iraq at the time of the report?", "2,500")]
    [InlineData("How many US troops were in Iraq at the time of the report, compared to Syria?", "2,500")]
    [InlineData("How many US troops were in Iraq back then?", "2,500")]
    [InlineData("شكد جندي امريكي كان بالعراق وقت التقرير؟", "2500")]
    public async Task HandleAsync_IraqTroopCountAskedAsOfTheReport_GivesTheIraqFigureNotSyrias(string question, string figure)
    {
        var reply = await EvaluationSet.Bot().SendAsync(RouterFixture.Private(question));

        Assert.NotNull(reply);
        Assert.Equal([13], RouterFixture.Paragraphs(reply));
        Assert.Contains(figure, reply.ToPlainText(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Who said 'we have a deal'?", "شنو اسمه؟", 3)]
    [InlineData("What did the US official say?", "what's his name?", 3)]
    [InlineData("What did the US official say?", "is he named?", 3)]
    [InlineData("شنو قال المسؤول الامريكي؟", "هو مذكور اسمه؟", 3)]
    [InlineData("How many US troops are in Iraq?", "what is his name?", 13)]
    [InlineData("Why was the announcement delayed?", "what's his name?", 5)]
    [InlineData("how many US soldiers were killed in the attacks?", "what were their names?", 12)]
    [InlineData("شكد جندي امريكي انقتل؟", "شنو اسمائهم؟", 12)]
    [InlineData("منو هاجم القوات الامريكية بالعراق؟", "ومن هي الفصائل المسؤولة بالاسم؟", 11)]
    [InlineData("ما أسماء المسؤولين الأمريكيين الخمسة الذين تحدثوا إلى رويترز؟", null, 6)]
    [InlineData("What's the name of the US official who said there's a deal?", null, 3)]
    [InlineData("the senior US official - name?", null, 3)]
    [InlineData("name of the senior US official?", null, 3)]
    [InlineData("ما معنى مجالاً للتنفس؟", "ومن هو هذا المسؤول؟", 24)]
    [InlineData("what did the senior US official say?", "who is this official?", 3)]
    [InlineData("who is the US official who said there is a deal?", null, 3)]
    [InlineData("من هو المسؤول الذي تحدث عن مجال للتنفس؟", null, 24)]
    [InlineData("Which specific militia groups carried out the attacks on US bases?", null, 11)]
    [InlineData("منو الفصائل اللي ضربت القواعد الأمريكية؟", null, 11)]
    [InlineData("الفصائل شنو اسمائهم؟", null, 11)]
    [InlineData("شنو اسماء الفصائل؟", null, 11)]
    [InlineData("what are the names of the militias?", null, 11)]
    public async Task HandleAsync_NamesTheReportLeavesOut_SaysItGivesNoNamesBeforeWhatItSays(string first, string? names, int paragraph)
    {
        var bot = EvaluationSet.Bot();
        var reply = await bot.SendAsync(RouterFixture.Private(first));
        if (names is not null)
        {
            reply = await bot.SendAsync(RouterFixture.Private(names));
        }

        Assert.NotNull(reply);
        Assert.Equal(ReplyComposer.NoNameIntent, reply.Intent);
        Assert.Contains(paragraph, RouterFixture.Paragraphs(reply));
        Assert.StartsWith(reply.Language == Languages.Language.Arabic ? "لا يذكر التقرير أسماءً" : "The report gives no names", reply.ToPlainText(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("On what date was the deal finally announced?", new[] { 2, 7 })]
    [InlineData("Was the deal announced in the end?", new[] { 2, 7 })]
    [InlineData("هل أُعلن الاتفاق رسمياً في نهاية المطاف؟", new[] { 2, 7 })]
    [InlineData("Did they set up the new advisory relationship in the end?", new[] { 4 })]
    [InlineData("has the deal been announced?", new[] { 2, 7 })]
    [InlineData("هل أُعلن الاتفاق رسمياً؟", new[] { 2, 7 })]
    [InlineData("الاتفاق انعلن لو بعد؟", new[] { 2, 7 })]
    [InlineData("What was the outcome of the October 2025 Iraqi parliamentary elections?", new[] { 23 })]
    [InlineData("نتائج الانتخابات شنو", new[] { 23 })]
    public async Task HandleAsync_WhetherSomethingExpectedCameTrue_SaysTheReportCannotTellThenWhatItSaid(string question, int[] paragraphs)
    {
        var reply = await EvaluationSet.Bot().SendAsync(RouterFixture.Private(question));

        // The announcement was expected "this month" (¶7) once the plan got final approval and a date (¶2).
        Assert.NotNull(reply);
        Assert.Equal(ReplyComposer.BeyondReportIntent, reply.Intent);
        Assert.Contains(RouterFixture.Paragraphs(reply), paragraphs.Contains);
        Assert.True(reply.ToPlainText().StartsWith("I can't tell you what has happened since", StringComparison.Ordinal)
            || reply.ToPlainText().StartsWith("لا أستطيع أن أؤكد ما حدث", StringComparison.Ordinal), reply.ToPlainText());
    }

    [Theory]
    [InlineData("کەی هێزەکانی ئەمریکا لە عێراق دەکشێنەوە؟", "أقرأ العربية والإنجليزية فقط")]
    [InlineData("چند سرباز آمریکایی در عراق هست؟", "أقرأ العربية والإنجليزية فقط")]
    [InlineData("Wie viele US-Soldaten sind im Irak?", "I read only Arabic and English")]
    [InlineData("mnain ja7at el 6ayyara", "I read only Arabic and English")]
    public async Task HandleAsync_LanguageTheBotDoesNotRead_SaysSoNotThatTheReportIsSilent(string message, string notice)
    {
        var bot = EvaluationSet.Bot();

        var reply = await bot.SendAsync(RouterFixture.Private(message));

        Assert.NotNull(reply);
        Assert.False(reply.Answered);
        Assert.StartsWith(notice, reply.ToPlainText(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("How many troops are in Iraq? and what are the milestones?")]
    [InlineData("Is it true that 3000 troops are in Iraq? and what are the milestones?")]
    [InlineData("شكد جندي امريكي بالعراق؟ وشنو المواعيد؟")]
    public async Task HandleAsync_QuestionThenTheMilestoneList_AnswersBoth(string message)
    {
        // The list was dropped without a word: only the troop count came back (¶13).
        var reply = await EvaluationSet.Bot().SendAsync(RouterFixture.Private(message));

        Assert.NotNull(reply);
        var text = reply.ToPlainText();
        Assert.True(text.Contains("2,500", StringComparison.Ordinal) || text.Contains("2500", StringComparison.Ordinal), text);
        // The milestone list: Ain al-Asad (¶17), the elections (¶23), Erbil (¶18).
        Assert.Superset(new HashSet<int> { 13, 17, 18, 23 }, RouterFixture.Paragraphs(reply).ToHashSet());
    }

    [Theory]
    [InlineData("claim: 1) ? summarize")]
    [InlineData("is it true that 1) troops leave? summarize")]
    [InlineData("ادعاء: 1) ؟ لخصلي الخبر")]
    [InlineData("claim: 1) ? /milestones")]
    public async Task HandleAsync_ClaimWithAnItemNumberThenARequest_IsAnsweredNotAnError(string message)
    {
        // A claim that sets no fact of its own, then a request: a null conversation turn made these "something went wrong".
        var reply = await EvaluationSet.Bot().SendAsync(RouterFixture.Private(message));

        Assert.NotNull(reply);
        Assert.NotEqual("error", reply.Intent);
        Assert.NotEmpty(reply.ToPlainText());
    }

    [Theory]
    [InlineData("مطار اربیل فیه امریکی؟", "unknown", "التقرير لا يذكر ذلك")]
    [InlineData("قاعده حریر شنو یصیر بیها؟", "unknown", "لم أجد ذلك في التقرير")]
    [InlineData("سلام علیکم کاک", "greeting", "وعليكم السلام!")]
    [InlineData("سپاس کاکه", "thanks", "العفو!")]
    [InlineData("بما ان البرلمان العراقی صوت علی الاتفاق، متی ستنسحب القوات؟", "fact", "لا يقول التقرير: «البرلمان العراقي صوت")] // trial 60
    [InlineData("ذکرنی قبل الانتخابات باسبوع", "subscribe", "هذه الميزة غير متاحة هنا")] // trial 60: a reminder request, not a question
    public async Task HandleAsync_ArabicTypedOnAKurdishOrPersianKeyboard_IsReadAsArabic(string message, string intent, string opening)
    {
        // ی and ک for ي and ك: a Kurdish user asking in Arabic is answered or refused, never told the bot reads no Arabic.
        var reply = await EvaluationSet.Bot().SendAsync(RouterFixture.Private(message));

        Assert.NotNull(reply);
        Assert.Equal(intent, reply.Intent);
        Assert.StartsWith(opening, reply.ToPlainText(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Are you a human?")]
    [InlineData("Are you ChatGPT?")]
    [InlineData("Who made you?")]
    [InlineData("منو سواك؟")]
    public async Task HandleAsync_QuestionAboutTheBot_SaysWhatItIs(string question)
    {
        var reply = await EvaluationSet.Bot().SendAsync(RouterFixture.Private(question));

        Assert.Equal("capabilities", reply?.Intent);
    }

    [Theory]
    [InlineData("الجامعة العربية علقت على الموضوع؟")] // trial 66 W4: answered with the report's estimated date (¶3, ¶11)
    [InlineData("الجامعة العربية علقت؟")]
    public async Task HandleAsync_WhetherABodyTheReportNeverNamesCommented_IsRefused(string question)
    {
        var bot = EvaluationSet.Bot();

        var reply = await bot.SendAsync(RouterFixture.Private(question));

        Assert.NotNull(reply);
        Assert.False(reply.Answered, reply.ToPlainText());
        Assert.Empty(RouterFixture.Paragraphs(reply));
    }

    [Theory]
    [InlineData("صحيح ان الاتفاق انعلن رسمياً بأيلول 2024؟")]
    [InlineData("Is it true the deal was announced in September 2024?")]
    public async Task HandleAsync_ClaimThatTheDealWasAnnounced_IsNotAnsweredWithTheReportsDate(string claim)
    {
        var reply = await EvaluationSet.Bot().SendAsync(RouterFixture.Private(claim));

        Assert.NotNull(reply);
        Assert.DoesNotContain(3, RouterFixture.Paragraphs(reply));
        Assert.DoesNotContain(11, RouterFixture.Paragraphs(reply));
    }

    [Theory]
    [InlineData("Is it true the US invaded Iraq in 2003?")]
    [InlineData("Is it true the US invaded Iraq in 2003 and withdrew in 2011?")]
    public async Task HandleAsync_ClaimAboutTheInvasion_IsAnsweredWithTheInvasion(string claim)
    {
        var reply = await EvaluationSet.Bot().SendAsync(RouterFixture.Private(claim));

        Assert.NotNull(reply);
        Assert.Contains("invaded Iraq in 2003", reply.ToPlainText(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("What is the current number of US troops in Iraq?")]
    [InlineData("ما العدد الحالي للقوات الأمريكية في العراق؟")]
    public async Task HandleAsync_CurrentNumber_SaysTheReportCannotTellTodayThenItsFigure(string question)
    {
        var reply = await EvaluationSet.Bot().SendAsync(RouterFixture.Private(question));

        Assert.Equal(ReplyComposer.BeyondReportIntent, reply?.Intent);
        Assert.Equal([13], RouterFixture.Paragraphs(reply));
    }

    [Theory]
    [InlineData("yo whats up", "greeting")]
    [InlineData("are u a bot or a person", "capabilities")]
    [InlineData("انت انسان لو روبوت", "capabilities")]
    [InlineData("انت انسان لو مكينه", "capabilities")]
    [InlineData("شكرا كثير", "thanks")]
    [InlineData("thx man", "thanks")]
    [InlineData("thanks a lot bud, take care", "thanks")]
    [InlineData("thank you so much this helps a lot, god bless", "thanks")]
    [InlineData("هلو اني من اربيل", "greeting")]
    [InlineData("hi, I'm Sam from Ohio", "greeting")]
    [InlineData("I'm a policy analyst", "greeting")]
    [InlineData("Hello. I’m a policy analyst at a think tank in DC.", "greeting")]
    [InlineData("السلام عليكم ورحمة الله وبركاته، أنا مدرس تاريخ في إحدى ثانويات النجف وأعدّ درساً عن انسحاب قوات التحالف. هل يمكنك مساعدتي؟", "help")]
    public async Task HandleAsync_SmallTalkATrialUserSent_GetsItsOwnReplyAndIsNotRecorded(string text, string intent)
    {
        var bot = EvaluationSet.Bot();

        var reply = await bot.SendAsync(RouterFixture.Private(text));

        Assert.NotNull(reply);
        Assert.Equal(intent, reply.Intent);
        Assert.False(reply.Answered);
        Assert.Empty(bot.Unanswered.Questions);
    }

    [Theory]
    [InlineData("wait when did the whole coalition thing start", "fact", 13)]
    [InlineData("is it true theres 10k troops staying in erbil", ReplyComposer.NotAsClaimedIntent, 18)]
    [InlineData("كم يوم باقي امريكا يطلع من اربيل", "fact", 18)]
    [InlineData("what's in it for sudani?", "fact", 22)]
    [InlineData("شوكت يطلعون من اربل", "fact", 18)]
    [InlineData("who is isis?", "fact", 14)]
    [InlineData("هل ستغادر القوات بغداد بالكامل أم تقلص وجودها فقط؟", "fact", 17)]
    [InlineData("الانتخابات صارت لو لا؟", ReplyComposer.BeyondReportIntent, 23)]
    [InlineData("ماذا يعني مصطلح \"العلاقة الاستشارية\" الوارد في التقرير؟", "fact", 4)]
    [InlineData("كم يوماً مضى على الانتخابات البرلمانية؟", "fact", 23)]
    [InlineData("اكو تحديث على الاتفاق؟", ReplyComposer.BeyondReportIntent, 1)]
    [InlineData("what's the update on Erbil?", ReplyComposer.BeyondReportIntent, 18)]
    [InlineData("يعني القرار نهائي ولا لا", ReplyComposer.BeyondReportIntent, 2)]
    [InlineData("على فكرة، الانتخابات يمته؟", "fact", 23)]
    [InlineData("who was behind the attacks on the US bases?", "fact", 11)]
    [InlineData("Has Ain al-Asad actually been handed over yet?", ReplyComposer.BeyondReportIntent, 17)]
    [InlineData("is my son in danger?", ReplyComposer.BeyondReportIntent, 12)]
    [InlineData("are US soldiers still being killed in Iraq?", ReplyComposer.BeyondReportIntent, 12)]
    [InlineData("ابني بعين الاسد، هو بخطر؟", ReplyComposer.BeyondReportIntent, 17)]
    [InlineData("my son is in erbil, is he in danger?", ReplyComposer.BeyondReportIntent, 18)]
    [InlineData("ابني بأمان؟", ReplyComposer.BeyondReportIntent, 12)]
    [InlineData("my son is at ain al asad, is he in danger?", ReplyComposer.BeyondReportIntent, 17)]
    [InlineData("Did the US and Iraq sign the agreement?", "fact", 2)]
    [InlineData("how were the soldiers killed?", "fact", 12)]
    [InlineData("وبغداد يطلعون كلهم لو بس قسم", "fact", 17)]
    [InlineData("My husband is stationed in Erbil. Is his unit coming home in 2025?", "fact", 18)]
    [InlineData("الاكراد شنو وضعهم؟ الامريكان باقين يمهم؟", "fact", 18)]
    [InlineData("Iraq or Syria, where are there more US troops?", "fact", 13)]
    [InlineData("الاتفاق خلاص امضاء صار؟", ReplyComposer.BeyondReportIntent, 2)]
    [InlineData("هجوم على قواعد منو سوى؟", "fact", 11)]
    [InlineData("العراق يقدر وحده يحارب داعش؟", "fact", 14)]
    [InlineData("اختصرلي كل الخبر", ReplyComposer.SummaryIntent, 17)]
    [InlineData("when did isis get beat in iraq", "fact", 14)]
    [InlineData("when will they anounce it offically", "fact", 7)]
    [InlineData("Is there any chance this gets announced this month?", "fact", 7)]
    [InlineData("وش الفرق بين الانسحاب والعلاقة الاستشارية", "fact", 4)]
    [InlineData("wat did the us offical say", "fact", 3)]
    [InlineData("r the tech talks finshed", "fact", 8)]
    [InlineData("Walk me through the two phases of the pullout.", "fact", 2)]
    [InlineData("Why wouldn't any of the sources go on the record?", "fact", 6)]
    [InlineData("Why does Washington favour a two-year window?", "fact", 24)]
    [InlineData("ما الأسلحة التي استُخدمت في استهداف القوات الأميركية؟", "fact", 12)]
    [InlineData("العراق شيريد من دول التحالف بعد ما يطلعون؟", "fact", 9)]
    [InlineData("By when will all coalition forces leave Ain al-Asad air base in Anbar province, according to the Reuters sources cited in this report?", "fact", 17)]
    [InlineData("According to the Reuters sources cited in this report, why was the announcement of the agreement delayed by several weeks?", "fact", 5)]
    [InlineData("By what date are hundreds of troops expected to depart?", "fact", 2)]
    [InlineData("انعلن الاتفاق لو بعد؟", ReplyComposer.BeyondReportIntent, 7)]
    [InlineData("Is the timeline the official US position?", "fact", 2)]
    [InlineData("What's the deal with Al Asad? We shutting that base down?", "fact", 17)]
    [InlineData("did the us leave iraq b4", "fact", 15)]
    [InlineData("my son is at al asad air base when is it closing", "fact", 17)]
    [InlineData("I work in Erbil when do the troops leave", "fact", 18)]
    [InlineData("عمري 40 سنة شوكت يطلعون من اربيل", "fact", 18)]
    [InlineData("Is it accurate to say the agreement has been finalized?", "fact", 2)]
    [InlineData("Were our troops taking fire while these talks were going on?", "fact", 11)]
    [InlineData("is it accurate to say that 2500 troops are in Syria?", ReplyComposer.NotAsClaimedIntent, 13)]
    [InlineData("the elections are in 2026, right?", ReplyComposer.NotAsClaimedIntent, 23)]
    [InlineData("الانتخابات 2026 صح؟", ReplyComposer.NotAsClaimedIntent, 23)]
    [InlineData("Is it true that troops leave Ain al-Asad by the end of 2026?", ReplyComposer.NotAsClaimedIntent, 17)]
    [InlineData("I heard the troops leave Ain al-Asad at the end of 2026, right?", ReplyComposer.NotAsClaimedIntent, 17)]
    [InlineData("سمعت الامريكان يطلعون من عين الاسد بنهاية 2026 صحيح؟", ReplyComposer.NotAsClaimedIntent, 17)]
    [InlineData("سمعت ان الامريكان يطلعون من عين الاسد بنهاية 2026، صدك؟", ReplyComposer.NotAsClaimedIntent, 17)]
    [InlineData("صحيح داعش انهزم بالعراق سنة 2014؟", ReplyComposer.NotAsClaimedIntent, 14)]
    [InlineData("how many troops stay in Erbil?", ReplyComposer.NoFigureIntent, 18)]
    [InlineData("Is it true that four US soldiers were killed?", ReplyComposer.NotAsClaimedIntent, 12)]
    [InlineData("I heard 5 soldiers died", ReplyComposer.NotAsClaimedIntent, 12)]
    [InlineData("سمعت اربع جنود امريكان انكتلوا صح؟", ReplyComposer.NotAsClaimedIntent, 12)]
    [InlineData("قرأت أن هجمات الفصائل أودت بحياة خمسة جنود أميركيين، هل هذا صحيح؟", ReplyComposer.NotAsClaimedIntent, 12)]
    [InlineData("سمعت أن هجمات الفصائل أودت بحياة خمسة جنود أميركيين، هل هذا صحيح؟", ReplyComposer.NotAsClaimedIntent, 12)] // "is this true?" after hearsay asks about it, no other question
    [InlineData("eli5 why the announcement was delayed", "fact", 5)]
    [InlineData("Is it true that the deal was announced in September 2024?", ReplyComposer.NotAsClaimedIntent, 7)]
    [InlineData("صحيح الاتفاق انعلن بأيلول 2024؟", ReplyComposer.NotAsClaimedIntent, 7)]
    [InlineData("you're a liar, the report says 5000 troops in Iraq", ReplyComposer.NotAsClaimedIntent, 13)]
    [InlineData("you are lying, there are 10000 troops in iraq", ReplyComposer.NotAsClaimedIntent, 13)]
    [InlineData("No, the report says 5,000 troops in Iraq.", ReplyComposer.NotAsClaimedIntent, 13)]
    [InlineData("اخوي بالجيش ويكول اكو 3000 امريكي بالعراق هيج مذكور", ReplyComposer.NotAsClaimedIntent, 13)]
    [InlineData("انت جذاب اكو 5000 امريكي بالعراق", ReplyComposer.NotAsClaimedIntent, 13)]
    [InlineData("When did the US and Iraq reach the deal?", ReplyComposer.NoDateIntent, 1)]
    [InlineData("when will the advisory relationship start?", ReplyComposer.NoDateIntent, 4)]
    [InlineData("When did the talks end?", ReplyComposer.NoDateIntent, 8)]
    [InlineData("متى انتهت المحادثات الفنية؟", ReplyComposer.NoDateIntent, 8)]
    [InlineData("When exactly did the technical talks wrap up?", ReplyComposer.NoDateIntent, 8)]
    [InlineData("شوكت بالضبط خلصت المحادثات الفنية؟", ReplyComposer.NoDateIntent, 8)]
    [InlineData("المحادثات الفنية على الـ deal خلصت لو بعد؟", "fact", 8)]
    [InlineData("Have the technical negotiations between Iraq and the US ended?", "fact", 8)]
    [InlineData("When were the three American soldiers killed?", ReplyComposer.NoDateIntent, 12)]
    [InlineData("when did the talks start?", "fact", 11)]
    [InlineData("What exact day in October 2025 are the elections?", ReplyComposer.NoExactDayIntent, 23)] // dev65: answered as if October were the day
    [InlineData("شنو التاريخ بالضبط للانتخابات؟", ReplyComposer.NoExactDayIntent, 23)]
    [InlineData("What is the exact date Erbil will be vacated?", ReplyComposer.NoExactDayIntent, 18)]
    [InlineData("when are the elections?", "fact", 23)]
    [InlineData("Is it true that the elections are in September 2025?", ReplyComposer.NotAsClaimedIntent, 23)]
    [InlineData("صحيح الانتخابات بايلول 2025؟", ReplyComposer.NotAsClaimedIntent, 23)]
    [InlineData("Is it true that hundreds of troops leave by October 2025?", ReplyComposer.NotAsClaimedIntent, 2)]
    [InlineData("is it true the elections are in October 2025?", "fact", 23)]
    [InlineData("Does the report say exactly when the deal will be announced?", "fact", 7)]
    [InlineData("وكم جندياً أمريكياً قتل في الهجمات، ومن يقف وراءها؟", "fact", 12)]
    [InlineData("Claim 1: the US and Iraq reached an understanding on withdrawing coalition forces. True?", "fact", 1)]
    [InlineData("Claim four: the announcement was postponed because of the war in Ukraine.", ReplyComposer.NotAsClaimedIntent, 5)]
    [InlineData("Claim: \"Attacks by Iran-backed groups killed five American soldiers.\" Check please.", ReplyComposer.NotAsClaimedIntent, 12)]
    [InlineData("Claim: US forces in Iraq shot down missiles fired toward Saudi Arabia.", ReplyComposer.NotAsClaimedIntent, 21)]
    [InlineData("Claim: \"About 2,500 US soldiers are in Iraq and about 900 in Syria.\" Please verify.", "fact", 13)]
    [InlineData("Claim five: several sources said the deal could be announced in this month. In which paragraph stands this?", "fact", 7)]
    [InlineData("Okay. First claim: \"The US and Iraq have reached an understanding about the withdrawal of coalition troops.\" Is this in the report, and in which paragraph?", "fact", 1)]
    [InlineData("داعش هُزم في العراق عام 2014، أليس كذلك؟", ReplyComposer.NotAsClaimedIntent, 14)]
    [InlineData("Which news agency broke this story?", "fact", 1)]
    [InlineData("I heard troops stay in Erbil until the end of 2027, right?", ReplyComposer.NotAsClaimedIntent, 18)]
    [InlineData("صحيح امريكا انسحبت 2010؟", ReplyComposer.NotAsClaimedIntent, 15)]
    [InlineData("صحيح الامريكان يطلعون من العراق 2027؟", ReplyComposer.NotAsClaimedIntent, 2)]
    [InlineData("is it true that the US withdrew in 2011?", "fact", 15)]
    [InlineData("Is it true that the US returned to Iraq in 2014 to lead the coalition?", "fact", 15)]
    [InlineData("are soldiers still dying there", ReplyComposer.BeyondReportIntent, 12)]
    [InlineData("الضربات بعدها مستمرة؟", ReplyComposer.BeyondReportIntent, 12)]
    [InlineData("ya3ni when is the election", "fact", 23)]
    [InlineData("كم عدد الجنود الأمريكيين في العراق وسوريا المجاورة؟", "fact", 13)]
    [InlineData("متى تنسحب القوات من أربيل وفقاً لمصادر رويترز المذكورة في التقرير؟", "fact", 18)]
    [InlineData("هل هذا هو الموقف الرسمي؟", "fact", 2)]
    [InlineData("how long since ISIS was defeated in Iraq?", "fact", 14)]
    [InlineData("Is there any flexibility built in if things go south in the region?", "fact", 24)]
    [InlineData("is Kurdistan independent?", "fact", 18)]
    [InlineData("wat is the date of iraqi elecshuns", "fact", 23)]
    [InlineData("After September 2025, when does the rest of the force leave?", "fact", 18)]
    [InlineData("Which militia carried out the attack that killed the three soldiers?", ReplyComposer.NoNameIntent, 11)]
    [InlineData("إمتى بالظبط هيتم الإعلان الرسمي عن التفاهم؟", "fact", 7)]
    public async Task HandleAsync_QuestionsTrial28GotWrong_AreAnsweredFromTheirParagraph(string question, string intent, int paragraph)
    {
        var reply = await EvaluationSet.Bot().SendAsync(RouterFixture.Private(question));

        Assert.NotNull(reply);
        Assert.Equal(intent, reply.Intent);
        Assert.Contains(paragraph, RouterFixture.Paragraphs(reply));
    }

    [Theory]
    [InlineData("5 American soldiers were killed in Erbil, is this true?", 12, "“Erbil”")]
    [InlineData("is it true that 2,500 soldiers are in Kirkuk?", 13, "“Kirkuk”")]
    [InlineData("I heard troops stay in Kirkuk until the end of 2026, true?", 18, "“Kirkuk”")]
    [InlineData("is it true 5 Russian soldiers were killed?", 12, "“Russian”")]
    [InlineData("سمعت القوات تبقى بكركوك لنهاية 2027 صحيح؟", 2, "«بكركوك»")]
    [InlineData("صحيح الامريكان راح يسحبون 10000 جندي من كركوك؟", 13, "«كركوك»")]
    [InlineData("صحيح انكتل 5 جنود امريكان باربيل؟", 12, "«باربيل»")]
    [InlineData("Is it true US forces in Iraq shot down missiles aimed at Saudi Arabia?", 21, "“Saudi Arabia”")]
    [InlineData("is it true the Americans will leave Kirkuk too?", 2, "“Kirkuk”")]
    [InlineData("صحيح الامريكان وكعوا صواريخ رايحة للسعودية؟", 21, "«للسعودية»")]
    [InlineData("سمعت انقتلو 10 امريكان بعين الاسد 😱", 12, "«بعين الاسد»")] // trial 60: a place of two words was refused
    [InlineData("I heard 10 soldiers died at Ain al-Asad", 12, "“Ain al-Asad”")]
    [InlineData("A mate of mine reckons the announcement got delayed because of the war in Ukraine. True or is he talking out of his hat?", 5, "“Ukraine”")] // trial 66: the slang ending sank it
    [InlineData("ابن عمي يكول الاعلان تأجل بسبب حرب اوكرانيا، صح لو يجذب؟", 5, "«اوكرانيا»")] // the cousin's "يكول" read as who spoke
    [InlineData("صحيح تركيا هم في تحالف ترسل عسكر؟", 16, "«تركيا»")] // trial 66 W6: "ترسل" (send) read as Reuters' emails, ¶10
    public async Task HandleAsync_ClaimNamingAPlaceTheFactDoesNot_SaysTheReportDoesNotPutThePlaceToIt(string claim, int paragraph, string quotedPlace)
    {
        var reply = await EvaluationSet.Bot().SendAsync(RouterFixture.Private(claim));

        Assert.NotNull(reply);
        Assert.Equal(ReplyComposer.NotAsClaimedIntent, reply.Intent);
        Assert.Contains(paragraph, RouterFixture.Paragraphs(reply));
        Assert.Contains(quotedPlace, reply.ToPlainText(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Ain al-Asad is in Nineveh province, confirm.", "“Nineveh”")]
    [InlineData("Is it true that Ain al-Asad is in Nineveh?", "“Nineveh”")]
    [InlineData("عين الأسد بمحافظة نينوى مو؟", "نينوى»")]
    [InlineData("عين الاسد  مو بصلاح الدين", "«بصلاح الدين»")]
    [InlineData("عين الأسد في كركوك صحيح؟", "«كركوك»")]
    [InlineData("عين الأسد بمحافظة كربلاء صحيح؟", "«كربلاء»")]
    public async Task HandleAsync_ClaimPuttingAinAlAsadInTheWrongProvince_SaysWhereItIsAndQuotesOnlyTheWrongPlace(string claim, string quotedPlace)
    {
        // Trial 64: the Arabic claims were refused ("عين" alone reads as no place, so Ain al-Asad counted as a name the
        // report never writes), and the English reply said the report "does not give “Ain”".
        var reply = await EvaluationSet.Bot().SendAsync(RouterFixture.Private(claim));

        Assert.NotNull(reply);
        Assert.Equal(ReplyComposer.NotAsClaimedIntent, reply.Intent);
        Assert.Equal([17], RouterFixture.Paragraphs(reply).Distinct());
        var text = reply.ToPlainText();
        Assert.Contains(quotedPlace, text, StringComparison.Ordinal);
        Assert.DoesNotContain("“Ain", text, StringComparison.Ordinal);
        Assert.DoesNotContain("«عين", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Ain al-Asad is in Kurdistan right?", "The report does not put Ain al-Asad in “Kurdistan”.", 17, "western Anbar")]
    [InlineData("I heard Ain al-Asad is in Baghdad", "The report does not put Ain al-Asad in “Baghdad”.", 17, "western Anbar")]
    [InlineData("Is Ain al-Asad in Iraqi Kurdistan?", "The report does not put Ain al-Asad in “Iraqi Kurdistan”.", 17, "western Anbar")]
    [InlineData("Erbil is in Syria right?", "The report does not put Erbil in “Syria”.", 18, "Kurdistan region")]
    [InlineData("عين الاسد بكردستان صح؟", "لا يضع التقرير عين الاسد في «كردستان».", 17, "الأنبار الغربية")]
    [InlineData("مو عين الأسد بأربيل؟", "لا يضع التقرير عين الأسد في «أربيل».", 17, "الأنبار الغربية")]
    [InlineData("الانبار بكردستان؟", "لا يضع التقرير الانبار في «كردستان».", 17, "الأنبار الغربية")]
    public async Task HandleAsync_MessagePuttingAPlaceOfTheReportInAnotherOfItsPlaces_SaysItDoesNotThenWhereItIs(string message, string preface, int paragraph, string where)
    {
        // Break 31 #4, 32 #2, 34 #4: "Ain al-Asad is in Kurdistan right?" read most like Erbil's paragraph (¶18), whose
        // "in the semi-autonomous Kurdistan region" sounded like a yes.
        var reply = await EvaluationSet.Bot().SendAsync(RouterFixture.Private(message));

        Assert.NotNull(reply);
        Assert.Equal(ReplyComposer.NotAsClaimedIntent, reply.Intent);
        Assert.Equal([paragraph], RouterFixture.Paragraphs(reply));
        var text = reply.ToPlainText();
        Assert.StartsWith(preface, text, StringComparison.Ordinal);
        Assert.Contains(where, text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("صحيح ايران قتلت 3 جنود امريكان؟")]
    [InlineData("كتائب حزب الله قتلت ثلاث جنود امريكان صح؟")]
    [InlineData("Kataib Hezbollah killed 3 US soldiers, right?")]
    public async Task HandleAsync_ClaimThatSomeoneKilledTheThreeSoldiers_NeverDeniesTheThreeAndCitesTheKilling(string claim)
    {
        // Break 35 #1: "قتلت" read as no word of the killing, so the claim read as the troops in Iraq (¶13), and the reply
        // said the report does not give "3" and cut the militia's name to «كتائب حزب».
        var reply = await EvaluationSet.Bot().SendAsync(RouterFixture.Private(claim));

        Assert.NotNull(reply);
        Assert.Contains(12, RouterFixture.Paragraphs(reply));
        Assert.DoesNotContain(13, RouterFixture.Paragraphs(reply));
        var text = reply.ToPlainText();
        Assert.DoesNotContain("«3»", text, StringComparison.Ordinal);
        Assert.DoesNotContain("«ثلاث»", text, StringComparison.Ordinal);
        Assert.DoesNotContain("«كتائب حزب»", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Erbil is in Kurdistan right?", 18)]
    [InlineData("when do troops leave Ain al-Asad in Anbar?", 17)]
    [InlineData("Erbil in northern Iraq, when do they leave?", 18)]
    [InlineData("do forces stay in Erbil to fight ISIS in Syria?", 18)]
    [InlineData("اربيل بالعراق؟", 18)]
    [InlineData("القوات بعين الاسد بالانبار شوكت تطلع؟", 17)]
    public async Task HandleAsync_PlaceOfTheReportWhereItPutsItOrBesideAnother_IsAnsweredAsAsked(string question, int paragraph)
    {
        var reply = await EvaluationSet.Bot().SendAsync(RouterFixture.Private(question));

        Assert.NotNull(reply);
        Assert.NotEqual(ReplyComposer.NotAsClaimedIntent, reply.Intent);
        Assert.Contains(paragraph, RouterFixture.Paragraphs(reply));
    }

    [Theory]
    [InlineData("is this true?", "BREAKING: 10,000 US troops will stay in Erbil until 2030", 18, "“10,000”")]
    [InlineData("صحيح؟", "عاجل: الامريكان عدهم 5000 جندي بالعراق", 13, "«5000»")]
    public async Task HandleAsync_BareTruthQuestionInReplyToARumour_ChecksTheRumour(string question, string rumour, int paragraph, string quoted)
    {
        // Break 33 #6: "@bot is this true?" under a rumour in a group got "About what, exactly?".
        var reply = await EvaluationSet.Bot().SendAsync(RouterFixture.Group(question, addressed: true) with { RepliedToText = rumour });

        Assert.NotNull(reply);
        Assert.Equal(ReplyComposer.NotAsClaimedIntent, reply.Intent);
        Assert.Contains(paragraph, RouterFixture.Paragraphs(reply));
        Assert.Contains(quoted, reply.ToPlainText(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("stop the reminders please")] // break 34: an admin's "is this true?" under this turned the group's reminders off
    [InlineData("بطلوا التذكير")]
    public async Task HandleAsync_BareTruthQuestionInReplyToAReminderRequest_AsksAboutWhatAndQuotesNoEarlierAnswer(string replied)
    {
        var bot = EvaluationSet.Bot();
        await bot.SendAsync(RouterFixture.Group("when do they leave Erbil?", addressed: true));
        var reply = await bot.SendAsync(RouterFixture.Group("is this true?", addressed: true) with { RepliedToText = replied, SenderIsAdmin = true });
        var alone = await EvaluationSet.Bot().SendAsync(RouterFixture.Group("is this true?", addressed: true) with { SenderIsAdmin = true });

        Assert.NotNull(reply);
        Assert.Equal(alone?.Intent, reply.Intent);
        Assert.Empty(reply.Citations);
    }

    [Theory]
    [InlineData("is this true?", "The US and Iraq reached an understanding on withdrawing the coalition.", 1)]
    [InlineData("is this true?", "the deal was cancelled", 2)]
    [InlineData("fake or real?", "Germany, France and the UK have troops in the coalition", 16)]
    [InlineData("صحيح؟", "الاتفاق انلغى", 2)]
    public async Task HandleAsync_BareTruthQuestionInReplyToARumourWithNoFigure_ChecksTheRumourNotTheLastAnswer(string question, string rumour, int paragraph)
    {
        // Break 36 #1: with no figure or date in the rumour, "is this true?" was read alone: the last answer (¶18) quoted again
        // under someone else's message, or "About what, exactly?".
        var bot = EvaluationSet.Bot();
        await bot.SendAsync(RouterFixture.Group("when do they leave Erbil?", addressed: true));

        var reply = await bot.SendAsync(RouterFixture.Group(question, addressed: true) with { RepliedToText = rumour });

        Assert.NotNull(reply);
        Assert.Contains(paragraph, RouterFixture.Paragraphs(reply));
        Assert.DoesNotContain(18, RouterFixture.Paragraphs(reply));
        Assert.NotEqual("paragraph", reply.Intent);
        Assert.NotEqual("vague", reply.Intent);
    }

    [Fact]
    public async Task HandleAsync_QuestionOfItsOwnInReplyToAMessage_IsReadAlone()
    {
        var reply = await EvaluationSet.Bot().SendAsync(RouterFixture.Group("when do troops leave Ain al-Asad?", addressed: true) with { RepliedToText = "10,000 US troops will stay in Erbil until 2030" });

        Assert.NotNull(reply);
        Assert.Equal([17], RouterFixture.Paragraphs(reply));
    }

    [Theory]
    [InlineData("داعش انهزمت بالعراق سنة 2014 مو", 14, "«2014»")]
    [InlineData("سمعت إنو في 5000 جندي أمريكي بالعراق، صح هالحكي؟", 13, "«5000»")]
    public async Task HandleAsync_ClaimEndingInATagQuestion_IsCorrected(string claim, int paragraph, string quoted)
    {
        // Trial 64: the Iraqi tag "مو" (isn't it?) was no claim cue, and "هالحكي" (this talk) read as the sources who talked.
        var reply = await EvaluationSet.Bot().SendAsync(RouterFixture.Private(claim));

        Assert.NotNull(reply);
        Assert.Equal(ReplyComposer.NotAsClaimedIntent, reply.Intent);
        Assert.Contains(paragraph, RouterFixture.Paragraphs(reply));
        Assert.Contains(quoted, reply.ToPlainText(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("when do troops leave Erbil?", "is that final?")]
    [InlineData("When will troops leave Ain al-Asad?", "is that final?")]
    [InlineData("متى تنسحب القوات من بغداد؟", "هل هذا نهائي؟")]
    [InlineData("شوكت يطلعون من اربيل؟", "هل هذا نهائي؟")]
    [InlineData("when will the first phase end?", "is that final?")]
    [InlineData("when do they leave Erbil?", "is that set in stone?")]
    public async Task HandleAsync_IsThatFinalAfterAPlannedDate_SaysThePlanWasNotFinal(string question, string followUp)
    {
        var bot = EvaluationSet.Bot();
        await bot.SendAsync(RouterFixture.Private(question));

        var reply = await bot.SendAsync(RouterFixture.Private(followUp));

        Assert.NotNull(reply);
        Assert.Equal([2, 3], RouterFixture.Paragraphs(reply).Order());
    }

    [Theory]
    [InlineData("Who is quoted as saying \"we have an agreement\"?")]
    [InlineData("who said we have an agreement")]
    public async Task HandleAsync_WhoSaidTheSeniorOfficialsWordsVerbatim_IsOnlyThatOfficial(string question)
    {
        // "agreement" alone reads as the understanding (¶1–3); the words themselves are the senior US official's (¶3).
        var reply = await EvaluationSet.Bot().SendAsync(RouterFixture.Private(question));

        Assert.NotNull(reply);
        Assert.Equal([3], RouterFixture.Paragraphs(reply));
    }

    [Theory]
    [InlineData("Which Iran-backed militias carried out the attacks on US bases? Give me names.")]
    [InlineData("منو هي الفصائل اللي ضربت القواعد؟ شنو اساميها؟")]
    [InlineData("منو هو المسؤول الأمريكي الي گال عدنا اتفاق؟ شنو اسمه؟")]
    public async Task HandleAsync_QuestionThenAskingForNames_GivesNoNamesNotTheAnonymousSources(string message)
    {
        // "Give me names." alone read as the anonymous sources (¶6); it asks the names of what the question before it is about.
        var reply = await EvaluationSet.Bot().SendAsync(RouterFixture.Private(message));

        Assert.NotNull(reply);
        Assert.DoesNotContain(6, RouterFixture.Paragraphs(reply));
        Assert.True(reply.Intent is ReplyComposer.NoNameIntent or ReplyComposer.RefusalIntent, reply.Intent);
    }

    [Theory]
    [InlineData("How many US troops are in Iraq?", "in short", ReplyComposer.InShortIntent)]
    [InlineData("شكد جندي امريكي بالعراق؟", "باختصار", ReplyComposer.InShortIntent)]
    [InlineData("How many US troops are in Iraq?", "that's wrong", "paragraph")]
    [InlineData("How many US troops are in Iraq?", "غلط", "paragraph")]
    [InlineData("How many US troops are in Iraq?", "غلط، هم 3000", ReplyComposer.NotAsClaimedIntent)]
    [InlineData("How many US troops are in Iraq?", "but my friend said 5000", ReplyComposer.NotAsClaimedIntent)]
    [InlineData("how many troops are in iraq", "but my husband said its like 5000 over there", ReplyComposer.NotAsClaimedIntent)]
    [InlineData("کم جندیاً أمیرکیاً فی العراق حسب رویترز؟", "لکن مصادر کوردیة تتحدث عن 4000", ReplyComposer.NotAsClaimedIntent)]
    [InlineData("when did the talks begin?", "no, they began in March", ReplyComposer.NotAsClaimedIntent)]
    [InlineData("شوكت يطلع آخر جندي امريكي؟", "لا، انا قرأت 2027", ReplyComposer.NotAsClaimedIntent)] // trial 60: "I read" was greeted as a self-introduction
    public async Task HandleAsync_ShortReplyToAnAnswer_IsAboutThatAnswer(string question, string followUp, string intent)
    {
        // Trial 38: "in short" read as "when" (shortly), "باختصار" as nothing, and disputes as new questions.
        var bot = EvaluationSet.Bot();
        var answer = await bot.SendAsync(RouterFixture.Private(question));

        var reply = await bot.SendAsync(RouterFixture.Private(followUp));

        Assert.NotNull(answer);
        Assert.NotNull(reply);
        Assert.Equal(intent, reply.Intent);
        Assert.Equal(RouterFixture.Paragraphs(answer), RouterFixture.Paragraphs(reply));
    }

    [Fact]
    public async Task HandleAsync_ClaimWithASpaceAsThousandsSeparator_IsCheckedAsOneFigure()
    {
        // Break 24: "3 500" was checked as “3” and “500”.
        var reply = await EvaluationSet.Bot().SendAsync(RouterFixture.Private("is it true that 3 500 troops are in iraq?"));

        Assert.NotNull(reply);
        Assert.Equal(ReplyComposer.NotAsClaimedIntent, reply.Intent);
        Assert.StartsWith("The report does not say “3500”.", reply.ToPlainText(), StringComparison.Ordinal);
        Assert.Contains(13, RouterFixture.Paragraphs(reply));
    }

    [Theory]
    [InlineData("is it true all of them are leaving by september 2025 or is it just some of them")]
    [InlineData("is it true all troops leave by september 2025?")]
    public async Task HandleAsync_AllLeavingByTheFirstPhasesDate_SaysTheRestLeaveLaterAndHundredsThen(string question)
    {
        // Trial 56 D2: only "the report does not give September 2025 for this" and the end of 2026 were said, which left an
        // anxious reader thinking nothing happens in September 2025.
        var reply = await EvaluationSet.Bot().SendAsync(RouterFixture.Private(question));

        Assert.NotNull(reply);
        Assert.Equal(ReplyComposer.NotAsClaimedIntent, reply.Intent);
        var text = reply.ToPlainText();
        Assert.Contains("the remaining forces would leave by the end of 2026", text, StringComparison.Ordinal);
        Assert.Contains("hundreds of troops would leave by September 2025", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_ArabicSourcesSpeakingOfAnotherFigure_IsAnsweredInArabic()
    {
        // Trial 56: "لكن مصادر كوردية تتحدث عن 4000" was refused; read as a dispute it must stay Arabic though the figure has no letters.
        var bot = EvaluationSet.Bot();
        await bot.SendAsync(RouterFixture.Private("كم جندياً أميركياً في العراق؟"));

        var reply = await bot.SendAsync(RouterFixture.Private("لكن مصادر كردية تتحدث عن 4000"));

        Assert.NotNull(reply);
        Assert.Equal(WithdrawalBot.Core.Languages.Language.Arabic, reply.Language);
        Assert.StartsWith("لا يذكر التقرير «4000»", reply.ToPlainText(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("بما ان الاتفاق انمضى، شوكت يطلعون؟")]
    [InlineData("بما ان الاتفاق انمضى، متي يطلعون؟")] // "متى" with its ى undotted
    [InlineData("Since the deal was signed in 2024, when do the troops leave?")]
    public async Task HandleAsync_QuestionAfterAPremise_IsAnsweredOnItsOwnNotAboutThePremise(string message)
    {
        // The premise (the deal signed) is checked: not final (¶2, ¶3); the question is when the troops leave (¶2), which
        // read after the premise used to be when the deal would be announced (¶7).
        var reply = await EvaluationSet.Bot().SendAsync(RouterFixture.Private(message));

        Assert.NotNull(reply);
        Assert.Contains("2025", reply.ToPlainText(), StringComparison.Ordinal);
        Assert.DoesNotContain(7, RouterFixture.Paragraphs(reply));
    }

    [Theory]
    [InlineData("10000")]
    [InlineData("2,500")]
    public async Task HandleAsync_BareFigure_AsksWhatItIsAbout(string figure)
    {
        var reply = await EvaluationSet.Bot().SendAsync(RouterFixture.Private(figure));

        Assert.NotNull(reply);
        Assert.False(reply.Answered);
        Assert.Empty(reply.Citations);
    }

    [Fact]
    public async Task HandleAsync_HowManyTroopsInErbil_IsNotAnsweredWithTheThreeSoldiersKilled()
    {
        // Trial 37: "three" read as Erbil's troop count; the report gives none for Erbil (¶18).
        var reply = await EvaluationSet.Bot().SendAsync(RouterFixture.Private("How many troops are in Erbil?"));

        Assert.NotNull(reply);
        Assert.DoesNotContain(12, RouterFixture.Paragraphs(reply));
        Assert.DoesNotContain("three", reply.ToPlainText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_WhatTheSeniorUsOfficialSaid_SaysHeSpokeOnFriday()
    {
        // ¶3: «اليوم الجمعة»; the English answer said it only in the Arabic quote.
        var reply = await EvaluationSet.Bot().SendAsync(RouterFixture.Private("What did the US official say?"));

        Assert.NotNull(reply);
        Assert.Contains(3, RouterFixture.Paragraphs(reply));
        Assert.Contains("on Friday", reply.ToPlainText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_WhatsHisNameAfterThePrimeMinister_NamesHimNotTheAdviser()
    {
        var bot = EvaluationSet.Bot();
        await bot.SendAsync(RouterFixture.Private("Who is the Iraqi prime minister?"));

        var reply = await bot.SendAsync(RouterFixture.Private("what's his name?"));

        Assert.NotNull(reply);
        Assert.Contains("Sudani", reply.ToPlainText(), StringComparison.Ordinal);
        Assert.DoesNotContain("Farhad", reply.ToPlainText(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("when do troops leave Ain al-Asad?", "What's the date of this report exactly?", 3)]
    [InlineData("when do troops leave Erbil?", "when was this article published?", 3)]
    public async Task HandleAsync_QuestionAboutThisReportAfterAnAnswer_IsAboutTheReportNotTheAnswer(string earlier, string question, int paragraph)
    {
        var bot = EvaluationSet.Bot();
        await bot.SendAsync(RouterFixture.Private(earlier));

        var reply = await bot.SendAsync(RouterFixture.Private(question));

        Assert.NotNull(reply);
        Assert.Contains(paragraph, RouterFixture.Paragraphs(reply));
        Assert.DoesNotContain(17, RouterFixture.Paragraphs(reply));
        Assert.DoesNotContain(18, RouterFixture.Paragraphs(reply));
    }

    [Theory]
    [InlineData("whats tower 22")]
    [InlineData("What's your personal opinion, is leaving Iraq a mistake?")]
    [InlineData("what about the brits, r they in the coalition")]
    [InlineData("can you help me with my homework?")]
    [InlineData("will the US leave the Gulf too?")]
    [InlineData("is it halal to work with foreign forces?")]
    [InlineData("will my cousin in the michigan national guard get sent to iraq")]
    public async Task HandleAsync_EnglishQuestionTheReportDoesNotAnswer_IsRefusedAsEnglish(string question)
    {
        var reply = await EvaluationSet.Bot().SendAsync(RouterFixture.Private(question));

        Assert.NotNull(reply);
        Assert.False(reply.Answered, reply.ToPlainText());
        Assert.StartsWith("The report does not say that.", reply.ToPlainText(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Who said 'we have a deal'?")]
    [InlineData("who said we have a deal?")]
    public async Task HandleAsync_WhoSaidWeHaveADeal_NamesTheUnnamedSeniorUsOfficialOfParagraph3Only(string question)
    {
        // Not the understanding's sources (¶1–3): the words are the senior US official's.
        var reply = await EvaluationSet.Bot().SendAsync(RouterFixture.Private(question));

        Assert.NotNull(reply);
        Assert.Equal([3], RouterFixture.Paragraphs(reply).Distinct());
        Assert.Contains("senior US official", reply.ToPlainText(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("من هو المصدر الذي قال \"لدينا اتفاق، والمسألة الآن هي مجرد متى نعلن عنه\"؟")]
    [InlineData("who said “the question now is just when we announce it”?")]
    public async Task HandleAsync_NowInsideAQuote_IsTheSpeakersNotAQuestionAboutToday(string question)
    {
        // Trial 56 G5: "الآن" in the quoted words gave "I can't tell how things stand today" before the attribution.
        var reply = await EvaluationSet.Bot().SendAsync(RouterFixture.Private(question));

        Assert.NotNull(reply);
        Assert.NotEqual(ReplyComposer.BeyondReportIntent, reply.Intent);
        Assert.Equal([3], RouterFixture.Paragraphs(reply).Distinct());
    }

    [Theory]
    [InlineData("how many troops are in Iraq and when do they leave?", "shorten that", new[] { 2, 13 })]
    [InlineData("شكد جندي امريكي بالعراق وشوكت يطلعون؟", "ما فهمت", new[] { 2, 13 })]
    public async Task HandleAsync_InShortAfterAnAnswerOfSeveralFacts_ShortensEveryOne(string question, string request, int[] paragraphs)
    {
        var bot = EvaluationSet.Bot();
        await bot.SendAsync(RouterFixture.Private(question));

        var reply = await bot.SendAsync(RouterFixture.Private(request));

        Assert.NotNull(reply);
        Assert.Equal(ReplyComposer.InShortIntent, reply.Intent);
        Assert.Equal(paragraphs, RouterFixture.Paragraphs(reply).Distinct().Order());
        Assert.Equal(2, reply.Blocks.Count(b => b.Text.StartsWith(reply.Language == Languages.Language.Arabic ? "باختصار" : "In short", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("Did the US and Iraq sign a deal in 2024?")]
    [InlineData("الاتفاق انمضى بأيلول 2024 صح؟")]
    [InlineData("صحيح الاتفاق انمضى سنة 2024؟")]
    public async Task HandleAsync_ClaimThatTheDealWasSignedIn2024_IsNeverAnsweredWithTheReportsDate(string claim)
    {
        var reply = await EvaluationSet.Bot().SendAsync(RouterFixture.Private(claim));

        Assert.NotNull(reply);
        Assert.DoesNotContain(11, RouterFixture.Paragraphs(reply));
        Assert.DoesNotContain("September 2024", reply.ToPlainText(), StringComparison.Ordinal);
        Assert.DoesNotContain("أوائل أيلول 2024", reply.ToPlainText(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("مو فاهم", "باختصار: من المتوقع أن تبقى القوات في أربيل")]
    [InlineData("ما فهمت", "باختصار: من المتوقع أن تبقى القوات في أربيل")]
    public async Task HandleAsync_IraqiIDontUnderstandAfterAnAnswer_SaysThatAnswerInShortAgainNotTheNextParagraph(string followUp, string opening)
    {
        var bot = EvaluationSet.Bot();
        await bot.SendAsync(RouterFixture.Private("متى تنسحب القوات من أربيل؟"));

        var first = await bot.SendAsync(RouterFixture.Private(followUp));
        var again = await bot.SendAsync(RouterFixture.Private(followUp));

        Assert.NotNull(first);
        Assert.NotNull(again);
        Assert.Equal(ReplyComposer.InShortIntent, first.Intent);
        Assert.StartsWith(opening, first.ToPlainText(), StringComparison.Ordinal);
        Assert.Equal([18], RouterFixture.Paragraphs(first));
        Assert.Equal([18], RouterFixture.Paragraphs(again));
    }

    [Theory]
    [InlineData(new[] { "شكد جندي امريكي بالعراق", "صدك؟", "انت متاكد؟" }, 13)]
    [InlineData(new[] { "When do troops leave Erbil?", "are you sure?", "are you sure?" }, 18)]
    public async Task HandleAsync_AreYouSureAgain_QuotesTheSameParagraphNotTheNextOne(string[] turns, int paragraph)
    {
        var bot = EvaluationSet.Bot();
        Reply? reply = null;
        foreach (var turn in turns)
        {
            reply = await bot.SendAsync(RouterFixture.Private(turn));
        }

        Assert.NotNull(reply);
        Assert.Equal("paragraph", reply.Intent);
        Assert.Equal([paragraph], RouterFixture.Paragraphs(reply));
    }

    [Theory]
    [InlineData("When do troops leave Erbil?", "and the source for that?", 18)]
    [InlineData("When do troops leave Erbil?", "what's the source for that?", 18)]
    [InlineData("how many US troops are in Iraq?", "what's the source for that?", 13)]
    [InlineData("why was the announcement delayed?", "what is the source for that?", 5)]
    public async Task HandleAsync_SourceForThatAfterAnAnswer_SaysWhoTheAnswerIsAttributedTo(string question, string followUp, int paragraph)
    {
        var bot = EvaluationSet.Bot();
        await bot.SendAsync(RouterFixture.Private(question));

        var reply = await bot.SendAsync(RouterFixture.Private(followUp));

        Assert.NotNull(reply);
        Assert.Equal("attribution", reply.Intent);
        Assert.Equal([paragraph], RouterFixture.Paragraphs(reply));
        Assert.DoesNotContain("My source is", reply.ToPlainText(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Who is Farhad Alaa al-Din?", "What exactly has he said? I need all his quotes.")]
    [InlineData("منو فرهاد علاء الدين؟", "شنو كل اللي گاله؟")]
    [InlineData("What did Farhad Alaa al-Din say?", "I need all his quotes")]
    public async Task HandleAsync_AllASpeakerSaid_GivesEachOfHisStatementsOnceInTheArticlesOrder(string who, string all)
    {
        var bot = EvaluationSet.Bot();
        await bot.SendAsync(RouterFixture.Private(who));

        var reply = await bot.SendAsync(RouterFixture.Private(all));

        Assert.NotNull(reply);
        Assert.True(reply.Answered, reply.ToPlainText());
        var text = reply.ToPlainText();
        // ¶8, ¶9 and ¶14 in the article's order, and the ¶14 statement quoted once (his who-he-is fact quotes it too).
        string[] statements = ["المحادثات الفنية مع واشنطن", "إلى مستوى جديد", "أظهر قدرته على التعامل"];
        Assert.Equal(statements, statements.OrderBy(statement => text.IndexOf(statement, StringComparison.Ordinal)));
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(text, "وقال علاء الدين إن العراق أظهر"));
    }

    [Theory]
    [InlineData("ليش ما كشفوا اسماءهم؟")]
    [InlineData("why weren't the officials named?")]
    public async Task HandleAsync_WhyTheSourcesAreUnnamed_GivesTheReasonNotThatNamesAreMissing(string question)
    {
        var reply = await EvaluationSet.Bot().SendAsync(RouterFixture.Private(question));

        Assert.NotNull(reply);
        Assert.Equal("fact", reply.Intent);
        Assert.Equal([6], RouterFixture.Paragraphs(reply));
    }

    [Fact]
    public async Task HandleAsync_WhoAreTheSourcesForThatClaim_NamesTheSourcesOfTheReport()
    {
        var bot = EvaluationSet.Bot();
        await bot.SendAsync(RouterFixture.Private("What exactly did the United States and Iraq agree, according to the report?"));

        var reply = await bot.SendAsync(RouterFixture.Private("Who are the sources for that claim?"));

        Assert.NotNull(reply);
        Assert.True(reply.Answered, reply.ToPlainText());
        Assert.Contains(6, RouterFixture.Paragraphs(reply));
    }

    [Fact]
    public async Task HandleAsync_ClaimOfAYearAgainstAFactGivingNoDate_IsAnsweredWithoutSayingTheYearIsNotGiven()
    {
        var reply = await EvaluationSet.Bot().SendAsync(RouterFixture.Private("The deal means no American soldier will remain in Iraq after 2026, right?"));

        Assert.NotNull(reply);
        Assert.Contains(4, RouterFixture.Paragraphs(reply));
        Assert.DoesNotContain("does not give", reply.ToPlainText(), StringComparison.Ordinal);
        Assert.Contains("some US troops to remain", reply.ToPlainText(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("can u summarize the whole thing", "In short, what the report says")]
    [InlineData("tldr?", "In short, what the report says")]
    [InlineData("لخصلي الخبر", "باختصار، هذا ما ورد في التقرير")]
    [InlineData("النقاط الرئيسية", "باختصار، هذا ما ورد في التقرير")]
    [InlineData("اعطيني ملخص", "باختصار، هذا ما ورد في التقرير")]
    public async Task HandleAsync_SummaryRequest_ListsTheReportsMainPointsInParagraphOrder(string request, string opening)
    {
        var reply = await EvaluationSet.Bot().SendAsync(RouterFixture.Private(request));

        Assert.NotNull(reply);
        Assert.Equal(ReplyComposer.SummaryIntent, reply.Intent);
        Assert.True(reply.Answered);
        Assert.StartsWith(opening, reply.ToPlainText(), StringComparison.Ordinal);
        int[] points = [.. EvaluationSet.Knowledge.Facts.Where(f => f.Summary is not null).OrderBy(f => f.Citations.Min(c => c.Paragraph)).Select(f => f.Citations.Min(c => c.Paragraph))];
        Assert.Equal(points.Length, reply.Blocks.Count(b => b.Kind == ReplyBlockKind.ListItem));
        Assert.Equal([1, 2, 3, 4], RouterFixture.Paragraphs(reply).Order().Take(4));
        Assert.Contains(18, RouterFixture.Paragraphs(reply));
    }

    [Theory]
    [InlineData("Who said it could be announced this month?", "Shorten that to one sentence.", "In short: Several sources said the deal could be announced", new[] { 7 })]
    [InlineData("when do troops leave Ain al-Asad?", "make it shorter", "In short: By September 2025 all coalition", new[] { 17 })]
    [InlineData("شوكت يطلعون من اربيل", "اختصرها", "باختصار: من المتوقع أن تبقى القوات في أربيل", new[] { 18 })]
    [InlineData("Did the US and Iraq reach a deal?", "shorten that", "In short: The US and Iraq reached an understanding", new[] { 1 })]
    public async Task HandleAsync_ShortenThatAfterAnAnswer_GivesThatAnswerInOneLineWithItsSource(string question, string request, string opening, int[] paragraphs)
    {
        var bot = EvaluationSet.Bot();
        var answer = await bot.SendAsync(RouterFixture.Private(question));

        var reply = await bot.SendAsync(RouterFixture.Private(request));

        Assert.NotNull(reply);
        Assert.Equal(ReplyComposer.InShortIntent, reply.Intent);
        Assert.StartsWith(opening, reply.ToPlainText(), StringComparison.Ordinal);
        Assert.Equal(RouterFixture.Paragraphs(answer).Order(), RouterFixture.Paragraphs(reply).Order());
        Assert.Contains(paragraphs[0], RouterFixture.Paragraphs(reply));
        Assert.DoesNotContain("The quote is the Arabic original", reply.ToPlainText(), StringComparison.Ordinal);
        Assert.True(reply.ToPlainText().Length < answer!.ToPlainText().Length);
    }

    [Theory]
    [InlineData("what does the penultimate paragraph say", "and the last one?", 24)]
    [InlineData("p17", "the next one?", 18)]
    [InlineData("الفقرة 5", "واللي قبلها؟", 4)]
    [InlineData("الفقرة 23", "والأخيرة؟", 24)]
    [InlineData("paragraph 3", "what about the first one", 1)]
    public async Task HandleAsync_LastOneOrNextOneAfterAParagraphLookUp_QuotesThatParagraph(string lookUp, string followUp, int paragraph)
    {
        var bot = EvaluationSet.Bot();
        await bot.SendAsync(RouterFixture.Private(lookUp));

        var reply = await bot.SendAsync(RouterFixture.Private(followUp));

        Assert.NotNull(reply);
        Assert.Equal([paragraph], RouterFixture.Paragraphs(reply));
        Assert.Contains(EvaluationSet.Knowledge.Article.Paragraph(paragraph)[..20], reply.ToPlainText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_LastOneWithoutALookUpBefore_IsNoParagraphRequest()
    {
        var bot = EvaluationSet.Bot();
        await bot.SendAsync(RouterFixture.Private("when do troops leave Erbil?"));

        var reply = await bot.SendAsync(RouterFixture.Private("and the last one?"));

        Assert.NotNull(reply);
        Assert.NotEqual("paragraph", reply.Intent);
    }

    [Theory]
    [InlineData("p24", "the next one?", "The report has no paragraph 25")]
    [InlineData("ف24", "واللي بعدها؟", "25")]
    [InlineData("p1", "the one before?", "The report has 24 paragraphs")]
    public async Task HandleAsync_NextOrPreviousOneAtTheArticlesEnds_SaysThereIsNoSuchParagraph(string lookUp, string followUp, string said)
    {
        var bot = EvaluationSet.Bot();
        await bot.SendAsync(RouterFixture.Private(lookUp));

        var reply = await bot.SendAsync(RouterFixture.Private(followUp));

        Assert.NotNull(reply);
        Assert.Empty(RouterFixture.Paragraphs(reply));
        Assert.Contains(said, reply.ToPlainText(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("where is ain al asad?", "tldr", "shorten that", "The 2 main points of the summary's {total} (ask “summarize” for all of them")]
    [InlineData("شوكت يطلعون من اربيل", "لخصلي الخبر", "اختصرها", "أهم 2 من نقاط الملخص الـ{total} (اطلب «لخص الخبر» لها كلها")]
    public async Task HandleAsync_ShortenThatAfterTheSummary_GivesItsFirstPointsNotAnEarlierAnswer(string earlier, string summarize, string shorten, string opening)
    {
        var bot = EvaluationSet.Bot();
        await bot.SendAsync(RouterFixture.Private(earlier));
        var summary = await bot.SendAsync(RouterFixture.Private(summarize));

        var reply = await bot.SendAsync(RouterFixture.Private(shorten));

        Assert.NotNull(reply);
        Assert.Equal(ReplyComposer.SummaryIntent, reply.Intent);
        var total = EvaluationSet.Knowledge.Facts.Count(f => f.Summary is not null);
        Assert.StartsWith(opening.Replace("{total}", total.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal), reply.ToPlainText(), StringComparison.Ordinal);
        Assert.Equal(ReplyComposer.BriefSummaryPoints, reply.Blocks.Count(b => b.Kind == ReplyBlockKind.ListItem));
        Assert.Equal([1, 2, 3], RouterFixture.Paragraphs(reply).Distinct().Order());
        Assert.True(reply.ToPlainText().Length < summary!.ToPlainText().Length);
        Assert.Empty(bot.Unanswered.Questions);
    }

    [Fact]
    public async Task HandleAsync_InArabicPleaseAfterTheSummary_GivesTheSummaryInArabic()
    {
        var bot = EvaluationSet.Bot();
        await bot.SendAsync(RouterFixture.Private("when do troops leave Erbil?"));
        var summary = await bot.SendAsync(RouterFixture.Private("summarize the report"));

        var reply = await bot.SendAsync(RouterFixture.Private("in Arabic please"));

        Assert.NotNull(reply);
        Assert.Equal(ReplyComposer.SummaryIntent, reply.Intent);
        Assert.StartsWith("باختصار، هذا ما ورد في التقرير", reply.ToPlainText(), StringComparison.Ordinal);
        Assert.Equal(summary!.Blocks.Count(b => b.Kind == ReplyBlockKind.ListItem), reply.Blocks.Count(b => b.Kind == ReplyBlockKind.ListItem));
    }

    [Theory]
    [InlineData("السلام عليكم ابني", "greeting", "وعليكم السلام!")]
    [InlineData("salam alaikum", "greeting", "Wa alaykum as-salam!")]
    [InlineData("مرحبا", "greeting", "أهلاً بك!")]
    [InlineData("hi everyone 👋", "greeting", "Hello!")]
    [InlineData("good evening everybody", "greeting", "Hello!")]
    [InlineData("thanks, bye", "thanks", "Goodbye!")]
    [InlineData("مع السلامه", "thanks", "مع السلامة!")]
    [InlineData("شكراً جزيلاً على هذه الإيضاحات، وإلى اللقاء.", "thanks", "مع السلامة!")]
    [InlineData("thanks", "thanks", "You're welcome!")]
    [InlineData("good night", "thanks", "Goodbye!")]
    [InlineData("تصبح على خير", "thanks", "مع السلامة!")]
    [InlineData("thank you, you've been kind. good night", "thanks", "Goodbye!")]
    [InlineData("thanks a lot, have a nice day", "thanks", "You're welcome!")]
    [InlineData("مع السلامة وبامان الله", "thanks", "مع السلامة!")]
    [InlineData("شكراً لك على سعة صدرك، في أمان الله.", "thanks", "مع السلامة!")]
    [InlineData("انا من كركوك", "greeting", "أهلاً بك!")]
    [InlineData("اني من الحله", "greeting", "أهلاً بك!")]
    [InlineData("سلاو", "greeting", "أهلاً بك!")]
    [InlineData("خلاص", "never-mind", "👍")]
    [InlineData("خلاص شكرا", "thanks", "العفو!")]
    [InlineData("شكرا كاكه", "thanks", "العفو!")]
    [InlineData("شكرا کاکه", "thanks", "العفو!")]
    [InlineData("I am a shopkeeper in Kirkuk", "greeting", "Hello!")]
    [InlineData("are you a human?", "capabilities", "I'm a bot, an automated program, not a person.")]
    [InlineData("who are you and what can you do?", "capabilities", "I'm a bot, an automated program, not a person.")]
    [InlineData("انت انسان لو روبوت", "capabilities", "أنا بوت، برنامج آلي لا إنسان.")]
    [InlineData("what is your name?", "capabilities", "I'm a bot, an automated program, not a person.")]
    [InlineData("whats ur name", "capabilities", "I'm a bot, an automated program, not a person.")]
    public async Task HandleAsync_SalamOrAGoodbye_IsAnsweredInKind(string text, string intent, string opening)
    {
        var reply = await EvaluationSet.Bot().SendAsync(RouterFixture.Private(text));

        Assert.NotNull(reply);
        Assert.Equal(intent, reply.Intent);
        Assert.StartsWith(opening, reply.ToPlainText(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("hello world", "Hello!")] // break 36 #14: a self-hoster's first test got ¶7 ("world" read as "word") as a fact
    [InlineData("hi world", "Hello!")]
    [InlineData("Hello, World!", "Hello!")]
    [InlineData("hey world", "Hello!")]
    [InlineData("hello friends", "Hello!")]
    [InlineData("مرحبا بالعالم", "أهلاً بك!")]
    [InlineData("اهلا يا جماعة", "أهلاً بك!")]
    public async Task HandleAsync_GreetingToTheWorldOrTheGroup_IsGreetedAndNotAnsweredWithAFact(string text, string opening)
    {
        var bot = EvaluationSet.Bot();

        var reply = await bot.SendAsync(RouterFixture.Private(text));

        Assert.NotNull(reply);
        Assert.Equal("greeting", reply.Intent);
        Assert.StartsWith(opening, reply.ToPlainText(), StringComparison.Ordinal);
        Assert.Empty(reply.Citations);
        Assert.Empty(bot.Unanswered.Questions);
    }

    [Fact]
    public async Task HandleAsync_NameOfTheArmedGroups_IsNeverAnsweredWithThePrimeMinister()
    {
        var reply = await EvaluationSet.Bot().SendAsync(RouterFixture.Private("شنو اسم الفصائل المسلحة اللي هجمت؟"));

        Assert.NotNull(reply);
        Assert.DoesNotContain(22, RouterFixture.Paragraphs(reply));
        Assert.DoesNotContain("محمد شياع السوداني", reply.ToPlainText(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("can I add you to my Telegram group?", "help")]
    [InlineData("do you work in Discord?", "help")]
    [InlineData("how do I ask you in a group?", "help")]
    [InlineData("what languages do you speak?", "help")]
    [InlineData("تشتغل بالديسكورد؟", "help")]
    [InlineData("هل معلوماتك محدثة؟", "source")]
    public async Task HandleAsync_QuestionAboutTheBotItself_GetsTheBotsOwnReplyAndIsNotLoggedAsAGap(string question, string intent)
    {
        var bot = EvaluationSet.Bot();

        var reply = await bot.SendAsync(RouterFixture.Private(question));

        Assert.NotNull(reply);
        Assert.Equal(intent, reply.Intent);
        Assert.Empty(bot.Unanswered.Questions);
    }

    [Theory]
    [InlineData("How many US troops are in Iraq?", "how sure are you?", 13)]
    [InlineData("شكد جندي امريكي بالعراق", "شكد انت متأكد؟", 13)]
    [InlineData("How many US troops are in Iraq?", "wallah?", 13)]
    public async Task HandleAsync_HowSureAreYouAfterAnAnswer_QuotesItsParagraph(string question, string howSure, int paragraph)
    {
        var bot = EvaluationSet.Bot();
        await bot.SendAsync(RouterFixture.Private(question));

        var reply = await bot.SendAsync(RouterFixture.Private(howSure));

        Assert.NotNull(reply);
        Assert.Equal("paragraph", reply.Intent);
        Assert.Equal([paragraph], RouterFixture.Paragraphs(reply));
    }
}
