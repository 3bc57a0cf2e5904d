using WithdrawalBot.Core.Text;

namespace WithdrawalBot.Core.Tests.Text;

public sealed class TextCleanerTests
{
    [Theory]
    [InlineData("\u200Fمتى\u200E", " متى ")]
    [InlineData("a\u202Eb\u2066c\u2069", "a b c ")]
    [InlineData("x\u0000y\u0007z", "x y z")]
    [InlineData("hi 👍", "hi   ")]
    public void ForMatching_NoiseCharacters_BecomeSpaces(string input, string expected) =>
        Assert.Equal(expected, TextCleaner.ForMatching(input));

    [Fact]
    public void ForMatching_HugePaste_KeepsOnlyTheFirstThousandCharacters()
    {
        var paste = string.Concat(Enumerable.Repeat("when do troops leave erbil? ", 4000));

        var cleaned = TextCleaner.ForMatching(paste);

        Assert.Equal(TextCleaner.MaxMatchLength, cleaned.Length);
    }

    [Theory]
    [InlineData("", false)]
    [InlineData(" \t\n ", false)]
    [InlineData("👍🔥", false)]
    [InlineData("\u200F\u200E", false)]
    [InlineData("?!...", false)]
    [InlineData("؟", false)]
    [InlineData("a", true)]
    [InlineData("٢", true)]
    public void HasContent_Text_TellsWhetherAnythingCanBeMatched(string text, bool expected) =>
        Assert.Equal(expected, TextCleaner.HasContent(TextCleaner.ForMatching(text)));
}
