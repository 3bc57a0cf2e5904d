using WithdrawalBot.Core.Languages;
using WithdrawalBot.Core.Replies;
using WithdrawalBot.Discord.Adapter;

namespace WithdrawalBot.Discord.Tests.Adapter;

public sealed class DiscordReplyRendererTests
{
    private static Reply Of(params ReplyBlock[] blocks) => new(Language.English, blocks);

    [Fact]
    public void Render_Roles_HeadingBoldQuoteListAndSubtextFootnote()
    {
        var reply = Of(
            new(ReplyBlockKind.Heading, "Erbil"),
            new(ReplyBlockKind.Paragraph, "The plan, as reported."),
            new(ReplyBlockKind.Quote, "نهاية 2026"),
            new(ReplyBlockKind.ListItem, "one"),
            new(ReplyBlockKind.ListItem, "two"),
            new(ReplyBlockKind.Footnote, "Reuters, paragraph 18"));

        var content = Assert.Single(DiscordReplyRenderer.Render(reply)).Content;

        Assert.Equal("**Erbil**\n\nThe plan, as reported.\n\n> نهاية 2026\n\n\\- one\n\\- two\n\n-# Reuters, paragraph 18".Replace("\\- ", "- ", StringComparison.Ordinal), content);
    }

    [Fact]
    public void Render_UnansweredQuestionWithAMarkdownLink_ClosingQuoteStaysOutsideTheLink()
    {
        // Break 31 #9: the operator saw “what is the weather in \[Basra\](<https://evil.example)?”> with the quote inside the link.
        var at = new DateTimeOffset(2026, 11, 29, 12, 0, 0, TimeSpan.Zero);
        var asked = new Core.Storage.UnansweredQuestion(new Core.Messages.ChatAddress(Core.Messages.ChatPlatform.Discord, "700000000000000043"), "what is the weather in [Basra](https://evil.example)?", "en", 0.1, at);

        var content = Assert.Single(DiscordReplyRenderer.Render(Core.Admin.AdminReplies.Unanswered([asked], at, Language.English))).Content;

        Assert.EndsWith(@"discord — “what is the weather in \[Basra\](<https://evil.example>)?”", content, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Language.English, "paragraph 21 ")]
    [InlineData(Language.Arabic, "الفقرة 21 ")]
    public void Render_AnswerQuotingOneParagraphTwice_NamesTheParagraphOnce(Language language, string paragraph)
    {
        var knowledge = Core.Knowledge.KnowledgeLoader.Load(Path.Combine(AppContext.BaseDirectory, "knowledge"));
        var composer = new ReplyComposer(knowledge, new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2026, 11, 29, 12, 0, 0, TimeSpan.Zero)));
        var reply = composer.Answer(knowledge.Facts.Single(f => f.Id == "us-forces-shot-down-missiles-at-israel"), language, 1);

        var content = string.Join("\n", DiscordReplyRenderer.Render(reply).Select(b => b.Content));

        Assert.Contains(paragraph, content, StringComparison.Ordinal);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(content, @"\b21\b"));
    }

    [Fact]
    public void Render_2500CodePointsOfSentences_SplitsAtSentenceEndsWithinLimit()
    {
        var sentence = "Hundreds of troops leave by September 2025 😀. ";
        var reply = Of(new ReplyBlock(ReplyBlockKind.Paragraph, string.Concat(Enumerable.Repeat(sentence, 56)).Trim()));
        Assert.InRange(DiscordReplyRenderer.CodePoints(reply.Blocks[0].Text), 2500, 2700);

        var parts = DiscordReplyRenderer.Render(reply);

        Assert.Equal(2, parts.Count);
        Assert.All(parts, p => Assert.InRange(DiscordReplyRenderer.CodePoints(p.Content!), 1, 2000));
        Assert.EndsWith("😀.", parts[0].Content, StringComparison.Ordinal);
        Assert.Equal(reply.Blocks[0].Text.Replace(" ", "", StringComparison.Ordinal), string.Concat(parts.Select(p => p.Content)).Replace(" ", "", StringComparison.Ordinal));
    }

    [Fact]
    public void Render_CodePointsNotUtf16Units_EmojiTextUpToTheLimitStaysOneMessage()
    {
        var text = string.Concat(Enumerable.Repeat("😀", 2000));
        Assert.Equal(4000, text.Length);

        var parts = DiscordReplyRenderer.Render(Of(new ReplyBlock(ReplyBlockKind.Paragraph, text)));

        Assert.Single(parts);
    }

    [Fact]
    public void Render_OneHugeWordWithMarkup_HardSplitNeverBreaksAnEscapeOrASurrogatePair()
    {
        var text = string.Concat(Enumerable.Repeat("*😀", 1500));

        var parts = DiscordReplyRenderer.Render(Of(new ReplyBlock(ReplyBlockKind.Paragraph, text)));

        Assert.True(parts.Count >= 3);
        Assert.All(parts, p =>
        {
            Assert.InRange(DiscordReplyRenderer.CodePoints(p.Content!), 1, 2000);
            Assert.False(p.Content!.EndsWith('\\'));
            Assert.DoesNotContain(p.Content!, char.IsSurrogate(p.Content![^1]) && !char.IsLowSurrogate(p.Content![^1]) ? "x" : "\uFFFD");
        });
        Assert.Equal(text, string.Concat(parts.Select(p => p.Content)).Replace("\\", "", StringComparison.Ordinal));
    }

    [Fact]
    public void Render_ReplyTo_OnlyFirstPartReferencesTheQuestionAndButtonsOnlyOnLast()
    {
        var reply = Of(new ReplyBlock(ReplyBlockKind.Paragraph, string.Concat(Enumerable.Repeat("Word. ", 500))))
            with { Buttons = [new("Why?", "q:why"), new("Erbil?", "q:erbil")] };

        var parts = DiscordReplyRenderer.Render(reply, "42");

        Assert.Equal("42", parts[0].MessageReference?.MessageId);
        Assert.False(parts[0].MessageReference?.FailIfNotExists);
        Assert.All(parts.Skip(1), p => Assert.Null(p.MessageReference));
        Assert.All(parts.SkipLast(1), p => Assert.Null(p.Components));
        Assert.Equal(2, parts[^1].Components![0].Components!.Count);
        Assert.All(parts, p => Assert.Empty(p.AllowedMentions!.Parse));
    }

    [Fact]
    public void Buttons_TwelveButtons_RowsOfFiveWithLabelsTrimmedAndBadPayloadsDropped()
    {
        var buttons = Enumerable.Range(0, 12).Select(i => new ReplyButton(new string('x', 100), $"q:{i}")).Append(new ReplyButton("bad", "")).ToArray();

        var rows = DiscordReplyRenderer.Buttons(buttons);

        Assert.Equal([5, 5, 2], rows.Select(r => r.Components!.Count));
        Assert.All(rows, r => Assert.Equal(1, r.Type));
        Assert.All(rows.SelectMany(r => r.Components!), b =>
        {
            Assert.Equal(2, b.Type);
            Assert.InRange(b.Label!.Length, 1, 80);
            Assert.InRange(b.CustomId!.Length, 1, 100);
        });
    }

    [Fact]
    public void Render_EmptyBlocks_StillSendsSomething()
    {
        var parts = DiscordReplyRenderer.Render(Of(new ReplyBlock(ReplyBlockKind.Paragraph, "   ")));

        Assert.False(string.IsNullOrWhiteSpace(Assert.Single(parts).Content));
    }
}
