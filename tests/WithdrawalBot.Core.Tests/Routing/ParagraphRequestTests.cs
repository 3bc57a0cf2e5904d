using WithdrawalBot.Core.Routing;

namespace WithdrawalBot.Core.Tests.Routing;

public sealed class ParagraphRequestTests
{
    [Theory]
    [InlineData("What does paragraph 13 say?", 13)]
    [InlineData("para 2 please", 2)]
    [InlineData("Paragraph #7", 7)]
    [InlineData("¶18", 18)]
    [InlineData("شنو تقول الفقرة 18؟", 18)]
    [InlineData("الفقره رقم ١٣", 13)]
    [InlineData("اقرالي فقرة 5", 5)]
    [InlineData("paragraph 99999999", 100000)]
    [InlineData("what does paragraph three say?", 3)]
    [InlineData("Paragraph Twenty-Four", 24)]
    [InlineData("paragraph twenty one please", 21)]
    [InlineData("read me the third paragraph", 3)]
    [InlineData("the eighteenth paragraph", 18)]
    [InlineData("شنو تقول الفقرة الثالثة؟", 3)]
    [InlineData("الفقره الأولى", 1)]
    [InlineData("اقرالي الفقرة عشرة", 10)]
    [InlineData("الفقرة الرابعة عشرة", 14)]
    [InlineData("الفقرة الرابعة والعشرون", 24)]
    [InlineData("الفقرة الحادية عشرة", 11)]
    [InlineData("الفقرة العشرين", 20)]
    [InlineData("What does the third paragraph say?", 3)]
    [InlineData("what does paragraph twenty say?", 20)]
    [InlineData("the first paragraph", 1)]
    [InlineData("الفقرة الاولى", 1)]
    [InlineData("paragraphs 13,14", 13)]
    [InlineData("what does paragraph 13. say", 13)]
    public void Read_RequestForAParagraph_GivesItsNumber(string text, int expected) =>
        Assert.Equal(expected, ParagraphRequest.Read(text, 24));

    [Theory]
    [InlineData("which paragraph talks about Erbil?")]
    [InlineData("how many paragraphs does the report have?")]
    [InlineData("When do 2500 troops leave?")]
    [InlineData("comparagraph 3")]
    [InlineData("which paragraph is first?")]
    [InlineData("the first phase of the withdrawal")]
    [InlineData("paragraph about Erbil")]
    [InlineData("the last phase of the withdrawal")]
    [InlineData("the second to last paragraph")]
    [InlineData("آخر مرحلة")]
    [InlineData("")]
    [InlineData(null)]
    public void Read_NoParagraphNumberAsked_IsNull(string? text) =>
        Assert.Null(ParagraphRequest.Read(text, 24));

    [Theory]
    [InlineData("What does the last paragraph say?")]
    [InlineData("the final paragraph")]
    [InlineData("read me the last para")]
    [InlineData("شنو تقول الفقرة الاخيرة")]
    [InlineData("الفقرة الأخيرة")]
    [InlineData("الفقره الاخيره")]
    [InlineData("اقرالي آخر فقرة")]
    public void Read_LastParagraph_IsTheArticlesParagraphCount(string text)
    {
        Assert.Equal(24, ParagraphRequest.Read(text, 24));
        Assert.Equal(31, ParagraphRequest.Read(text, 31));
    }

    [Theory]
    [InlineData("what does paragraph 1e3 say?")]
    [InlineData("paragraph 13.5")]
    [InlineData("paragraph -1")]
    [InlineData("الفقرة ١٣٫٥")]
    [InlineData("الفقرة رقم -3")]
    public void Read_NumberThatIsNotAWholePositiveOne_IsZeroNotItsLeadingDigits(string text) =>
        Assert.Equal(0, ParagraphRequest.Read(text, 24));
}
