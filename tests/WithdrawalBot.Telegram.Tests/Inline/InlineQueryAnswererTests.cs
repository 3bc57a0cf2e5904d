using Moq;
using WithdrawalBot.Core.Messages;
using WithdrawalBot.Core.Replies;
using WithdrawalBot.Telegram.Tests.Fakes;
using static WithdrawalBot.Telegram.Tests.Fakes.TelegramUpdates;

namespace WithdrawalBot.Telegram.Tests.Inline;

/// <summary>Inline queries end to end: fake Bot API, real client, Moq'd router.</summary>
public sealed class InlineQueryAnswererTests
{
    [Fact]
    public async Task AnswerAsync_Query_UpToThreeCitedArticles()
    {
        await using var harness = await TelegramHarness.StartAsync();
        var answer = TelegramHarness.Answer("Coalition presence in Erbil ends about the end of 2026 <plan>.") with
        {
            Citations = [new Citation(18, "أربيل")],
            Buttons = [new ReplyButton("Why?", "q:why"), new ReplyButton("And Baghdad?", "q:bgd"), new ReplyButton("And Ain al-Asad?", "q:asad"), new ReplyButton("👍", "fb:up")],
        };
        harness.Router.Setup(r => r.HandleAsync(It.IsAny<IncomingMessage>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((IncomingMessage m, CancellationToken _) => m.Text == "erbil" ? answer : TelegramHarness.Answer("Answer to " + m.Text));

        await harness.DeliverAsync(InlineQuery("erbil", queryId: "iq-9"));

        var call = Assert.Single(harness.Api.Calls("answerInlineQuery"));
        Assert.Equal("iq-9", call["inline_query_id"]);
        var results = call.Body["results"]!.AsArray();
        Assert.Equal(3, results.Count);
        Assert.All(results, r => Assert.Equal("article", (string)r!["type"]!));
        Assert.Equal(["erbil", "Why?", "And Baghdad?"], results.Select(r => (string)r!["title"]!));
        Assert.Equal("Coalition presence in Erbil ends about the end of 2026 &lt;plan&gt;.", (string)results[0]!["input_message_content"]!["message_text"]!);
        Assert.StartsWith("¶ 18", (string)results[0]!["description"]!, StringComparison.Ordinal);
        harness.Router.Verify(r => r.HandleAsync(It.Is<IncomingMessage>(m => m.Kind == ChatKind.Private && m.Chat.ChatId == "42"), It.IsAny<CancellationToken>()), Times.AtLeastOnce);
    }

    [Fact]
    public async Task AnswerAsync_EmptyQuery_HelpRouted()
    {
        await using var harness = await TelegramHarness.StartAsync();

        await harness.DeliverAsync(InlineQuery(""));

        harness.Router.Verify(r => r.HandleAsync(It.Is<IncomingMessage>(m => m.Command!.Name == "help"), It.IsAny<CancellationToken>()), Times.Once);
        Assert.Single(harness.Api.Calls("answerInlineQuery")[0].Body["results"]!.AsArray());
    }

    [Fact]
    public async Task AnswerAsync_RouterSilent_EmptyResultsStillAnswered()
    {
        await using var harness = await TelegramHarness.StartAsync();
        harness.Router.Setup(r => r.HandleAsync(It.IsAny<IncomingMessage>(), It.IsAny<CancellationToken>())).ReturnsAsync((Reply?)null);

        await harness.DeliverAsync(InlineQuery("x"));

        Assert.Empty(Assert.Single(harness.Api.Calls("answerInlineQuery")).Body["results"]!.AsArray());
    }
}
