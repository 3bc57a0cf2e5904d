using System.Globalization;
using WithdrawalBot.Core.Languages;
using WithdrawalBot.Core.Replies;
using WithdrawalBot.Core.Storage;
using WithdrawalBot.Core.Time;

namespace WithdrawalBot.Core.Admin;

/// <summary>
/// The replies of the operator commands, in Arabic or English. Users' questions are quoted as plain text (renderers
/// escape them), on one line and at most <see cref="MaxQuoteLength"/> characters.
/// </summary>
public static class AdminReplies
{
    /// <summary>How many characters of a user's question are shown.</summary>
    public const int MaxQuoteLength = 200;

    /// <summary>A non-operator tried an operator command.</summary>
    public static Reply Refused(string command, Language language) => Say(
        command + "-refused",
        language,
        new ReplyBlock(ReplyBlockKind.Paragraph, Pick(
            language,
            "Sorry, this command is only for the people who run this bot. Ask me anything about the withdrawal plan instead, or send /help.",
            "عذراً، هذا الأمر مخصّص لمن يشغّلون البوت فقط. اسألني ما تشاء عن خطة الانسحاب، أو أرسل ‎/help.")));

    /// <summary>An operator used an operator command outside a private chat.</summary>
    public static Reply PrivateOnly(string command, Language language) => Say(
        command + "-private-only",
        language,
        new ReplyBlock(ReplyBlockKind.Paragraph, Pick(
            language,
            $"Operator commands answer only in a private chat with the bot, so statistics and users' questions stay out of groups. Send /{command} to me directly.",
            $"أوامر المشغّل تعمل في المحادثة الخاصة مع البوت فقط، حتى لا تظهر الإحصاءات وأسئلة المستخدمين في المجموعات. أرسل ‎/{command} لي مباشرة.")));

    /// <summary>The <c>/stats</c> reply; parts that are <c>null</c> in <paramref name="statistics"/> are left out.</summary>
    public static Reply Stats(AdminStatistics statistics, Language language)
    {
        ArgumentNullException.ThrowIfNull(statistics);
        var blocks = new List<ReplyBlock> { new(ReplyBlockKind.Heading, Pick(language, "Bot statistics", "إحصاءات البوت")) };
        if (statistics.ActiveSubscriptions is { } active && statistics.SubscribedChats is { } chats)
        {
            blocks.Add(new(ReplyBlockKind.ListItem, Pick(
                language,
                $"Reminder subscriptions: {N(active)} active, in {N(chats)} chat{(chats == 1 ? "" : "s")}",
                $"اشتراكات التذكير: {N(active)} فعّالة، في {N(chats)} محادثة")));
        }

        if (statistics.Questions is { } questions)
        {
            var days = AdminCommandHandler.RecentDays;
            blocks.Add(new(ReplyBlockKind.ListItem, Pick(
                language,
                $"Questions answered: {N(questions.Answered)} in all, {N(questions.RecentAnswered)} in the last {days} days",
                $"أسئلة أُجيب عنها: {N(questions.Answered)} في المجموع، {N(questions.RecentAnswered)} في آخر {days} أيام")));
            blocks.Add(new(ReplyBlockKind.ListItem, Pick(
                language,
                $"Questions not answered (the report does not say): {N(questions.Refused)} in all, {N(questions.RecentRefused)} in the last {days} days",
                $"أسئلة بلا جواب (لا يذكرها التقرير): {N(questions.Refused)} في المجموع، {N(questions.RecentRefused)} في آخر {days} أيام")));
        }
        else if (statistics.Unanswered is { } total)
        {
            blocks.Add(new(ReplyBlockKind.ListItem, Pick(language, $"Questions not answered: {N(total)}", $"أسئلة بلا جواب: {N(total)}")));
        }

        if (statistics.Feedback is { } feedback)
        {
            blocks.Add(new(ReplyBlockKind.ListItem, Pick(
                language,
                $"Feedback: {N(feedback.Helpful)} helpful, {N(feedback.NotHelpful)} not helpful",
                $"التقييمات: {N(feedback.Helpful)} مفيد، {N(feedback.NotHelpful)} غير مفيد")));
        }

        if (statistics.Unanswered is not null)
        {
            blocks.Add(new(ReplyBlockKind.Heading, Pick(language, "Most asked unanswered questions", "أكثر الأسئلة التي بلا جواب تكراراً")));
            if (statistics.TopUnanswered.Count == 0)
            {
                blocks.Add(new(ReplyBlockKind.Paragraph, Pick(language, "Nothing yet: every question so far found an answer.", "لا شيء بعد: كل الأسئلة حتى الآن وجدت جواباً.")));
            }

            blocks.AddRange(statistics.TopUnanswered.Select(t => new ReplyBlock(ReplyBlockKind.ListItem, $"{Times(t.Count, language)} — {Quote(t.Text)}")));
        }

        if (statistics.Feedback is { } ratings)
        {
            blocks.Add(new(ReplyBlockKind.Heading, Pick(language, "Answers most often rated not helpful", "الأجوبة الأكثر تقييماً بأنها غير مفيدة")));
            if (ratings.MostUnhelpful.Count == 0)
            {
                blocks.Add(new(ReplyBlockKind.Paragraph, Pick(language, "Nothing yet: no answer was rated not helpful.", "لا شيء بعد: لم يُقيَّم أي جواب بأنه غير مفيد.")));
            }

            blocks.AddRange(ratings.MostUnhelpful.Select(t => new ReplyBlock(ReplyBlockKind.ListItem, Unhelpful(t, language))));
        }

        if (statistics.Questions is { } counted)
        {
            var since = counted.Since?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            blocks.Add(new(ReplyBlockKind.Footnote, since is null
                ? Pick(language, "No question counted yet.", "لم يُحسب أي سؤال بعد.")
                : Pick(
                    language,
                    $"Questions are counted per UTC day since {since}, across restarts; the last {AdminCommandHandler.RecentDays} days include today.",
                    $"تُحسب الأسئلة لكل يوم (بتوقيت UTC) منذ {since}، ولا تضيع عند إعادة التشغيل؛ وآخر {AdminCommandHandler.RecentDays} أيام تشمل اليوم.")));
        }

        blocks.Add(new(ReplyBlockKind.Footnote, Pick(
            language,
            "Send /unanswered for the latest questions without an answer.",
            "أرسل ‎/unanswered لآخر الأسئلة بلا جواب.")));
        return new Reply(language, blocks) { Intent = "stats" };
    }

