using WithdrawalBot.Telegram.Rendering;

namespace WithdrawalBot.Telegram.Tests.Rendering;

public sealed class TextSplitterTests
{
    [Fact]
    public void Split_FitsTheBudget_OnePieceUnchanged()
    {
        Assert.Equal(["Short text."], TextSplitter.Split("Short text.", 100, t => t));
    }

    [Theory]
    [InlineData("متى ينسحبون؟ بعد شهر. ", "؟")]
    [InlineData("When do they leave? In a month. ", "?")]
    [InlineData("They leave! Really. ", "!")]
    [InlineData("He said \"they leave.\" Then left. ", "\"")]
    [InlineData("first line\nsecond line\n", "e")]
    public void Split_Sentences_PiecesEndAtSentenceBoundaries(string sentence, string ending)
    {
        var text = string.Concat(Enumerable.Repeat(sentence, 40));

        var pieces = TextSplitter.Split(text, 120, t => t);

        Assert.All(pieces, p => Assert.InRange(p.Length, 1, 120));
        Assert.All(pieces, p => Assert.True(p.EndsWith(ending, StringComparison.Ordinal) || p.EndsWith('.'), p));
        Assert.Equal(string.Join(" ", text.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries)), string.Join(" ", pieces.SelectMany(p => p.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries))));
    }

    [Fact]
    public void Split_EscapingGrowsTheText_BudgetCountsEscapedLength()
    {
        var text = string.Concat(Enumerable.Repeat("a & b. ", 50));

        var pieces = TextSplitter.Split(text, 60, TelegramReplyRenderer.Escape);

        Assert.All(pieces, p => Assert.InRange(TelegramReplyRenderer.Escape(p).Length, 1, 60));
    }

    [Fact]
    public void Split_EmojiWithoutSpaces_NeverSplitsASurrogatePair()
    {
        var text = string.Concat(Enumerable.Repeat("👍", 100));

        var pieces = TextSplitter.Split(text, 15, t => t);

        Assert.All(pieces, p => Assert.False(char.IsHighSurrogate(p[^1]) || char.IsLowSurrogate(p[0])));
        Assert.Equal(text, string.Concat(pieces));
    }
}
