using WithdrawalBot.Core.Languages;
using WithdrawalBot.Core.Reminders;

namespace WithdrawalBot.Core.Tests.Reminders;

public sealed class LeadTimesTests
{
    [Theory]
    [InlineData("7d", 7)]
    [InlineData("7D", 7)]
    [InlineData("30", 30)]
    [InlineData("0d", 0)]
    [InlineData("day", 0)]
    [InlineData("today", 0)]
    [InlineData("اليوم", 0)]
    [InlineData("٧ي", 7)]
    [InlineData("۳۰d", 30)]
    [InlineData("14days", 14)]
    [InlineData("365d", 365)]
    [InlineData("1w", 7)]
    [InlineData("2weeks", 14)]
    [InlineData("اسبوع", 7)]
    [InlineData("أسبوعين", 14)]
    [InlineData("يومين", 2)]
    [InlineData("شهر", 30)]
    [InlineData("week", 7)]
    public void ParseToken_Readable_ReturnsDays(string token, int expected) => Assert.Equal(expected, LeadTimes.ParseToken(token));

    [Theory]
    [InlineData("366d")]
    [InlineData("-1d")]
    [InlineData("3h")]
    [InlineData("2y")]
    [InlineData("7dd")]
    [InlineData("")]
    [InlineData("🙂")]
    [InlineData("३d")]
    public void ParseToken_Unreadable_ReturnsNull(string token) => Assert.Null(LeadTimes.ParseToken(token));

    [Theory]
    [InlineData("400d", 400)]
    [InlineData("٤٠٠ي", 400)]
    [InlineData("366", 366)]
    [InlineData("7d", 7)]
    [InlineData("99999999999d", int.MaxValue)]
    [InlineData("999999999999999999999d", int.MaxValue)]
    [InlineData("000000000007d", 7)]
    public void ReadDays_AnyNumberOfDays_ReadsItEvenOverTheMaximum(string token, int expected) => Assert.Equal(expected, LeadTimes.ReadDays(token));

    [Theory]
    [InlineData("-1d")]
    [InlineData("soon")]
    public void ReadDays_NotDays_ReturnsNull(string token) => Assert.Null(LeadTimes.ReadDays(token));

    [Theory]
    [InlineData(new[] { "1.5", "weeks" }, "1.5 weeks", 10.5)]
    [InlineData(new[] { "1.5w" }, "1.5w", 10.5)]
    [InlineData(new[] { "7d", "2.5", "days" }, "2.5 days", 2.5)]
    [InlineData(new[] { "١٫٥", "اسبوع" }, "1.5 اسبوع", 10.5)]
    public void Parse_FractionOfADay_RefusesWithTheExactDaysInsteadOfReadingTwoNumbers(string[] tokens, string typed, double days)
    {
        var request = LeadTimes.Parse(tokens);

        Assert.Empty(request.Days);
        Assert.Null(request.Invalid);
        Assert.Equal(new LeadTimeFraction(typed, (decimal)days), request.Fraction);
    }

    [Theory]
    [InlineData(new[] { "1.5", "months" }, 45)]
    [InlineData(new[] { "0.5", "week" }, -1)]
    [InlineData(new[] { "2.0", "weeks" }, 14)]
    public void Parse_FractionThatIsWholeDays_TakesThoseDays(string[] tokens, int expected)
    {
        var request = LeadTimes.Parse(tokens);

        if (expected < 0)
        {
            Assert.Equal(3.5m, request.Fraction?.Days);
        }
        else
        {
            Assert.Null(request.Fraction);
            Assert.Equal([expected], request.Days);
        }
    }

    [Theory]
    [InlineData("remind me 1.5 weeks before", 10.5)]
    [InlineData("ذكرني قبل ١٫٥ اسبوع", 10.5)]
    [InlineData("remind me 36 hours before", 1.5)]
    public void Find_FreeTextWithAFractionOfADay_ReportsTheFraction(string text, double days)
    {
        var request = LeadTimes.Find(text);

        Assert.Empty(request.Days);
        Assert.Equal((decimal)days, request.Fraction?.Days);
    }

    [Fact]
    public void Find_SentenceEndingInAFullStop_StillReadsTheNumber() =>
        Assert.Equal([7], LeadTimes.Find("remind me 7. days before.").Days);

    [Fact]
    public void Parse_NumbersWithSeparateUnits_DeduplicatesAndSortsDescending()
    {
        var (days, invalid, tooFar) = LeadTimes.Parse(["1", "day", "7", "ايام", "30d", "7d", "day"]);
        Assert.Null(invalid);
        Assert.Null(tooFar);
        Assert.Equal([30, 7, 1, 0], days);
    }

    [Theory]
    [InlineData("<#12>")]
    [InlineData("<@&12>")]
    [InlineData("<@12>")]
    [InlineData("<@!12>")]
    public void Parse_DiscordMention_IsNoLeadTimeNotItsDigits(string mention)
    {
        // Break 33 #11: "<#12> 7d" turned reminders on 12 days and 7 days before.
        var request = LeadTimes.Parse([mention, "7d"]);

        Assert.Equal(mention, request.Invalid);
        Assert.Empty(request.Days);
    }

    [Fact]
    public void Parse_UnreadableToken_NamesIt()
    {
        var (days, invalid, _) = LeadTimes.Parse(["7d", "soon"]);
        Assert.Empty(days);
        Assert.Equal("soon", invalid);
    }

    [Theory]
    [InlineData(Language.English, "30 days before, 7 days before, 1 day before and on the day")]
    [InlineData(Language.Arabic, "قبل 30 يوماً، قبل 7 أيام، قبل يوم واحد وفي اليوم نفسه")]
    public void Describe_Defaults_ReadsNaturally(Language language, string expected) =>
        Assert.Equal(expected, LeadTimes.Describe(LeadTimes.Default, language));

