using WithdrawalBot.Core.Text;

namespace WithdrawalBot.Core.Tests.Text;

public sealed class NumberWordsTests
{
    [Theory]
    [InlineData("three thousand troops", "3000 troops")]
    [InlineData("a thousand troops", "1000 troops")]
    [InlineData("two thousand five hundred", "2500")]
    [InlineData("two thousand and five hundred", "2500")]
    [InlineData("twenty five hundred", "2500")]
    [InlineData("two and a half thousand", "2500")]
    [InlineData("nine hundred in syria", "900 in syria")]
    [InlineData("twenty-six", "26")]
    [InlineData("three hundred thousand", "300000")]
    [InlineData("3 thousand", "3000")]
    [InlineData("twenty fourteen", "2014")]
    [InlineData("twenty twenty-six", "2026")]
    [InlineData("two thousand and eleven", "2011")]
    [InlineData("nineteen ninety one", "1991")]
    [InlineData("twenty oh three", "2003")]
    [InlineData("fifteen years", "15 years")]
    public void Read_EnglishFigureInWords_IsOneWordInDigits(string text, string expected)
    {
        Assert.Equal(expected, string.Join(' ', NumberWords.Read(WordNormalizer.Tokenize(text))));
    }

    [Theory]
    [InlineData("ثلاث تلاف جندي", "3000 جندي")]
    [InlineData("ثلاثة آلاف جندي", "3000 جندي")]
    [InlineData("ثلث تلاف", "3000")]
    [InlineData("٣ آلاف", "3000")]
    [InlineData("عشرة آلاف", "10000")]
    [InlineData("ألفين وخمسمية", "2500")]
    [InlineData("الفين و خمسمية", "2500")]
    [InlineData("ألفين ونص", "2500")]
    [InlineData("ألفان وخمسمائة", "2500")]
    [InlineData("تسعمية", "900")]
    [InlineData("تسع مية", "900")]
    [InlineData("خمسة وعشرين", "25")]
    [InlineData("ثلاث عشرة", "13")]
    [InlineData("الفين واربعطعش", "2014")]
    [InlineData("ألفين وستة وعشرين", "2026")]
    [InlineData("بالفين وخمسطعش", "2015")]
    [InlineData("ألف جندي", "1000 جندي")]
    [InlineData("مية وعشرين", "120")]
    public void Read_ArabicFigureInWords_IsOneWordInDigits(string text, string expected)
    {
        Assert.Equal(expected, string.Join(' ', NumberWords.Read(WordNormalizer.Tokenize(text))));
    }

    [Theory]
    [InlineData("three soldiers")]
    [InlineData("ثلاثة جنود")]
    [InlineData("one more year")]
    [InlineData("no one knows")]
    [InlineData("thousands of troops")]
    [InlineData("آلاف الجنود")]
    [InlineData("مئات القوات")]
    [InlineData("ثلث العراق")]
    [InlineData("ثمن الانسحاب")]
    [InlineData("نص الاتفاق")]
    [InlineData("2500 troops and 900")]
    [InlineData("in 2014 and 2017")]
    [InlineData("a week before")]
    [InlineData("half the troops")]
    [InlineData("ten days")]
    public void Read_NoFigureInWords_LeavesTheWords(string text)
    {
        var words = WordNormalizer.Tokenize(text);

        Assert.Equal(words, NumberWords.Read(words));
    }

    [Theory]
    [InlineData("Were three Iraqi soldiers killed?", true)]
    [InlineData("هل قتل ثلاثة جنود عراقيين؟", true)]
    [InlineData("اكو الفين وخمسمية جندي؟", true)]
    [InlineData("is it true 2,500 troops are in Iraq?", true)]
    [InlineData("صحيح اكو ٢٥٠٠ جندي؟", true)]
    [InlineData("شوكت يطلعون الامريكان من اربيل؟", false)]
    [InlineData("when do troops leave Erbil?", false)]
    public void MayWriteFigure_DigitsOrNumberWords_AreSeenWithoutReadingTheWords(string text, bool may) =>
        Assert.Equal(may, NumberWords.MayWriteFigure(text));
}
