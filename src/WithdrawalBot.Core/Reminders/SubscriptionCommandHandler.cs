using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using WithdrawalBot.Core.Knowledge;
using WithdrawalBot.Core.Languages;
using WithdrawalBot.Core.Messages;
using WithdrawalBot.Core.Platforms;
using WithdrawalBot.Core.Replies;
using WithdrawalBot.Core.Routing;
using WithdrawalBot.Core.Storage;
using WithdrawalBot.Core.Text;
using WithdrawalBot.Core.Time;

namespace WithdrawalBot.Core.Reminders;

/// <summary>
/// Handles <c>/milestones</c>, <c>/next</c>, <c>/subscribe [7d 1d | 2 weeks | يومين] [@channel]</c>, <c>/unsubscribe [@channel]</c>,
/// <c>/subscriptions</c>, <c>/status</c> and <c>/timezone [Europe/Berlin | بغداد | UTC+3]</c>, and the free-text intents of the same
/// names ("remind me a week before" subscribes with that lead time, or changes it; see <see cref="LeadTimes.Find"/>). In groups and channels only admins may change reminders or the time zone.
/// </summary>
public sealed class SubscriptionCommandHandler(
    ISubscriptionStore subscriptions,
    IChatSettingsStore settings,
    IEnumerable<IChatPlatform> platforms,
    IReadOnlyList<Milestone> milestones,
    ReminderTrigger trigger,
    TimeProvider time,
    IOptions<ReminderOptions> options,
    ILogger<SubscriptionCommandHandler> logger) : ICommandHandler
{
    private const int MaxTokens = 24;

    // Free text longer than this is not a reminder request worth reading to the end.
    private const int MaxFreeTextLength = 500;

    /// <inheritdoc />
    public IReadOnlyList<CommandSpec> Commands { get; } =
    [
        new("milestones", "The plan's milestones as reported, and how far away they are", "مواعيد خطة الانسحاب كما وردت وكم بقي عليها"),
        new("next", "The next milestone of the plan", "الموعد القادم في الخطة"),
        new("subscribe", "Reminders before each milestone (e.g. /subscribe 7d 1d)", "تذكيرات قبل كل موعد (مثلاً ‎/subscribe 7d 1d)")
        {
            ArgumentName = "lead_times",
            ArgumentDescriptionEnglish = "How long before each milestone: 30d 7d 1d 0d, 2w or 1 week (0d = the day itself)",
            NeedsReminders = true,
        },
        new("unsubscribe", "Stop reminders in this chat", "إيقاف التذكيرات في هذه المحادثة") { NeedsReminders = true },
        // A bare "stop" / "/stop": the reminders when they are on (what people send to end text-message reminders), else nothing.
        new(StopCommand, "Stop reminders if they are on", "إيقاف التذكيرات إن كانت مفعّلة") { Hidden = true, NeedsReminders = true },
        new("subscriptions", "What this chat is subscribed to", "اشتراك هذه المحادثة في التذكيرات") { NeedsReminders = true },
        new("status", "Reminder status and when the next one comes", "حالة التذكيرات وموعد التذكير القادم") { NeedsReminders = true },
        new("timezone", "Set this chat's time zone (e.g. Europe/Berlin, Baghdad or UTC+3)", "ضبط المنطقة الزمنية للمحادثة (مثل بغداد أو Asia/Baghdad أو UTC+3)")
        {
            ArgumentName = "zone",
            ArgumentDescriptionEnglish = "A city or IANA zone (Baghdad, Europe/Berlin) or a UTC offset (UTC+3)",
            NeedsReminders = true,
        },
    ];

    /// <summary>The hidden command a bare "stop" is read as (<c>/stop</c> too).</summary>
    public const string StopCommand = "stop";

    /// <inheritdoc />
    public Task<Reply> HandleAsync(string commandName, IncomingMessage message, Language language, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (commandName is not ("milestones" or "next") && message.Chat.Platform != ChatPlatform.Discord && MoreThanOneChannel(message, Tokens(message), language) is { } refusal)
        {
            return Task.FromResult(refusal);
        }

        return commandName switch
        {
            "milestones" => MilestonesAsync(message, language, cancellationToken),
            "next" => NextAsync(message, language, cancellationToken),
            // "don't remind me", "ما تذكرني": the matcher drops negations, so a negated request arrives here; it means stop.
            "subscribe" when message.Command is null && ReminderNegation.Negates(Clipped(message.Text)) => UnsubscribeAsync(message, language, cancellationToken),
            // "do I have reminders?", "عندي تذكير؟": a question about reminders shows their status and changes nothing.
            "subscribe" when message.Command is null && ReminderQuestion.AsksOnly(Clipped(message.Text)) => StatusAsync(message, language, "status", cancellationToken),
            "subscribe" => SubscribeAsync(message, language, cancellationToken),
            "unsubscribe" => UnsubscribeAsync(message, language, cancellationToken),
            StopCommand => StopAsync(message, language, cancellationToken),
            "subscriptions" or "status" => StatusAsync(message, language, commandName, cancellationToken),
            "timezone" => TimeZoneAsync(message, language, cancellationToken),
            _ => throw new ArgumentOutOfRangeException(nameof(commandName), commandName, "Not a reminders command."),
        };
    }

    /// <summary><c>/milestones</c>: how far each date is in the chat's own calendar (its <c>/timezone</c>), as its reminders say.</summary>
    private async Task<Reply> MilestonesAsync(IncomingMessage message, Language language, CancellationToken cancellationToken) =>
        MilestoneReplies.List(milestones, time.GetUtcNow(), language, ReachesLater(message.Chat), await ZoneAsync(message.Chat, cancellationToken));

    /// <summary><c>/next</c>: the next date not over in the chat's own calendar.</summary>
    private async Task<Reply> NextAsync(IncomingMessage message, Language language, CancellationToken cancellationToken) =>
        MilestoneReplies.Next(milestones, time.GetUtcNow(), language, await ZoneAsync(message.Chat, cancellationToken));

    private async Task<Reply> SubscribeAsync(IncomingMessage message, Language language, CancellationToken cancellationToken)
    {
        var tokens = Tokens(message);
        var reference = ChannelReference(message, tokens);
        if (reference is null && !ReachesLater(message.Chat))
        {
            // The console and `ask`: whatever the lead times ("0d", "-5d", "soon"), reminders cannot come here, so say that first.
            return SubscriptionReplies.CannotReceive(language);
        }

        if (ReminderSchedule.Unsupported(message.Command?.Arguments ?? Clipped(message.Text)) is { } schedule)
        {
            // "remind me every day" / "in 3 days" / "at 8pm" misread as lead times set something else than asked.
            return SubscriptionReplies.CannotSchedule(schedule, options.Value.LocalHour, await ZoneAsync(message.Chat, cancellationToken), language);
        }

        // Free text ("remind me a week before", "ذكرني قبل يومين"): only the words that name a lead time count.
        var request = message.Command is null
            ? LeadTimes.Find(Clipped(message.Text))
            : LeadTimes.Parse(tokens.Where(t => !IsChannelReference(t, message.Chat.Platform)));
        if (request.Invalid is not null)
        {
            return SubscriptionReplies.BadLeadTime(request.Invalid, language);
        }

        if (request.Fraction is { } fraction)
        {
            return SubscriptionReplies.FractionalLeadTime(fraction, language);
        }

        if (request.TooFarDays is int tooFar)
        {
            return SubscriptionReplies.LeadTimeTooFar(tooFar, language);
        }

        var leadDays = request.Days;
        if (leadDays.Count > LeadTimes.MaxCount)
        {
            return SubscriptionReplies.TooManyLeadTimes(language);
        }

        var target = await ResolveTargetAsync(message, reference, language, cancellationToken, botMustPost: true);
        if (target.Refusal is not null)
        {
            return target.Refusal;
        }

        if (!ReachesLater(target.Chat))
        {
            return SubscriptionReplies.CannotReceive(language);
        }

        var now = time.GetUtcNow();
        var existing = await subscriptions.GetAsync(target.Chat, cancellationToken);
        // No lead times named: an active subscription keeps its own, a new one gets the defaults.
        var chosen = leadDays.Count > 0 ? leadDays : existing is { Active: true } ? existing.LeadDays : LeadTimes.Default;
        var unchanged = existing is { Active: true } && existing.LeadDays.SequenceEqual(chosen);
        var subscription = unchanged
            ? existing!
            : new Subscription(existing?.Id ?? Subscription.NewId(), target.Chat, target.Kind, language, chosen, message.Sender?.Id, now, Active: true);
        if (!unchanged)
        {
            try
            {
                await subscriptions.SaveAsync(subscription, cancellationToken);
            }
            catch (InvalidOperationException) when (existing is null)
            {
                // Two /subscribe in the same chat at once: the other one created it; update that one.
                var raced = await subscriptions.GetAsync(target.Chat, cancellationToken) ?? throw new InvalidOperationException($"Could not save the subscription for {target.Chat}.");
                subscription = subscription with { Id = raced.Id };
                await subscriptions.SaveAsync(subscription, cancellationToken);
            }

            ReminderLog.SubscriptionChanged(logger, existing is null ? "created" : existing.Active ? "changed" : "reactivated", target.Chat, message.Sender?.Id);
            trigger.SubscriptionsChanged();
        }

        var zone = await ZoneAsync(target.Chat, cancellationToken);
        var next = ReminderPlanner.Next(subscription, zone, milestones, options.Value.LocalHour, now);
        var change = unchanged ? SubscriptionChange.Unchanged : existing is { Active: true } ? SubscriptionChange.LeadTimesChanged : SubscriptionChange.TurnedOn;
        return SubscriptionReplies.Subscribed(subscription, reference, change, zone, options.Value.LocalHour, next, MilestoneCountdown.Next(milestones, now), now, language);
    }

    private async Task<Reply> UnsubscribeAsync(IncomingMessage message, Language language, CancellationToken cancellationToken)
    {
        var reference = ChannelReference(message, Tokens(message));
        var target = await ResolveTargetAsync(message, reference, language, cancellationToken);
        if (target.Refusal is not null)
        {
            return target.Refusal;
        }

        var existing = await subscriptions.GetAsync(target.Chat, cancellationToken);
        if (existing is not { Active: true })
        {
            // Not "send /subscribe" where /subscribe cannot work (the console chat, ask).
            return ReachesLater(target.Chat) ? SubscriptionReplies.NotSubscribed(target.Chat, reference, language) : SubscriptionReplies.NothingToStopHere(language);
        }

        await subscriptions.SaveAsync(existing with { Active = false }, cancellationToken);
        ReminderLog.SubscriptionChanged(logger, "stopped", target.Chat, message.Sender?.Id);
        trigger.SubscriptionsChanged();
        return SubscriptionReplies.Unsubscribed(target.Chat, reference, language);
    }

    /// <summary>A bare "stop": turns the reminders off when they are on here; otherwise says nothing was on.</summary>
    private async Task<Reply> StopAsync(IncomingMessage message, Language language, CancellationToken cancellationToken) =>
        ReachesLater(message.Chat) && await subscriptions.GetAsync(message.Chat, cancellationToken) is { Active: true }
            ? await UnsubscribeAsync(message, language, cancellationToken)
            : SubscriptionReplies.NothingWasOn(language);

    private async Task<Reply> StatusAsync(IncomingMessage message, Language language, string intent, CancellationToken cancellationToken)
    {
        if (!ReachesLater(message.Chat))
        {
            // "Reminders are off: send /subscribe" would point to a command this chat refuses.
            return SubscriptionReplies.CannotReceive(language) with { Intent = intent };
        }

        // "/status @mychan" from a private chat: the channel subscribed from there, with the same admin checks.
        var reference = ChannelReference(message, Tokens(message));
        var chat = message.Chat;
        if (reference is not null)
        {
            var target = await ResolveTargetAsync(message, reference, language, cancellationToken);
            if (target.Refusal is not null)
            {
                return target.Refusal with { Intent = intent };
            }

            chat = target.Chat;
        }

        var now = time.GetUtcNow();
        var subscription = await subscriptions.GetAsync(chat, cancellationToken);
        var zone = await ZoneAsync(chat, cancellationToken);
        var next = subscription is { Active: true } ? ReminderPlanner.Next(subscription, zone, milestones, options.Value.LocalHour, now) : null;
        return SubscriptionReplies.Status(chat, reference, subscription, zone, options.Value.LocalHour, next, MilestoneCountdown.Next(milestones, now), now, language) with { Intent = intent };
    }

    private async Task<Reply> TimeZoneAsync(IncomingMessage message, Language language, CancellationToken cancellationToken)
    {
        var chat = message.Chat with { ThreadId = null };
        if (!ReachesLater(chat))
        {
            // The zone only sets the reminders' hour, and reminders never reach the console chat or ask.
            return SubscriptionReplies.CannotReceive(language) with { Intent = "timezone" };
        }

        var tokens = Tokens(message);
        // "/timezone Europe/Berlin @mychan" from a private chat: the channel subscribed from there, with the same admin checks.
        var reference = ChannelReference(message, tokens);
        if (reference is not null)
        {
            var target = await ResolveTargetAsync(message, reference, language, cancellationToken);
            if (target.Refusal is not null)
            {
                return target.Refusal with { Intent = "timezone" };
            }

            chat = target.Chat with { ThreadId = null };
            tokens.Remove(reference);
        }

        var current = await settings.GetAsync(chat, cancellationToken);
        var zone = current.TimeZone is { } name ? TimeZoneNames.Find(name) : null;
        var hour = options.Value.LocalHour;
        var now = time.GetUtcNow();
        if (message.Command is not null && tokens.Count == 0)
        {
            return SubscriptionReplies.CurrentZone(zone ?? DefaultZone, hour, now, language, reference);
        }

        // A command names one zone, possibly in several words ("New York", "UTC +3"); free text names it as Region/City.
        var typed = message.Command is { } command ? (reference is null ? command.Arguments.Trim() : string.Join(' ', tokens)) : null;
        IEnumerable<string> candidates = typed is not null ? [typed, tokens[0]] : tokens.Where(t => t.Contains('/', StringComparison.Ordinal));
        var requested = candidates.Select(TimeZoneNames.Find).FirstOrDefault(z => z is not null);
        if (requested is null)
        {
            if (typed is not null && TimeZoneNames.ReadOffset(typed) is { } offset)
            {
                return SubscriptionReplies.NoFixedZone(offset, TimeZoneNames.CityWithOffset(offset, now), language);
            }

            return message.Command is null && !tokens.Any(t => t.Contains('/', StringComparison.Ordinal))
                ? SubscriptionReplies.CurrentZone(zone ?? DefaultZone, hour, now, language)
                : SubscriptionReplies.UnknownZone(typed ?? tokens.FirstOrDefault() ?? "", language);
        }

        if (reference is null && await MayAdministerAsync(message, chat, cancellationToken) is not true and var may)
        {
            return NotAllowed(may, message, language);
        }

        await settings.SaveAsync(current with { Chat = chat, TimeZone = requested.Id }, cancellationToken);
        trigger.SubscriptionsChanged();
        var subscription = await subscriptions.GetAsync(reference is null ? message.Chat : chat, cancellationToken);
        var next = subscription is { Active: true } ? ReminderPlanner.Next(subscription, requested, milestones, hour, now) : null;
        return SubscriptionReplies.ZoneSet(requested, typed ?? requested.Id, hour, next, now, language, reference);
    }

    /// <summary>
    /// The chat a command acts on: this one (its sender must administer it) or the channel <paramref name="reference"/>
    /// names (its sender must be its admin; with <paramref name="botMustPost"/>, for turning reminders on, the bot must be
    /// able to post there too; stopping them, their status and their time zone need no post).
    /// </summary>
    private async Task<(ChatAddress Chat, ChatKind Kind, Reply? Refusal)> ResolveTargetAsync(IncomingMessage message, string? reference, Language language, CancellationToken cancellationToken, bool botMustPost = false)
    {
        if (reference is null)
        {
            return await MayAdministerAsync(message, message.Chat, cancellationToken) is var may && may == true
                ? (message.Chat, message.Kind, null)
                : (message.Chat, message.Kind, NotAllowed(may, message, language));
        }

        if (message.Chat.Platform == ChatPlatform.Discord)
        {
            // A Discord command acts on its own channel; "I can't find @here, add me as an admin" is Telegram's advice.
            return (message.Chat, message.Kind, SubscriptionReplies.ChannelElsewhere(message.Command?.Name ?? "subscribe", reference, language));
        }

        var platform = Platform(message.Chat.Platform);
        if (message.Sender is null || platform is null)
        {
            return (message.Chat, message.Kind, SubscriptionReplies.ChannelNotFound(reference, language));
        }

        var resolved = await platform.ResolveChatAsync(reference, cancellationToken);
        if (resolved is not { } found)
        {
            return (message.Chat, message.Kind, SubscriptionReplies.ChannelNotFound(reference, language));
        }

        switch (await platform.IsAdminAsync(found.Chat, message.Sender.Id, cancellationToken))
        {
            case null:
                return (found.Chat, found.Kind, SubscriptionReplies.AdminCheckFailed(language));
            case false:
                return (found.Chat, found.Kind, SubscriptionReplies.NotChannelAdmin(reference, language));
        }

        if (botMustPost && !await platform.IsBotAdminAsync(found.Chat, cancellationToken))
        {
            return (found.Chat, found.Kind, SubscriptionReplies.BotNotChannelAdmin(reference, language));
        }

        return (found.Chat, found.Kind, null);
    }

    /// <summary>Whether the sender may change this chat's reminders; <c>null</c> when the platform could not be asked just now.</summary>
    private async Task<bool?> MayAdministerAsync(IncomingMessage message, ChatAddress chat, CancellationToken cancellationToken)
    {
        if (message.Kind == ChatKind.Private)
        {
            return true;
        }

        if (message.SenderIsAdmin is bool known)
        {
            return known;
        }

        return message.Sender is not null && Platform(chat.Platform) is { } platform
            ? await platform.IsAdminAsync(chat with { ThreadId = null }, message.Sender.Id, cancellationToken)
            : false;
    }

    /// <summary>The refusal for a sender who may not change reminders here, or could not be checked (<paramref name="may"/> null).</summary>
    private static Reply NotAllowed(bool? may, IncomingMessage message, Language language) =>
        may is null ? SubscriptionReplies.AdminCheckFailed(language) : SubscriptionReplies.AdminsOnly(message.Chat.Platform, message.Kind, language);

    private async Task<TimeZoneInfo> ZoneAsync(ChatAddress chat, CancellationToken cancellationToken)
    {
        var chatSettings = await settings.GetAsync(chat with { ThreadId = null }, cancellationToken);
        return TimeZoneNames.Find(chatSettings.TimeZone) ?? DefaultZone;
    }

    private TimeZoneInfo DefaultZone => TimeZoneNames.Find(options.Value.TimeZone) ?? TimeZoneInfo.Utc;

    private IChatPlatform? Platform(ChatPlatform platform) => platforms.FirstOrDefault(p => p.Platform == platform);

    /// <summary>Whether reminders can reach <paramref name="chat"/>: false for the console chat and <c>ask</c> (see <see cref="IChatPlatform.CanReceiveLater"/>).</summary>
    private bool ReachesLater(ChatAddress chat) => Platform(chat.Platform) is not { } platform || platform.CanReceiveLater(chat);

    // Only a typed command names a channel (@name or a t.me/name link; on Discord also a channel mention, <#id>, which Discord
    // makes of a "#news" typed into a slash command's option): in free text an @word is usually the bot's own mention.
    private static string? ChannelReference(IncomingMessage message, List<string> tokens) =>
        message.Command is null ? null : tokens.FirstOrDefault(t => IsChannelReference(t, message.Chat.Platform));

    /// <summary>The refusal for a command naming two or more channels ("/subscribe @one @two"), which would act on one and leave the others without a word.</summary>
    private static Reply? MoreThanOneChannel(IncomingMessage message, List<string> tokens, Language language) =>
        message.Command is { } command && tokens.Where(t => IsChannelReference(t, message.Chat.Platform)).Distinct(StringComparer.OrdinalIgnoreCase).ToList() is { Count: > 1 } references
            ? SubscriptionReplies.OneChannelAtATime(command.Name, references, language)
            : null;

    private static bool IsChannelReference(string token, ChatPlatform platform) =>
        (token.StartsWith('@') && token.Length > 1) || token.Contains("t.me/", StringComparison.OrdinalIgnoreCase)
        || (platform == ChatPlatform.Discord && token.StartsWith("<#", StringComparison.Ordinal) && token.EndsWith('>'));

    private static string Clipped(string text) => TextCleaner.Cut(text, MaxFreeTextLength);

    private static List<string> Tokens(IncomingMessage message)
    {
        var text = message.Command?.Arguments ?? message.Text;
        return [.. text.Split([' ', '\t', '\n', '\r', ',', '،'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Take(MaxTokens)];
    }
}
