using WithdrawalBot.Core.Text;

namespace WithdrawalBot.Core.Tests.Text;

public sealed class TextCleanerTests
{
    [Theory]
    [InlineData("\u200Fمتى\u200E ليش", "متى  ليش")]
    [InlineData("متى\u200Fتنسحب", "متى تنسحب")]
    [InlineData("a \u202Eb \u2066c\u2069", "a  b  c ")]
    [InlineData("x\u0000y\u0007z", "x y z")]
    [InlineData("hi 👍", "hi   ")]
    [InlineData("How\u200Bmany\u200Btroops", "How many troops")]
    [InlineData("شكد\u2060جندي\uFEFFبالعراق", "شكد جندي بالعراق")]
    [InlineData("\uFEFFerbil\u2063troops", "erbil troops")]
    [InlineData("hi 👨\u200D👩\u200D👧", "hi       ")]
    public void ForMatching_NoiseCharactersAndBidiMarks_BecomeSpaces(string input, string expected) =>
        Assert.Equal(expected, TextCleaner.ForMatching(input));

    [Theory]
    [InlineData(" ")]
    [InlineData("\t")]
    [InlineData("\u200B")]
    [InlineData("\u200F")]
    public void ForMatching_QuestionAfterThousandsOfInvisibleCharacters_IsStillSeen(string invisible)
    {
        // Break 27: the window of MaxMatchLength characters was used up before the first visible one.
        var cleaned = TextCleaner.ForMatching(string.Concat(Enumerable.Repeat(invisible, 2000)) + "how many US troops are in Iraq?");

        Assert.Contains("how many US troops are in Iraq?", cleaned, StringComparison.Ordinal);
    }

    [Fact]
    public void ForMatching_HugePaste_KeepsOnlyTheFirstThousandCharacters()
    {
        var paste = string.Concat(Enumerable.Repeat("when do troops leave erbil? ", 4000));

        var cleaned = TextCleaner.ForMatching(paste);

        Assert.Equal(TextCleaner.MaxMatchLength, cleaned.Length);
    }

    [Theory]
    [InlineData("ＷＨＥＮ do troops leave ＥＲＢＩＬ", "WHEN do troops leave ERBIL")]
    [InlineData("ﻣﺘﻰ", "متى")]
    [InlineData("&lt;b&gt;Erbil&lt;/b&gt; &amp; Baghdad", " Erbil  & Baghdad")]
    [InlineData("<b>when</b> do troops leave <script>alert(1)</script> Erbil?", " when  do troops leave   Erbil?")]
    [InlineData("is 2 < 3 and 5 > 4", "is 2 < 3 and 5 > 4")]
    [InlineData("what does the report say about <Pentagon>?", "what does the report say about <Pentagon>?")] // break 27: the word was deleted as a tag
    [InlineData("<tg-spoiler>Erbil</tg-spoiler> <i>when</i>", " Erbil   when ")]
    [InlineData("when do troops leave Erbil? [click here](http://evil.example/a?b=c)", "when do troops leave Erbil?  ")]
    [InlineData("[link](https://example.com) When do US troops leave Iraq?", "  When do US troops leave Iraq?")]
    [InlineData("see www.example.com erbil", "see   erbil")]
    [InlineData("check t.me/iraqnews/12345 erbil", "check   erbil")]
    [InlineData("when do they leave iraq 100%?", "when do they leave iraq  ?")]
    [InlineData("Claim 1: 2,500 US troops are in Iraq", "is it true that 2,500 US troops are in Iraq")]
    [InlineData("Second claim: hundreds leave by September 2025", "is it true that hundreds leave by September 2025")]
    [InlineData("Okay. Claim four: the deal was signed", "is it true that the deal was signed")]
    [InlineData("ادعاء 2: 3000 جندي بالعراق", "صحيح 3000 جندي بالعراق")]
    [InlineData("Claim: 1) troops leave in 2025", "is it true that troops leave in 2025")]
    [InlineData("2) when do they leave erbil", "when do they leave erbil")]
    [InlineData("سؤال 3: شوكت يطلعون", "شوكت يطلعون")]
    [InlineData("How many US troops are in Iraq? (2)", "How many US troops are in Iraq?")]
    [InlineData("summarize #5", "summarize")]
    [InlineData("كم جندي بالعراق؟ [٣]", "كم جندي بالعراق؟")]
    [InlineData("how many troops (2500)?", "how many troops (2500)?")]
    [InlineData("what happened in 2014", "what happened in 2014")]
    [InlineData("is it 2", "is it 2")]
    public void ForMatching_CompatibilityFormsEntitiesAndLinks_AreFoldedDecodedOrDropped(string input, string expected) =>
        Assert.Equal(expected, TextCleaner.ForMatching(input));

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