    [Theory]
    [InlineData("1 week", new[] { 7 })]
    [InlineData("1w", new[] { 7 })]
    [InlineData("اسبوع", new[] { 7 })]
    [InlineData("2 weeks", new[] { 14 })]
    [InlineData("يومين", new[] { 2 })]
    [InlineData("a week and 1 day", new[] { 7, 1 })]
    [InlineData("three days", new[] { 3 })]
    [InlineData("ثلاث ايام", new[] { 3 })]
    [InlineData("٣ أيام", new[] { 3 })]
    [InlineData("1 month 2w", new[] { 30, 14 })]
    [InlineData("يوم واحد", new[] { 1 })]
    public void Parse_WeeksMonthsAndWordCounts_ReadsTheirDays(string arguments, int[] expected)
    {
        var request = LeadTimes.Parse(arguments.Split(' '));

        Assert.Null(request.Invalid);
        Assert.Null(request.TooFarDays);
        Assert.Equal(expected, request.Days);
    }

    [Theory]
    [InlineData("10 years", 3650)]
    [InlineData("2y", 730)]
    [InlineData("7d 400d", 400)]
    [InlineData("60 weeks", 420)]
    [InlineData("سنتين", 730)]
    [InlineData("999999999999999999999d", int.MaxValue)]
    [InlineData("99999999999999999999999999999999 days", int.MaxValue)]
    public void Parse_BeyondTheMaximum_SaysHowFarItIsInsteadOfUnreadable(string arguments, int days)
    {
        var request = LeadTimes.Parse(arguments.Split(' '));

        Assert.Null(request.Invalid);
        Assert.Equal(days, request.TooFarDays);
    }

    [Theory]
    [InlineData("3m")]
    [InlineData("soon")]
    [InlineData("🙂")]
    [InlineData("weeks")]
    public void Parse_NotALeadTime_NamesTheWordAsTyped(string argument) => Assert.Equal(argument, LeadTimes.Parse([argument]).Invalid);

    [Theory]
    [InlineData("ذكرني قبل اسبوع", new[] { 7 })]
    [InlineData("ذكرني قبل يومين", new[] { 2 })]
    [InlineData("ذكرني قبل ثلاث ايام", new[] { 3 })]
    [InlineData("ذكرني قبل ثلث تيام", new int[0])]
    [InlineData("ذكرني قبل شهر", new[] { 30 })]
    [InlineData("ذكرني قبل شهر وقبل يوم", new[] { 30, 1 })]
    [InlineData("ذكّرني قبل أسبوعٍ من كل موعد", new[] { 7 })]
    [InlineData("نبهني قبل ٣ ايام", new[] { 3 })]
    [InlineData("ذكرني باليوم نفسه", new[] { 0 })]
    [InlineData("remind me a week before", new[] { 7 })]
    [InlineData("remind me 3 days before", new[] { 3 })]
    [InlineData("remind me two weeks before each milestone", new[] { 14 })]
    [InlineData("remind me 7 days before, one day before too", new[] { 7, 1 })]
    [InlineData("remind me the day before and on the day", new[] { 1, 0 })]
    [InlineData("remind me of the milestones", new int[0])]
    [InlineData("ذكرني بالمواعيد", new int[0])]
    [InlineData("send me a reminder before the 2026 milestone", new int[0])]
    [InlineData("remind me two days before instead of a week", new[] { 2 })]
    [InlineData("remind me 3 days before, not 7", new[] { 3 })]
    [InlineData("remind me a day before rather than a week", new[] { 1 })]
    [InlineData("ذكرني قبل يومين بدل اسبوع", new[] { 2 })]
    [InlineData("ذكرني قبل يوم مو قبل اسبوع", new[] { 1 })]
    public void Find_FreeTextRequest_ReadsOnlyTheLeadTimesItNames(string text, int[] expected)
    {
        var request = LeadTimes.Find(text);

        Assert.Null(request.Invalid);
        Assert.Null(request.TooFarDays);
        Assert.Equal(expected, request.Days);
    }

    [Theory]
    [InlineData("- days")]
    [InlineData("-- weeks")]
    [InlineData("twenty-- days")]
    [InlineData("-one days")]
    [InlineData("million days")]
    [InlineData("and and days")]
    [InlineData("a")]
    public void Find_OddWordsBeforeAUnit_ReadsNoLeadTimeAndDoesNotThrow(string text)
    {
        var request = LeadTimes.Find(text);

        Assert.Empty(request.Days);
        Assert.Null(request.TooFarDays);
    }

    [Theory]
    [InlineData(new[] { 30, 7, 1, 0 }, Language.English, "30 days before, 7 days before, 1 day before and on the day of each milestone")]
    [InlineData(new[] { 3 }, Language.English, "3 days before each milestone")]
    [InlineData(new[] { 3 }, Language.Arabic, "قبل 3 أيام من كل موعد")]
    [InlineData(new[] { 7, 0 }, Language.Arabic, "قبل 7 أيام من كل موعد، وفي يوم الموعد نفسه")]
    [InlineData(new[] { 0 }, Language.Arabic, "في يوم كل موعد")]
    public void DescribeBefore_LeadTimes_ReadAsASentence(int[] days, Language language, string expected) =>
        Assert.Equal(expected, LeadTimes.DescribeBefore(days, language, "each milestone", "كل موعد"));

    [Fact]
    public void Describe_TwoDaysInArabic_UsesTheDual() => Assert.Equal("قبل يومين", LeadTimes.Describe(2, Language.Arabic));
}
