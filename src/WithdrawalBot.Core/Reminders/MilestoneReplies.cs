using WithdrawalBot.Core.Knowledge;
using WithdrawalBot.Core.Languages;
using WithdrawalBot.Core.Replies;
using WithdrawalBot.Core.Time;

namespace WithdrawalBot.Core.Reminders;

/// <summary>Replies to <c>/milestones</c> and <c>/next</c>: dates as reported, how far from now, paragraphs, passed ones marked.</summary>
public static class MilestoneReplies
{
    /// <summary>Every milestone, in date order, with its reported wording, relative time and paragraphs.</summary>
    /// <param name="milestones">The milestones, in date order.</param>
    /// <param name="now">The current instant.</param>
    /// <param name="language">The reply language.</param>
    /// <param name="remindersHere">
    /// Whether reminders can reach the chat: the last line then offers <c>/subscribe</c>; otherwise (the console chat, <c>ask</c>,
    /// which refuse <c>/subscribe</c>) it says reminders are sent in Telegram and Discord chats.
    /// </param>
    /// <param name="zone">The chat's time zone (its <c>/timezone</c>), whose calendar says how far each date is; by default each milestone's own.</param>
    public static Reply List(IReadOnlyList<Milestone> milestones, DateTimeOffset now, Language language, bool remindersHere, TimeZoneInfo? zone = null)
    {
        ArgumentNullException.ThrowIfNull(milestones);
        var blocks = new List<ReplyBlock>
        {
            new(ReplyBlockKind.Heading, ReminderTexts.Pick(language, "The withdrawal plan's milestones, as reported", "مواعيد خطة الانسحاب كما وردت في التقرير")),
        };
        foreach (var milestone in milestones)
        {
            var status = MilestoneCountdown.HasPassed(milestone, now, zone)
                ? ReminderTexts.Passed(milestone, now, language, zone)
                : ReminderTexts.Relative(milestone, now, language, zone);
            var paragraphs = ReplyComposer.ParagraphWords(milestone.Citations.Select(c => c.Paragraph), language);
            blocks.Add(new ReplyBlock(ReplyBlockKind.ListItem, ReminderTexts.Pick(
                language,
                $"{milestone.When.English}: {milestone.Title.English} — {status} ({paragraphs}).",
                $"{milestone.When.Arabic}: {milestone.Title.Arabic} — {status} ({paragraphs}).")));
        }

        var citations = Citation.Distinct(milestones.SelectMany(m => m.Citations));
        blocks.Add(new ReplyBlock(ReplyBlockKind.Footnote, ReminderTexts.Source(citations, language)));
        blocks.Add(new ReplyBlock(ReplyBlockKind.Footnote, ReminderTexts.PlanCaveat(language)));
        blocks.Add(new ReplyBlock(ReplyBlockKind.Footnote, remindersHere
            ? ReminderTexts.Pick(language, "Reminders before each date: /subscribe", "تذكيرات قبل كل موعد: ‎/subscribe")
            : ReminderTexts.Pick(language, "Reminders before each date are sent in Telegram and Discord chats.", "تُرسل التذكيرات قبل كل موعد في محادثات تيليغرام وديسكورد.")));
        return new Reply(language, blocks) { Intent = "milestones", Answered = true, Confidence = 1, Citations = citations };
    }

    /// <summary>The next milestone whose day is not over in <paramref name="zone"/> (the chat's; by default each milestone's own), quoted; when all have passed, the last one marked passed.</summary>
    public static Reply Next(IReadOnlyList<Milestone> milestones, DateTimeOffset now, Language language, TimeZoneInfo? zone = null)
    {
        ArgumentNullException.ThrowIfNull(milestones);
        var next = MilestoneCountdown.Next(milestones, now, zone);
        var blocks = new List<ReplyBlock>();
        Milestone shown;
        if (next is not null)
        {
            shown = next;
            var relative = ReminderTexts.Relative(next, now, language, zone);
            blocks.Add(new ReplyBlock(ReplyBlockKind.Heading, ReminderTexts.Pick(language, $"Next milestone: {next.When.English} ({relative})", $"الموعد القادم: {next.When.Arabic} ({relative})")));
            blocks.Add(new ReplyBlock(ReplyBlockKind.Paragraph, next.Title.For(language) + "."));
        }
        else
        {
            shown = milestones.MaxBy(m => m.Due.Date) ?? throw new InvalidOperationException("No milestones loaded.");
            blocks.Add(new ReplyBlock(ReplyBlockKind.Heading, ReminderTexts.Pick(language, "Every milestone in the report has passed", "مرّت كل المواعيد الواردة في التقرير")));
            blocks.Add(new ReplyBlock(ReplyBlockKind.Paragraph, ReminderTexts.Pick(
                language,
                $"The last one was {shown.When.English}: {shown.Title.English} — {ReminderTexts.Passed(shown, now, language, zone)}.",
                $"آخرها كان {shown.When.Arabic}: {shown.Title.Arabic} — {ReminderTexts.Passed(shown, now, language, zone)}.")));
        }

        if (language == Language.Arabic)
        {
            blocks.AddRange(shown.Citations.Select(c => new ReplyBlock(ReplyBlockKind.Quote, c.Quote)));
        }

        blocks.Add(new ReplyBlock(ReplyBlockKind.Footnote, ReminderTexts.Source(shown.Citations, language)));
        blocks.Add(new ReplyBlock(ReplyBlockKind.Footnote, ReminderTexts.PlanCaveat(language)));
        return new Reply(language, blocks) { Intent = "next", Answered = true, Confidence = 1, Citations = shown.Citations };
    }
}
