using System.Globalization;
using Microsoft.Extensions.Time.Testing;
using WithdrawalBot.Core.Knowledge;
using WithdrawalBot.Core.Languages;
using WithdrawalBot.Core.Reminders;
using WithdrawalBot.Core.Replies;
using WithdrawalBot.Core.Tests.Support;
using WithdrawalBot.Core.Time;

namespace WithdrawalBot.Core.Tests.Time;

/// <summary>One rule for "how far is the milestone": fact answers and <c>/next</c> must say the same at the same instant.</summary>
public sealed class MilestoneCountdownTests
{
    private static readonly Lazy<KnowledgeBase> Real = new(() => KnowledgeLoader.Load(TestKnowledge.RealDirectory));

    private static Milestone EndOf2026 => Real.Value.Milestones.Single(m => m.Id == "erbil-and-remaining-forces-leave");

    [Theory]
    [InlineData("2026-11-29T12:00:00Z", 32)] // 15:00 in Baghdad: 29 November → 31 December
    [InlineData("2026-11-29T20:59:00Z", 32)]
    [InlineData("2026-11-29T21:00:00Z", 31)] // midnight in Baghdad: already 30 November there
    [InlineData("2026-12-31T10:00:00Z", 0)]
    [InlineData("2026-12-31T21:00:00Z", -1)]
    public void DaysUntil_EndOf2026_CountsCalendarDaysInBaghdad(string now, int expected) =>
        Assert.Equal(expected, MilestoneCountdown.DaysUntil(EndOf2026, DateTimeOffset.Parse(now, CultureInfo.InvariantCulture)));

    [Fact]
    public void HasPassed_MilestoneGivenToTheMonth_PassedOnlyOnceTheMonthIsOverInBaghdad()
    {
        var september = Real.Value.Milestones.Single(m => m.Id == "ain-al-asad-and-hundreds-leave");
        Assert.False(MilestoneCountdown.HasPassed(september, new DateTimeOffset(2025, 8, 31, 12, 0, 0, TimeSpan.Zero)));
        Assert.False(MilestoneCountdown.HasPassed(september, new DateTimeOffset(2025, 9, 15, 12, 0, 0, TimeSpan.Zero)));
        Assert.False(MilestoneCountdown.HasPassed(september, new DateTimeOffset(2025, 9, 30, 20, 0, 0, TimeSpan.Zero)));
        Assert.True(MilestoneCountdown.HasPassed(september, new DateTimeOffset(2025, 9, 30, 21, 0, 0, TimeSpan.Zero)));
        Assert.True(MilestoneCountdown.HasPassed(september, new DateTimeOffset(2026, 11, 29, 12, 0, 0, TimeSpan.Zero)));
    }

