using WithdrawalBot.Core.Reminders;

namespace WithdrawalBot.Core.Tests.Reminders;

/// <summary>Break 25: "every day" became "on the day" (English) or "1 day before" (Arabic), "in 3 days" became "3 days before".</summary>
public sealed class ReminderScheduleTests
{
    [Theory]
    [InlineData("remind me every day", UnsupportedSchedule.Repeating)]
    [InlineData("daily reminders please", UnsupportedSchedule.Repeating)]
    [InlineData("ذكرني كل يوم", UnsupportedSchedule.Repeating)]
    [InlineData("ذكرني يومياً", UnsupportedSchedule.Repeating)]
    [InlineData("remind me in 3 days", UnsupportedSchedule.FromNow)]
    [InlineData("remind me in a week", UnsupportedSchedule.FromNow)]
    [InlineData("remind me 2 days from now", UnsupportedSchedule.FromNow)]
    [InlineData("ذكرني بعد ٣ ايام", UnsupportedSchedule.FromNow)]
    [InlineData("ذكرني بعد يومين", UnsupportedSchedule.FromNow)]
    [InlineData("remind me at 8pm", UnsupportedSchedule.AtClockTime)]
    [InlineData("remind me 7 days before at 20:00", UnsupportedSchedule.AtClockTime)]
    [InlineData("ذكرني الساعة 8", UnsupportedSchedule.AtClockTime)]
    public void Unsupported_ScheduleRemindersCannotFollow_IsNamed(string text, UnsupportedSchedule expected) =>
        Assert.Equal(expected, ReminderSchedule.Unsupported(text));

    [Theory]
    [InlineData("remind me 3 days before")]
    [InlineData("remind me a week before")]
    [InlineData("remind me in 3 days before each milestone")]
    [InlineData("remind me 3 days and on the day")]
    [InlineData("7d 1d")]
    [InlineData("ذكرني قبل يومين")]
    [InlineData("ذكرني قبل الانسحاب بأسبوع")]
    [InlineData("remind me 3 days before the end of 2026")]
    [InlineData("remind me before the elections")]
    [InlineData("")]
    public void Unsupported_LeadTimesAsked_IsNone(string text) =>
        Assert.Null(ReminderSchedule.Unsupported(text));
}
