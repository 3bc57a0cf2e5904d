using System.Text;
using Microsoft.Extensions.Time.Testing;
using WithdrawalBot.Core.Knowledge;
using WithdrawalBot.Core.Languages;
using WithdrawalBot.Core.Replies;
using WithdrawalBot.Core.Routing;
using WithdrawalBot.Core.Tests.Support;

namespace WithdrawalBot.Core.Tests.Replies;

public sealed class ReplyComposerTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 29, 12, 0, 0, TimeSpan.Zero);

    private readonly ReplyComposer composer = new(TestKnowledge.Shared, new FakeTimeProvider(Now));

    private static Fact Fact(string id) => TestKnowledge.Shared.TryGetFact(id, out var fact) ? fact : throw new InvalidOperationException(id);

    [Theory]
    [InlineData(3)]
    [InlineData(11)]
    [InlineData(12)]
    [InlineData(14)]
    public void Paragraph_WithAFactCitingOnlyIt_GlossesItWithThatFactNotOneMainlyAboutAnotherParagraph(int number)
    {
        var knowledge = Tests.Evaluation.EvaluationSet.Knowledge;
        var own = knowledge.Facts.Where(f => f.Citations.All(c => c.Paragraph == number)).Select(f => f.Answer.English).ToArray();

        var text = new ReplyComposer(knowledge, new FakeTimeProvider(Now)).Paragraph(number, Language.English).ToPlainText();

        Assert.NotEmpty(own);
        Assert.Contains(own, answer => text.Contains(answer, StringComparison.Ordinal));
    }

    [Fact]
    public void Paragraph_TwoFactsCitingOnlyIt_GlossesItWithBoth()
    {
        var text = new ReplyComposer(Tests.Evaluation.EvaluationSet.Knowledge, new FakeTimeProvider(Now)).Paragraph(17, Language.English).ToPlainText();

        Assert.Contains(AnswerOf("ain-al-asad-leave-by-september-2025"), text, StringComparison.Ordinal);
        Assert.Contains(AnswerOf("baghdad-presence-reduced"), text, StringComparison.Ordinal);
    }

    [Fact]
    public void Paragraph_SecondFactSayingNothingTheFirstDoesNot_IsNotRepeated()
    {
        var text = new ReplyComposer(Tests.Evaluation.EvaluationSet.Knowledge, new FakeTimeProvider(Now)).Paragraph(13, Language.English).ToPlainText();

        Assert.Contains(AnswerOf("us-troops-in-iraq-2500"), text, StringComparison.Ordinal);
        Assert.DoesNotContain(AnswerOf("us-troops-in-syria-900"), text, StringComparison.Ordinal);
    }

    private static string AnswerOf(string id) => Tests.Evaluation.EvaluationSet.Knowledge.Facts.Single(f => f.Id == id).Answer.English;

    [Fact]
    public void Answer_FactCitingSeveralParagraphs_QuotesEachOfThem()
    {
        var fact = Tests.Evaluation.EvaluationSet.Knowledge.Facts.Single(f => f.Id == "remaining-forces-leave-end-2026");
        var reply = new ReplyComposer(Tests.Evaluation.EvaluationSet.Knowledge, new FakeTimeProvider(Now)).Answer(fact, Language.English, 0.9);

        var quotes = reply.Blocks.Where(b => b.Kind == ReplyBlockKind.Quote).Select(b => b.Text).ToArray();

        Assert.Equal(fact.Citations.DistinctBy(c => c.Paragraph).Select(c => c.Quote), quotes);
        Assert.Contains(quotes, quote => fact.Citations.Any(c => c.Paragraph == 18 && c.Quote == quote));
        Assert.Contains("paragraphs 2, 4 and 18", reply.ToPlainText(), StringComparison.Ordinal);
    }

    [Fact]
    public void Answer_EnglishFactWithMilestone_GivesRelativeDateCaveatQuoteAndSource()
    {
        var reply = composer.Answer(Fact("erbil-stay"), Language.English, 0.8);
        var text = reply.ToPlainText();

        Assert.StartsWith("According to the report, US and coalition forces are expected to stay in Erbil", text, StringComparison.Ordinal);
        Assert.Contains("by about the end of 2026, which is in about 32 days", text, StringComparison.Ordinal);
        Assert.Contains("not a confirmed event", text, StringComparison.Ordinal);
        Assert.Contains(reply.Blocks, b => b.Kind == ReplyBlockKind.Quote && b.Text == "ومن المتوقع أن تبقى القوات الأميركية وقوات التحالف الأخرى في أربيل");
        var footnote = Assert.Single(reply.Blocks, b => b.Kind == ReplyBlockKind.Footnote).Text;
        Assert.Contains("paragraph 18", footnote, StringComparison.Ordinal);
        Assert.Contains("Reuters", footnote, StringComparison.Ordinal);
        Assert.Contains("about 2 years ago", footnote, StringComparison.Ordinal);
        Assert.Contains("September 2024", footnote, StringComparison.Ordinal);
        Assert.True(reply.Answered);
        Assert.Equal("fact", reply.Intent);
        Assert.Equal(0.8, reply.Confidence);
        Assert.Equal(18, Assert.Single(reply.Citations).Paragraph);
    }

    [Fact]
    public void Answer_Arabic_IsWrittenInArabicWithArabicFootnote()
    {
        var reply = composer.Answer(Fact("erbil-stay"), Language.Arabic, 0.8);
        var text = reply.ToPlainText();

        Assert.Equal(Language.Arabic, reply.Language);
        Assert.StartsWith("بحسب التقرير", text, StringComparison.Ordinal);
        Assert.Contains("بعد نحو 32", text, StringComparison.Ordinal);
        Assert.Contains("الفقرة 18", text, StringComparison.Ordinal);
        Assert.Contains("أيلول 2024", text, StringComparison.Ordinal);
        Assert.Contains("وليست حدثاً مؤكداً", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Answer_AfterTheMilestone_SaysItPassed()
    {
        var later = new ReplyComposer(TestKnowledge.Shared, new FakeTimeProvider(new DateTimeOffset(2028, 3, 1, 0, 0, 0, TimeSpan.Zero)));

        var text = later.Answer(Fact("erbil-stay"), Language.English, 1).ToPlainText();

        Assert.Contains("which passed about 14 months ago", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Language.English, "on a date still ahead of the bot's clock (check --now or the system time)")]
    [InlineData(Language.Arabic, "في تاريخ لم يحن بعد بحسب ساعة البوت")]
    public void Source_ClockSetBeforeTheReportWasPublished_WarnsAboutTheClockInsteadOfAFuturePublication(Language language, string warning)
    {
        var early = new ReplyComposer(TestKnowledge.Shared, new FakeTimeProvider(new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero)));

        var text = early.Source(language).ToPlainText();

        Assert.Contains(warning, text, StringComparison.Ordinal);
        Assert.DoesNotContain("in about", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Answer_AskedAgainAMonthLater_GivesTheNewDistance()
    {
        var time = new FakeTimeProvider(Now);
        var sameComposer = new ReplyComposer(TestKnowledge.Shared, time);
        var before = sameComposer.Answer(Fact("erbil-stay"), Language.English, 1).ToPlainText();

        time.Advance(TimeSpan.FromDays(60));
        var after = sameComposer.Answer(Fact("erbil-stay"), Language.English, 0.5);

        Assert.Contains("in about 32 days", before, StringComparison.Ordinal);
        Assert.Contains("which passed about 28 days ago", after.ToPlainText(), StringComparison.Ordinal);
        Assert.Equal(0.5, after.Confidence);
    }

    [Fact]
    public void Answer_FactWithoutMilestone_HasNoDateLine()
    {
        var text = composer.Answer(Fact("troops-in-iraq"), Language.English, 1).ToPlainText();

        Assert.DoesNotContain("Timing as reported", text, StringComparison.Ordinal);
        Assert.Contains("paragraph 13", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Answer_Buttons_OfferRelatedQuestionsThenFeedbackWithinTelegramLimit()
    {
        var reply = composer.Answer(Fact("erbil-stay"), Language.English, 1);

        Assert.Equal(["q:troops-in-iraq:en", "q:erbil-why:en", "fb:+:erbil-stay:en", "fb:-:erbil-stay:en"], reply.Buttons.Select(b => b.Payload));
        Assert.Equal("How many US troops are in Iraq?", reply.Buttons[0].Label);
        Assert.All(reply.Buttons, b => Assert.InRange(Encoding.UTF8.GetByteCount(b.Payload), 1, ButtonPayloads.MaxBytes));
    }

    [Fact]
    public void Answer_EveryRepositoryFact_HasButtonsWithinLimits()
    {
        var knowledge = KnowledgeLoader.Load(TestKnowledge.RealDirectory);
        var real = new ReplyComposer(knowledge, new FakeTimeProvider(Now));

        foreach (var fact in knowledge.Facts)
        {
            foreach (var language in new[] { Language.Arabic, Language.English })
            {
                var reply = real.Answer(fact, language, 1);
                Assert.InRange(reply.Buttons.Count, 2, 5);
                Assert.All(reply.Buttons, b => Assert.InRange(Encoding.UTF8.GetByteCount(b.Payload), 1, ButtonPayloads.MaxBytes));
                Assert.All(reply.Buttons, b => Assert.InRange(b.Label.Length, 1, ReplyComposer.MaxLabelLength));
            }
        }
    }

    [Theory]
    [InlineData(Language.English, "paragraph 21 ")]
    [InlineData(Language.Arabic, "الفقرة 21 ")]
    public void Answer_FactQuotingOneParagraphTwice_NamesTheParagraphOnceAndKeepsBothQuotes(Language language, string paragraph)
    {
        var knowledge = KnowledgeLoader.Load(TestKnowledge.RealDirectory);
        var fact = knowledge.Facts.Single(f => f.Id == "us-forces-shot-down-missiles-at-israel");
        Assert.Equal([21, 21], fact.Citations.Select(c => c.Paragraph)); // the case: two passages of paragraph 21

        var reply = new ReplyComposer(knowledge, new FakeTimeProvider(Now)).Answer(fact, language, 1);
        var text = reply.ToPlainText();

        Assert.Single(System.Text.RegularExpressions.Regex.Matches(text, @"\b21\b"));
        Assert.Contains(paragraph, text, StringComparison.Ordinal);
        Assert.DoesNotContain("21, 21", text, StringComparison.Ordinal);
        Assert.Equal([21], reply.CitedParagraphs);
        Assert.Equal(fact.Citations, reply.Citations);
    }

    [Theory]
    [InlineData(Language.English, "The report does not say that.")]
    [InlineData(Language.Arabic, "التقرير لا يذكر ذلك.")]
    public void Refusal_NoSuggestions_SaysSoAndOffersThreeDefaultQuestions(Language language, string opening)
    {
        var reply = composer.Refusal(language, 0.1, []);

        Assert.StartsWith(opening, reply.ToPlainText(), StringComparison.Ordinal);
        Assert.False(reply.Answered);
        Assert.Equal("unknown", reply.Intent);
        Assert.Equal(3, reply.Blocks.Count(b => b.Kind == ReplyBlockKind.ListItem));
        Assert.Equal(3, reply.Buttons.Count);
        Assert.All(reply.Buttons, b => Assert.StartsWith("q:", b.Payload, StringComparison.Ordinal));
        Assert.Empty(reply.Citations);
    }

    [Fact]
    public void Refusal_WithNearMisses_OffersThem()
    {
        var reply = composer.Refusal(Language.English, 0.2, [Fact("troops-in-iraq")]);

        Assert.Equal("q:troops-in-iraq:en", Assert.Single(reply.Buttons).Payload);
    }

    [Theory]
    [InlineData(new[] { 18 }, Language.English, "paragraph 18")]
    [InlineData(new[] { 2, 18 }, Language.English, "paragraphs 2 and 18")]
    [InlineData(new[] { 2, 17, 23 }, Language.English, "paragraphs 2, 17 and 23")]
    [InlineData(new[] { 18 }, Language.Arabic, "الفقرة 18")]
    [InlineData(new[] { 2, 18 }, Language.Arabic, "الفقرتان 2 و18")]
    [InlineData(new[] { 2, 17, 23 }, Language.Arabic, "الفقرات 2 و17 و23")]
    [InlineData(new[] { 23, 2, 17, 2 }, Language.Arabic, "الفقرات 2 و17 و23")]
    [InlineData(new[] { 18, 2, 18 }, Language.English, "paragraphs 2 and 18")]
    public void ParagraphWords_Numbers_ReadNaturally(int[] paragraphs, Language language, string expected) =>
        Assert.Equal(expected, ReplyComposer.ParagraphWords(paragraphs, language));

    [Fact]
    public void Milestones_Listed_WithRelativeDatesAndCitations()
    {
        var reply = composer.Milestones(Language.English);

        var items = reply.Blocks.Where(b => b.Kind == ReplyBlockKind.ListItem).Select(b => b.Text).ToArray();
        Assert.Equal(4, items.Length);
        Assert.Contains(items, i => i.Contains("by September 2025, about 14 months ago", StringComparison.Ordinal));
        Assert.Contains(items, i => i.Contains("Iraq's scheduled parliamentary elections: in October 2025, about 13 months ago", StringComparison.Ordinal));
        Assert.Contains(items, i => i.Contains("in about 32 days", StringComparison.Ordinal));
        Assert.True(reply.Answered);
        Assert.Contains(reply.Citations, c => c.Paragraph == 17);
    }

    [Fact]
    public void Source_English_NamesReutersAgeAndParagraphCount()
    {
        var text = composer.Source(Language.English).ToPlainText();

        Assert.Contains("Reuters", text, StringComparison.Ordinal);
        Assert.Contains("about 2 years ago", text, StringComparison.Ordinal);
        Assert.Contains("24 paragraphs", text, StringComparison.Ordinal);
        Assert.Contains("today, Friday", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_ListsEveryCommandInTheReplyLanguage()
    {
        CommandSpec[] commands = [new("help", "How to ask", "كيف تسأل"), new("subscribe", "Reminders", "التذكير")];

        var reply = composer.Help(Language.Arabic, commands);

        Assert.Equal(["/help — كيف تسأل", "/subscribe — التذكير"], reply.Blocks.Where(b => b.Kind == ReplyBlockKind.ListItem).Select(b => b.Text));
    }

    [Fact]
    public void Help_HiddenOperatorCommand_IsNotListed()
    {
        CommandSpec[] commands = [new("help", "How to ask", "كيف تسأل"), new("stats", "Operator statistics", "إحصاءات") { Hidden = true }];

        var reply = composer.Help(Language.English, commands);

        Assert.DoesNotContain(reply.Blocks, b => b.Text.Contains("/stats", StringComparison.Ordinal));
        Assert.Contains(reply.Blocks, b => b.Text.StartsWith("/help", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(Language.English, "Reminders before each milestone work in Telegram and Discord chats, not here.")]
    [InlineData(Language.Arabic, "التذكيرات قبل كل موعد تعمل في محادثات تيليغرام وديسكورد، لا هنا.")]
    public void Help_Console_LeavesOutReminderCommandsAndSaysWhereRemindersWork(Language language, string line)
    {
        CommandSpec[] commands =
        [
            new("help", "How to ask", "كيف تسأل"),
            new("milestones", "Milestones", "المواعيد"),
            new("subscribe", "Reminders", "التذكير") { NeedsReminders = true },
            new("timezone", "Time zone", "المنطقة الزمنية") { NeedsReminders = true },
        ];

        var console = composer.Help(language, commands, console: true);
        var elsewhere = composer.Help(language, commands);

        Assert.Equal(["/help", "/milestones"], console.Blocks.Where(b => b.Kind == ReplyBlockKind.ListItem).Select(b => b.Text.Split(' ')[0]));
        Assert.Equal(line, console.Blocks[^1].Text);
        Assert.Equal(["/help", "/milestones", "/subscribe", "/timezone"], elsewhere.Blocks.Where(b => b.Kind == ReplyBlockKind.ListItem).Select(b => b.Text.Split(' ')[0]));
        Assert.DoesNotContain(elsewhere.Blocks, b => b.Text == line);
    }

    [Fact]
    public void Clarify_TwoFacts_AsksWithOneButtonEach()
    {
        var reply = composer.Clarify(Language.English, Fact("troops-in-iraq"), Fact("deal-reached"), 0.5);

        Assert.Equal("clarify", reply.Intent);
        Assert.Equal(["q:troops-in-iraq:en", "q:deal-reached:en"], reply.Buttons.Select(b => b.Payload));
        Assert.False(reply.Answered);
    }
}
