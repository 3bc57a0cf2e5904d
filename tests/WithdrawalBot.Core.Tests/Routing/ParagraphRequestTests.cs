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
    [InlineData("p17", 17)]
    [InlineData("p 17", 17)]
    [InlineData("P.17?", 17)]
    [InlineData("para17", 17)]
    [InlineData("¶17", 17)]
    [InlineData("ف17", 17)]
    [InlineData("ف 17", 17)]
    [InlineData("شنو بـ ف١٧", 17)]
    [InlineData("شنو تقول الفقرة ۱۸؟", 18)]
    [InlineData("الفقرة ۵", 5)]
    [InlineData("paragraph twenty-one", 21)]
    [InlineData("paragraph twenty five", 25)]
    [InlineData("paragraph thirty", 30)]
    [InlineData("paragraph one hundred", 100)]
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
    [InlineData("آخر مرحلة")]
    [InlineData("p 2026")]
    [InlineData("top 3 questions")]
    [InlineData("the last phases")]
    [InlineData("ف 2500 جندي")]
    [InlineData("")]
    [InlineData(null)]
    public void Read_NoParagraphNumberAsked_IsNull(string? text) =>
        Assert.Null(ParagraphRequest.Read(text, 24));

    [Theory]
    [InlineData("اول فقرة", 1)]
    [InlineData("أول فقرة", 1)]
    [InlineData("شنو بأول فقره؟", 1)]
    [InlineData("ثاني فقرة", 2)]
    [InlineData("شنو تقول ثالث فقرة؟", 3)]
    [InlineData("عاشر فقرة", 10)]
    [InlineData("the 2nd paragraph", 2)]
    [InlineData("3rd para", 3)]
    [InlineData("what does the 21st paragraph say", 21)]
    [InlineData("p-17", 17)]
    [InlineData("P-3?", 3)]
    public void Read_OrdinalBeforeTheNounOrHyphenatedShortForm_GivesItsNumber(string text, int expected) =>
        Assert.Equal(expected, ParagraphRequest.Read(text, 24));

    [Theory]
    [InlineData("the penultimate paragraph", 23)]
    [InlineData("paragraph before last", 23)]
    [InlineData("what does the paragraph before the last say?", 23)]
    [InlineData("the second-to-last paragraph", 23)]
    [InlineData("the second to last paragraph", 23)]
    [InlineData("next to last para", 23)]
    [InlineData("the third-to-last paragraph", 22)]
    [InlineData("الفقرة قبل الأخيرة", 23)]
    [InlineData("شنو تقول الفقره ما قبل الاخيره؟", 23)]
    [InlineData("الفقرة اللي قبل الأخيرة", 23)]
    [InlineData("قبل آخر فقرة", 23)]
    public void Read_ParagraphBeforeTheLast_IsOneBeforeTheArticlesParagraphCount(string text, int expected) =>
        Assert.Equal(expected, ParagraphRequest.Read(text, 24));

    [Theory]
    [InlineData("when does the first phase end?")]
    [InlineData("what is the second largest base?")]
    [InlineData("the last troops leave when?")]
    [InlineData("the 2nd phase")]
    [InlineData("the penultimate phase")]
    [InlineData("the second-to-last stage")]
    [InlineData("ثاني اكبر قاعدة")]
    [InlineData("اول مرحلة شوكت تخلص؟")]
    [InlineData("المرحلة قبل الأخيرة")]
    [InlineData("آخر جندي شوكت يطلع؟")]
    [InlineData("F-16 jets")]
    [InlineData("top-3 questions")]
    public void Read_OrdinalWordsAboutSomethingElse_IsNull(string text) =>
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

    [Theory]
    [InlineData("Compare paragraph 2 and paragraph 18", new[] { 2, 18 })]
    [InlineData("paragraphs 2 and 18", new[] { 2, 18 })]
    [InlineData("what do paragraphs 18 & 2 say?", new[] { 18, 2 })]
    [InlineData("الفقرتين 2 و18", new[] { 2, 18 })]
    [InlineData("الفقرة 2 والفقرة 18", new[] { 2, 18 })]
    [InlineData("p2 and p18", new[] { 2, 18 })]
    [InlineData("paragraphs 13,14", new[] { 13, 14 })]
    [InlineData("paragraphs 2-4", new[] { 2, 3, 4 })]
    [InlineData("paragraphs 2 to 4", new[] { 2, 3, 4 })]
    [InlineData("الفقرات من 2 الى 4", new[] { 2, 3, 4 })]
    [InlineData("paragraph 2 and paragraph 2", new[] { 2 })]
    [InlineData("the last paragraphs", new[] { 23, 24 })]
    [InlineData("last two paragraphs", new[] { 23, 24 })]
    [InlineData("what do the last 3 paragraphs say", new[] { 22, 23, 24 })]
    [InlineData("the first two paragraphs", new[] { 1, 2 })]
    [InlineData("آخر الفقرات", new[] { 23, 24 })]
    [InlineData("آخر فقرتين", new[] { 23, 24 })]
    [InlineData("الفقرتين الأخيرتين", new[] { 23, 24 })]
    [InlineData("الفقرات الاخيرة", new[] { 23, 24 })]
    [InlineData("اخر ثلاث فقرات", new[] { 22, 23, 24 })]
    [InlineData("the last paragraph", new[] { 24 })]
    [InlineData("what does paragraph 13 say about 2026?", new[] { 13 })]
    public void ReadAll_SeveralParagraphsAsked_GivesEachInTheOrderAsked(string text, int[] expected) =>
        Assert.Equal(expected, ParagraphRequest.ReadAll(text, 24));

    [Fact]
    public void ReadAll_HugeRange_StopsAtTheLimit() =>
        Assert.Equal(ParagraphRequest.MaxNumbers, ParagraphRequest.ReadAll("paragraphs 1-999", 24).Count);
}