    [Theory]
    [InlineData("شوكت ي\u200Cطلعون الامر\u200Dيكان", "شوكت يطلعون الامريكان")]
    [InlineData("می\u200Cخواهم", "میخواهم")]
    [InlineData("er\u00ADbil", "erbil")]
    [InlineData("when\u001B[31m do\u001B[0m troops leave", "when do troops leave")]
    [InlineData("leave\u001B[", "leave")]
    [InlineData("ش\u200Bكد جندي", "شكد جندي")]
    [InlineData("when\u200Bdo", "when do")]
    [InlineData("what happened in 20\u200B14?", "what happened in 2014?")] // break 28: a number split in two
    [InlineData("p1\u2060 3 and p1\u200B3", "p1  3 and p13")]
    [InlineData("صحيح ٢\uFEFF٥٠٠ جندي", "صحيح ٢٥٠٠ جندي")]
    public void ForMatching_InvisibleCharactersAndTerminalEscapes_DoNotSplitWords(string text, string expected) =>
        Assert.Equal(expected, TextCleaner.ForMatching(text));

    [Theory]
    [InlineData("شکد باقی؟", "شكد باقي؟")]
    [InlineData("منو کال؟", "منو كال؟")]
    [InlineData("شگد باقي؟", "شگد باقي؟")]
    [InlineData("بعدە صحیح؟", "بعده صحيح؟")] // trial 63: Kurdish ae
    public void WithArabicLetters_PersianKeyboardLetters_AreWrittenAsArabic(string text, string expected) =>
        Assert.Equal(expected, TextCleaner.WithArabicLetters(text));

    [Theory]
    [InlineData("short", 10, "", "short")]
    [InlineData("abcdef", 4, "", "abcd")]
    [InlineData("abcdef", 4, "…", "abc…")]
    [InlineData("ab😀cd", 3, "", "ab")]
    [InlineData("ab😀cd", 4, "", "ab😀")]
    [InlineData("ab🇮🇶cd", 5, "", "ab")]
    [InlineData("abe\u0301cd", 3, "", "ab")]
    public void Cut_NeverSplitsATextElement(string text, int maxLength, string ellipsis, string expected)
    {
        text = System.Text.RegularExpressions.Regex.Unescape(text);
        Assert.Equal(System.Text.RegularExpressions.Regex.Unescape(expected), TextCleaner.Cut(text, maxLength, ellipsis));
    }

    [Theory]
    [InlineData("is it true that 3 500 troops are in iraq?", "is it true that 3500 troops are in iraq?")]
    [InlineData("2\u00A0500 troops", "2500 troops")]
    [InlineData("2\u202F500 troops", "2500 troops")]
    [InlineData("in 2003 and 2011", "in 2003 and 2011")]
    [InlineData("1 2 3", "1 2 3")]
    [InlineData("2,500 or 2 5000", "2,500 or 2 5000")]
    public void ForMatching_SpaceAsThousandsSeparator_IsOneFigure(string input, string expected) =>
        Assert.Equal(System.Text.RegularExpressions.Regex.Unescape(expected), TextCleaner.ForMatching(System.Text.RegularExpressions.Regex.Unescape(input)));
}
