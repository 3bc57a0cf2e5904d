using System.Text.Json;
using WithdrawalBot.Core.Languages;
using WithdrawalBot.Core.Replies;
using WithdrawalBot.Terminal;
using WithdrawalBot.Tests.Support;

namespace WithdrawalBot.Tests.Terminal;

public sealed class ReplyJsonTests
{
    [Fact]
    public void Format_Reply_WritesTheContractFieldsInOrderOnOneLine()
    {
        var line = ReplyJson.Format("When do they leave Erbil?", FakeRouter.Echo("When do they leave Erbil?"));
        using var json = JsonDocument.Parse(line);
        var root = json.RootElement;

        Assert.DoesNotContain('\n', line);
        Assert.Equal(["question", "language", "intent", "answered", "confidence", "text", "citations"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("When do they leave Erbil?", root.GetProperty("question").GetString());
        Assert.Equal("en", root.GetProperty("language").GetString());
        Assert.Equal("fact", root.GetProperty("intent").GetString());
        Assert.True(root.GetProperty("answered").GetBoolean());
        Assert.Equal(0.875, root.GetProperty("confidence").GetDouble());
        Assert.Equal("echo: When do they leave Erbil?\n\n— Paragraph 18", root.GetProperty("text").GetString());
        var citation = Assert.Single(root.GetProperty("citations").EnumerateArray().ToList());
        Assert.Equal(18, citation.GetProperty("paragraph").GetInt32());
        Assert.Equal("أربيل", citation.GetProperty("quote").GetString());
    }

    [Fact]
    public void Format_CitationsRepeatingAParagraph_KeepsEachQuoteOnceBestFirst()
    {
        var reply = FakeRouter.Echo("x") with
        {
            Citations = [new Citation(21, "first passage"), new Citation(21, "second passage"), new Citation(2, "other"), new Citation(21, "first passage")],
        };

        var citations = JsonDocument.Parse(ReplyJson.Format("x", reply)).RootElement.GetProperty("citations").EnumerateArray()
            .Select(c => (c.GetProperty("paragraph").GetInt32(), c.GetProperty("quote").GetString())).ToList();

        Assert.Equal([(21, "first passage"), (21, "second passage"), (2, "other")], citations);
    }

    [Fact]
    public void Format_AParagraphCitedAgainAfterAnother_ListsItsQuotesSideBySideAndEachPairOnce()
    {
        var reply = FakeRouter.Echo("x") with
        {
            Citations = [new Citation(2, "a"), new Citation(17, "b"), new Citation(23, "c"), new Citation(2, "d"), new Citation(18, "e"), new Citation(17, "b")],
        };

        var citations = JsonDocument.Parse(ReplyJson.Format("x", reply)).RootElement.GetProperty("citations").EnumerateArray()
            .Select(c => (c.GetProperty("paragraph").GetInt32(), c.GetProperty("quote").GetString())).ToList();

        Assert.Equal([(2, "a"), (2, "d"), (17, "b"), (23, "c"), (18, "e")], citations);
    }

    [Fact]
    public void Format_ArabicAndMarkup_WrittenReadableAndStillValidJson()
    {
        var reply = new Reply(Language.Arabic, [new ReplyBlock(ReplyBlockKind.Paragraph, "بحسب التقرير <b>\"أربيل\"</b> & \u202Bنص")]);

        var line = ReplyJson.Format("شوكت يطلعون؟", reply);

        Assert.Contains("شوكت يطلعون؟", line, StringComparison.Ordinal);
        Assert.Equal("بحسب التقرير <b>\"أربيل\"</b> & \u202Bنص", JsonDocument.Parse(line).RootElement.GetProperty("text").GetString());
        Assert.Equal("ar", JsonDocument.Parse(line).RootElement.GetProperty("language").GetString());
    }

    [Theory]
    [InlineData("شنو الخبر", "ar")]
    [InlineData("😀", "en")]
    public void Format_Silence_SaysIntentNoneWithEmptyTextAndNoCitations(string question, string language)
    {
        using var json = JsonDocument.Parse(ReplyJson.Format(question, null));
        var root = json.RootElement;

        Assert.Equal(ReplyJson.SilentIntent, root.GetProperty("intent").GetString());
        Assert.Equal(language, root.GetProperty("language").GetString());
        Assert.False(root.GetProperty("answered").GetBoolean());
        Assert.Equal("", root.GetProperty("text").GetString());
        Assert.Empty(root.GetProperty("citations").EnumerateArray());
    }
}
