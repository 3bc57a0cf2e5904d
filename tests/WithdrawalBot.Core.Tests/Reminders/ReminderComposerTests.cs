using WithdrawalBot.Core.Languages;
using WithdrawalBot.Core.Reminders;
using WithdrawalBot.Core.Replies;

namespace WithdrawalBot.Core.Tests.Reminders;

public sealed class ReminderComposerTests
{
    private static readonly DateTimeOffset ThirtyDaysBefore = new(2026, 12, 1, 7, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Compose_English_SaysWhatWhenRelativeParagraphsAndCaveat()
    {
        var reply = ReminderComposer.Compose(Milestones.EndOf2026, ThirtyDaysBefore, Language.English);

        var text = reply.ToPlainText();
        Assert.StartsWith("Reminder: by about the end of 2026 (in about 30 days)", text, StringComparison.Ordinal);
        Assert.Contains("The remaining forces are to leave; those in Erbil were expected to stay until about then", text, StringComparison.Ordinal);
        Assert.Contains("paragraphs 2 and 18", text, StringComparison.Ordinal);
        Assert.Contains("the plan as reported", text, StringComparison.Ordinal);
        Assert.Contains("/unsubscribe", text, StringComparison.Ordinal);
        Assert.Equal("reminder", reply.Intent);
        Assert.True(reply.Answered);
        Assert.Equal([2, 18], reply.Citations.Select(c => c.Paragraph));
    }

    [Fact]
    public void Compose_Arabic_QuotesTheArticleVerbatim()
    {
        var reply = ReminderComposer.Compose(Milestones.EndOf2026, ThirtyDaysBefore, Language.Arabic);

        var quotes = reply.Blocks.Where(b => b.Kind == ReplyBlockKind.Quote).Select(b => b.Text);
        Assert.Equal(Milestones.EndOf2026.Citations.Select(c => c.Quote), quotes);
        Assert.StartsWith("تذكير: حتى نهاية عام 2026 تقريبا (بعد نحو 30", reply.ToPlainText(), StringComparison.Ordinal);
        Assert.Contains("الفقرتان 2 و18", reply.ToPlainText(), StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_OnTheDay_SaysToday()
    {
        var reply = ReminderComposer.Compose(Milestones.EndOf2026, new DateTimeOffset(2026, 12, 31, 7, 0, 0, TimeSpan.Zero), Language.English);
        Assert.StartsWith("Reminder: by about the end of 2026 (today)", reply.ToPlainText(), StringComparison.Ordinal);
    }
}
