using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Moq;
using WithdrawalBot.Core.Languages;
using WithdrawalBot.Core.Matching;
using WithdrawalBot.Core.Messages;
using WithdrawalBot.Core.Reminders;
using WithdrawalBot.Core.Routing;
using WithdrawalBot.Core.Tests.Evaluation;
using WithdrawalBot.Core.Tests.Support;

namespace WithdrawalBot.Core.Tests.Routing;

public sealed class RequestedLanguageTests
{
    [Theory]
    [InlineData("summarize in arabic", "ar", "summarize")]
    [InlineData("when do troops leave erbil? answer in English please", "en", "when do troops leave erbil?")]
    [InlineData("in arabic please, when are the elections?", "ar", "when are the elections?")]
    [InlineData("answer in english: شوكت الانتخابات", "en", "شوكت الانتخابات")]
    [InlineData("Sorry, in English: what is today's date, and how old is the report?", "en", "what is today's date, and how old is the report?")]
    [InlineData("لخصلي بالانكليزي", "en", "لخصلي")]
    [InlineData("لخصلي الخبر بالانكليزي", "en", "لخصلي الخبر")]
    [InlineData("شوكت يطلعون من اربيل باللغة العربية", "ar", "شوكت يطلعون من اربيل")]
    [InlineData("in English please", "en", "")]
    [InlineData("بالعربي", "ar", "")]
    [InlineData("اريد الجواب بالعربي", "ar", "")]
    [InlineData("ابي الجواب بالانكليزي", "en", "")]
    [InlineData("translate that to Arabic", "ar", "")]
    [InlineData("Can you translate that quote into English please?", "en", "")]
    [InlineData("ترجملي الجواب للعربي", "ar", "")]
    [InlineData("قلها بالانكليزي", "en", "")]
    [InlineData("I want the answer in Arabic", "ar", "")]
    [InlineData("بالعربي: شوكت يطلعون الامريكان", "ar", "شوكت يطلعون الامريكان")]
    [InlineData("ok بالعربي: شوكت يطلعون الامريكان", "ar", "شوكت يطلعون الامريكان")]
    [InlineData("بالانكليزي شكد جندي امريكي بالعراق", "en", "شكد جندي امريكي بالعراق")]
    public void Read_MessageNamingAReplyLanguage_GivesItAndTheQuestion(string text, string code, string question)
    {
        var read = RequestedLanguage.Read(text);

        Assert.NotNull(read);
        Assert.Equal(code == "ar" ? Language.Arabic : Language.English, read.Value.Language);
        Assert.Equal(question, read.Value.Question);
    }

    [Theory]
    [InlineData("is the article in arabic?")]
    [InlineData("why was the report written in arabic?")]
    [InlineData("شلون اكتب بالعربي")]
    [InlineData("الخبر بالعربي؟")]
    [InlineData("هل المقال بالعربي؟")]
    [InlineData("how many troops are in Iraq?")]
    [InlineData("")]
    public void Read_QuestionAboutALanguage_NamesNoReplyLanguage(string text)
    {
        Assert.Null(RequestedLanguage.Read(text));
    }

    [Fact]
    public void Read_LongPasteNamingALanguage_IsLeftToTheQuestionAtItsEnd()
    {
        // The patterns look back over the text; a 100 KB paste must neither time out nor name a language for it all.
        var paste = string.Concat(Enumerable.Repeat("the report in English says the troops stay in Erbil ", 2_000)) + "translate that to Arabic";

        Assert.Null(RequestedLanguage.Read(paste));
    }

    [Fact]
    public async Task HandleAsync_SummaryAskedInArabicInEnglish_IsTheSummaryInArabic()
    {
        var reply = await EvaluationSet.Bot().SendAsync(RouterFixture.Private("tldr in arabic"));

        Assert.NotNull(reply);
        Assert.Equal(Language.Arabic, reply.Language);
        Assert.True(reply.Answered);
    }

    [Fact]
    public async Task HandleAsync_InArabicPleaseAfterAnEnglishAnswer_IsThatAnswerInArabic()
    {
        var bot = EvaluationSet.Bot();
        var english = await bot.SendAsync(RouterFixture.Private("when do troops leave erbil?"));

        var arabic = await bot.SendAsync(RouterFixture.Private("in arabic please"));

        Assert.NotNull(english);
        Assert.NotNull(arabic);
        Assert.Equal(Language.Arabic, arabic.Language);
        Assert.Equal(RouterFixture.Paragraphs(english), RouterFixture.Paragraphs(arabic));
        Assert.Contains("أربيل", arabic.ToPlainText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_InArabicPleaseAfterTheMilestonesCommand_IsTheMilestonesInArabicNotTheSummaryBefore()
    {
        var time = new FakeTimeProvider(RouterFixture.Now);
        var reminders = new SubscriptionCommandHandler(
            Mock.Of<ISubscriptionStore>(), new InMemoryChatSettingsStore(), [], EvaluationSet.Knowledge.Milestones, new ReminderTrigger(time),
            time, Options.Create(new ReminderOptions()), NullLogger<SubscriptionCommandHandler>.Instance);
        var bot = new RouterFixture(EvaluationSet.Knowledge, new IntentMatcher(EvaluationSet.Knowledge), reminders);
        await bot.SendAsync(RouterFixture.Private("tl;dr"));
        var milestones = await bot.SendAsync(RouterFixture.Command(ChatKind.Private, "milestones"));

        var arabic = await bot.SendAsync(RouterFixture.Private("in Arabic please"));

        Assert.NotNull(milestones);
        Assert.NotNull(arabic);
        Assert.Equal("milestones", milestones.Intent);
        Assert.Equal("milestones", arabic.Intent);
        Assert.Equal(Language.Arabic, arabic.Language);
        Assert.Equal(RouterFixture.Paragraphs(milestones), RouterFixture.Paragraphs(arabic));
    }
}
