using static WithdrawalBot.Telegram.Tests.Fakes.TelegramUpdates;

namespace WithdrawalBot.Telegram.Tests.EndToEnd;

/// <summary>Questions, bad input, group etiquette and <c>/lang</c> through the whole bot, as a Telegram chat sees them.</summary>
public sealed class ConversationEndToEndTests
{
    private const string IraqiErbilQuestion = "شوكت يطلعون الامريكان من اربيل؟";
    private const char RightToLeftMark = '\u200F';

    [Fact]
    public async Task PrivateChat_IraqiDialectQuestion_ArabicHtmlAnswerCitingParagraph18()
    {
        await using var bot = await EndToEndBot.StartAsync();

        var reply = await bot.AskAsync(PrivateText(IraqiErbilQuestion, languageCode: "ar"));

        Assert.Equal(PrivateUserId.ToString(System.Globalization.CultureInfo.InvariantCulture), reply.ChatId);
        Assert.Equal("html", reply.ParseMode, ignoreCase: true); // Telegram reads parse_mode case-insensitively; Telegram.Bot sends "Html".
        Assert.Equal(RightToLeftMark, reply.Text[0]);
        Assert.Contains("الفقرة 18", reply.Text, StringComparison.Ordinal);
        Assert.Contains(18, CitedParagraphs.In(reply.Text));
        Assert.Contains("<blockquote>", reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Source:", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PrivateChat_EnglishQuestion_EnglishAnswerCitingParagraph13()
    {
        await using var bot = await EndToEndBot.StartAsync();

        var reply = await bot.AskAsync(PrivateText("how many US troops are in Iraq?"));

        Assert.Equal("html", reply.ParseMode, ignoreCase: true); // Telegram reads parse_mode case-insensitively; Telegram.Bot sends "Html".
        Assert.NotEqual(RightToLeftMark, reply.Text[0]);
        Assert.Contains("Source: paragraph", reply.Text, StringComparison.Ordinal);
        Assert.Contains(13, CitedParagraphs.In(reply.Text));
    }

    [Theory]
    [InlineData("Did US forces in Iraq shoot down missiles aimed at Israel?", "paragraph 21 ")]
    [InlineData("هل أسقطت القوات الأمريكية في العراق صواريخ متجهة لإسرائيل؟", "الفقرة 21 ")]
    public async Task PrivateChat_AnswerQuotingOneParagraphTwice_HtmlNamesTheParagraphOnce(string question, string paragraph)
    {
        await using var bot = await EndToEndBot.StartAsync();

        var reply = await bot.AskAsync(PrivateText(question));

        Assert.Contains(paragraph, reply.Text, StringComparison.Ordinal);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(reply.Text, @"\b21\b"));
        Assert.Equal([21], CitedParagraphs.In(reply.Text));
    }

    [Fact]
    public async Task InlineQuery_ClaimWithAFigureTheReportGivesForAnotherPlace_FirstResultCorrectsItAsTheChatDoes()
    {
        // Break 35 #9: inline mode offered the plain ¶13 answer, posted into groups as if it confirmed the 900 in Iraq.
        await using var bot = await EndToEndBot.StartAsync();
        const string Claim = "is it true 900 troops in iraq";
        var chat = await bot.AskAsync(PrivateText(Claim));

        await bot.DeliverAsync(InlineQuery(Claim, queryId: "iq-claim"));

        var results = Assert.Single(bot.Api.Calls("answerInlineQuery")).Body["results"]!.AsArray();
        var first = (string)results[0]!["input_message_content"]!["message_text"]!;
        Assert.Equal(Claim, (string)results[0]!["title"]!);
        Assert.StartsWith("The report does not give “900” for this.", first, StringComparison.Ordinal);
        Assert.StartsWith("The report does not give “900” for this.", chat.Text, StringComparison.Ordinal);
        Assert.Equal([13], CitedParagraphs.In(first));
    }

    [Fact]
    public async Task PrivateChat_OutOfScopeQuestion_DoesNotSayWithSuggestionsAndNoCitation()
    {
        await using var bot = await EndToEndBot.StartAsync();

        var reply = await bot.AskAsync(PrivateText("what's the dollar rate?"));

        Assert.Contains("does not say", reply.Text, StringComparison.Ordinal);
        Assert.Empty(CitedParagraphs.In(reply.Text));
        Assert.DoesNotContain("Source:", reply.Text, StringComparison.Ordinal);
        var suggestions = reply.ButtonPayloads.Where(p => p.StartsWith("q:", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(suggestions);
    }

    [Fact]
    public async Task PrivateChat_Sticker_PoliteTextOnlyNoteAndTheNextQuestionIsStillAnswered()
    {
        await using var bot = await EndToEndBot.StartAsync();

        var note = await bot.AskAsync(Sticker(Chat(PrivateUserId, "private"), User(PrivateUserId)));
        var answer = await bot.AskAsync(PrivateText("how many US troops are in Iraq?"));

        Assert.Contains("text", note.Text, StringComparison.OrdinalIgnoreCase);
        Assert.Null(note.ReplyMarkup);
        Assert.Empty(CitedParagraphs.In(note.Text));
        Assert.Contains(13, CitedParagraphs.In(answer.Text));
    }

    [Fact]
    public async Task PrivateChat_EditedMessage_NothingSent()
    {
        await using var bot = await EndToEndBot.StartAsync();
        var edited = Message(Chat(PrivateUserId, "private"), User(PrivateUserId), "how many US troops are in Iraq?");
        edited["edit_date"] = 1_760_000_100;

        var sent = await bot.ExchangeAsync(Update("edited_message", edited));

        Assert.Empty(sent);
        Assert.Empty(bot.Api.SentMessages);
    }

    [Theory]
    [InlineData("/help@withdrawalTESTbot", true)]
    [InlineData("/HELP@WithdrawalTestBot", true)]
    [InlineData("/help@SomeOtherBot", false)]
    [InlineData("the Americans are leaving Erbil apparently", false)]
    public async Task Group_MessagesToThisBotOrOthers_OnlyItsOwnCommandsAreAnswered(string text, bool answered)
    {
        await using var bot = await EndToEndBot.StartAsync();

        var sent = await bot.ExchangeAsync(GroupText(text));

        if (answered)
        {
            var help = Assert.Single(sent);
            Assert.Contains("/subscribe", help.Text, StringComparison.Ordinal);
            Assert.Contains("/lang", help.Text, StringComparison.Ordinal);
            Assert.Equal(GroupChatId.ToString(System.Globalization.CultureInfo.InvariantCulture), help.ChatId);
        }
        else
        {
            Assert.Empty(sent);
        }
    }

    [Fact]
    public async Task PrivateChat_LangEnThenArabicQuestion_EnglishAnswerAlsoAfterRestart()
    {
        await using var bot = await EndToEndBot.StartAsync();

        var confirmation = await bot.AskAsync(PrivateText("/lang en", languageCode: "ar"));
        var before = await bot.AskAsync(PrivateText(IraqiErbilQuestion, languageCode: "ar"));
        await bot.RestartAsync();
        var after = await bot.AskAsync(PrivateText(IraqiErbilQuestion, languageCode: "ar"));

        Assert.Contains("English", confirmation.Text, StringComparison.Ordinal);
        foreach (var reply in new[] { before, after })
        {
            Assert.NotEqual(RightToLeftMark, reply.Text[0]);
            Assert.Contains("Source: paragraph", reply.Text, StringComparison.Ordinal);
            Assert.DoesNotContain("المصدر", reply.Text, StringComparison.Ordinal);
            Assert.Contains(18, CitedParagraphs.In(reply.Text));
        }
    }
}
