using WithdrawalBot.Core.Knowledge;
using WithdrawalBot.Core.Languages;
using WithdrawalBot.Core.Replies;

namespace WithdrawalBot.Core.Reminders;

/// <summary>Writes one reminder message: what is due, when (as reported and relative), the paragraphs, the caveat.</summary>
public static class ReminderComposer
{
    /// <summary>The reminder for <paramref name="milestone"/> sent at <paramref name="now"/> to a chat in <paramref name="zone"/> (its <c>/timezone</c>), whose calendar says how far the date is.</summary>
    /// <returns>A reply with intent <c>reminder</c>, <see cref="Reply.Answered"/> true and the milestone's citations.</returns>
    public static Reply Compose(Milestone milestone, DateTimeOffset now, Language language, TimeZoneInfo? zone = null)
    {
        ArgumentNullException.ThrowIfNull(milestone);
        var relative = ReminderTexts.Relative(milestone, now, language, zone);
        var when = milestone.When.For(language);
        var blocks = new List<ReplyBlock>
        {
            new(ReplyBlockKind.Heading, ReminderTexts.Pick(language, $"Reminder: {when} ({relative})", $"تذكير: {when} ({relative})")),
            new(ReplyBlockKind.Paragraph, ReminderTexts.Pick(
                language,
                $"{milestone.Title.English}. The report gives this date as “{when}”.",
                $"{milestone.Title.Arabic}. الموعد بحسب التقرير: {when}.")),
        };
        if (language == Language.Arabic)
        {
            blocks.AddRange(milestone.Citations.Select(c => new ReplyBlock(ReplyBlockKind.Quote, c.Quote)));
        }

        blocks.Add(new ReplyBlock(ReplyBlockKind.Footnote, ReminderTexts.Source(milestone.Citations, language)));
        blocks.Add(new ReplyBlock(ReplyBlockKind.Footnote, ReminderTexts.PlanCaveat(language)));
        blocks.Add(new ReplyBlock(ReplyBlockKind.Footnote, ReminderTexts.Pick(language, "To stop these reminders: /unsubscribe", "لإيقاف هذه التذكيرات: ‎/unsubscribe")));
        return new Reply(language, blocks) { Intent = "reminder", Answered = true, Confidence = 1, Citations = milestone.Citations };
    }
}