    /// <summary>The <c>/unanswered</c> reply: the questions in the order given (newest first), each with when, language and platform.</summary>
    public static Reply Unanswered(IReadOnlyList<UnansweredQuestion> questions, DateTimeOffset now, Language language)
    {
        ArgumentNullException.ThrowIfNull(questions);
        if (questions.Count == 0)
        {
            return Say("unanswered", language, new ReplyBlock(ReplyBlockKind.Paragraph, Pick(
                language,
                "No unanswered questions yet: every question so far found an answer.",
                "لا توجد أسئلة بلا جواب بعد: كل الأسئلة حتى الآن وجدت جواباً.")));
        }

        var blocks = new List<ReplyBlock>
        {
            new(ReplyBlockKind.Heading, LatestHeading(questions.Count, language)),
        };
        foreach (var question in questions)
        {
            var when = question.AskedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
            var ago = RelativeTime.Describe(question.AskedAt, now, language);
            var platform = question.Chat.Platform.ToString().ToLowerInvariant();
            blocks.Add(new(ReplyBlockKind.ListItem, $"{when} ({ago}) · {question.Language} · {platform} — {Quote(question.Text)}"));
        }

        return new Reply(language, blocks) { Intent = "unanswered" };
    }

    private static string Unhelpful(FeedbackTally tally, Language language)
    {
        var line = $"{tally.FactId} ({ReplyComposer.ParagraphWords(tally.Paragraphs, language)}): {Times(tally.Count, language)}";
        return tally.LastQuestion is { } question
            ? line + Pick(language, " — last asked as ", " — آخر سؤال: ") + Quote(question)
            : line;
    }

    /// <summary>"The latest unanswered question" / "Latest 5 unanswered questions, newest first", with Arabic number agreement.</summary>
    private static string LatestHeading(int count, Language language) => (language, count) switch
    {
        (Language.Arabic, 1) => "آخر سؤال بلا جواب",
        (Language.Arabic, 2) => "آخر سؤالين بلا جواب، الأحدث أولاً",
        (Language.Arabic, <= 10) => $"آخر {N(count)} أسئلة بلا جواب، الأحدث أولاً",
        (Language.Arabic, _) => $"آخر {N(count)} سؤالاً بلا جواب، الأحدث أولاً",
        (_, 1) => "The latest unanswered question",
        _ => $"Latest {N(count)} unanswered questions, newest first",
    };

    private static string Times(int count, Language language) => Pick(
        language,
        count == 1 ? "once" : $"{N(count)} times",
        count switch { 1 => "مرة واحدة", 2 => "مرتان", <= 10 => $"{N(count)} مرات", _ => $"{N(count)} مرة" });

    private static string Quote(string text)
    {
        var line = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (line.Length > MaxQuoteLength)
        {
            var cut = char.IsHighSurrogate(line[MaxQuoteLength - 2]) ? MaxQuoteLength - 2 : MaxQuoteLength - 1;
            line = line[..cut] + "…";
        }

        return "“" + line + "”";
    }

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Pick(Language language, string english, string arabic) => language == Language.Arabic ? arabic : english;

    private static Reply Say(string intent, Language language, params ReplyBlock[] blocks) => new(language, blocks) { Intent = intent };
}
