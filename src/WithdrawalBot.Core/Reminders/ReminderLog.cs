using Microsoft.Extensions.Logging;
using WithdrawalBot.Core.Messages;

namespace WithdrawalBot.Core.Reminders;

/// <summary>Source-generated log messages of the reminders feature (event ids 4000–4099).</summary>
internal static partial class ReminderLog
{
    [LoggerMessage(4000, LogLevel.Information, "Reminder scheduler started; {Active} active subscriptions, next reminder due {NextDueAt:yyyy-MM-dd HH:mm:ss zzz}")]
    public static partial void Started(ILogger logger, int active, DateTimeOffset nextDueAt);

    [LoggerMessage(4022, LogLevel.Information, "Reminder scheduler started; {Active} active subscriptions, no reminder due in the planning window")]
    public static partial void StartedNothingDue(ILogger logger, int active);

    [LoggerMessage(4001, LogLevel.Information, "Claimed {Count} due reminders (earliest due {EarliestDueAt:yyyy-MM-dd HH:mm:ss zzz})")]
    public static partial void Claimed(ILogger logger, int count, DateTimeOffset earliestDueAt);

    [LoggerMessage(4002, LogLevel.Warning, "Skipped {Count} reminders for milestone {MilestoneId} ({LeadDays}d before): due {DueAt:yyyy-MM-dd HH:mm:ss zzz}, older than the grace window {GraceWindow}")]
    public static partial void SkippedStale(ILogger logger, int count, string milestoneId, int leadDays, DateTimeOffset dueAt, TimeSpan graceWindow);

    [LoggerMessage(4003, LogLevel.Warning, "Reminder {Key} to {Chat} was being sent when the process stopped; it most likely went out, so it is not resent")]
    public static partial void Uncertain(ILogger logger, string key, ChatAddress chat);

    [LoggerMessage(4023, LogLevel.Warning, "Reminder {Key} to {Chat}: the platform gave no answer ({Cause}); it may have been posted, so it is not sent again")]
    public static partial void NoAnswer(ILogger logger, string key, ChatAddress chat, string? cause);

    [LoggerMessage(4004, LogLevel.Information, "Resuming {Count} reminders claimed before a restart and not yet sent")]
    public static partial void Resuming(ILogger logger, int count);

    [LoggerMessage(4005, LogLevel.Warning, "Wall clock jumped: expected about {Expected:yyyy-MM-dd HH:mm:ss zzz}, now {Actual:yyyy-MM-dd HH:mm:ss zzz}; re-planning")]
    public static partial void ClockJumped(ILogger logger, DateTimeOffset expected, DateTimeOffset actual);

    [LoggerMessage(4006, LogLevel.Error, "Reminder planning failed; retrying in {Delay}")]
    public static partial void PlanningFailed(ILogger logger, Exception exception, TimeSpan delay);

    [LoggerMessage(4007, LogLevel.Debug, "Reminder {Key} delivered to {Chat}")]
    public static partial void Delivered(ILogger logger, string key, ChatAddress chat);

    [LoggerMessage(4008, LogLevel.Information, "Chat {Chat} is rate limited; retrying reminder {Key} after {RetryAfter}")]
    public static partial void RateLimited(ILogger logger, ChatAddress chat, string key, TimeSpan retryAfter);

    [LoggerMessage(4009, LogLevel.Warning, "Chat {Chat} is unavailable ({ErrorCode}: {Description}); subscription deactivated")]
    public static partial void ChatUnavailable(ILogger logger, ChatAddress chat, int? errorCode, string? description);

    [LoggerMessage(4010, LogLevel.Information, "Chat {Chat} migrated to {NewChatId}; subscription moved, resending reminder {Key}")]
    public static partial void Migrated(ILogger logger, ChatAddress chat, string newChatId, string key);

    [LoggerMessage(4011, LogLevel.Warning, "Sending reminder {Key} to {Chat} failed (attempt {Attempt} of {MaxAttempts}: {ErrorCode} {Description}); retrying at {RetryAt:yyyy-MM-dd HH:mm:ss zzz}")]
    public static partial void SendFailed(ILogger logger, string key, ChatAddress chat, int attempt, int maxAttempts, int? errorCode, string? description, DateTimeOffset retryAt);

    [LoggerMessage(4012, LogLevel.Error, "Giving up on reminder {Key} to {Chat} after {Attempts} attempts: {ErrorCode} {Description}")]
    public static partial void GaveUp(ILogger logger, string key, ChatAddress chat, int attempts, int? errorCode, string? description);

    [LoggerMessage(4013, LogLevel.Error, "Reminder {Key} could not be processed; it stays claimed and is retried at {RetryAt:yyyy-MM-dd HH:mm:ss zzz}")]
    public static partial void ProcessingFailed(ILogger logger, Exception exception, string key, DateTimeOffset retryAt);

    [LoggerMessage(4014, LogLevel.Warning, "No {Platform} connection is configured; {Count} subscriptions on it wait")]
    public static partial void PlatformMissing(ILogger logger, ChatPlatform platform, int count);

    [LoggerMessage(4015, LogLevel.Information, "Subscription {Action} for {Chat} by {UserId}")]
    public static partial void SubscriptionChanged(ILogger logger, string action, ChatAddress chat, string? userId);

    [LoggerMessage(4016, LogLevel.Information, "Bot removed from {Chat}; {Count} subscriptions deactivated")]
    public static partial void BotRemoved(ILogger logger, ChatAddress chat, int count);

    [LoggerMessage(4017, LogLevel.Information, "Chat {Chat} migrated to {NewChatId}; {Count} subscriptions moved")]
    public static partial void ChatMoved(ILogger logger, ChatAddress chat, string newChatId, int count);

    [LoggerMessage(4018, LogLevel.Warning, "Reminder {Key} was cancelled: subscription {SubscriptionId} is gone or inactive")]
    public static partial void Cancelled(ILogger logger, string key, string subscriptionId);

    [LoggerMessage(4019, LogLevel.Information, "Reminder scheduler stopped")]
    public static partial void Stopped(ILogger logger);

    [LoggerMessage(4020, LogLevel.Information, "Pruned {Count} finished reminder ledger entries due before {DueBefore:yyyy-MM-dd HH:mm:ss zzz}")]
    public static partial void Pruned(ILogger logger, int count, DateTimeOffset dueBefore);

    [LoggerMessage(4021, LogLevel.Warning, "Pruning the reminder ledger failed; retrying in {Retry}")]
    public static partial void PruneFailed(ILogger logger, Exception exception, TimeSpan retry);
}
