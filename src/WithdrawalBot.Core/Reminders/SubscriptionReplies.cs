using WithdrawalBot.Core.Knowledge;
using WithdrawalBot.Core.Languages;
using WithdrawalBot.Core.Messages;
using WithdrawalBot.Core.Replies;
using WithdrawalBot.Core.Text;

namespace WithdrawalBot.Core.Reminders;

/// <summary>The replies of the subscription commands, in both languages.</summary>
public static class SubscriptionReplies
{
    /// <summary>
    /// Confirms a subscription (turned on, lead times changed, or unchanged) with its lead times, hour and next reminder;
    /// <paramref name="upcoming"/> is the nearest milestone still ahead, to say why no reminder is planned when the lead
    /// times all fall before now (<c>null</c> when every milestone has passed).
    /// </summary>
    public static Reply Subscribed(Subscription subscription, string? reference, SubscriptionChange change, TimeZoneInfo zone, int localHour, PlannedDelivery? next, Milestone? upcoming, DateTimeOffset now, Language language)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        var where = Where(subscription.Chat, reference, language);
        var heading = change switch
        {
            SubscriptionChange.Unchanged => ReminderTexts.Pick(language, $"Reminders are already on {where}", $"التذكيرات مفعّلة مسبقاً {where}"),
            SubscriptionChange.LeadTimesChanged => ReminderTexts.Pick(language, $"Reminder times changed {where}", $"تم تغيير أوقات التذكير {where}"),
            _ => ReminderTexts.Pick(language, $"Reminders are on {where}", $"تم تفعيل التذكيرات {where}"),
        };
        var blocks = new List<ReplyBlock>
        {
            new ReplyBlock(ReplyBlockKind.Heading, heading),
            new ReplyBlock(ReplyBlockKind.Paragraph, ReminderTexts.Pick(
                language,
                $"I will post {LeadTimes.DescribeBefore(subscription.LeadDays, language, "each milestone of the plan", "")}, at {ReminderTexts.Hour(localHour, zone, language)}.",
                $"سأرسل تذكيراً {LeadTimes.DescribeBefore(subscription.LeadDays, language, "", "كل موعد من مواعيد الخطة")}، {ReminderTexts.Hour(localHour, zone, language)}.")),
            NextBlock(next, upcoming, zone, now, language, (subscription, localHour)),
            new ReplyBlock(ReplyBlockKind.Footnote, ReminderTexts.Pick(
                language,
                "Choose other days with /subscribe 7d 1d (or /subscribe 2 weeks), stop with /unsubscribe, change the hour's time zone with /timezone Europe/Berlin.",
                "لاختيار أيام أخرى: ‎/subscribe 7d 1d، وللإيقاف: ‎/unsubscribe، ولتغيير المنطقة الزمنية: ‎/timezone Asia/Baghdad.")),
        };
        return new Reply(language, blocks) { Intent = "subscribe" };
    }

    /// <summary>Confirms <c>/unsubscribe</c> in <paramref name="chat"/> (a topic or thread is named so), or for the channel <paramref name="reference"/>.</summary>
    public static Reply Unsubscribed(ChatAddress chat, string? reference, Language language) => Say(
        language,
        "unsubscribe",
        new ReplyBlock(ReplyBlockKind.Heading, ReminderTexts.Pick(language, $"Reminders are off {Where(chat, reference, language)}", $"تم إيقاف التذكيرات {Where(chat, reference, language)}")),
        new ReplyBlock(ReplyBlockKind.Paragraph, ReminderTexts.Pick(language, $"Send {Subscribe(reference)} any time to turn them back on.", $"أرسل ‎{Subscribe(reference)} متى شئت لإعادة تفعيلها.")));

    /// <summary><c>/unsubscribe</c> where nothing was subscribed.</summary>
    public static Reply NotSubscribed(ChatAddress chat, string? reference, Language language) => Say(
        language,
        "unsubscribe",
        new ReplyBlock(ReplyBlockKind.Paragraph, ReminderTexts.Pick(
            language,
            $"There are no reminders to stop {Where(chat, reference, language)}. Send {Subscribe(reference)} to get them.",
            $"لا توجد تذكيرات لإيقافها {Where(chat, reference, language)}. أرسل ‎{Subscribe(reference)} للاشتراك.")));

    /// <summary>A bare "stop" where no reminders are on: acknowledged, and nothing changes.</summary>
    public static Reply NothingWasOn(Language language) => Say(
        language,
        "never-mind",
        new ReplyBlock(ReplyBlockKind.Paragraph, ReminderTexts.Pick(language, "👍 (No reminders are on here, so there is nothing to stop.)", "👍 (لا توجد تذكيرات مفعّلة هنا لإيقافها.)")));

    /// <summary><c>/unsubscribe</c> (or "stop the reminders") in a chat reminders never reach: the console chat or <c>ask</c>.</summary>
    public static Reply NothingToStopHere(Language language) => Say(
        language,
        "unsubscribe",
        new ReplyBlock(ReplyBlockKind.Paragraph, ReminderTexts.Pick(
            language,
            "There are no reminders to stop here: reminders are sent only to Telegram and Discord chats, never to this one.",
            "لا توجد تذكيرات لإيقافها هنا: تُرسل التذكيرات إلى محادثات تيليغرام وديسكورد فقط، لا إلى هذه المحادثة.")));

    /// <summary>
    /// <c>/subscriptions</c> and <c>/status</c>: on or off, lead times, hour and zone, next reminder (<paramref name="upcoming"/>:
    /// the nearest milestone still ahead, or <c>null</c>), for <paramref name="chat"/> (a topic or thread is named so) or the
    /// channel <paramref name="reference"/>.
    /// </summary>
    public static Reply Status(ChatAddress chat, string? reference, Subscription? subscription, TimeZoneInfo zone, int localHour, PlannedDelivery? next, Milestone? upcoming, DateTimeOffset now, Language language)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var where = Where(chat, reference, language);
        if (subscription is not { Active: true })
        {
            return Say(
                language,
                "status",
                new ReplyBlock(ReplyBlockKind.Heading, ReminderTexts.Pick(language, $"Reminders are off {where}", $"التذكيرات غير مفعّلة {where}")),
                new ReplyBlock(ReplyBlockKind.Paragraph, ReminderTexts.Pick(
                    language,
                    $"Send {Subscribe(reference)} to get a short, cited reminder 30 days, 7 days and 1 day before each milestone and on the day, at {ReminderTexts.Hour(localHour, zone, language)}.",
                    $"أرسل ‎{Subscribe(reference)} لتصلك رسالة تذكير قصيرة مع مصدرها قبل كل موعد بـ30 يوماً و7 أيام ويوم واحد وفي يوم الموعد نفسه، {ReminderTexts.Hour(localHour, zone, language)}.")));
        }

        return Say(
            language,
            "status",
            new ReplyBlock(ReplyBlockKind.Heading, ReminderTexts.Pick(language, $"Reminders are on {where}", $"التذكيرات مفعّلة {where}")),
            new ReplyBlock(ReplyBlockKind.ListItem, ReminderTexts.Pick(
                language,
                $"When: {LeadTimes.DescribeBefore(subscription.LeadDays, language, "each milestone", "")}",
                $"متى: {LeadTimes.DescribeBefore(subscription.LeadDays, language, "", "كل موعد")}")),
            new ReplyBlock(ReplyBlockKind.ListItem, ReminderTexts.Pick(
                language,
                $"Hour: {ReminderTexts.Hour(localHour, zone, language)} ({TimeZoneNames.FormatOffset(zone, now)})",
                $"الوقت: {ReminderTexts.Hour(localHour, zone, language)} (\u200E{TimeZoneNames.FormatOffset(zone, now)})")),
            new ReplyBlock(ReplyBlockKind.ListItem, ReminderTexts.Pick(
                language,
                $"Since: {ReminderTexts.FormatLocal(subscription.SubscribedAt, zone, language)}",
                $"منذ: {ReminderTexts.FormatLocal(subscription.SubscribedAt, zone, language)}")),
            NextBlock(next, upcoming, zone, now, language, (subscription, localHour)));
    }

    /// <summary><c>/timezone</c> with no argument: the zone, its offset and the time there now, and how to change it.</summary>
    public static Reply CurrentZone(TimeZoneInfo zone, int localHour, DateTimeOffset now, Language language, string? reference = null)
    {
        ArgumentNullException.ThrowIfNull(zone);
        return Say(
            language,
            "timezone",
            new ReplyBlock(ReplyBlockKind.Paragraph, ReminderTexts.Pick(
                language,
                $"{(reference is null ? "This chat's" : reference + "'s")} time zone is {zone.Id} ({ReminderTexts.ZoneNow(zone, now, language)}): reminders come at {localHour:00}:00 there.",
                $"المنطقة الزمنية {(reference is null ? "لهذه المحادثة" : "لـ" + reference)} {zone.Id} ({ReminderTexts.ZoneNow(zone, now, language)}): تصل التذكيرات الساعة {localHour:00}:00 بتوقيتها.")),
            new ReplyBlock(ReplyBlockKind.Footnote, ReminderTexts.Pick(
                language,
                $"To change it, send /timezone with a city or an IANA name, e.g. /timezone Europe/Berlin ({TimeZoneNames.Examples}).",
                $"لتغييرها أرسل ‎/timezone مع اسم مدينة أو اسم بصيغة IANA، مثل ‎/timezone بغداد أو ‎/timezone Europe/Berlin ({TimeZoneNames.Examples}).")));
    }

    /// <summary><c>/timezone X</c> with an unknown zone.</summary>
    public static Reply UnknownZone(string given, Language language) => Say(
        language,
        "timezone",
        new ReplyBlock(ReplyBlockKind.Paragraph, ReminderTexts.Pick(
            language,
            $"I don't know the time zone “{Clip(given)}”. Use an IANA name (Region/City), a city, or a whole-hour offset from UTC, for example: {TimeZoneNames.Examples}.",
            $"لا أعرف المنطقة الزمنية «{Clip(given)}». استخدم اسماً بصيغة IANA (المنطقة/المدينة) أو اسم مدينة أو فرقاً بساعات كاملة عن UTC، مثل: بغداد، {TimeZoneNames.Examples}.")),
        new ReplyBlock(ReplyBlockKind.Footnote, ReminderTexts.Pick(language, "Example: /timezone Europe/Berlin", "مثال: ‎/timezone Europe/Berlin")));

    /// <summary>
    /// <c>/timezone UTC+05:30</c> or <c>/timezone UTC-14</c>: an offset that no fixed zone has. Out of −12…+14 hours it
    /// says the offset is out of range; with minutes, that offsets are taken in whole hours, suggesting
    /// <paramref name="city"/>, a zone at that offset now, when there is one.
    /// </summary>
    public static Reply NoFixedZone(TimeSpan offset, TimeZoneInfo? city, Language language)
    {
        var written = "UTC" + (offset < TimeSpan.Zero ? "\u2212" : "+") + offset.Duration().ToString(@"hh\:mm", System.Globalization.CultureInfo.InvariantCulture);
        var suggestion = city is null
            ? ReminderTexts.Pick(language, "Send your city instead, e.g. /timezone Asia/Baghdad or /timezone Europe/Berlin.", "أرسل اسم مدينتك بدلاً منه، مثل ‎/timezone بغداد أو ‎/timezone Europe/Berlin.")
            : ReminderTexts.Pick(language, $"Send your city instead, e.g. /timezone {city.Id}.", $"أرسل اسم مدينتك بدلاً منه، مثل ‎/timezone {city.Id}.");
        var outOfRange = offset < TimeSpan.FromHours(-12) || offset > TimeSpan.FromHours(14);
        return Say(
            language,
            "timezone",
            new ReplyBlock(ReplyBlockKind.Paragraph, outOfRange
                ? ReminderTexts.Pick(
                    language,
                    $"{written} is out of range: time zones go from UTC−12 to UTC+14. {suggestion}",
                    $"\u200E{written} خارج النطاق: المناطق الزمنية من UTC−12 إلى UTC+14. {suggestion}")
                : ReminderTexts.Pick(
                    language,
                    $"There is no fixed time zone for {written}: offsets are taken in whole hours, from UTC−12 to UTC+14. {suggestion}",
                    $"لا توجد منطقة زمنية ثابتة لـ\u200E{written}: تُقبل الفروق بساعات كاملة، من UTC−12 إلى UTC+14. {suggestion}")));
    }

    /// <summary>
    /// Confirms a new time zone with its offset from UTC and the time there now, so a reversed sign shows
    /// (<c>Etc/GMT+3</c> is UTC−03:00); <paramref name="typed"/> is what the user wrote, to explain such names.
    /// </summary>
    public static Reply ZoneSet(TimeZoneInfo zone, string typed, int localHour, PlannedDelivery? next, DateTimeOffset now, Language language, string? reference = null)
    {
        ArgumentNullException.ThrowIfNull(zone);
        ArgumentNullException.ThrowIfNull(typed);
        var blocks = new List<ReplyBlock>
        {
            new ReplyBlock(ReplyBlockKind.Heading, ReminderTexts.Pick(
                language,
                $"Time zone set to {zone.Id} ({ReminderTexts.ZoneNow(zone, now, language)})",
                $"تم ضبط المنطقة الزمنية على {zone.Id} ({ReminderTexts.ZoneNow(zone, now, language)})")),
            new ReplyBlock(ReplyBlockKind.Paragraph, ReminderTexts.Pick(
                language,
                $"Reminders in {reference ?? "this chat"} now come at {ReminderTexts.Hour(localHour, zone, language)}.",
                $"ستصل التذكيرات في {reference ?? "هذه المحادثة"} {ReminderTexts.Hour(localHour, zone, language)}.")),
        };
        if (TimeZoneNames.HasReversedSign(zone))
        {
            blocks.Add(new ReplyBlock(ReplyBlockKind.Footnote, ReversedSignNote(zone, typed, now, language)));
        }

        if (TimeZoneNames.IsStandardTimeAbbreviation(zone, now))
        {
            blocks.Add(new ReplyBlock(ReplyBlockKind.Footnote, NoSummerTimeNote(zone, now, language)));
        }

        if (next is not null)
        {
            blocks.Add(NextBlock(next, upcoming: null, zone, now, language));
        }

        return new Reply(language, blocks) { Intent = "timezone" };
    }

    /// <summary>
    /// A polite refusal for a non-admin in a group or channel, in the platform's words: on Discord, members who may manage
    /// the channel (Administrator, Manage Server or Manage Channels); on Telegram, the group's or channel's admins.
    /// </summary>
    public static Reply AdminsOnly(ChatPlatform platform, ChatKind kind, Language language) => Say(
        language,
        "admin_only",
        new ReplyBlock(ReplyBlockKind.Paragraph, platform == ChatPlatform.Discord
            ? ReminderTexts.Pick(language, "Sorry, only members who can manage this channel (Manage Channels, Manage Server or Administrator) can turn reminders on or off or change the time zone here. Ask one of them to send the command.", "عذراً، تفعيل التذكيرات أو إيقافها أو تغيير المنطقة الزمنية هنا متاح فقط لمن يملك صلاحية إدارة هذه القناة (Manage Channels أو Manage Server أو Administrator). اطلب من أحدهم إرسال الأمر.")
            : kind == ChatKind.Channel
            ? ReminderTexts.Pick(language, "Sorry, only this channel's admins can change its reminders.", "عذراً، تغيير تذكيرات هذه القناة متاح لمشرفيها فقط.")
            : ReminderTexts.Pick(language, "Sorry, only this group's admins can turn reminders on or off or change the time zone. Ask an admin to send the command.", "عذراً، تفعيل التذكيرات أو إيقافها أو تغيير المنطقة الزمنية في هذه المجموعة متاح للمشرفين فقط. اطلب من أحد المشرفين إرسال الأمر.")));

    /// <summary>The platform could not say just now whether the sender is an admin: try again, nothing was changed.</summary>
    public static Reply AdminCheckFailed(Language language) => Say(
        language,
        "admin_only",
        new ReplyBlock(ReplyBlockKind.Paragraph, ReminderTexts.Pick(
            language,
            "I could not check your admin rights just now (the platform did not answer), so nothing was changed. Please try again in a minute.",
            "لم أستطع التحقق من صلاحياتك الإدارية الآن (لم تستجب المنصة)، فلم يتغير شيء. حاول مرة أخرى بعد دقيقة.")));

    /// <summary><c>/subscribe @channel</c> where the channel cannot be found or seen.</summary>
    public static Reply ChannelNotFound(string reference, Language language) => Say(
        language,
        "subscribe",
        new ReplyBlock(ReplyBlockKind.Paragraph, ReminderTexts.Pick(
            language,
            $"I can't find {Clip(reference)}. Add me to the channel as an admin who can post messages, then send /subscribe {Clip(reference)} again.",
            $"لا أستطيع العثور على {Clip(reference)}. أضفني إلى القناة مشرفاً يستطيع النشر، ثم أرسل ‎/subscribe {Clip(reference)} مرة أخرى.")));

    /// <summary>
    /// <c>/subscribe #news</c>, <c>/timezone Asia/Baghdad @here</c> and the like on Discord, where reminders belong to the
    /// channel or thread a command is sent in and no other channel can be named (Telegram's <c>@channel</c> handling does not
    /// apply).
    /// </summary>
    public static Reply ChannelElsewhere(string command, string reference, Language language) => Say(
        language,
        command,
        new ReplyBlock(ReplyBlockKind.Paragraph, ReminderTexts.Pick(
            language,
            $"On Discord, reminders belong to the channel (or thread) a command is sent in, so {Clip(reference)} can't be named here, and nothing was changed: send /{command} in that channel itself.",
            $"في ديسكورد تخصّ التذكيرات القناة (أو الخيط) التي يُرسل فيها الأمر، فلا يمكن تسمية {Clip(reference)} هنا، ولم يتغير شيء: أرسل ‎/{command} في تلك القناة نفسها.")));

    /// <summary><c>/subscribe @channel</c>, <c>/status @channel</c> and the like by someone who is not its admin: a channel's
    /// reminders are seen and changed from a private chat by its admins only (its members see them in the channel).</summary>
    public static Reply NotChannelAdmin(string reference, Language language) => Say(
        language,
        "admin_only",
        new ReplyBlock(ReplyBlockKind.Paragraph, ReminderTexts.Pick(
            language,
            $"Sorry, only admins of {Clip(reference)} can see or change its reminders from here.",
            $"عذراً، عرض تذكيرات {Clip(reference)} أو تغييرها من هنا متاح لمشرفيها فقط.")));

    /// <summary><c>/subscribe @channel</c> where the bot cannot post.</summary>
    public static Reply BotNotChannelAdmin(string reference, Language language) => Say(
        language,
        "subscribe",
        new ReplyBlock(ReplyBlockKind.Paragraph, ReminderTexts.Pick(
            language,
            $"I'm not an admin of {Clip(reference)}, so I couldn't post there. Make me an admin with permission to post messages, then try again.",
            $"لست مشرفاً في {Clip(reference)}، فلن أستطيع النشر فيها. اجعلني مشرفاً بصلاحية نشر الرسائل ثم أعد المحاولة.")));

    /// <summary><c>/subscribe @one @two</c> (or <c>/unsubscribe</c>, <c>/status</c>, <c>/timezone</c>): one channel per command, so nothing was done and each is to be sent on its own.</summary>
    public static Reply OneChannelAtATime(string command, IReadOnlyList<string> references, Language language) => Say(
        language,
        command,
        new ReplyBlock(ReplyBlockKind.Paragraph, ReminderTexts.Pick(
            language,
            $"One channel at a time, please: nothing was changed. Send {string.Join(", then ", references.Select(r => $"/{command} {Clip(r)}"))}.",
            $"قناة واحدة في كل مرة من فضلك، ولم يتغير شيء. أرسل {string.Join("، ثم ", references.Select(r => $"‎/{command} {Clip(r)}"))}.")));

    /// <summary><c>/subscribe</c> from a chat the bot cannot post to later (the console chat or a one-off command-line question).</summary>
    public static Reply CannotReceive(Language language) => Say(
        language,
        "subscribe",
        new ReplyBlock(ReplyBlockKind.Paragraph, ReminderTexts.Pick(
            language,
            "Reminders can't reach this chat: they are sent only while I serve Telegram or Discord. Subscribe from a Telegram or Discord chat.",
            "لا تصل التذكيرات إلى هذه المحادثة: أرسلها فقط حين أعمل على تيليغرام أو ديسكورد. اشترك من محادثة على تيليغرام أو ديسكورد.")));

    /// <summary>A lead time that cannot be read.</summary>
    public static Reply BadLeadTime(string token, Language language) => Say(
        language,
        "subscribe",
        new ReplyBlock(ReplyBlockKind.Paragraph, ReminderTexts.Pick(
            language,
            $"I can't read “{Clip(token)}” as a number of days. Write how long before each milestone like 30d 7d 1d, 2w or “1 week”, and 0d (or “day”) for the day itself, up to {LeadTimes.MaxDays}d (one year).",
            $"لم أفهم «{Clip(token)}» عدداً من الأيام. اكتب المدة قبل كل موعد هكذا: 30d 7d 1d أو «اسبوع» أو «يومين»، و0d (أو «اليوم») لليوم نفسه، حتى {LeadTimes.MaxDays}d (سنة).")),
        new ReplyBlock(ReplyBlockKind.Footnote, ReminderTexts.Pick(language, "Example: /subscribe 7d 1d", "مثال: ‎/subscribe 7d 1d")));

    /// <summary>
    /// A lead time that comes to part of a day ("1.5 weeks" = 10.5 days): reminders come on whole days, so it names the
    /// whole days on either side instead of rounding silently. Less than a day ("30 minutes", "3 hours"): reminders come
    /// once a day, so it names the day itself and the day before.
    /// </summary>
    public static Reply FractionalLeadTime(LeadTimeFraction fraction, Language language)
    {
        ArgumentNullException.ThrowIfNull(fraction);
        var lower = (int)decimal.Floor(fraction.Days);
        var upper = lower + 1;
        var exact = fraction.Days.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture);
        if (lower == 0)
        {
            return Say(
                language,
                "subscribe",
                new ReplyBlock(ReplyBlockKind.Paragraph, ReminderTexts.Pick(
                    language,
                    $"“{Clip(fraction.Typed)}” is less than a day, and reminders come once a day, so nothing was changed. Send /subscribe 0d for a reminder on the day itself, or /subscribe 1d for the day before.",
                    $"«{Clip(fraction.Typed)}» أقل من يوم، والتذكيرات تصل مرة واحدة في اليوم، فلم يتغير شيء. أرسل ‎/subscribe 0d لتذكير في يوم الموعد نفسه، أو ‎/subscribe 1d لتذكير قبله بيوم.")));
        }

        return Say(
            language,
            "subscribe",
            new ReplyBlock(ReplyBlockKind.Paragraph, ReminderTexts.Pick(
                language,
                $"“{Clip(fraction.Typed)}” is {exact} days, and reminders come on whole days, so nothing was changed. Send /subscribe {lower}d or /subscribe {upper}d instead.",
                $"«{Clip(fraction.Typed)}» تساوي {exact} يوماً، والتذكيرات تصل بأيام كاملة، فلم يتغير شيء. أرسل ‎/subscribe {lower}d أو ‎/subscribe {upper}d بدلاً منها.")));
    }

    /// <summary>
    /// A schedule reminders cannot follow ("every day", "in 3 days", "at 8pm"): says how reminders do come and how to choose
    /// them; nothing is changed.
    /// </summary>
    public static Reply CannotSchedule(UnsupportedSchedule schedule, int localHour, TimeZoneInfo zone, Language language) => Say(
        language,
        "subscribe",
        new ReplyBlock(ReplyBlockKind.Paragraph, schedule switch
        {
            UnsupportedSchedule.Repeating => ReminderTexts.Pick(
                language,
                "Reminders do not repeat every day or week: they come a set number of days before each milestone (30, 7 and 1 days before and on the day, unless you choose others). Nothing was changed. Send /subscribe for those, or e.g. /subscribe 7d 1d.",
                "التذكيرات لا تتكرر كل يوم أو كل أسبوع: تصل قبل كل موعد بعدد محدد من الأيام (قبل 30 و7 أيام ويوم واحد وفي يوم الموعد، ما لم تختر غيرها). لم يتغير شيء. أرسل ‎/subscribe لذلك، أو مثلاً ‎/subscribe 7d 1d."),
            UnsupportedSchedule.FromNow => ReminderTexts.Pick(
                language,
                "Reminders count back from each milestone, not forward from today: /subscribe 3d means 3 days before each milestone. Nothing was changed; send that if it is what you meant.",
                "التذكيرات تُحسب رجوعاً من كل موعد، لا من اليوم: ‎/subscribe 3d تعني قبل كل موعد بثلاثة أيام. لم يتغير شيء؛ أرسلها إن كان هذا ما تقصده."),
            _ => ReminderTexts.Pick(
                language,
                $"Reminders come at one set hour, {ReminderTexts.Hour(localHour, zone, language)}; the hour cannot be chosen, only the time zone (/timezone Europe/Berlin) and the days (/subscribe 7d 1d). Nothing was changed.",
                $"تصل التذكيرات في ساعة واحدة محددة، {ReminderTexts.Hour(localHour, zone, language)}؛ لا يمكن اختيار الساعة، بل المنطقة الزمنية فقط (‎/timezone Asia/Baghdad) والأيام (‎/subscribe 7d 1d). لم يتغير شيء."),
        }));

    /// <summary>A lead time that reads as days but is over <see cref="LeadTimes.MaxDays"/>: says what is allowed.</summary>
    /// <param name="days">The days asked for; <see cref="int.MaxValue"/> for a count too long to repeat ("That is too far ahead").</param>
    /// <param name="language">The reply language.</param>
    public static Reply LeadTimeTooFar(int days, Language language) => Say(
        language,
        "subscribe",
        new ReplyBlock(ReplyBlockKind.Paragraph, ReminderTexts.Pick(
            language,
            $"{(days == int.MaxValue ? "That is" : $"{days} days is")} too far ahead: a reminder can come at most {LeadTimes.MaxDays} days (one year) before a milestone. Choose lead times from 0d (the day itself) to {LeadTimes.MaxDays}d, at most {LeadTimes.MaxCount} of them.",
            $"{(days == int.MaxValue ? "هذا" : $"{days} يوم")} أبعد من المسموح: يمكن أن يصل التذكير قبل الموعد بـ{LeadTimes.MaxDays} يوماً (سنة) على الأكثر. اختر أوقاتاً من 0d (اليوم نفسه) حتى {LeadTimes.MaxDays}d، وبحدّ أقصى {LeadTimes.MaxCount}.")),
        new ReplyBlock(ReplyBlockKind.Footnote, ReminderTexts.Pick(language, $"Example: /subscribe {LeadTimes.MaxDays}d 30d 7d 1d", $"مثال: ‎/subscribe {LeadTimes.MaxDays}d 30d 7d 1d")));

    /// <summary>More lead times than allowed.</summary>
    public static Reply TooManyLeadTimes(Language language) => Say(
        language,
        "subscribe",
        new ReplyBlock(ReplyBlockKind.Paragraph, ReminderTexts.Pick(
            language,
            $"That is more than {LeadTimes.MaxCount} reminders per milestone; please choose at most {LeadTimes.MaxCount}, e.g. /subscribe 30d 7d 1d 0d.",
            $"هذا أكثر من {LeadTimes.MaxCount} تذكيرات لكل موعد؛ اختر {LeadTimes.MaxCount} على الأكثر، مثل ‎/subscribe 30d 7d 1d 0d.")));

    /// <param name="next">The next reminder, or <c>null</c>.</param>
    /// <param name="upcoming">The nearest milestone still ahead, or <c>null</c>.</param>
    /// <param name="zone">The chat's zone.</param>
    /// <param name="now">The current instant.</param>
    /// <param name="language">The reply language.</param>
    /// <param name="owner">The subscription and reminder hour, to tell a reminder already sent for <paramref name="upcoming"/> from lead times that were too long from the start.</param>
    private static ReplyBlock NextBlock(PlannedDelivery? next, Milestone? upcoming, TimeZoneInfo zone, DateTimeOffset now, Language language, (Subscription Subscription, int LocalHour)? owner = null)
    {
        if (next is null && upcoming is not null && owner is var (subscription, localHour) && LastSent(subscription, upcoming, localHour, zone, now) is { } sent)
        {
            // The reminder just went out: its lead time is not "sooner" than the milestone, it is used up.
            var when = ReminderTexts.RelativeDay(sent.At, now, zone, language);
            return new ReplyBlock(ReplyBlockKind.Paragraph, ReminderTexts.Pick(
                language,
                $"No reminder is planned: the last one for the next milestone, “{upcoming.When.English}” ({upcoming.Title.English}), was due {when}, {LeadTimes.Describe(sent.Lead, language)}.{(sent.Lead > 1 ? $" To get another before it, add a shorter lead time, e.g. /subscribe {sent.Lead}d 1d." : "")}",
                $"لا يوجد تذكير قادم: آخر تذكير بالموعد التالي «{upcoming.When.Arabic}» ({upcoming.Title.Arabic}) حان {when}، {LeadTimes.Describe(sent.Lead, language)}.{(sent.Lead > 1 ? $" لتذكير آخر قبله أضف وقتاً أقصر، مثل ‎/subscribe {sent.Lead}d 1d." : "")}"));
        }

        if (next is null && upcoming is not null && owner is var (subscriber, hour) && MissedToday(subscriber, upcoming, hour, zone, now) is { } missed)
        {
            // Its reminder fell due earlier today, before the chat subscribed ("/subscribe 0d" at 10:00:01 on the day): the
            // lead time is not "sooner" than the milestone, its hour has passed.
            var away = Time.MilestoneCountdown.Describe(upcoming, now, language);
            var dueHour = TimeZoneInfo.ConvertTime(missed.At, zone).ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture);
            var example = ShorterLeads(upcoming, hour, zone, now);
            return new ReplyBlock(ReplyBlockKind.Paragraph, ReminderTexts.Pick(
                language,
                $"No reminder is planned: the next milestone, “{upcoming.When.English}” ({upcoming.Title.English}), is {away}, and its reminder {LeadTimes.Describe(missed.Lead, language)} was due today at {dueHour} ({zone.Id}), before these reminders were set.{(example is null ? "" : $" For one still to come, choose a shorter lead time, e.g. {example}.")}",
                $"لا يوجد تذكير قادم: الموعد التالي «{upcoming.When.Arabic}» ({upcoming.Title.Arabic}) {away}، وتذكيره {LeadTimes.Describe(missed.Lead, language)} حان اليوم الساعة {dueHour} ({zone.Id})، قبل ضبط هذه التذكيرات.{(example is null ? "" : $" لتذكير لم يحن بعد اختر وقتاً أقصر، مثل ‎{example}.")}"));
        }

        if (next is null && upcoming is not null)
        {
            var away = Time.MilestoneCountdown.Describe(upcoming, now, language);
            var example = ShorterLeads(upcoming, owner?.LocalHour, zone, now);
            return new ReplyBlock(ReplyBlockKind.Paragraph, ReminderTexts.Pick(
                language,
                $"No reminder is planned: the next milestone, “{upcoming.When.English}” ({upcoming.Title.English}), is {away}, sooner than these lead times.{(example is null ? "" : $" Choose shorter ones, e.g. {example}.")}",
                $"لا يوجد تذكير قادم: الموعد التالي «{upcoming.When.Arabic}» ({upcoming.Title.Arabic}) {away}، أقرب من هذه الأوقات.{(example is null ? "" : $" اختر أوقاتاً أقصر، مثل ‎{example}.")}"));
        }

        if (next is null)
        {
            return new ReplyBlock(ReplyBlockKind.Paragraph, ReminderTexts.Pick(
                language,
                "No reminder is left to send: every milestone in the report has passed. New ones come when the knowledge base gains sources.",
                "لا يوجد تذكير قادم: مرّت كل المواعيد الواردة في التقرير. ستأتي مواعيد جديدة حين تُضاف مصادر أخرى."));
        }

        var at = ReminderTexts.FormatLocal(next.DueAt, zone, language);
        var relative = ReminderTexts.RelativeDay(next.DueAt, now, zone, language);
        return new ReplyBlock(ReplyBlockKind.Paragraph, ReminderTexts.Pick(
            language,
            $"Next reminder: {at} ({relative}), {LeadTimes.DescribeBefore([next.LeadDays], language, $"“{next.Milestone.When.English}”", "")}: {next.Milestone.Title.English}.",
            $"التذكير القادم: {at} ({relative})، {LeadTimes.DescribeBefore([next.LeadDays], language, "", $"موعد «{next.Milestone.When.Arabic}»")}: {next.Milestone.Title.Arabic}."));
    }

    /// <summary>The latest reminder for <paramref name="milestone"/> that fell due since the chat subscribed; <c>null</c> when none did.</summary>
    private static (int Lead, DateTimeOffset At)? LastSent(Subscription subscription, Milestone milestone, int localHour, TimeZoneInfo zone, DateTimeOffset now) =>
        subscription.LeadDays
            .Select(lead => (Lead: lead, At: ReminderClock.DueAt(milestone, lead, localHour, zone)))
            .Where(d => d.At >= subscription.SubscribedAt && d.At <= now)
            .Select(d => ((int Lead, DateTimeOffset At)?)d)
            .MaxBy(d => d!.Value.At);

    /// <summary>
    /// The latest reminder for <paramref name="milestone"/> that fell due earlier today (the chat's calendar day) but before
    /// the chat subscribed, so was never sent; <c>null</c> when none did.
    /// </summary>
    private static (int Lead, DateTimeOffset At)? MissedToday(Subscription subscription, Milestone milestone, int localHour, TimeZoneInfo zone, DateTimeOffset now)
    {
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
        return subscription.LeadDays
            .Select(lead => (Lead: lead, At: ReminderClock.DueAt(milestone, lead, localHour, zone)))
            .Where(d => d.At < subscription.SubscribedAt && d.At <= now && DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(d.At, zone).DateTime) == today)
            .Select(d => ((int Lead, DateTimeOffset At)?)d)
            .MaxBy(d => d!.Value.At);
    }

    /// <summary>Lead times, in days, a <c>/subscribe</c> example may offer, longest first.</summary>
    private static readonly int[] ExampleLeads = [7, 1, 0];

    /// <summary>
    /// A <c>/subscribe</c> example whose lead times (at most two of 7, 1 and 0 days, longest first) still give a reminder
    /// before <paramref name="milestone"/> ("/subscribe 1d 0d" two days before it); <c>null</c> when none would, or when the
    /// reminder hour is not known.
    /// </summary>
    private static string? ShorterLeads(Milestone milestone, int? localHour, TimeZoneInfo zone, DateTimeOffset now)
    {
        if (localHour is not { } hour)
        {
            return null;
        }

        int[] fitting = [.. ExampleLeads.Where(lead => ReminderClock.DueAt(milestone, lead, hour, zone) > now).Take(2)];
        return fitting.Length == 0 ? null : "/subscribe " + string.Join(' ', fitting.Select(lead => $"{lead}d"));
    }

    /// <summary>
    /// "Note: EST is UTC−05:00 all year, with no summer time …": a standard-time abbreviation (<c>EST</c>, <c>MST</c>,
    /// <c>HST</c>) is kept as typed, but where it is the winter time of a place that moves its clocks, reminders come an
    /// hour late all summer; it names a zone that follows summer time (America/New_York for EST), else asks for the city.
    /// </summary>
    private static string NoSummerTimeNote(TimeZoneInfo zone, DateTimeOffset now, Language language)
    {
        var offset = TimeZoneNames.FormatOffset(zone, now);
        var instead = TimeZoneNames.WithSummerTime(zone, now);
        return ReminderTexts.Pick(
            language,
            $"Note: {zone.Id} is {offset} all year, with no summer time: where clocks move forward in summer, reminders would then come an hour late. To follow summer time, send {(instead is null ? "/timezone with your city" : $"/timezone {instead.Id}")}.",
            $"ملاحظة: {zone.Id} تعني ‎{offset} طوال السنة بلا توقيت صيفي: حيث تُقدَّم الساعات صيفاً ستصل التذكيرات حينها متأخرة ساعة. لاتباع التوقيت الصيفي أرسل {(instead is null ? "‎/timezone مع اسم مدينتك" : $"‎/timezone {instead.Id}")}.");
    }

    /// <summary>"Note: Etc/GMT+3 is 3 hours behind UTC …": the tz database's reversed sign, explained for what the user typed.</summary>
    private static string ReversedSignNote(TimeZoneInfo zone, string typed, DateTimeOffset now, Language language)
    {
        var offset = zone.GetUtcOffset(now);
        var hours = Math.Abs((int)offset.TotalHours);
        var count = hours.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var ahead = offset > TimeSpan.Zero;
        var meant = "UTC" + (ahead ? "+" : "-") + count;
        var opposite = "UTC" + (ahead ? "-" : "+") + count;
        var arabicHours = hours switch { 1 => "بساعة واحدة", 2 => "بساعتين", <= 10 => $"بـ{count} ساعات", _ => $"بـ{count} ساعة" };
        return TimeZoneNames.ReadOffset(typed) is null
            ? ReminderTexts.Pick(
                language,
                $"Note: {zone.Id} is {count} hour{(hours == 1 ? "" : "s")} {(ahead ? "ahead of" : "behind")} UTC: names of the Etc/GMT kind reverse the sign. If you meant {opposite}, send /timezone {opposite} or your city.",
                $"ملاحظة: {zone.Id} {(ahead ? "تسبق" : "تتأخر عن")} UTC {arabicHours}: أسماء Etc/GMT تعكس الإشارة. إن كنت تقصد ‎{opposite} فأرسل ‎/timezone {opposite} أو اسم مدينتك.")
            : ReminderTexts.Pick(
                language,
                $"{zone.Id} is the tz database's name for {meant} (such names reverse the sign).",
                $"{zone.Id} هو اسم ‎{meant} في قاعدة المناطق الزمنية (هذه الأسماء تعكس الإشارة).");
    }

    /// <summary>"for @channel", "in this topic" (Telegram forum), "in this thread" (Discord) or "in this chat".</summary>
    private static string Where(ChatAddress chat, string? reference, Language language) =>
        reference is not null ? ReminderTexts.Pick(language, $"for {Clip(reference)}", $"لـ {Clip(reference)}")
        : chat.ThreadId is null ? ReminderTexts.Pick(language, "in this chat", "في هذه المحادثة")
        : chat.Platform == ChatPlatform.Discord ? ReminderTexts.Pick(language, "in this thread", "في هذا الخيط")
        : ReminderTexts.Pick(language, "in this topic", "في هذا الموضوع");

    /// <summary>
    /// The command that subscribes where the reply is about: "/subscribe @mychan" for a channel handled from a private chat
    /// (break 32 #12: a bare "/subscribe" there subscribed the private chat), else "/subscribe".
    /// </summary>
    private static string Subscribe(string? reference) => reference is null ? "/subscribe" : $"/subscribe {Clip(reference)}";

    /// <summary>User text echoed in a reply: at most 64 characters, terminal escapes and control characters removed.</summary>
    private static string Clip(string text) => TextCleaner.Printable(TextCleaner.Cut(text, 65, "…"));

    private static Reply Say(Language language, string intent, params ReplyBlock[] blocks) => new(language, blocks) { Intent = intent };
}
