using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using WithdrawalBot.Core.Languages;
using WithdrawalBot.Core.Replies;
using WithdrawalBot.Telegram.Rendering;

namespace WithdrawalBot.Telegram.Tests.Rendering;

public sealed partial class TelegramReplyRendererTests
{
    [Theory]
    [InlineData("<b>bold</b>", "&lt;b&gt;bold&lt;/b&gt;")]
    [InlineData("R&D > 5 < 7", "R&amp;D &gt; 5 &lt; 7")]
    [InlineData("&amp; already", "&amp;amp; already")]
    [InlineData("*markdown* _stays_ `as is`", "*markdown* _stays_ `as is`")]
    [InlineData("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;")]
    public void Render_MarkupCharacters_Escaped(string text, string expected)
    {
        var rendered = TelegramReplyRenderer.Render(Reply(Language.English, new ReplyBlock(ReplyBlockKind.Paragraph, text)));

        Assert.Equal(expected, Assert.Single(rendered.Parts));
    }

    [Fact]
    public void Render_BlockKinds_BoldQuoteItalicBullets()
    {
        var reply = Reply(
            Language.English,
            new ReplyBlock(ReplyBlockKind.Heading, "Withdrawal plan"),
            new ReplyBlock(ReplyBlockKind.Paragraph, "Forces leave in two phases."),
            new ReplyBlock(ReplyBlockKind.ListItem, "September 2025"),
            new ReplyBlock(ReplyBlockKind.ListItem, "End of 2026"),
            new ReplyBlock(ReplyBlockKind.Quote, "ستغادر القوات"),
            new ReplyBlock(ReplyBlockKind.Footnote, "Source: Reuters, paragraph 2"));

        var html = Assert.Single(TelegramReplyRenderer.Render(reply).Parts);

        Assert.Equal(
            "<b>Withdrawal plan</b>\n\nForces leave in two phases.\n\n• September 2025\n• End of 2026\n\n<blockquote>ستغادر القوات</blockquote>\n\n<i>Source: Reuters, paragraph 2</i>",
            html);
    }