    [Theory]
    [InlineData("2025-09-15T12:00:00Z", Language.English, "Timing as reported: by September 2025, which is this month.")]
    [InlineData("2025-09-15T12:00:00Z", Language.Arabic, "بحلول أيلول 2025، أي خلال هذا الشهر.")]
    [InlineData("2025-08-25T12:00:00Z", Language.English, "by September 2025, which is next month.")]
    [InlineData("2025-08-31T12:00:00Z", Language.Arabic, "بحلول أيلول 2025، أي الشهر القادم.")]
    [InlineData("2025-07-25T12:00:00Z", Language.English, "by September 2025, which is in about 2 months.")]
    [InlineData("2025-10-15T12:00:00Z", Language.English, "by September 2025, which passed")]
    public void Answer_MilestoneGivenToTheMonth_IsThisMonthAllThroughIt(string at, Language language, string expected)
    {
        var time = new FakeTimeProvider(DateTimeOffset.Parse(at, CultureInfo.InvariantCulture));
        var fact = Real.Value.Facts.Single(f => f.Id == "ain-al-asad-leave-by-september-2025");

        var answer = new ReplyComposer(Real.Value, time).Answer(fact, language, 1).ToPlainText();

        Assert.Contains(expected, answer, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2026-11-29T12:00:00Z", Language.English, "by September 2025, which passed about 14 months ago")]
    [InlineData("2027-03-01T12:00:00Z", Language.English, "by September 2025, which passed about 17 months ago")]
    [InlineData("2026-11-29T12:00:00Z", Language.Arabic, "بحلول أيلول 2025، أي قبل نحو 14 شهراً")]
    public void Answer_DeadlineGivenToTheMonth_CountsFromTheEndOfThatMonth(string at, Language language, string expected)
    {
        var time = new FakeTimeProvider(DateTimeOffset.Parse(at, CultureInfo.InvariantCulture));
        var fact = Real.Value.Facts.Single(f => f.Id == "ain-al-asad-leave-by-september-2025");

        var answer = new ReplyComposer(Real.Value, time).Answer(fact, language, 1).ToPlainText();

        Assert.Contains(expected, answer, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ain-al-asad-and-hundreds-leave", "2025-09-30T12:00:00Z", 0)]
    [InlineData("ain-al-asad-and-hundreds-leave", "2025-09-01T12:00:00Z", 29)]
    [InlineData("ain-al-asad-and-hundreds-leave", "2026-11-29T12:00:00Z", -425)]
    [InlineData("iraqi-elections", "2026-11-29T12:00:00Z", -394)]
    [InlineData("erbil-and-remaining-forces-leave", "2026-11-29T12:00:00Z", 32)]
    public void DaysUntil_DateGivenToTheMonth_CountsToItsLastDayInBaghdad(string milestone, string now, int expected) =>
        Assert.Equal(expected, MilestoneCountdown.DaysUntil(Real.Value.Milestones.Single(m => m.Id == milestone), DateTimeOffset.Parse(now, CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("2026-11-29T12:00:00Z", Language.English, "in about 32 days")]
    [InlineData("2026-11-29T12:00:00Z", Language.Arabic, "بعد نحو 32 يوماً")]
    [InlineData("2026-11-29T22:00:00Z", Language.English, "in about 31 days")]
    [InlineData("2026-12-30T08:00:00Z", Language.English, "in about 1 day")]
    [InlineData("2026-12-31T08:00:00Z", Language.English, "today")]
    [InlineData("2026-10-15T06:00:00Z", Language.English, "in about 3 months")]
    public void FactAnswerAndNext_SameInstant_SayTheSameDistance(string at, Language language, string expected)
    {
        var time = new FakeTimeProvider(DateTimeOffset.Parse(at, CultureInfo.InvariantCulture));
        var knowledge = Real.Value;
        var fact = knowledge.Facts.Single(f => f.Id == "remaining-forces-leave-end-2026");

        var answer = new ReplyComposer(knowledge, time).Answer(fact, language, 1).ToPlainText();
        var next = MilestoneReplies.Next(knowledge.Milestones, time.GetUtcNow(), language).ToPlainText();

        Assert.Contains(expected, answer, StringComparison.Ordinal);
        Assert.Contains(expected, next, StringComparison.Ordinal);
    }

    [Fact]
    public void Answer_SameComposerAcrossMidnightInBaghdad_CountsDownWithoutWaitingForUtcMidnight()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 29, 20, 0, 0, TimeSpan.Zero));
        var knowledge = Real.Value;
        var composer = new ReplyComposer(knowledge, time);
        var fact = knowledge.Facts.Single(f => f.Id == "remaining-forces-leave-end-2026");
        Assert.Contains("in about 32 days", composer.Answer(fact, Language.English, 1).ToPlainText(), StringComparison.Ordinal);

        time.Advance(TimeSpan.FromHours(1.5)); // 00:30 on 30 November in Baghdad, still 29 November in UTC

        Assert.Contains("in about 31 days", composer.Answer(fact, Language.English, 1).ToPlainText(), StringComparison.Ordinal);
        Assert.Contains("in about 31 days", MilestoneReplies.Next(knowledge.Milestones, time.GetUtcNow(), Language.English).ToPlainText(), StringComparison.Ordinal);
    }
}
