using WithdrawalBot.Core.Languages;
using WithdrawalBot.Core.Replies;

namespace WithdrawalBot.Core.Tests.Replies;

public sealed class ReplyTests
{
    [Fact]
    public void CitedParagraphs_TwoQuotesFromOneParagraph_EachNumberOnceBestFirst()
    {
        var reply = new Reply(Language.English, [new ReplyBlock(ReplyBlockKind.Paragraph, "x")])
        {
            Citations = [new Citation(21, "first"), new Citation(21, "second"), new Citation(3, "third"), new Citation(21, "first")],
        };

        Assert.Equal([21, 3], reply.CitedParagraphs);
        Assert.Equal(4, reply.Citations.Count);
    }

    [Fact]
    public void CitedParagraphs_NoCitation_Empty() =>
        Assert.Empty(new Reply(Language.Arabic, [new ReplyBlock(ReplyBlockKind.Paragraph, "x")]).CitedParagraphs);
}
