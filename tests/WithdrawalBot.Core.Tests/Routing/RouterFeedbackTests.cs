using WithdrawalBot.Core.Languages;
using WithdrawalBot.Core.Messages;
using WithdrawalBot.Core.Replies;
using WithdrawalBot.Core.Tests.Support;

namespace WithdrawalBot.Core.Tests.Routing;

/// <summary>"Was this helpful?" taps: thanked in the answer's language, whoever taps and however late.</summary>
public sealed class RouterFeedbackTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task HandleAsync_LateFeedbackTapOnArabicAnswerFromEnglishClient_ThanksInArabicAndRecords(bool helpful)
    {
        var bot = new RouterFixture();
        var answer = await bot.SendAsync(RouterFixture.Group("شوكت يطلعون الامريكان من اربيل؟", userId: "alice", addressed: true));
        var button = answer!.Buttons.Single(b => b.Payload.StartsWith(helpful ? "fb:+:" : "fb:-:", StringComparison.Ordinal));
        bot.Time.Advance(TimeSpan.FromDays(3));

        var thanks = await bot.SendAsync(Tap(button.Payload, ChatKind.Group, "bob", "en-US"));

        Assert.Equal(ReplyComposer.FeedbackIntent, thanks!.Intent);
        Assert.Equal(Language.Arabic, thanks.Language);
        var entry = Assert.Single(bot.Feedback.Entries);
        Assert.Equal(("erbil-stay", helpful, "bob"), (entry.FactId, entry.Helpful, entry.UserId));
    }

    [Fact]
    public async Task HandleAsync_FeedbackTapOnEnglishAnswerFromArabicClient_ThanksInEnglish()
    {
        var bot = new RouterFixture();
        var answer = await bot.SendAsync(RouterFixture.Private("When will troops leave Erbil?", userId: "u1"));
        var button = answer!.Buttons.Single(b => b.Payload.StartsWith("fb:+:", StringComparison.Ordinal));

        var thanks = await bot.SendAsync(Tap(button.Payload, ChatKind.Private, "u2", "ar"));

        Assert.Equal(Language.English, thanks!.Language);
    }

    [Theory]
    [InlineData("fb:+:erbil-stay", "ar", Language.Arabic)]
    [InlineData("fb:-:erbil-stay", "en", Language.English)]
    [InlineData("fb:-:erbil-stay", null, Language.English)]
    public async Task HandleAsync_OldFeedbackPayloadWithoutLanguage_ThanksPolitelyInTheTappersLanguageAndRecords(string payload, string? clientLanguage, Language expected)
    {
        var bot = new RouterFixture();

        var thanks = await bot.SendAsync(Tap(payload, ChatKind.Private, "u3", clientLanguage));

        Assert.Equal(ReplyComposer.FeedbackIntent, thanks!.Intent);
        Assert.Equal(expected, thanks.Language);
        Assert.Equal("erbil-stay", Assert.Single(bot.Feedback.Entries).FactId);
    }

    [Fact]
    public async Task HandleAsync_OldFeedbackPayloadAfterAnArabicConversation_ThanksInTheConversationLanguage()
    {
        var bot = new RouterFixture();
        await bot.SendAsync(RouterFixture.Private("شوكت يطلعون الامريكان من اربيل؟", userId: "u4"));

        var thanks = await bot.SendAsync(Tap("fb:+:erbil-stay", ChatKind.Private, "u4", "en"));

        Assert.Equal(Language.Arabic, thanks!.Language);
    }

    [Fact]
    public async Task HandleAsync_FeedbackOnAFollowUpAnswer_RecordsTheUsersOwnWordsNotTheMergedQuestion()
    {
        var bot = Evaluation.EvaluationSet.Bot();
        await bot.SendAsync(RouterFixture.Private("how long will the coalition stay in Erbil?", userId: "alice"));
        var answer = await bot.SendAsync(RouterFixture.Private("why?", userId: "alice"));
        Assert.True(answer!.Answered);
        var button = answer.Buttons.Single(b => b.Payload.StartsWith("fb:-:", StringComparison.Ordinal));

        await bot.SendAsync(Tap(button.Payload, ChatKind.Private, "alice", "en"));

        Assert.Equal("why?", Assert.Single(bot.Feedback.Entries).Question);
    }

    private static IncomingMessage Tap(string payload, ChatKind kind, string userId, string? clientLanguage) =>
        new(kind == ChatKind.Private ? RouterFixture.PrivateChat : RouterFixture.GroupChat, kind, new Sender(userId, "User", clientLanguage), "") { ButtonPayload = payload };
}