    [Fact]
    public void Render_ArabicReply_EveryBlockStartsRightToLeft()
    {
        var reply = Reply(
            Language.Arabic,
            new ReplyBlock(ReplyBlockKind.Paragraph, "2026 نهاية العام"),
            new ReplyBlock(ReplyBlockKind.ListItem, "Erbil أربيل"),
            new ReplyBlock(ReplyBlockKind.Quote, "Reuters رويترز"));

        var html = Assert.Single(TelegramReplyRenderer.Render(reply).Parts);

        Assert.StartsWith("\u200F2026", html, StringComparison.Ordinal);
        Assert.Contains("\u200F• Erbil", html, StringComparison.Ordinal);
        Assert.Contains("<blockquote>\u200FReuters", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_EnglishReply_NoRightToLeftMark()
    {
        var html = Assert.Single(TelegramReplyRenderer.Render(Reply(Language.English, new ReplyBlock(ReplyBlockKind.Paragraph, "Erbil"))).Parts);

        Assert.DoesNotContain('\u200F', html);
    }

    [Fact]
    public void Render_5000CharacterParagraph_SplitUnder4096OnSentenceBoundaries()
    {
        var sentences = Enumerable.Range(1, 80).Select(i => $"Sentence {i} says the coalition leaves Ain al-Asad & Baghdad <soon>.").ToList();
        var text = string.Join(" ", sentences);
        Assert.True(text.Length > 5000);

        var parts = TelegramReplyRenderer.Render(Reply(Language.English, new ReplyBlock(ReplyBlockKind.Paragraph, text))).Parts;

        Assert.True(parts.Count >= 2);
        Assert.All(parts, p => Assert.InRange(p.Length, 1, TelegramReplyRenderer.MaxMessageLength));
        Assert.All(parts, p => Assert.EndsWith(".", p, StringComparison.Ordinal));
        Assert.Equal(text, string.Join(" ", parts.Select(WebUtility.HtmlDecode)));
    }

    [Fact]
    public void Render_LongQuote_EachPartClosesItsOwnTags()
    {
        var text = string.Join(" ", Enumerable.Repeat("قالت المصادر إن القوات ستغادر.", 300));

        var parts = TelegramReplyRenderer.Render(Reply(Language.Arabic, new ReplyBlock(ReplyBlockKind.Quote, text))).Parts;

        Assert.True(parts.Count >= 2);
        Assert.All(parts, p =>
        {
            Assert.InRange(p.Length, 1, TelegramReplyRenderer.MaxMessageLength);
            Assert.StartsWith("<blockquote>\u200F", p, StringComparison.Ordinal);
            Assert.EndsWith("</blockquote>", p, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Render_100KbWithoutSentences_SplitNeverInsideAnEntity()
    {
        var text = string.Concat(Enumerable.Repeat("&<>x", 25_000));

        var parts = TelegramReplyRenderer.Render(Reply(Language.English, new ReplyBlock(ReplyBlockKind.Paragraph, text))).Parts;

        Assert.All(parts, p =>
        {
            Assert.InRange(p.Length, 1, TelegramReplyRenderer.MaxMessageLength);
            Assert.Matches(WholeEntities(), p);
        });
        Assert.Equal(text, string.Concat(parts.Select(WebUtility.HtmlDecode)));
    }

    [Fact]
    public void Render_ManyBlocks_PackedBetweenBlocksUnderTheLimit()
    {
        var blocks = Enumerable.Range(1, 60).Select(i => new ReplyBlock(ReplyBlockKind.ListItem, new string('x', 100) + i)).ToArray();

        var parts = TelegramReplyRenderer.Render(Reply(Language.English, blocks)).Parts;

        Assert.Equal(2, parts.Count);
        Assert.All(parts, p => Assert.All(p.Split('\n'), line => Assert.StartsWith("• ", line, StringComparison.Ordinal)));
    }

    [Fact]
    public void Render_Buttons_OneButtonPerRowWithPayloads()
    {
        var reply = Reply(Language.English, new ReplyBlock(ReplyBlockKind.Paragraph, "Answer")) with
        {
            Buttons = [new ReplyButton("And Erbil?", "q:erbil"), new ReplyButton("Why?", "q:why")],
        };

        var rendered = TelegramReplyRenderer.Render(reply);

        var rows = rendered.Keyboard!.InlineKeyboard.Select(r => r.ToList()).ToList();
        Assert.Equal(2, rows.Count);
        Assert.All(rows, r => Assert.Single(r));
        Assert.Equal(["q:erbil", "q:why"], rows.Select(r => r[0].CallbackData));
        Assert.Empty(rendered.DroppedButtons);
    }

    [Fact]
    public void Render_PayloadOver64Bytes_ButtonDropped()
    {
        var tooLong = new ReplyButton("وأربيل؟", "q:" + new string('ب', 32));
        var fits = new ReplyButton("Why?", "q:why");
        Assert.True(Encoding.UTF8.GetByteCount(tooLong.Payload) > 64);
        var reply = Reply(Language.Arabic, new ReplyBlock(ReplyBlockKind.Paragraph, "Answer")) with { Buttons = [tooLong, fits] };

        var rendered = TelegramReplyRenderer.Render(reply);

        Assert.Equal(tooLong, Assert.Single(rendered.DroppedButtons));
        Assert.Equal("q:why", Assert.Single(rendered.Keyboard!.InlineKeyboard.SelectMany(r => r)).CallbackData);
    }

    [Fact]
    public void Render_NoButtons_NoKeyboard()
    {
        Assert.Null(TelegramReplyRenderer.Render(Reply(Language.English, new ReplyBlock(ReplyBlockKind.Paragraph, "x"))).Keyboard);
    }

    private static Reply Reply(Language language, params ReplyBlock[] blocks) => new(language, blocks);

    /// <summary>Every '&amp;' starts a whole entity, and no '&lt;' or '&gt;' is left bare.</summary>
    [GeneratedRegex("^(?:[^&<>]|&amp;|&lt;|&gt;)*$")]
    private static partial Regex WholeEntities();
}
