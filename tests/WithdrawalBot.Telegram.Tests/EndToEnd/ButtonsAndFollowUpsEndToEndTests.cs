using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using WithdrawalBot.Core.Knowledge;
using WithdrawalBot.Core.Languages;
using WithdrawalBot.Core.Routing;
using WithdrawalBot.Telegram.Rendering;
using static WithdrawalBot.Telegram.Tests.Fakes.TelegramUpdates;

namespace WithdrawalBot.Telegram.Tests.EndToEnd;

/// <summary>Suggestion buttons, forged button data and per-user follow-ups in a group, through the whole bot.</summary>
public sealed partial class ButtonsAndFollowUpsEndToEndTests
{
    private static readonly string PrivateChatId = PrivateUserId.ToString(CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("how many US troops are in Iraq?", "en", Language.English)]
    [InlineData("شوكت يطلعون الامريكان من اربيل؟", "ar", Language.Arabic)]
    public async Task SuggestionButton_Tapped_AnswersThatQuestionInTheSameLanguage(string question, string languageCode, Language language)
    {
        await using var bot = await EndToEndBot.StartAsync();
        var answer = await bot.AskAsync(PrivateText(question, languageCode));
        var payload = answer.ButtonPayloads.First(p => p.StartsWith("q:", StringComparison.Ordinal));
        var knowledge = bot.Host.Services.GetRequiredService<KnowledgeBase>();
        var action = ButtonPayloads.Parse(payload);
        Assert.NotNull(action);
        Assert.True(knowledge.TryGetFact(action.FactId, out var suggested));

        // The user's client language is the other one: the tap must still follow the conversation's language.
        var tap = CallbackQuery(Chat(PrivateUserId, "private"), PrivateUserId, payload, bot.Api.BotId, answer.MessageId, "cbq-suggest");
        tap["callback_query"]!["from"]!["language_code"] = language == Language.Arabic ? "en" : "ar";
        var reply = await bot.AskAsync(tap);

        Assert.Contains(bot.Api.Calls("answerCallbackQuery"), c => c["callback_query_id"] == "cbq-suggest");
        Assert.Equal(PrivateChatId, reply.ChatId);
        Assert.Equal(language == Language.Arabic, reply.Text[0] == '\u200F');
        Assert.Equal(language == Language.English, reply.Text.Contains("Source: paragraph", StringComparison.Ordinal));
        var expected = suggested.Citations.Select(c => c.Paragraph).Distinct().Order().ToArray();
        Assert.Equal(expected, CitedParagraphs.In(reply.Text));
        Assert.Contains(Html(suggested.Answer.For(language)[..Math.Min(40, suggested.Answer.For(language).Length)]), reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SuggestionButton_TappedAfterTheFollowUpWindow_StillAnswersInTheLanguageOfTheButton()
    {
        await using var bot = await EndToEndBot.StartAsync();
        var answer = await bot.AskAsync(PrivateText("how many US troops are in Iraq?", "ar"));
        var payload = answer.ButtonPayloads.First(p => p.StartsWith("q:", StringComparison.Ordinal));
        await bot.AdvanceToAsync(bot.Time.GetUtcNow() + TimeSpan.FromMinutes(30));

        var reply = await bot.AskAsync(CallbackQuery(Chat(PrivateUserId, "private"), PrivateUserId, payload, bot.Api.BotId, answer.MessageId));

        Assert.NotEqual('\u200F', answer.Text[0]);
        Assert.NotEqual('\u200F', reply.Text[0]);
        Assert.Contains("Source: paragraph", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SuggestionButton_TappedInAGroupByAnotherUser_AnswersInTheLanguageOfTheButton()
    {
        await using var bot = await EndToEndBot.StartAsync();
        var question = GroupText("@" + bot.Api.BotUsername + " شوكت يطلعون الامريكان من اربيل؟", userId: 7);
        var answer = await bot.AskAsync(question);
        var payload = answer.ButtonPayloads.First(p => p.StartsWith("q:", StringComparison.Ordinal));

        var tap = CallbackQuery(Chat(GroupChatId, "supergroup"), 8, payload, bot.Api.BotId, answer.MessageId, "cbq-other");
        tap["callback_query"]!["from"]!["language_code"] = "en";
        var reply = await bot.AskAsync(tap);

        Assert.Equal('\u200F', answer.Text[0]);
        Assert.Equal(GroupChatId.ToString(CultureInfo.InvariantCulture), reply.ChatId);
        Assert.Equal('\u200F', reply.Text[0]);
        Assert.Contains("المصدر", reply.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("q:no-such-fact")]
    [InlineData("garbage")]
    [InlineData("fb:+:no-such-fact")]
    [InlineData("q:")]
    public async Task ForgedButtonData_Tapped_PoliteReplyAndNothingAnswered(string data)
    {
        await using var bot = await EndToEndBot.StartAsync();

        var reply = await bot.AskAsync(CallbackQuery(Chat(PrivateUserId, "private"), PrivateUserId, data, bot.Api.BotId, queryId: "cbq-forged"));

        Assert.Contains(bot.Api.Calls("answerCallbackQuery"), c => c["callback_query_id"] == "cbq-forged");
        Assert.Equal(PrivateChatId, reply.ChatId);
        Assert.Contains("/help", reply.Text, StringComparison.Ordinal);
        Assert.Empty(CitedParagraphs.In(reply.Text));
        Assert.Null(reply.ReplyMarkup);
    }

    [Theory]
    [InlineData("how many US troops are in Iraq?", "en", "fb:+:", "Thanks for the feedback!")]
    [InlineData("شوكت يطلعون الامريكان من اربيل؟", "ar", "fb:-:", "شكراً على رأيك!")]
    public async Task FeedbackButton_PressedTwice_ThankedByToastsAndNoChatMessage(string question, string languageCode, string vote, string thanks)
    {
        await using var bot = await EndToEndBot.StartAsync();
        var answer = await bot.AskAsync(PrivateText(question, languageCode));
        var payload = answer.ButtonPayloads.Single(p => p.StartsWith(vote, StringComparison.Ordinal));

        var first = await bot.ExchangeAsync(CallbackQuery(Chat(PrivateUserId, "private"), PrivateUserId, payload, bot.Api.BotId, answer.MessageId, "cbq-vote-1"));
        var second = await bot.ExchangeAsync(CallbackQuery(Chat(PrivateUserId, "private"), PrivateUserId, payload, bot.Api.BotId, answer.MessageId, "cbq-vote-2"));

        Assert.Empty(first);
        Assert.Empty(second);
        var toasts = bot.Api.Calls("answerCallbackQuery").Where(c => c["callback_query_id"]!.StartsWith("cbq-vote-", StringComparison.Ordinal)).ToList();
        Assert.Equal(["cbq-vote-1", "cbq-vote-2"], toasts.Select(c => c["callback_query_id"]));
        Assert.All(toasts, c => Assert.StartsWith(thanks, c["text"], StringComparison.Ordinal));
    }

    [Fact]
    public async Task FeedbackVote_ForAnAnswerNotUnderTheTappedMessage_NotThankedButReadAsAStaleButton()
    {
        // Break 27: callback data a client made up ("fb:-:<any fact>") under any bot message was thanked and counted in /stats.
        await using var bot = await EndToEndBot.StartAsync();
        var answer = await bot.AskAsync(PrivateText("how many US troops are in Iraq?", "en"));
        var payload = answer.ButtonPayloads.Single(p => p.StartsWith("fb:-:", StringComparison.Ordinal));

        var reply = await bot.AskAsync(CallbackQuery(Chat(PrivateUserId, "private"), PrivateUserId, payload, bot.Api.BotId, answer.MessageId, "cbq-made-up", onItsKeyboard: false));

        var callback = Assert.Single(bot.Api.Calls("answerCallbackQuery"), c => c["callback_query_id"] == "cbq-made-up");
        Assert.Null(callback["text"]);
        Assert.Contains("/help", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SuggestionButton_TappedThreeTimesQuicklyInAGroup_OneAnswerInTheChatAndToastsForTheRepeats()
    {
        // Break 25 and 27: five quick taps posted the whole answer five times in the group.
        await using var bot = await EndToEndBot.StartAsync();
        var answer = await bot.AskAsync(GroupText("@" + bot.Api.BotUsername + " how many US troops are in Iraq?", userId: 7));
        var payload = answer.ButtonPayloads.First(p => p.StartsWith("q:", StringComparison.Ordinal));
        JsonObject Tap(string id) => CallbackQuery(Chat(GroupChatId, "supergroup"), 7, payload, bot.Api.BotId, answer.MessageId, id);

        var first = await bot.ExchangeAsync(Tap("cbq-tap-1"));
        var second = await bot.ExchangeAsync(Tap("cbq-tap-2"));
        var third = await bot.ExchangeAsync(Tap("cbq-tap-3"));
        bot.Time.Advance(TimeSpan.FromMinutes(1));
        var later = await bot.ExchangeAsync(Tap("cbq-tap-4"));

        Assert.Single(first);
        Assert.Empty(second);
        Assert.Empty(third);
        Assert.Single(later);
        Assert.All(
            bot.Api.Calls("answerCallbackQuery").Where(c => c["callback_query_id"] is "cbq-tap-2" or "cbq-tap-3"),
            c => Assert.Equal("Answered just above ↑", c["text"]));
    }

    [Fact]
    public async Task SuggestionButton_Tapped_CallbackAnsweredWithoutToastAndAnswerSentToTheChat()
    {
        await using var bot = await EndToEndBot.StartAsync();
        var answer = await bot.AskAsync(PrivateText("how many US troops are in Iraq?", "en"));
        var payload = answer.ButtonPayloads.First(p => p.StartsWith("q:", StringComparison.Ordinal));

        var sent = await bot.ExchangeAsync(CallbackQuery(Chat(PrivateUserId, "private"), PrivateUserId, payload, bot.Api.BotId, answer.MessageId, "cbq-question"));

        Assert.Single(sent);
        var callback = Assert.Single(bot.Api.Calls("answerCallbackQuery"), c => c["callback_query_id"] == "cbq-question");
        Assert.Null(callback["text"]);
    }

    [Fact]
    public async Task Group_TwoUsersAskAtOnce_EachFollowUpContinuesItsOwnTopic()
    {
        await using var bot = await EndToEndBot.StartAsync();
        const long alice = 7;
        const long bob = 8;
        var mention = "@" + bot.Api.BotUsername + " ";
        var erbil = GroupText(mention + "when do troops leave Erbil?", userId: alice);
        var troops = GroupText(mention + "how many troops in Iraq?", userId: bob);

        await bot.DeliverAsync(erbil, troops);
        var why = GroupText(mention + "why?", userId: alice);
        var followUp = await bot.AskAsync(why);

        var first = bot.Api.SentMessages.Single(m => m.ReplyToMessageId == MessageIdOf(erbil));
        var second = bot.Api.SentMessages.Single(m => m.ReplyToMessageId == MessageIdOf(troops));
        Assert.Contains(18, CitedParagraphs.In(first.Text));
        Assert.Contains(13, CitedParagraphs.In(second.Text));
        Assert.Equal(MessageIdOf(why), followUp.ReplyToMessageId);
        Assert.Contains(18, CitedParagraphs.In(followUp.Text));
        Assert.DoesNotContain(13, CitedParagraphs.In(followUp.Text));
        Assert.DoesNotContain("does not say", followUp.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("when do the troops leave erbil?", "why?", "operations against ISIS in Syria")]
    [InlineData("شوكت يطلعون الامريكان من اربيل؟", "ليش؟", "تسهيل العمليات الجارية ضد داعش في سوريا")]
    public async Task Group_WhyInReplyToTheBotsAnswerHalfAnHourLater_GivesTheReasonOfThatAnswer(string question, string why, string reason)
    {
        // Break 35 #7: the reply lost its context once the follow-up window closed ("About what, exactly?").
        await using var bot = await EndToEndBot.StartAsync();
        var answer = await bot.AskAsync(GroupText("@" + bot.Api.BotUsername + " " + question, userId: 7));
        await bot.AdvanceToAsync(bot.Time.GetUtcNow() + TimeSpan.FromMinutes(30));
        var reply = GroupText(why, userId: 8);
        reply["message"]!["reply_to_message"] = Message(Chat(GroupChatId, "supergroup"), User(bot.Api.BotId, "Withdrawal Bot", null, isBot: true), AsTelegramShowsIt(answer.Text), answer.MessageId);

        var followUp = await bot.AskAsync(reply);

        Assert.Equal([18], CitedParagraphs.In(answer.Text));
        Assert.Equal(MessageIdOf(reply), followUp.ReplyToMessageId);
        Assert.Contains(Html(reason), followUp.Text, StringComparison.Ordinal);
        Assert.Equal([18], CitedParagraphs.In(followUp.Text));
    }

    [Theory]
    [InlineData("fake or real?", "Germany, France and the UK have troops in the coalition", 16, "UK")]
    [InlineData("is this true?", "the deal was cancelled", 2, "not final")]
    [InlineData("صحيح؟", "الاتفاق انلغى", 2, "لم تكن الخطة نهائية")]
    public async Task Group_TruthQuestionInReplyToAnotherMembersRumour_ChecksTheRumourNotTheLastAnswer(string truthQuestion, string rumour, int paragraph, string said)
    {
        // Break 36 #1: "@bot is this true?" under a rumour with no figure re-quoted the asker's last answer (¶18) under it,
        // or asked "About what, exactly?".
        await using var bot = await EndToEndBot.StartAsync();
        var mention = "@" + bot.Api.BotUsername + " ";
        var erbil = await bot.AskAsync(GroupText(mention + "when do they leave erbil?", userId: 7));
        var posted = GroupText(rumour, userId: 8);
        Assert.Empty(await bot.ExchangeAsync(posted));
        var reply = GroupText(mention + truthQuestion, userId: 7);
        reply["message"]!["reply_to_message"] = posted["message"]!.DeepClone();

        var verdict = await bot.AskAsync(reply);

        Assert.Equal([18], CitedParagraphs.In(erbil.Text));
        Assert.Equal(MessageIdOf(reply), verdict.ReplyToMessageId);
        Assert.Contains(paragraph, CitedParagraphs.In(verdict.Text));
        Assert.DoesNotContain(18, CitedParagraphs.In(verdict.Text));
        Assert.Contains(Html(said), verdict.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("About what", verdict.Text, StringComparison.Ordinal);
    }

    private static long MessageIdOf(JsonObject update) => update["message"]!["message_id"]!.GetValue<long>();

    /// <summary>A sent HTML message as Telegram hands it back in reply_to_message: its text without tags or entities.</summary>
    private static string AsTelegramShowsIt(string html) => WebUtility.HtmlDecode(Tags().Replace(html, ""));

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();

    private static string Html(string text) => TelegramReplyRenderer.Escape(text);
}
