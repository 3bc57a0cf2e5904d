using WithdrawalBot.Core.Text;

namespace WithdrawalBot.Core.Tests.Text;

public sealed class OtherLanguageTests
{
    [Theory]
    [InlineData("کەی هێزەکانی ئەمریکا لە عێراق دەکشێنەوە؟")]
    [InlineData("سەربازی ئەمریکی چەندە لە عێراق؟")]
    [InlineData("نیروهای آمریکایی کی از عراق خارج می‌شوند؟")]
    [InlineData("چند سرباز آمریکایی در عراق هست؟")]
    [InlineData("Quand les troupes américaines quittent-elles l'Irak ?")]
    [InlineData("Wie viele US-Soldaten sind im Irak?")]
    [InlineData("ABD askerleri Irak'tan ne zaman çekilecek?")]
    [InlineData("¿Cuándo se van las tropas de Irak?")]
    [InlineData("shno sar b 3en al asad")]
    public void Reads_MessageInALanguageTheBotDoesNotRead_IsTrue(string message)
    {
        Assert.True(OtherLanguage.Reads(TextCleaner.ForMatching(message)));
    }

    [Theory]
    [InlineData("el mu7adathat imta bidat", false)]
    [InlineData("shno sar b 3en al asad", false)]
    [InlineData("Wie viele US-Soldaten sind im Irak?", true)]
    [InlineData("¿Cuándo se van las tropas de Irak?", true)]
    public void Reads_ArabiziWordsTheBotKnows_DoNotCountOtherLanguagesStill(string message, bool expected)
    {
        Assert.Equal(expected, OtherLanguage.Reads(TextCleaner.ForMatching(message), isKnownWord: _ => true));
    }

    [Theory]
    [InlineData("شكد جندي امريكي بالعراق؟")]
    [InlineData("شوكت يطلعون الامريكان من اربيل؟ گالوا بنهاية 2026")]
    [InlineData("چم جندي امريكي باقي؟")]
    [InlineData("When do US troops leave Iraq?")]
    [InlineData("is the 2nd phase done by september 2025")]
    [InlineData("I heard 3k troops stay in erbil")]
    [InlineData("what about the café in erbil?")]
    [InlineData("when do they leave p17")]
    [InlineData("2025")]
    [InlineData("عین الاسد وین تصیر")]
    [InlineData("سلام علیکم کاک")]
    [InlineData("امریکی کی یطلعون من اربیل")]
    [InlineData("بالتلگرام کتبو ۱۰ الاف جندی امریکی فی اربیل صحیح")]
    [InlineData("سلام کاکە، امریکی کی یطلعون من اربیل؟")]
    public void Reads_ArabicOrEnglish_IsFalse(string message)
    {
        Assert.False(OtherLanguage.Reads(TextCleaner.ForMatching(message)));
    }
}
