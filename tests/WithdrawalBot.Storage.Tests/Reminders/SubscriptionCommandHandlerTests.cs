using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Moq;
using WithdrawalBot.Core.Languages;
using WithdrawalBot.Core.Messages;
using WithdrawalBot.Core.Platforms;
using WithdrawalBot.Core.Reminders;
using WithdrawalBot.Core.Replies;
using WithdrawalBot.Storage.Reminders;

namespace WithdrawalBot.Storage.Tests.Reminders;

public sealed class SubscriptionCommandHandlerTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 29, 12, 0, 0, TimeSpan.Zero);
    private static readonly ChatAddress Private = new(ChatPlatform.Telegram, "501");
    private static readonly ChatAddress Group = new(ChatPlatform.Telegram, "-100777");
    private static readonly ChatAddress Channel = new(ChatPlatform.Telegram, "-100888");

    private readonly BotDatabase database = BotDatabase.InMemory();
    private readonly FakeTimeProvider time = new(Now);
    private readonly Mock<IChatPlatform> platform = new();
    private readonly LiteDbSubscriptionStore subscriptions;
    private readonly LiteDbChatSettingsStore settings;
    private readonly SubscriptionCommandHandler handler;

    public SubscriptionCommandHandlerTests()
    {
        platform.SetupGet(p => p.Platform).Returns(ChatPlatform.Telegram);
        platform.Setup(p => p.CanReceiveLater(It.IsAny<ChatAddress>())).Returns(true);
        subscriptions = new LiteDbSubscriptionStore(database);
        settings = new LiteDbChatSettingsStore(database);
        handler = new SubscriptionCommandHandler(
            subscriptions, settings, [platform.Object], KnowledgeFixture.Milestones, new ReminderTrigger(time), time,
            Microsoft.Extensions.Options.Options.Create(new ReminderOptions()), NullLogger<SubscriptionCommandHandler>.Instance);
    }

    public void Dispose() => database.Dispose();

    private static IncomingMessage Command(ChatAddress chat, ChatKind kind, string name, string arguments = "", bool? admin = null, string userId = "u1") =>
        new(chat, kind, new Sender(userId), $"/{name} {arguments}".Trim()) { Command = new BotCommand(name, arguments), SenderIsAdmin = admin, IsAddressedToBot = true };

    private Task<Reply> Handle(IncomingMessage message, Language language = Language.English) =>
        handler.HandleAsync(message.Command?.Name ?? "subscribe", message, language, CancellationToken.None);

    [Fact]
    public async Task Subscribe_PrivateChat_SubscribesWithDefaultLeadTimesAndNamesTheNextReminder()
    {
        var reply = await Handle(Command(Private, ChatKind.Private, "subscribe"));

        var saved = await subscriptions.GetAsync(Private, CancellationToken.None);
        Assert.NotNull(saved);
        Assert.True(saved.Active);
        Assert.Equal([30, 7, 1, 0], saved.LeadDays);
        Assert.Equal(Now, saved.SubscribedAt);
        var text = reply.ToPlainText();
        Assert.Contains("Reminders are on in this chat", text, StringComparison.Ordinal);
        Assert.Contains("Next reminder: 1 December 2026 at 10:00 (Asia/Baghdad)", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Language.English, "Next reminder: 1 December 2026 at 10:00 (Asia/Baghdad) (tomorrow)")]
    [InlineData(Language.Arabic, "التذكير القادم: 1 كانون الأول 2026، الساعة 10:00 (Asia/Baghdad) (غداً)")]
    public async Task Subscribe_TheDayBeforeTheNextReminder_SaysTomorrowNotToday(Language language, string expected)
    {
        // 15:00 in Baghdad on 30 November: the reminder at 10:00 on 1 December is 19 hours away, and tomorrow.
        time.SetUtcNow(new DateTimeOffset(2026, 11, 30, 12, 0, 0, TimeSpan.Zero));

        var reply = await Handle(Command(Private, ChatKind.Private, "subscribe"), language);

        Assert.Contains(expected, reply.ToPlainText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Subscribe_LeadTimeWithTerminalEscapes_EchoesItWithoutThem()
    {
        var reply = await Handle(Command(Private, ChatKind.Private, "subscribe", "\u001b]0;pwned\u0007\u001b[31m7x"));

        var text = reply.ToPlainText();
        Assert.Contains("I can't read", text, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', text);
        Assert.DoesNotContain('\u0007', text);
    }

    [Theory]
    [InlineData("7d")]
    [InlineData("0d")]
    [InlineData("-5d")]
    [InlineData("soon")]
    [InlineData("1.5 weeks")]
    [InlineData("400d")]
    public async Task Subscribe_ChatThePlatformCannotPostToLater_ExplainsAndSavesNothing(string arguments)
    {
        platform.Setup(p => p.CanReceiveLater(Private)).Returns(false);

        var reply = await Handle(Command(Private, ChatKind.Private, "subscribe", arguments));

        Assert.Contains("Reminders can't reach this chat", reply.ToPlainText(), StringComparison.Ordinal);
        Assert.Null(await subscriptions.GetAsync(Private, CancellationToken.None));
    }

    [Theory]
    [InlineData(Language.English, "No reminder is planned: the next milestone", "is in about 32 days, sooner than these lead times")]
    [InlineData(Language.Arabic, "لا يوجد تذكير قادم: الموعد التالي", "أقرب من هذه الأوقات")]
    public async Task Subscribe_LeadTimesAllBeforeNow_SaysTheNextMilestoneIsSoonerNotThatAllHavePassed(Language language, string start, string reason)
    {
        var reply = await Handle(Command(Private, ChatKind.Private, "subscribe", "99d"), language);

        var text = reply.ToPlainText();
        Assert.Contains(start, text, StringComparison.Ordinal);
        Assert.Contains(reason, text, StringComparison.Ordinal);
        Assert.DoesNotContain("every milestone in the report has passed", text, StringComparison.Ordinal);
        Assert.Equal([99], (await subscriptions.GetAsync(Private, CancellationToken.None))!.LeadDays);
    }

    [Fact]
    public async Task Subscribe_LeadTimesTooLongDaysBeforeTheMilestone_SuggestsLeadTimesThatStillFire()
    {
        time.Advance(TimeSpan.FromDays(30)); // the next milestone is two days away

        var reply = await Handle(Command(Private, ChatKind.Private, "subscribe", "5d"));

        var text = reply.ToPlainText();
        Assert.Contains("sooner than these lead times", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Choose shorter ones, e.g. /subscribe 7d", text, StringComparison.Ordinal);
        Assert.Contains("Choose shorter ones, e.g. /subscribe 1d 0d.", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Language.English, "No reminder is planned: the last one for the next milestone", "31 days before")]
    [InlineData(Language.Arabic, "لا يوجد تذكير قادم: آخر تذكير بالموعد التالي", "قبل 31 يوماً")]
    public async Task Status_JustAfterTheLastReminderForTheNextMilestone_SaysItWasDueNotThatTheMilestoneIsSooner(Language language, string start, string lead)
    {
        await Handle(Command(Private, ChatKind.Private, "subscribe", "31d"), language);
        time.Advance(TimeSpan.FromDays(1)); // the 31-day reminder fell due this morning

        var reply = await Handle(Command(Private, ChatKind.Private, "status"), language);

        var text = reply.ToPlainText();
        Assert.Contains(start, text, StringComparison.Ordinal);
        Assert.Contains(lead, text, StringComparison.Ordinal);
        Assert.DoesNotContain("sooner than these lead times", text, StringComparison.Ordinal);
        Assert.DoesNotContain("أقرب من هذه الأوقات", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Language.English, "Next reminder: 30 December 2026 at 10:00 (Asia/Baghdad) (today)")]
    [InlineData(Language.Arabic, "التذكير القادم: 30 كانون الأول 2026، الساعة 10:00 (Asia/Baghdad) (اليوم)")]
    public async Task Subscribe_AtTheVeryInstantOfAReminder_NamesThatReminderAsTheNext(Language language, string expected)
    {
        // Break 35 #8: "No reminder is planned: the last one … was due today", and a second later the reminder came.
        time.SetUtcNow(new DateTimeOffset(2026, 12, 30, 7, 0, 0, TimeSpan.Zero)); // 10:00 in Baghdad, 1 day before the end of 2026

        var reply = await Handle(Command(Private, ChatKind.Private, "subscribe", "1d"), language);

        var text = reply.ToPlainText();
        Assert.Contains(expected, text, StringComparison.Ordinal);
        Assert.DoesNotContain("No reminder is planned", text, StringComparison.Ordinal);
        Assert.DoesNotContain("لا يوجد تذكير قادم", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Language.English, "0d", "its reminder on the day was due today at 10:00 (Asia/Baghdad), before these reminders were set")]
    [InlineData(Language.Arabic, "0d", "تذكيره في اليوم نفسه حان اليوم الساعة 10:00 (Asia/Baghdad)، قبل ضبط هذه التذكيرات")]
    [InlineData(Language.English, "1d 0d", "its reminder on the day was due today at 10:00 (Asia/Baghdad), before these reminders were set")]
    public async Task Subscribe_ASecondAfterTheLastReminderInstant_SaysItWasDueBeforeNotThatTheLeadTimesAreTooLong(Language language, string leads, string expected)
    {
        // Break 35 #8: one second after 10:00 on 31 December, "/subscribe 0d" was told the milestone "is today, sooner than
        // these lead times"; 0d is not too long, the reminder on the day fell due a second before.
        time.SetUtcNow(new DateTimeOffset(2026, 12, 31, 7, 0, 1, TimeSpan.Zero));

        var reply = await Handle(Command(Private, ChatKind.Private, "subscribe", leads), language);

        var text = reply.ToPlainText();
        Assert.Contains(expected, text, StringComparison.Ordinal);
        Assert.DoesNotContain("sooner than these lead times", text, StringComparison.Ordinal);
        Assert.DoesNotContain("أقرب من هذه الأوقات", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Choose shorter ones", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("7d 1d", new[] { 7, 1 })]
    [InlineData("1d, 7d 7d", new[] { 7, 1 })]
    [InlineData("٧ي ١ي", new[] { 7, 1 })]
    [InlineData("day 30", new[] { 30, 0 })]
    [InlineData("3 days", new[] { 3 })]
    [InlineData("1 week", new[] { 7 })]
    [InlineData("1w", new[] { 7 })]
    [InlineData("اسبوع", new[] { 7 })]
    [InlineData("2 weeks", new[] { 14 })]
    [InlineData("يومين", new[] { 2 })]
    [InlineData("1 month 1d", new[] { 30, 1 })]
    public async Task Subscribe_WithLeadTimes_KeepsThoseDays(string arguments, int[] expected)
    {
        await Handle(Command(Private, ChatKind.Private, "subscribe", arguments));

        Assert.Equal(expected, (await subscriptions.GetAsync(Private, CancellationToken.None))!.LeadDays);
    }

    [Theory]
    [InlineData("tomorrow")]
    [InlineData("-1d")]
    [InlineData("<b>7d</b>")]
    public async Task Subscribe_UnreadableLeadTime_ExplainsAndSavesNothing(string arguments)
    {
        var reply = await Handle(Command(Private, ChatKind.Private, "subscribe", arguments));

        Assert.Contains("as a number of days", reply.ToPlainText(), StringComparison.Ordinal);
        Assert.Null(await subscriptions.GetAsync(Private, CancellationToken.None));
    }

    [Theory]
    [InlineData("400d", Language.English, "400 days is too far ahead", "at most 365 days (one year) before a milestone", "from 0d (the day itself) to 365d")]
    [InlineData("7d 366d", Language.English, "366 days is too far ahead", "at most 365 days", "to 365d")]
    [InlineData("1000000 days", Language.English, "1000000 days is too far ahead", "at most 365 days", "to 365d")]
    [InlineData("٤٠٠ي", Language.Arabic, "400 يوم أبعد من المسموح", "بـ365 يوماً (سنة) على الأكثر", "من 0d (اليوم نفسه) حتى 365d")]
    [InlineData("10 years", Language.English, "3650 days is too far ahead", "at most 365 days (one year) before a milestone", "to 365d")]
    [InlineData("2 سنوات", Language.Arabic, "730 يوم أبعد من المسموح", "بـ365 يوماً (سنة) على الأكثر", "حتى 365d")]
    [InlineData("999999999999999999999d", Language.English, "That is too far ahead", "at most 365 days (one year) before a milestone", "to 365d")]
    [InlineData("999999999999999999999d", Language.Arabic, "هذا أبعد من المسموح", "بـ365 يوماً (سنة) على الأكثر", "حتى 365d")]
    [InlineData("400d", Language.Arabic, "400 يوم أبعد من المسموح", "بـ365 يوماً", "حتى 365d")]
    public async Task Subscribe_LeadTimeOverTheMaximum_SaysWhatIsAllowedAndSavesNothing(string arguments, Language language, string said, string limit, string range)
    {
        var reply = await handler.HandleAsync("subscribe", Command(Private, ChatKind.Private, "subscribe", arguments), language, CancellationToken.None);

        var text = reply.ToPlainText();
        Assert.Equal(language, reply.Language);
        Assert.Contains(said, text, StringComparison.Ordinal);
        Assert.Contains(limit, text, StringComparison.Ordinal);
        Assert.Contains(range, text, StringComparison.Ordinal);
        Assert.DoesNotContain("as a number of days", text, StringComparison.Ordinal);
        Assert.DoesNotContain("لم أفهم", text, StringComparison.Ordinal);
        Assert.Null(await subscriptions.GetAsync(Private, CancellationToken.None));
    }

    [Fact]
    public async Task Subscribe_FreeTextWithTooFarLeadTime_SaysWhatIsAllowedInsteadOfUsingDefaults()
    {
        var message = new IncomingMessage(Private, ChatKind.Private, new Sender("u1"), "remind me 400 days before");

        var reply = await handler.HandleAsync("subscribe", message, Language.English, CancellationToken.None);

        Assert.Contains("400 days is too far ahead", reply.ToPlainText(), StringComparison.Ordinal);
        Assert.Null(await subscriptions.GetAsync(Private, CancellationToken.None));
    }

    [Theory]
    [InlineData("remind me 30 minutes before", Language.English, "“30 minutes” is less than a day")]
    [InlineData("remind me 3 hours before", Language.English, "“3 hours” is less than a day")]
    [InlineData("ذكرني قبل 5 ساعات", Language.Arabic, "«5 ساعات» أقل من يوم")]
    public async Task Subscribe_FreeTextLeadTimeShorterThanADay_SaysRemindersComeOnceADayAndSavesNothing(string text, Language language, string said)
    {
        // Read as 30 or 3 days before, these set a reminder weeks early.
        var message = new IncomingMessage(Private, ChatKind.Private, new Sender("u1"), text);

        var reply = await handler.HandleAsync("subscribe", message, language, CancellationToken.None);

        Assert.Contains(said, reply.ToPlainText(), StringComparison.Ordinal);
        Assert.Null(await subscriptions.GetAsync(Private, CancellationToken.None));
    }

    [Fact]
    public async Task Subscribe_HugePasteAsArguments_AnswersBrieflyAndSavesNothing()
    {
        var reply = await Handle(Command(Private, ChatKind.Private, "subscribe", new string('x', 100_000)));

        Assert.True(reply.ToPlainText().Length < 1000);
        Assert.Null(await subscriptions.GetAsync(Private, CancellationToken.None));
    }

    [Fact]
    public async Task Subscribe_FreeTextInArabic_SubscribesWithDefaultsAndAnswersInArabic()
    {
        var message = new IncomingMessage(Private, ChatKind.Private, new Sender("u1"), "ذكرني بالمواعيد");

        var reply = await handler.HandleAsync("subscribe", message, Language.Arabic, CancellationToken.None);

        Assert.Equal([30, 7, 1, 0], (await subscriptions.GetAsync(Private, CancellationToken.None))!.LeadDays);
        Assert.Contains("تم تفعيل التذكيرات", reply.ToPlainText(), StringComparison.Ordinal);
        Assert.Contains("1 كانون الأول 2026", reply.ToPlainText(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("do I have reminders?", Language.English)]
    [InlineData("am I subscribed?", Language.English)]
    [InlineData("reminders?", Language.English)]
    [InlineData("do you send reminders 30 days before?", Language.English)]
    [InlineData("عندي تذكير؟", Language.Arabic)]
    [InlineData("راح تذكرني؟", Language.Arabic)]
    public async Task Subscribe_FreeTextQuestionAboutReminders_ShowsTheStatusAndChangesNothing(string text, Language language)
    {
        var message = new IncomingMessage(Private, ChatKind.Private, new Sender("u1"), text);

        var reply = await handler.HandleAsync("subscribe", message, language, CancellationToken.None);

        Assert.Equal("status", reply.Intent);
        Assert.Null(await subscriptions.GetAsync(Private, CancellationToken.None));
    }

    [Theory]
    [InlineData("do you send reminders 2 weeks before?")]
    [InlineData("عندي تذكير قبل اسبوع؟")]
    public async Task Subscribe_FreeTextQuestionNamingALeadTimeWhenSubscribed_KeepsTheLeadTimes(string text)
    {
        await Handle(Command(Private, ChatKind.Private, "subscribe", "30d 1d"));

        await handler.HandleAsync("subscribe", new IncomingMessage(Private, ChatKind.Private, new Sender("u1"), text), Language.English, CancellationToken.None);

        Assert.Equal([30, 1], (await subscriptions.GetAsync(Private, CancellationToken.None))!.LeadDays);
    }

    [Theory]
    [InlineData("can you remind me a week before?", new[] { 7 })]
    [InlineData("ممكن تذكرني قبل يومين؟", new[] { 2 })]
    [InlineData("remind me 3 days before?", new[] { 3 })]
    public async Task Subscribe_FreeTextRequestWithAQuestionMark_StillSubscribes(string text, int[] expected)
    {
        var message = new IncomingMessage(Private, ChatKind.Private, new Sender("u1"), text);

        await handler.HandleAsync("subscribe", message, Language.English, CancellationToken.None);

        Assert.Equal(expected, (await subscriptions.GetAsync(Private, CancellationToken.None))!.LeadDays);
    }

    [Fact]
    public async Task Subscribe_FreeTextWithSeveralLeadTimes_TakesEachOneInDigitsOrWords()
    {
        var message = new IncomingMessage(Private, ChatKind.Private, new Sender("u1"), "remind me 7 days before, one day before too");

        await handler.HandleAsync("subscribe", message, Language.English, CancellationToken.None);

        Assert.Equal([7, 1], (await subscriptions.GetAsync(Private, CancellationToken.None))!.LeadDays);
    }

    [Theory]
    [InlineData("ذكرني قبل اسبوع", Language.Arabic, new[] { 7 }, "سأرسل تذكيراً قبل 7 أيام من كل موعد من مواعيد الخطة")]
    [InlineData("ذكرني قبل يومين", Language.Arabic, new[] { 2 }, "سأرسل تذكيراً قبل يومين من كل موعد")]
    [InlineData("ذكرني قبل ثلاث ايام", Language.Arabic, new[] { 3 }, "سأرسل تذكيراً قبل 3 أيام من كل موعد")]
    [InlineData("ذكرني قبل شهر", Language.Arabic, new[] { 30 }, "سأرسل تذكيراً قبل 30 يوماً من كل موعد")]
    [InlineData("remind me a week before", Language.English, new[] { 7 }, "I will post 7 days before each milestone of the plan")]
    [InlineData("remind me 3 days before", Language.English, new[] { 3 }, "I will post 3 days before each milestone of the plan")]
    public async Task Subscribe_FreeTextNamingALeadTime_SubscribesWithThatLeadTimeAndSaysSo(string text, Language language, int[] expected, string said)
    {
        var message = new IncomingMessage(Private, ChatKind.Private, new Sender("u1"), text);

        var reply = await handler.HandleAsync("subscribe", message, language, CancellationToken.None);

        Assert.Equal(expected, (await subscriptions.GetAsync(Private, CancellationToken.None))!.LeadDays);
        Assert.Contains(said, reply.ToPlainText(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("remind me a week before", Language.English, "Reminder times changed in this chat", "7 days before each milestone")]
    [InlineData("ذكرني قبل يومين", Language.Arabic, "تم تغيير أوقات التذكير في هذه المحادثة", "قبل يومين من كل موعد")]
    public async Task Subscribe_FreeTextLeadTimeWhenAlreadySubscribed_ChangesTheLeadTimesAndSaysSo(string text, Language language, string heading, string when)
    {
        await Handle(Command(Private, ChatKind.Private, "subscribe"));

        var reply = await handler.HandleAsync("subscribe", new IncomingMessage(Private, ChatKind.Private, new Sender("u1"), text), language, CancellationToken.None);

        var saved = await subscriptions.GetAsync(Private, CancellationToken.None);
        Assert.Equal([language == Language.English ? 7 : 2], saved!.LeadDays);
        Assert.Equal(Now, saved.SubscribedAt);
        Assert.StartsWith(heading, reply.ToPlainText(), StringComparison.Ordinal);
        Assert.Contains(when, reply.ToPlainText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Subscribe_NoLeadTimesWhenSubscribedWithOwnOnes_KeepsThem()
    {
        await Handle(Command(Private, ChatKind.Private, "subscribe", "3d"));

        var reply = await handler.HandleAsync("subscribe", new IncomingMessage(Private, ChatKind.Private, new Sender("u1"), "remind me"), Language.English, CancellationToken.None);

        Assert.Equal([3], (await subscriptions.GetAsync(Private, CancellationToken.None))!.LeadDays);
        Assert.Contains("Reminders are already on", reply.ToPlainText(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Language.English, "I will post 30 days before, 7 days before, 1 day before and on the day of each milestone of the plan, at 10:00 Asia/Baghdad time.")]
    [InlineData(Language.Arabic, "سأرسل تذكيراً قبل 30 يوماً، قبل 7 أيام وقبل يوم واحد من كل موعد من مواعيد الخطة، وفي يوم الموعد نفسه، الساعة 10:00 بتوقيت Asia/Baghdad.")]
    public async Task Subscribe_DefaultLeadTimes_SentenceReadsNaturally(Language language, string sentence)
    {
        var reply = await Handle(Command(Private, ChatKind.Private, "subscribe"), language);

        Assert.Contains(sentence, reply.ToPlainText(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ChatKind.Group)]
    [InlineData(ChatKind.Channel)]
    public async Task Subscribe_NonAdminInGroupOrChannel_RefusesPolitelyAndSavesNothing(ChatKind kind)
    {
        var reply = await Handle(Command(Group, kind, "subscribe", admin: false));

        Assert.Equal("admin_only", reply.Intent);
        Assert.StartsWith("Sorry, only", reply.ToPlainText(), StringComparison.Ordinal);
        Assert.Null(await subscriptions.GetAsync(Group, CancellationToken.None));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Subscribe_InGroupWithUnknownAdminStatus_AsksThePlatform(bool isAdmin)
    {
        platform.Setup(p => p.IsAdminAsync(Group, "u1", It.IsAny<CancellationToken>())).ReturnsAsync(isAdmin);

        await Handle(Command(Group, ChatKind.Group, "subscribe"));

        Assert.Equal(isAdmin, await subscriptions.GetAsync(Group, CancellationToken.None) is not null);
        platform.Verify(p => p.IsAdminAsync(Group, "u1", It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task Subscribe_AdminCheckUnanswered_SaysTryAgainAndSavesNothing()
    {
        platform.Setup(p => p.IsAdminAsync(Group, "u1", It.IsAny<CancellationToken>())).ReturnsAsync((bool?)null);

        var reply = await Handle(Command(Group, ChatKind.Group, "subscribe"));

        Assert.Equal("admin_only", reply.Intent);
        Assert.StartsWith("I could not check your admin rights just now", reply.ToPlainText(), StringComparison.Ordinal);
        Assert.Null(await subscriptions.GetAsync(Group, CancellationToken.None));
    }

    [Fact]
    public async Task Subscribe_AdminInForumTopic_SubscribesThatTopic()
    {
        var topic = Group with { ThreadId = "42" };

        var reply = await Handle(Command(topic, ChatKind.Group, "subscribe", admin: true));

        Assert.Equal("42", (await subscriptions.GetAsync(topic, CancellationToken.None))!.Chat.ThreadId);
        Assert.Null(await subscriptions.GetAsync(Group, CancellationToken.None));
        Assert.Contains("in this topic", reply.ToPlainText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Subscribe_AdminInDiscordThread_SaysThreadNotTopic()
    {
        var thread = new ChatAddress(ChatPlatform.Discord, "9101", "9102");

        var reply = await Handle(Command(thread, ChatKind.Group, "subscribe", admin: true));

        Assert.Contains("Reminders are on in this thread", reply.ToPlainText(), StringComparison.Ordinal);
        Assert.Contains("في هذا الخيط", (await Handle(Command(thread, ChatKind.Group, "subscribe", admin: true), Language.Arabic)).ToPlainText(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Language.English, "Manage Channels")]
    [InlineData(Language.Arabic, "صلاحية إدارة هذه القناة")]
    public async Task Subscribe_NonAdminInDiscordChannel_NamesDiscordPermissionsNotGroupAdmins(Language language, string expected)
    {
        var channel = new ChatAddress(ChatPlatform.Discord, "9101");

        var text = (await Handle(Command(channel, ChatKind.Group, "subscribe", admin: false), language)).ToPlainText();

        Assert.Contains(expected, text, StringComparison.Ordinal);
        Assert.DoesNotContain("group", text, StringComparison.Ordinal);
        Assert.DoesNotContain("المجموعة", text, StringComparison.Ordinal);
        Assert.Null(await subscriptions.GetAsync(channel, CancellationToken.None));
    }

    [Theory]
    [InlineData("subscribe", "<#12> 7d", "<#12>")]
    [InlineData("subscribe", "<#1234567890123456789> 7d", "<#1234567890123456789>")]
    [InlineData("subscribe", "@news 7d", "@news")]
    [InlineData("timezone", "Asia/Baghdad @here", "@here")]
    [InlineData("unsubscribe", "<#12>", "<#12>")]
    [InlineData("status", "<#12>", "<#12>")]
    public async Task Command_OnDiscordNamingAnotherChannel_SaysToRunItThereAndChangesNothing(string command, string arguments, string named)
    {
        // Break 33 #11: Discord turns "#news" typed into a slash-command option into "<#id>", which was read as a lead time of
        // id days; "@here" got Telegram's advice to add the bot to the channel as an admin.
        var channel = new ChatAddress(ChatPlatform.Discord, "9101");

        var english = (await Handle(Command(channel, ChatKind.Group, command, arguments, admin: true))).ToPlainText();
        var arabic = (await Handle(Command(channel, ChatKind.Group, command, arguments, admin: true), Language.Arabic)).ToPlainText();

        Assert.Contains($"send /{command} in that channel itself", english, StringComparison.Ordinal);
        Assert.Contains(named, english, StringComparison.Ordinal);
        Assert.DoesNotContain("admin who can post", english, StringComparison.Ordinal);
        Assert.Contains("في تلك القناة نفسها", arabic, StringComparison.Ordinal);
        Assert.Null(await subscriptions.GetAsync(channel, CancellationToken.None));
        Assert.Null((await settings.GetAsync(channel, CancellationToken.None)).TimeZone);
    }

    [Theory]
    [InlineData("<@&12> 7d", "<@&12>")]
    [InlineData("<@34> 7d", "<@34>")]
    public async Task Subscribe_OnDiscordWithARoleOrMemberMention_IsNoLeadTime(string arguments, string named)
    {
        var channel = new ChatAddress(ChatPlatform.Discord, "9101");

        var text = (await Handle(Command(channel, ChatKind.Group, "subscribe", arguments, admin: true))).ToPlainText();

        Assert.Contains("I can't read", text, StringComparison.Ordinal);
        Assert.Contains(named, text, StringComparison.Ordinal);
        Assert.Null(await subscriptions.GetAsync(channel, CancellationToken.None));
    }

    [Fact]
    public async Task Subscribe_ChannelPostWithoutAuthor_CountsAsAdmin()
    {
        var post = new IncomingMessage(Channel, ChatKind.Channel, null, "/subscribe") { Command = new BotCommand("subscribe", ""), SenderIsAdmin = true };

        await Handle(post);

        Assert.Null((await subscriptions.GetAsync(Channel, CancellationToken.None))!.SubscribedBy);
    }

    [Fact]
    public async Task Subscribe_ChannelFromPrivateChat_WhenUserAndBotAreAdmins_SubscribesTheChannel()
    {
        platform.Setup(p => p.ResolveChatAsync("@news", It.IsAny<CancellationToken>())).ReturnsAsync((Channel, ChatKind.Channel));
        platform.Setup(p => p.IsAdminAsync(Channel, "u1", It.IsAny<CancellationToken>())).ReturnsAsync(true);
        platform.Setup(p => p.IsBotAdminAsync(Channel, It.IsAny<CancellationToken>())).ReturnsAsync(true);

        var reply = await Handle(Command(Private, ChatKind.Private, "subscribe", "@news 7d"));

        var saved = await subscriptions.GetAsync(Channel, CancellationToken.None);
        Assert.NotNull(saved);
        Assert.Equal(ChatKind.Channel, saved.Kind);
        Assert.Equal([7], saved.LeadDays);
        Assert.Equal("u1", saved.SubscribedBy);
        Assert.Null(await subscriptions.GetAsync(Private, CancellationToken.None));
        Assert.Contains("for @news", reply.ToPlainText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stop_TurnsRemindersOffWhenOnAndChangesNothingOtherwise()
    {
        var nothing = await handler.HandleAsync("stop", new IncomingMessage(Private, ChatKind.Private, new Sender("u1"), "STOP"), Language.English, CancellationToken.None);
        await Handle(Command(Private, ChatKind.Private, "subscribe"));

        var stopped = await handler.HandleAsync("stop", new IncomingMessage(Private, ChatKind.Private, new Sender("u1"), "STOP"), Language.English, CancellationToken.None);

        Assert.Equal("never-mind", nothing.Intent);
        Assert.Contains("nothing to stop", nothing.ToPlainText(), StringComparison.Ordinal);
        Assert.Contains("Reminders are off in this chat", stopped.ToPlainText(), StringComparison.Ordinal);
        Assert.False((await subscriptions.GetAsync(Private, CancellationToken.None))!.Active);
    }

    [Theory]
    [InlineData("remind me every day", "do not repeat every day")]
    [InlineData("remind me in 3 days", "count back from each milestone")]
    [InlineData("remind me at 8pm", "one set hour, 10:00")]
    public async Task Subscribe_ScheduleRemindersCannotFollow_SaysHowTheyComeAndSavesNothing(string text, string expected)
    {
        var message = new IncomingMessage(Private, ChatKind.Private, new Sender("u1"), text) { IsAddressedToBot = true };

        var reply = await handler.HandleAsync("subscribe", message, Language.English, CancellationToken.None);

        Assert.Contains(expected, reply.ToPlainText(), StringComparison.Ordinal);
        Assert.Contains("Nothing was changed", reply.ToPlainText(), StringComparison.Ordinal);
        Assert.Null(await subscriptions.GetAsync(Private, CancellationToken.None));
    }

    [Fact]
    public async Task Status_ChannelFromPrivateChat_ReportsTheChannelNotThePrivateChat()
    {
        // Break 25: "/status @mychan" right after subscribing the channel said reminders were off (in the private chat).
        platform.Setup(p => p.ResolveChatAsync("@news", It.IsAny<CancellationToken>())).ReturnsAsync((Channel, ChatKind.Channel));
        platform.Setup(p => p.IsAdminAsync(Channel, "u1", It.IsAny<CancellationToken>())).ReturnsAsync(true);
        platform.Setup(p => p.IsBotAdminAsync(Channel, It.IsAny<CancellationToken>())).ReturnsAsync(true);
        await Handle(Command(Private, ChatKind.Private, "subscribe", "@news 7d"));

        var text = (await Handle(Command(Private, ChatKind.Private, "status", "@news"))).ToPlainText();

        Assert.Contains("Reminders are on for @news", text, StringComparison.Ordinal);
        Assert.Contains("7 days before", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TimeZone_ChannelFromPrivateChat_SetsTheChannelsZoneNotThePrivateChats()
    {
        // Break 25: "/timezone Europe/Berlin @news" set the private chat's zone; the channel's reminders kept Baghdad's hour.
        platform.Setup(p => p.ResolveChatAsync("@news", It.IsAny<CancellationToken>())).ReturnsAsync((Channel, ChatKind.Channel));
        platform.Setup(p => p.IsAdminAsync(Channel, "u1", It.IsAny<CancellationToken>())).ReturnsAsync(true);
        platform.Setup(p => p.IsBotAdminAsync(Channel, It.IsAny<CancellationToken>())).ReturnsAsync(true);
        await Handle(Command(Private, ChatKind.Private, "subscribe", "@news 7d"));

        var set = (await Handle(Command(Private, ChatKind.Private, "timezone", "Europe/Berlin @news"))).ToPlainText();
        var channelZone = (await Handle(Command(Private, ChatKind.Private, "timezone", "@news"))).ToPlainText();
        var ownZone = (await Handle(Command(Private, ChatKind.Private, "timezone"))).ToPlainText();

        Assert.Contains("Time zone set to Europe/Berlin", set, StringComparison.Ordinal);
        Assert.Contains("Reminders in @news now come at", set, StringComparison.Ordinal);
        Assert.Contains("@news's time zone is Europe/Berlin", channelZone, StringComparison.Ordinal);
        Assert.Contains("This chat's time zone is Asia/Baghdad", ownZone, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TimeZone_ChannelTheSenderDoesNotAdminister_ChangesNothing()
    {
        platform.Setup(p => p.ResolveChatAsync("@news", It.IsAny<CancellationToken>())).ReturnsAsync((Channel, ChatKind.Channel));
        platform.Setup(p => p.IsAdminAsync(Channel, "u1", It.IsAny<CancellationToken>())).ReturnsAsync(false);

        var reply = (await Handle(Command(Private, ChatKind.Private, "timezone", "Europe/Berlin @news"))).ToPlainText();

        Assert.Contains("only admins of @news", reply, StringComparison.Ordinal);
        platform.Setup(p => p.IsAdminAsync(Channel, "u1", It.IsAny<CancellationToken>())).ReturnsAsync(true);
        platform.Setup(p => p.IsBotAdminAsync(Channel, It.IsAny<CancellationToken>())).ReturnsAsync(true);
        Assert.Contains("Asia/Baghdad", (await Handle(Command(Private, ChatKind.Private, "timezone", "@news"))).ToPlainText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Status_ChannelTheSenderDoesNotAdminister_SaysOnlyItsAdminsMaySeeItNotChangeIt()
    {
        // Break 27: "/status @news" from a member was told only admins can "change" its reminders; status changes nothing.
        platform.Setup(p => p.ResolveChatAsync("@news", It.IsAny<CancellationToken>())).ReturnsAsync((Channel, ChatKind.Channel));
        platform.Setup(p => p.IsAdminAsync(Channel, "u1", It.IsAny<CancellationToken>())).ReturnsAsync(false);

        var reply = (await Handle(Command(Private, ChatKind.Private, "status", "@news"))).ToPlainText();

        Assert.Equal("Sorry, only admins of @news can see or change its reminders from here.", reply.Trim());
    }

    [Fact]
    public async Task StatusAndUnsubscribe_InAForumTopic_SayTopicNotChat()
    {
        // Break 25: "Reminders are off in this chat" in one topic while the others kept theirs.
        var topic = Group with { ThreadId = "42" };
        await Handle(Command(topic, ChatKind.Group, "subscribe", admin: true));

        var status = (await Handle(Command(topic, ChatKind.Group, "status", admin: true))).ToPlainText();
        var stopped = (await Handle(Command(topic, ChatKind.Group, "unsubscribe", admin: true))).ToPlainText();
        var again = (await Handle(Command(topic, ChatKind.Group, "unsubscribe", admin: true))).ToPlainText();

        Assert.Contains("Reminders are on in this topic", status, StringComparison.Ordinal);
        Assert.Contains("Reminders are off in this topic", stopped, StringComparison.Ordinal);
        Assert.Contains("no reminders to stop in this topic", again, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false, true, "only admins of @news")]
    [InlineData(true, false, "I'm not an admin of @news")]
    public async Task Subscribe_ChannelFromPrivateChat_MissingAdminRight_ExplainsAndSavesNothing(bool userAdmin, bool botAdmin, string expected)
    {
        platform.Setup(p => p.ResolveChatAsync("@news", It.IsAny<CancellationToken>())).ReturnsAsync((Channel, ChatKind.Channel));
        platform.Setup(p => p.IsAdminAsync(Channel, "u1", It.IsAny<CancellationToken>())).ReturnsAsync(userAdmin);
        platform.Setup(p => p.IsBotAdminAsync(Channel, It.IsAny<CancellationToken>())).ReturnsAsync(botAdmin);

        var reply = await Handle(Command(Private, ChatKind.Private, "subscribe", "@news"));

        Assert.Contains(expected, reply.ToPlainText(), StringComparison.Ordinal);
        Assert.Null(await subscriptions.GetAsync(Channel, CancellationToken.None));
    }

    [Fact]
    public async Task NextAndMilestones_InAChatFarFromBaghdad_CountInThatChatsCalendar()
    {
        // Break 24: at 10:00 on 31 December in a UTC+14 chat (30 December in Baghdad), /next said "in about 1 day".
        await Handle(Command(Private, ChatKind.Private, "timezone", "Pacific/Kiritimati"));
        time.SetUtcNow(new DateTimeOffset(2026, 12, 30, 20, 0, 0, TimeSpan.Zero));

        var next = (await Handle(Command(Private, ChatKind.Private, "next"))).ToPlainText();
        var list = (await Handle(Command(Private, ChatKind.Private, "milestones"))).ToPlainText();
        var elsewhere = (await Handle(Command(Group, ChatKind.Group, "next", admin: true))).ToPlainText();

        Assert.StartsWith("Next milestone: by about the end of 2026 (today)", next, StringComparison.Ordinal);
        Assert.Contains("— today", list, StringComparison.Ordinal);
        Assert.StartsWith("Next milestone: by about the end of 2026 (in about 1 day)", elsewhere, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unsubscribe_ChannelWhereTheBotLostItsAdminRights_StillTurnsItsRemindersOff()
    {
        // Break 27: "/unsubscribe @news" was refused with "I'm not an admin of @news, so I couldn't post there": stopping posts nothing.
        platform.Setup(p => p.ResolveChatAsync("@news", It.IsAny<CancellationToken>())).ReturnsAsync((Channel, ChatKind.Channel));
        platform.Setup(p => p.IsAdminAsync(Channel, "u1", It.IsAny<CancellationToken>())).ReturnsAsync(true);
        platform.Setup(p => p.IsBotAdminAsync(Channel, It.IsAny<CancellationToken>())).ReturnsAsync(true);
        await Handle(Command(Private, ChatKind.Private, "subscribe", "@news 7d"));
        platform.Setup(p => p.IsBotAdminAsync(Channel, It.IsAny<CancellationToken>())).ReturnsAsync(false);

        var status = (await Handle(Command(Private, ChatKind.Private, "status", "@news"))).ToPlainText();
        var stopped = (await Handle(Command(Private, ChatKind.Private, "unsubscribe", "@news"))).ToPlainText();

        Assert.Contains("Reminders are on for @news", status, StringComparison.Ordinal);
        Assert.Contains("Reminders are off for @news", stopped, StringComparison.Ordinal);
        Assert.False((await subscriptions.GetAsync(Channel, CancellationToken.None))!.Active);
    }

    [Fact]
    public async Task Unsubscribe_ChannelFromAPrivateChat_TellsHowToSubscribeThatChannelAgain()
    {
        // Break 32 #12: "Send /subscribe any time" after "/unsubscribe @news" from a private chat would subscribe the private chat.
        platform.Setup(p => p.ResolveChatAsync("@news", It.IsAny<CancellationToken>())).ReturnsAsync((Channel, ChatKind.Channel));
        platform.Setup(p => p.IsAdminAsync(Channel, "u1", It.IsAny<CancellationToken>())).ReturnsAsync(true);
        platform.Setup(p => p.IsBotAdminAsync(Channel, It.IsAny<CancellationToken>())).ReturnsAsync(true);
        await Handle(Command(Private, ChatKind.Private, "subscribe", "@news 7d"));

        var stopped = (await Handle(Command(Private, ChatKind.Private, "unsubscribe", "@news"))).ToPlainText();
        var status = (await Handle(Command(Private, ChatKind.Private, "status", "@news"))).ToPlainText();

        Assert.Contains("Send /subscribe @news any time", stopped, StringComparison.Ordinal);
        Assert.Contains("Send /subscribe @news to get", status, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("subscribe", "@news @other 7d", Language.English, "One channel at a time, please: nothing was changed. Send /subscribe @news, then /subscribe @other.")]
    [InlineData("unsubscribe", "@news https://t.me/other", Language.English, "Send /unsubscribe @news, then /unsubscribe https://t.me/other.")]
    [InlineData("subscribe", "@news @other", Language.Arabic, "قناة واحدة في كل مرة")]
    public async Task ChannelCommand_NamingTwoChannels_ChangesNeitherAndSaysToSendOneAtATime(string command, string arguments, Language language, string expected)
    {
        // Break 27: "/subscribe @news @other" subscribed @news and left @other without a word.
        platform.Setup(p => p.ResolveChatAsync(It.IsAny<string>(), It.IsAny<CancellationToken>())).ReturnsAsync((Channel, ChatKind.Channel));
        platform.Setup(p => p.IsAdminAsync(Channel, "u1", It.IsAny<CancellationToken>())).ReturnsAsync(true);
        platform.Setup(p => p.IsBotAdminAsync(Channel, It.IsAny<CancellationToken>())).ReturnsAsync(true);

        var reply = await handler.HandleAsync(command, Command(Private, ChatKind.Private, command, arguments), language, CancellationToken.None);

        Assert.Contains(expected, reply.ToPlainText(), StringComparison.Ordinal);
        Assert.Null(await subscriptions.GetAsync(Channel, CancellationToken.None));
    }

    [Fact]
    public async Task Subscribe_ChannelLinkFromPrivateChat_ResolvesTheLink()
    {
        platform.Setup(p => p.ResolveChatAsync("https://t.me/news", It.IsAny<CancellationToken>())).ReturnsAsync((Channel, ChatKind.Channel));
        platform.Setup(p => p.IsAdminAsync(Channel, "u1", It.IsAny<CancellationToken>())).ReturnsAsync(true);
        platform.Setup(p => p.IsBotAdminAsync(Channel, It.IsAny<CancellationToken>())).ReturnsAsync(true);

        await Handle(Command(Private, ChatKind.Private, "subscribe", "1d https://t.me/news"));

        Assert.Equal([1], (await subscriptions.GetAsync(Channel, CancellationToken.None))!.LeadDays);
    }

    [Fact]
    public async Task Subscribe_UnknownChannel_SaysItCannotFindIt()
    {
        var reply = await Handle(Command(Private, ChatKind.Private, "subscribe", "@nowhere"));

        Assert.Contains("I can't find @nowhere", reply.ToPlainText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Subscribe_Twice_SaysAlreadyOnAndKeepsTheSubscriptionTime()
    {
        await Handle(Command(Private, ChatKind.Private, "subscribe"));
        time.Advance(TimeSpan.FromHours(1));

        var reply = await Handle(Command(Private, ChatKind.Private, "subscribe"));

        Assert.Contains("already on", reply.ToPlainText(), StringComparison.Ordinal);
        Assert.Equal(Now, (await subscriptions.GetAsync(Private, CancellationToken.None))!.SubscribedAt);
    }

    [Fact]
    public async Task Subscribe_ManyAtOnceInOneChat_LeavesOneSubscription()
    {
        var replies = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Task.Run(() => Handle(Command(Group, ChatKind.Group, "subscribe", $"{i + 1}d", admin: true)))));

        Assert.All(replies, r => Assert.Equal("subscribe", r.Intent));
        var saved = await subscriptions.ListActiveAsync(CancellationToken.None);
        Assert.Single(saved);
    }

    [Fact]
    public async Task Unsubscribe_ThenSubscribe_ReactivatesTheSameSubscription()
    {
        await Handle(Command(Private, ChatKind.Private, "subscribe"));
        var id = (await subscriptions.GetAsync(Private, CancellationToken.None))!.Id;

        var off = await Handle(Command(Private, ChatKind.Private, "unsubscribe"));
        Assert.False((await subscriptions.GetAsync(Private, CancellationToken.None))!.Active);
        time.Advance(TimeSpan.FromDays(1));
        await Handle(Command(Private, ChatKind.Private, "subscribe"));

        var again = await subscriptions.GetAsync(Private, CancellationToken.None);
        Assert.Contains("Reminders are off", off.ToPlainText(), StringComparison.Ordinal);
        Assert.Equal(id, again!.Id);
        Assert.True(again.Active);
        Assert.Equal(Now.AddDays(1), again.SubscribedAt);
    }

    [Fact]
    public async Task Unsubscribe_NonAdminInGroup_RefusesAndKeepsReminders()
    {
        await Handle(Command(Group, ChatKind.Group, "subscribe", admin: true));

        var reply = await Handle(Command(Group, ChatKind.Group, "unsubscribe", admin: false, userId: "u2"));

        Assert.Equal("admin_only", reply.Intent);
        Assert.True((await subscriptions.GetAsync(Group, CancellationToken.None))!.Active);
    }

    [Fact]
    public async Task Unsubscribe_NothingSubscribed_SaysSo()
    {
        var reply = await Handle(Command(Private, ChatKind.Private, "unsubscribe"));
        Assert.Contains("no reminders to stop", reply.ToPlainText(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1.5 weeks", Language.English, "“1.5 weeks” is 10.5 days", "/subscribe 10d or /subscribe 11d")]
    [InlineData("1.5w 1d", Language.English, "“1.5w” is 10.5 days", "/subscribe 10d or /subscribe 11d")]
    [InlineData("١٫٥ اسبوع", Language.Arabic, "«1.5 اسبوع» تساوي 10.5 يوماً", "‎/subscribe 10d أو ‎/subscribe 11d")]
    [InlineData("3h", Language.English, "“3h” is less than a day", "/subscribe 0d for a reminder on the day itself, or /subscribe 1d")]
    public async Task Subscribe_LeadTimeWithAFractionOfADay_SaysItIsNotWholeDaysAndSavesNothing(string arguments, Language language, string said, string offered)
    {
        var reply = await Handle(Command(Private, ChatKind.Private, "subscribe", arguments), language);

        var text = reply.ToPlainText();
        Assert.Contains(said, text, StringComparison.Ordinal);
        Assert.Contains(offered, text, StringComparison.Ordinal);
        Assert.Null(await subscriptions.GetAsync(Private, CancellationToken.None));
    }

    [Fact]
    public async Task Subscribe_WholeDaysWrittenAsAFraction_SubscribesWithThoseDays()
    {
        await Handle(Command(Private, ChatKind.Private, "subscribe", "1.5 months"));

        Assert.Equal([45], (await subscriptions.GetAsync(Private, CancellationToken.None))!.LeadDays);
    }

    [Fact]
    public async Task Unsubscribe_ChatRemindersCannotReach_SaysNoneAreSentHereWithoutOfferingSubscribe()
    {
        platform.Setup(p => p.CanReceiveLater(Private)).Returns(false);

        var reply = await handler.HandleAsync("unsubscribe", new IncomingMessage(Private, ChatKind.Private, new Sender("u1"), "وكف التذكيرات"), Language.Arabic, CancellationToken.None);

        var text = reply.ToPlainText();
        Assert.Equal("unsubscribe", reply.Intent);
        Assert.Contains("تيليغرام وديسكورد فقط", text, StringComparison.Ordinal);
        Assert.DoesNotContain("/subscribe", text, StringComparison.Ordinal);
    }

    public static TheoryData<string, Language> NegatedRequests => new()
    {
        { "don't remind me", Language.English },
        { "do not remind me anymore", Language.English },
        { "I don't want reminders", Language.English },
        { "never remind me", Language.English },
        { "please don't send me reminders", Language.English },
        { "no reminders please", Language.English },
        { "I never want reminders", Language.English },
        { "don't remind me 7 days before", Language.English },
        { "ما تذكرني", Language.Arabic },
        { "ما اريد تذكيرات", Language.Arabic },
        { "لا تذكرني", Language.Arabic },
        { "مابي تذكير", Language.Arabic },
        { "ما ابي تذكير", Language.Arabic },
        { "لا أريد تذكيرات", Language.Arabic },
        { "ماتذكرني", Language.Arabic },
        { "مو لازم تذكرني", Language.Arabic },
        { "بطلوا تذكروني", Language.Arabic },
        { "وكفوا التذكير", Language.Arabic },
        { "stop reminding me", Language.English },
        { "enough reminders", Language.English },
    };

    [Theory]
    [MemberData(nameof(NegatedRequests))]
    public async Task Subscribe_NegatedFreeTextRequestWithNoSubscription_SubscribesNothingAndSaysThereIsNothingToStop(string text, Language language)
    {
        var reply = await handler.HandleAsync("subscribe", new IncomingMessage(Private, ChatKind.Private, new Sender("u1"), text), language, CancellationToken.None);

        Assert.Null(await subscriptions.GetAsync(Private, CancellationToken.None));
        Assert.Equal("unsubscribe", reply.Intent);
        Assert.Contains(language == Language.English ? "no reminders to stop" : "لا توجد تذكيرات لإيقافها", reply.ToPlainText(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(NegatedRequests))]
    public async Task Subscribe_NegatedFreeTextRequestWhenSubscribed_StopsTheReminders(string text, Language language)
    {
        await Handle(Command(Private, ChatKind.Private, "subscribe", "7d"));

        var reply = await handler.HandleAsync("subscribe", new IncomingMessage(Private, ChatKind.Private, new Sender("u1"), text), language, CancellationToken.None);

        Assert.False((await subscriptions.GetAsync(Private, CancellationToken.None))!.Active);
        Assert.Contains(language == Language.English ? "Reminders are off" : "تم إيقاف التذكيرات", reply.ToPlainText(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("don't forget to remind me", Language.English)]
    [InlineData("no problem, remind me a week before", Language.English)]
    [InlineData("remind me so I don't miss it", Language.English)]
    [InlineData("لا تنسى تذكرني", Language.Arabic)]
    [InlineData("ذكرني قبل اسبوع لا اريد ان يفوتني", Language.Arabic)]
    public async Task Subscribe_RequestWithANegationThatIsNotAboutReminders_Subscribes(string text, Language language)
    {
        await handler.HandleAsync("subscribe", new IncomingMessage(Private, ChatKind.Private, new Sender("u1"), text), language, CancellationToken.None);

        Assert.True((await subscriptions.GetAsync(Private, CancellationToken.None))?.Active);
    }

    [Theory]
    [InlineData("status")]
    [InlineData("subscriptions")]
    public async Task Status_Subscribed_ShowsLeadTimesZoneAndNextReminder(string command)
    {
        await Handle(Command(Private, ChatKind.Private, "subscribe", "7d"));

        var reply = await Handle(Command(Private, ChatKind.Private, command));

        var text = reply.ToPlainText();
        Assert.Equal(command, reply.Intent);
        Assert.Contains("7 days before", text, StringComparison.Ordinal);
        Assert.Contains("10:00 Asia/Baghdad", text, StringComparison.Ordinal);
        Assert.Contains("Next reminder: 24 December 2026 at 10:00 (Asia/Baghdad) (in about 25 days)", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Status_NotSubscribed_SaysOffAndHowToSubscribe()
    {
        var reply = await Handle(Command(Private, ChatKind.Private, "status"), Language.Arabic);
        Assert.Contains("التذكيرات غير مفعّلة", reply.ToPlainText(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Europe/Berlin", "Europe/Berlin")]
    [InlineData("europe/berlin", "Europe/Berlin")]
    [InlineData("Berlin", "Europe/Berlin")]
    public async Task TimeZone_Valid_SavesItAndMovesTheReminderHour(string given, string expected)
    {
        await Handle(Command(Private, ChatKind.Private, "subscribe", "30d"));

        var reply = await Handle(Command(Private, ChatKind.Private, "timezone", given));

        Assert.Equal(expected, (await settings.GetAsync(Private, CancellationToken.None)).TimeZone);
        Assert.Contains("Next reminder: 1 December 2026 at 10:00 (Europe/Berlin)", reply.ToPlainText(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("utc+3")]
    [InlineData("GMT+3")]
    [InlineData("+03:00")]
    [InlineData("UTC+03:00")]
    [InlineData("UTC +3")]
    public async Task TimeZone_OffsetFromUtc_SavesTheFixedZoneAndShowsTheOffsetAndTimeThere(string given)
    {
        var reply = await Handle(Command(Private, ChatKind.Private, "timezone", given));

        Assert.Equal("Etc/GMT-3", (await settings.GetAsync(Private, CancellationToken.None)).TimeZone);
        Assert.Contains("Time zone set to Etc/GMT-3 (UTC+03:00, now 15:00 there)", reply.ToPlainText(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Language.English, "Time zone set to Etc/GMT+3 (UTC\u221203:00, now 09:00 there)", "Etc/GMT+3 is 3 hours behind UTC")]
    [InlineData(Language.Arabic, "تم ضبط المنطقة الزمنية على Etc/GMT+3 (\u200EUTC\u221203:00، والساعة الآن 09:00 هناك)", "تتأخر عن UTC بـ3 ساعات")]
    public async Task TimeZone_EtcGmtName_ShowsItsReversedSign(Language language, string heading, string note)
    {
        var reply = await Handle(Command(Private, ChatKind.Private, "timezone", "Etc/GMT+3"), language);

        var text = reply.ToPlainText();
        Assert.Contains(heading, text, StringComparison.Ordinal);
        Assert.Contains(note, text, StringComparison.Ordinal);
        Assert.Contains("/timezone UTC+3", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("بغداد", "Asia/Baghdad")]
    [InlineData("اربيل", "Asia/Baghdad")]
    [InlineData("أربيل", "Asia/Baghdad")]
    [InlineData("البصرة", "Asia/Baghdad")]
    [InlineData("Erbil", "Asia/Baghdad")]
    [InlineData("برلين", "Europe/Berlin")]
    [InlineData("New York", "America/New_York")]
    [InlineData("EST", "EST")]
    public async Task TimeZone_CityInArabicOrOtherTzName_IsFound(string given, string expected)
    {
        var reply = await Handle(Command(Private, ChatKind.Private, "timezone", given));

        Assert.Equal(expected, (await settings.GetAsync(Private, CancellationToken.None)).TimeZone);
        Assert.StartsWith($"Time zone set to {expected} (UTC", reply.ToPlainText(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("EST", Language.English, "Note: EST is UTC−05:00 all year, with no summer time: where clocks move forward in summer, reminders would then come an hour late. To follow summer time, send /timezone America/New_York.")]
    [InlineData("mst", Language.English, "Note: MST is UTC−07:00 all year, with no summer time: where clocks move forward in summer, reminders would then come an hour late. To follow summer time, send /timezone America/Denver.")]
    [InlineData("EST", Language.Arabic, "ملاحظة: EST تعني ‎UTC−05:00 طوال السنة بلا توقيت صيفي: حيث تُقدَّم الساعات صيفاً ستصل التذكيرات حينها متأخرة ساعة. لاتباع التوقيت الصيفي أرسل ‎/timezone America/New_York.")]
    public async Task TimeZone_FixedStandardTimeAbbreviation_AcceptedWithANoteThatItHasNoSummerTime(string given, Language language, string note)
    {
        // Break 35 #11: a New York user typing the everyday "EST" got reminders an hour off all summer, with no word of it.
        var reply = await Handle(Command(Private, ChatKind.Private, "timezone", given), language);

        Assert.Equal(given.ToUpperInvariant(), (await settings.GetAsync(Private, CancellationToken.None)).TimeZone);
        Assert.Contains(note, reply.ToPlainText(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("America/New_York")]
    [InlineData("Asia/Baghdad")]
    [InlineData("UTC")]
    [InlineData("UTC-5")]
    [InlineData("EST5EDT")]
    [InlineData("CET")]
    public async Task TimeZone_ZoneThatIsNoStandardTimeAbbreviation_NoSummerTimeNote(string given)
    {
        var reply = await Handle(Command(Private, ChatKind.Private, "timezone", given));

        Assert.StartsWith("Time zone set to", reply.ToPlainText(), StringComparison.Ordinal);
        Assert.DoesNotContain("summer time", reply.ToPlainText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TimeZone_OffsetWithMinutes_ExplainsAndSuggestsACityAtThatOffset()
    {
        var reply = await Handle(Command(Private, ChatKind.Private, "timezone", "+05:30"));

        var text = reply.ToPlainText();
        Assert.Contains("There is no fixed time zone for UTC+05:30", text, StringComparison.Ordinal);
        Assert.Contains("Send your city instead, e.g. /timezone Asia/", text, StringComparison.Ordinal);
        Assert.Null((await settings.GetAsync(Private, CancellationToken.None)).TimeZone);
    }

    [Theory]
    [InlineData("UTC-14", "UTC−14:00 is out of range: time zones go from UTC−12 to UTC+14")]
    [InlineData("UTC+15", "UTC+15:00 is out of range: time zones go from UTC−12 to UTC+14")]
    [InlineData("-13", "UTC−13:00 is out of range")]
    public async Task TimeZone_OffsetOutOfRange_SaysSoWithoutAnUnrelatedCity(string given, string said)
    {
        var reply = await Handle(Command(Private, ChatKind.Private, "timezone", given));

        var text = reply.ToPlainText();
        Assert.Contains(said, text, StringComparison.Ordinal);
        Assert.DoesNotContain("whole hours", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Kolkata", text, StringComparison.Ordinal);
        Assert.Null((await settings.GetAsync(Private, CancellationToken.None)).TimeZone);
    }

    [Theory]
    [InlineData("بغداد", Language.Arabic, "تيليغرام أو ديسكورد")]
    [InlineData("Europe/Berlin", Language.English, "sent only while I serve Telegram or Discord")]
    [InlineData("", Language.English, "sent only while I serve Telegram or Discord")]
    public async Task TimeZone_ChatRemindersCannotReach_SaysRemindersAreOnlySentOnTelegramAndDiscordAndSavesNothing(string given, Language language, string said)
    {
        platform.Setup(p => p.CanReceiveLater(Private)).Returns(false);

        var reply = await Handle(Command(Private, ChatKind.Private, "timezone", given), language);

        var text = reply.ToPlainText();
        Assert.Equal("timezone", reply.Intent);
        Assert.Contains(said, text, StringComparison.Ordinal);
        Assert.DoesNotContain("10:00", text, StringComparison.Ordinal);
        Assert.Null((await settings.GetAsync(Private, CancellationToken.None)).TimeZone);
    }

    [Fact]
    public async Task TimeZone_Utc_SaysTheHourInUtcWithoutUtcTime()
    {
        var reply = await Handle(Command(Private, ChatKind.Private, "timezone", "UTC"));

        var text = reply.ToPlainText();
        Assert.Contains("now come at 10:00 UTC.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("UTC time", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Mars/Olympus")]
    [InlineData("<script>")]
    [InlineData("Baghdad/Iraq/Extra/Long/Name/That/Goes/On/And/On/And/On/And/On/Forever/More")]
    public async Task TimeZone_Invalid_GivesClearHelpAndSavesNothing(string given)
    {
        var reply = await Handle(Command(Private, ChatKind.Private, "timezone", given));

        Assert.Contains("I don't know the time zone", reply.ToPlainText(), StringComparison.Ordinal);
        Assert.Contains("Europe/Berlin", reply.ToPlainText(), StringComparison.Ordinal);
        Assert.Null((await settings.GetAsync(Private, CancellationToken.None)).TimeZone);
    }

    [Fact]
    public async Task TimeZone_NoArgument_ShowsTheCurrentZone()
    {
        var reply = await Handle(Command(Private, ChatKind.Private, "timezone"));
        Assert.Contains("This chat's time zone is Asia/Baghdad (UTC+03:00, now 15:00 there)", reply.ToPlainText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TimeZone_NonAdminInGroup_Refuses()
    {
        var reply = await Handle(Command(Group, ChatKind.Group, "timezone", "Europe/Berlin", admin: false));

        Assert.Equal("admin_only", reply.Intent);
        Assert.Null((await settings.GetAsync(Group, CancellationToken.None)).TimeZone);
    }

    [Fact]
    public async Task Milestones_On29November2026_GivesRelativeTimesAndMarksPassedOnes()
    {
        var reply = await Handle(Command(Private, ChatKind.Private, "milestones"));

        var items = reply.Blocks.Where(b => b.Kind == ReplyBlockKind.ListItem).Select(b => b.Text).ToList();
        Assert.Equal(4, items.Count);
        Assert.Contains("by September 2025", items[0], StringComparison.Ordinal);
        Assert.Contains("date passed (about 14 months ago)", items[0], StringComparison.Ordinal);
        Assert.Contains("paragraphs 2 and 17", items[0], StringComparison.Ordinal);
        Assert.Contains("in October 2025", items[2], StringComparison.Ordinal);
        Assert.Contains("by about the end of 2026", items[3], StringComparison.Ordinal);
        Assert.Contains("in about 32 days", items[3], StringComparison.Ordinal);
        Assert.Contains("paragraphs 2 and 18", items[3], StringComparison.Ordinal);
        Assert.Contains("not what has happened since", reply.ToPlainText(), StringComparison.Ordinal);
        Assert.True(reply.Answered);
        Assert.Equal([2, 17, 23, 2, 18], reply.Citations.Select(c => c.Paragraph));
    }

    [Theory]
    [InlineData(Language.Arabic, "الفقرتان 2 و17", "المصدر: المقال (نقلاً عن رويترز)، الفقرات 2 و17 و18 و23.")]
    [InlineData(Language.English, "paragraphs 2 and 17", "Source: the article (Reuters' reporting, in Arabic), paragraphs 2, 17, 18 and 23.")]
    public async Task Milestones_ParagraphLists_WrittenAsAnswersWriteThem(Language language, string first, string source)
    {
        var reply = await Handle(Command(Private, ChatKind.Private, "milestones"), language);

        Assert.Contains($"({first}).", reply.Blocks.First(b => b.Kind == ReplyBlockKind.ListItem).Text, StringComparison.Ordinal);
        Assert.Equal(source, reply.Blocks.First(b => b.Kind == ReplyBlockKind.Footnote).Text);
        Assert.Contains(ReplyComposer.ParagraphWords([2, 17, 18, 23], language), source, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true, Language.English, "Reminders before each date: /subscribe")]
    [InlineData(false, Language.English, "Reminders before each date are sent in Telegram and Discord chats.")]
    [InlineData(true, Language.Arabic, "تذكيرات قبل كل موعد: \u200E/subscribe")]
    [InlineData(false, Language.Arabic, "تُرسل التذكيرات قبل كل موعد في محادثات تيليغرام وديسكورد.")]
    public async Task Milestones_LastLine_OffersSubscribeOnlyWhereRemindersCanArrive(bool remindersArrive, Language language, string lastLine)
    {
        platform.Setup(p => p.CanReceiveLater(Private)).Returns(remindersArrive);

        var reply = await Handle(Command(Private, ChatKind.Private, "milestones"), language);

        Assert.Equal(lastLine, reply.Blocks[^1].Text);
        Assert.Equal(remindersArrive, reply.ToPlainText().Contains("/subscribe", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("status", Language.English, "Reminders can't reach this chat")]
    [InlineData("subscriptions", Language.Arabic, "لا تصل التذكيرات إلى هذه المحادثة")]
    public async Task Status_ChatRemindersCannotReach_SaysWhereRemindersWorkInsteadOfSendSubscribe(string command, Language language, string said)
    {
        platform.Setup(p => p.CanReceiveLater(Private)).Returns(false);

        var reply = await Handle(Command(Private, ChatKind.Private, command), language);

        var text = reply.ToPlainText();
        Assert.Equal(command, reply.Intent);
        Assert.Contains(said, text, StringComparison.Ordinal);
        Assert.DoesNotContain("/subscribe", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Next_InArabic_QuotesTheParagraphsOfTheEndOf2026()
    {
        var reply = await Handle(Command(Private, ChatKind.Private, "next"), Language.Arabic);

        var text = reply.ToPlainText();
        Assert.Contains("الموعد القادم: حتى نهاية عام 2026 تقريبا (بعد نحو 32", text, StringComparison.Ordinal);
        Assert.Contains("مع مغادرة البقية بحلول نهاية عام 2026", text, StringComparison.Ordinal);
        Assert.Contains("الفقرتان 2 و18", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Next_AfterEveryMilestone_SaysAllPassedWithTheCaveat()
    {
        time.SetUtcNow(new DateTimeOffset(2027, 3, 1, 0, 0, 0, TimeSpan.Zero));

        var reply = await Handle(Command(Private, ChatKind.Private, "next"));

        var text = reply.ToPlainText();
        Assert.Contains("Every milestone in the report has passed", text, StringComparison.Ordinal);
        Assert.Contains("whether it happened is beyond the report", text, StringComparison.Ordinal);
    }
}
