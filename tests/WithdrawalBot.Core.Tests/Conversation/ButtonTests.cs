using WithdrawalBot.Core.Languages;
using WithdrawalBot.Core.Messages;
using WithdrawalBot.Core.Routing;
using WithdrawalBot.Core.Tests.Support;

namespace WithdrawalBot.Core.Tests.Conversation;

public sealed class ButtonTests
{
    [Fact]
    public async Task HandleAsync_SuggestionTapped_AnswersThatFactInTheConversationLanguage()
    {
        var bot = new RouterFixture();
        var answer = await bot.SendAsync(RouterFixture.Private("شوكت يطلعون الامريكان من اربيل؟"));
        var suggestion = answer!.Buttons.First(b => b.Payload.StartsWith("q:", StringComparison.Ordinal));

        var reply = await bot.SendAsync(RouterFixture.Button(suggestion.Payload));

        Assert.Equal(Language.Arabic, reply!.Language);
        Assert.True(reply.Answered);
        Assert.Equal(suggestion.Payload, "q:" + reply.Buttons.Single(b => b.Payload.StartsWith("fb:+:", StringComparison.Ordinal)).Payload[5..]);
    }

    [Fact]
    public async Task HandleAsync_SuggestionTappedInGroupWithoutMention_IsAnswered()
    {
        var bot = new RouterFixture();

        var reply = await bot.SendAsync(RouterFixture.Button("q:troops-in-iraq", ChatKind.Group));

        Assert.Equal([13], RouterFixture.Paragraphs(reply));
        Assert.Equal(Language.English, reply!.Language);
    }

    [Theory]
    [InlineData("q:no-such-fact")]
    [InlineData("fb:+:no-such-fact")]
    [InlineData("q:")]
    [InlineData("rm -rf /")]
    [InlineData("fb:?:erbil-stay")]
    [InlineData("q:erbil-stay-and-a-lot-more-text-than-any-payload-may-ever-hold")]
    [InlineData("")]
    public async Task HandleAsync_StaleOrForgedPayload_IsAnsweredPolitely(string payload)
    {
        var bot = new RouterFixture();

        var reply = await bot.SendAsync(RouterFixture.Button(payload));

        Assert.Equal("stale-button", reply!.Intent);
        Assert.False(reply.Answered);
        Assert.Empty(bot.Feedback.Entries);
    }

    [Fact]
    public async Task HandleAsync_FeedbackTapped_RecordsRatingWithQuestionAndParagraphs()
    {
        var bot = new RouterFixture();
        await bot.SendAsync(RouterFixture.Private("When will troops leave Erbil?", userId: "u9"));

        var reply = await bot.SendAsync(RouterFixture.Button("fb:-:erbil-stay", userId: "u9"));

        Assert.Equal("feedback", reply!.Intent);
        var entry = Assert.Single(bot.Feedback.Entries);
        Assert.Equal(("erbil-stay", false, "u9"), (entry.FactId, entry.Helpful, entry.UserId));
        Assert.Equal([18], entry.Paragraphs);
        Assert.Equal("When will troops leave Erbil?", entry.Question);
        Assert.Equal(RouterFixture.Now, entry.RatedAt);
    }

    [Fact]
    public async Task HandleAsync_FeedbackFromAnotherUser_RecordsWithoutTheirQuestion()
    {
        var bot = new RouterFixture();
        await bot.SendAsync(RouterFixture.Group("When will troops leave Erbil?", userId: "alice", addressed: true));

        await bot.SendAsync(RouterFixture.Button("fb:+:erbil-stay", ChatKind.Group, userId: "bob"));

        var entry = Assert.Single(bot.Feedback.Entries);
        Assert.Null(entry.Question);
        Assert.True(entry.Helpful);
    }

    [Theory]
    [InlineData("q:erbil-stay", ButtonActionKind.Question)]
    [InlineData("fb:+:erbil-stay", ButtonActionKind.Helpful)]
    [InlineData("fb:-:erbil-stay", ButtonActionKind.NotHelpful)]
    public void Parse_OwnPayloads_RoundTrip(string payload, ButtonActionKind kind) =>
        Assert.Equal(new ButtonAction(kind, "erbil-stay"), ButtonPayloads.Parse(payload));

    [Fact]
    public void Question_OverlongId_IsRejected() =>
        Assert.Throws<ArgumentException>(() => ButtonPayloads.Question(new string('x', 63)));
}
