using WithdrawalBot.Discord.Adapter;

namespace WithdrawalBot.Discord.Tests.Adapter;

public sealed class DiscordMarkdownTests
{
    [Theory]
    [InlineData("*bold*", @"\*bold\*")]
    [InlineData("__under__", @"\_\_under\_\_")]
    [InlineData("~~strike~~", @"\~\~strike\~\~")]
    [InlineData("`code`", @"\`code\`")]
    [InlineData("||spoiler||", @"\|\|spoiler\|\|")]
    [InlineData("> quote", @"\> quote")]
    [InlineData("# heading", @"\# heading")]
    [InlineData("- item", @"\- item")]
    [InlineData(@"back\slash", @"back\\slash")]
    [InlineData("[link](http://example.org)", @"\[link\](<http://example.org>)")]
    [InlineData("1. first", @"1\. first")]
    [InlineData("version 2.5", "version 2.5")]
    [InlineData("<@123> and <#456>", @"\<@123\> and \<\#456\>")]
    [InlineData("متى ينسحب الأمريكان؟", "متى ينسحب الأمريكان؟")]
    public void Escape_MarkdownCharacters_ShownAsTyped(string text, string expected) =>
        Assert.Equal(expected, DiscordMarkdown.Escape(text));

    [Theory]
    [InlineData("@everyone look")]
    [InlineData("@here look")]
    [InlineData("@EVERYONE look")]
    public void Escape_MassMentions_Neutralised(string text)
    {
        var escaped = DiscordMarkdown.Escape(text);

        Assert.DoesNotMatch("(?i)@(everyone|here)", escaped);
        Assert.Contains("@\u200B", escaped, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("“what is the weather in [Basra](https://evil.example)?”", @"“what is the weather in \[Basra\](<https://evil.example>)?”")]
    [InlineData("“https://evil.example”", "“<https://evil.example>”")]
    [InlineData("«https://evil.example/a»!", "«<https://evil.example/a>»!")]
    [InlineData("see (https://evil.example/a?b=1).", "see (<https://evil.example/a?b=1>).")]
    public void Escape_LinkFollowedByPunctuationOrAClosingQuote_LinkEndsBeforeThem(string text, string expected)
    {
        // Break 31 #9: /unanswered quotes the question in “…”, and the <…> that suppresses the embed swallowed ")?”".
        Assert.Equal(expected, DiscordMarkdown.Escape(text));
    }

    [Fact]
    public void Escape_Link_KeptClickableWithoutPreview()
    {
        Assert.Equal("see <https://www.reuters.com/world/a_b-c>.", DiscordMarkdown.Escape("see https://www.reuters.com/world/a_b-c."));
    }
}
