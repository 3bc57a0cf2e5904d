using WithdrawalBot.Core.Languages;
using WithdrawalBot.Core.Messages;
using WithdrawalBot.Core.Reminders;

namespace WithdrawalBot.Core.Tests.Reminders;

public sealed class ReminderPlannerTests
{
    private static readonly TimeZoneInfo Baghdad = TimeZoneInfo.FindSystemTimeZoneById("Asia/Baghdad");
    private static readonly DateTimeOffset Due30 = new(2026, 12, 1, 7, 0, 0, TimeSpan.Zero);

    private static Subscription Make(DateTimeOffset subscribedAt, params int[] leads) =>
        new("s1", new ChatAddress(ChatPlatform.Telegram, "1"), ChatKind.Private, Language.English, leads.Length == 0 ? LeadTimes.Default : leads, "u", subscribedAt, true);

    private static ReminderPlan Plan(Subscription subscription, DateTimeOffset now, DateTimeOffset? after = null) =>
        ReminderPlanner.Plan([(subscription, Baghdad)], Milestones.All, 10, now, after ?? DateTimeOffset.MinValue, TimeSpan.FromDays(1));

    [Fact]
    public void Plan_BeforeAnythingIsDue_ReturnsOnlyTheNextDueInstant()
    {
        var plan = Plan(Make(new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero)), new DateTimeOffset(2026, 11, 29, 12, 0, 0, TimeSpan.Zero));

        Assert.Empty(plan.Due);
        Assert.Empty(plan.Stale);
        Assert.Equal(Due30, plan.NextDueAt);
    }

    [Fact]
    public void Plan_AtTheDueInstant_ReturnsItDueWithItsKey()
    {
        var plan = Plan(Make(new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero)), Due30);

        var due = Assert.Single(plan.Due);
        Assert.Equal(new DeliveryKey("erbil-and-remaining-forces-leave", 30, "s1"), due.Key);
        Assert.Equal(new DateTimeOffset(2026, 12, 24, 7, 0, 0, TimeSpan.Zero), plan.NextDueAt);
    }

    [Fact]
    public void Plan_OlderThanGraceWindow_IsStaleNotDue()
    {
        var plan = Plan(Make(new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero)), Due30.AddDays(1).AddMinutes(1));

        Assert.Empty(plan.Due);
        Assert.Equal(30, Assert.Single(plan.Stale).LeadDays);
    }

    [Fact]
    public void Plan_SubscribedAfterTheDueInstant_NeitherDueNorStale()
    {
        var plan = Plan(Make(Due30.AddMinutes(1)), Due30.AddHours(1));

        Assert.Empty(plan.Due);
        Assert.Empty(plan.Stale);
    }

    [Fact]
    public void Plan_AlreadyConsidered_IsNotReturnedAgain()
    {
        var plan = Plan(Make(new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero)), Due30.AddHours(1), after: Due30);
        Assert.Empty(plan.Due);
    }

    [Fact]
    public void Plan_AfterEveryMilestone_HasNoNextDueInstant()
    {
        var plan = Plan(Make(new DateTimeOffset(2027, 1, 2, 0, 0, 0, TimeSpan.Zero)), new DateTimeOffset(2027, 1, 3, 0, 0, 0, TimeSpan.Zero));
        Assert.Null(plan.NextDueAt);
    }

    [Fact]
    public void PlanAndNext_SubscribedAtTheDueInstant_BothCountTheReminderDueThen()
    {
        // Break 35 #8: /subscribe 1d at 10:00 Baghdad on 30 December was told "no reminder is planned", then got it.
        var dueDayBefore = new DateTimeOffset(2026, 12, 30, 7, 0, 0, TimeSpan.Zero);
        var subscription = Make(dueDayBefore, 1);

        var plan = Plan(subscription, dueDayBefore);
        var next = ReminderPlanner.Next(subscription, Baghdad, Milestones.All, 10, dueDayBefore);

        Assert.Equal(1, Assert.Single(plan.Due).LeadDays);
        Assert.Equal(dueDayBefore, next?.DueAt);
    }

    [Fact]
    public void Next_AtTheDueInstantOfAnEarlierSubscription_IsTheOneAfterIt()
    {
        // The reminder due now goes out now; it is not the next one for a chat subscribed before it.
        var next = ReminderPlanner.Next(Make(new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero)), Baghdad, Milestones.All, 10, Due30);

        Assert.Equal(new DateTimeOffset(2026, 12, 24, 7, 0, 0, TimeSpan.Zero), next?.DueAt);
    }

    [Fact]
    public void Next_FromNovember2026WithSevenDays_IsChristmasEve()
    {
        var next = ReminderPlanner.Next(Make(new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero), 7), Baghdad, Milestones.All, 10, new DateTimeOffset(2026, 11, 29, 0, 0, 0, TimeSpan.Zero));
        Assert.Equal(new DateTimeOffset(2026, 12, 24, 7, 0, 0, TimeSpan.Zero), next?.DueAt);
    }
}
