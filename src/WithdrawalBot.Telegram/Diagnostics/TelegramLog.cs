using Microsoft.Extensions.Logging;

namespace WithdrawalBot.Telegram.Diagnostics;

/// <summary>
/// Every log line of the Telegram adapter (event ids 7001–7099). No message ever carries the bot token or a request
/// URL: Telegram puts the token in every URL, so only chat ids, error codes and descriptions are logged.
/// </summary>
internal static partial class TelegramLog
{
    /// <summary>The fatal message for a rejected token; also the message of the exception that stops the host.</summary>
    public const string TokenRejectedMessage = "Telegram rejected the bot token; check Telegram__BotToken";

    /// <summary>The fatal message for a 409 Conflict on getUpdates.</summary>
    public const string ConflictMessage = "Telegram answered 409 Conflict: another instance is polling for updates with this bot token (or a webhook is set); stopping this one. Run one instance per token";

    [LoggerMessage(7001, LogLevel.Information, "Connected to Telegram as @{Username} (bot id {BotId})")]
    public static partial void Connected(this ILogger logger, string username, long botId);

    [LoggerMessage(7002, LogLevel.Critical, TokenRejectedMessage)]
    public static partial void TokenRejected(this ILogger logger);

    [LoggerMessage(7003, LogLevel.Warning, "Could not reach Telegram (attempt {Attempt}): {Cause}; retrying in {Delay}")]
    public static partial void ConnectFailed(this ILogger logger, int attempt, string cause, TimeSpan delay);

    [LoggerMessage(7004, LogLevel.Information, "Registered {Count} commands with Telegram for language '{Language}'")]
    public static partial void CommandsRegistered(this ILogger logger, int count, string language);

    [LoggerMessage(7005, LogLevel.Warning, "Could not register the command list for language '{Language}' ({Cause}); commands still work when typed")]
    public static partial void CommandsFailed(this ILogger logger, string language, string cause);

    [LoggerMessage(7006, LogLevel.Warning, "Command '{Name}' is not a valid Telegram command name (1-32 of a-z, 0-9, _); not registered")]
    public static partial void CommandSkipped(this ILogger logger, string name);

    [LoggerMessage(7007, LogLevel.Information, "Long polling Telegram for updates (timeout {Timeout})")]
    public static partial void PollingStarted(this ILogger logger, TimeSpan timeout);

    [LoggerMessage(7008, LogLevel.Critical, ConflictMessage)]
    public static partial void Conflict(this ILogger logger);

    [LoggerMessage(7009, LogLevel.Warning, "{Method} failed ({Failures} in a row): {Cause}; retrying in {Delay}")]
    public static partial void PollFailed(this ILogger logger, string method, int failures, string cause, TimeSpan delay);

    [LoggerMessage(7010, LogLevel.Warning, "Update {UpdateId} could not be read ({Cause}); skipped")]
    public static partial void UpdateUnreadable(this ILogger logger, long updateId, string cause);

    [LoggerMessage(7011, LogLevel.Error, "Handling update {UpdateId} ({UpdateType}) failed; the updates after it go on")]
    public static partial void UpdateFailed(this ILogger logger, long updateId, string updateType, Exception exception);

    [LoggerMessage(7012, LogLevel.Debug, "Update {UpdateId} ignored: {Reason}")]
    public static partial void UpdateIgnored(this ILogger logger, long updateId, string reason);

    [LoggerMessage(7013, LogLevel.Information, "The bot was removed from chat {ChatId} (status {Status})")]
    public static partial void BotRemoved(this ILogger logger, string chatId, string status);

    [LoggerMessage(7014, LogLevel.Information, "Chat {ChatId} became supergroup {NewChatId}")]
    public static partial void ChatMigrated(this ILogger logger, string chatId, string newChatId);

    [LoggerMessage(7015, LogLevel.Warning, "Telegram refused {Method} for chat {ChatId}: {ErrorCode} {Description}")]
    public static partial void ApiRefused(this ILogger logger, string method, string chatId, int errorCode, string description);

    [LoggerMessage(7016, LogLevel.Warning, "Could not reach Telegram for {Method} to chat {ChatId}: {Cause}")]
    public static partial void NetworkFailed(this ILogger logger, string method, string chatId, string cause);

    [LoggerMessage(7017, LogLevel.Warning, "Button '{Label}' dropped: its payload is {Bytes} bytes, over Telegram's 64-byte callback_data limit")]
    public static partial void ButtonDropped(this ILogger logger, string label, int bytes);

    [LoggerMessage(7018, LogLevel.Warning, "answerCallbackQuery failed")]
    public static partial void CallbackAnswerFailed(this ILogger logger, Exception exception);

    [LoggerMessage(7019, LogLevel.Warning, "answerInlineQuery failed")]
    public static partial void InlineAnswerFailed(this ILogger logger, Exception exception);

    [LoggerMessage(7020, LogLevel.Information, "Webhook set: Telegram posts updates to {Host}{Path}")]
    public static partial void WebhookSet(this ILogger logger, string host, string path);

    [LoggerMessage(7022, LogLevel.Warning, "Webhook request from {RemoteAddress} without the right secret token; answered 401")]
    public static partial void WebhookRejected(this ILogger logger, string remoteAddress);

    [LoggerMessage(7023, LogLevel.Warning, "Webhook request body is not a readable update ({Cause}); acknowledged and skipped")]
    public static partial void WebhookUnreadable(this ILogger logger, string cause);

    [LoggerMessage(7024, LogLevel.Error, "A chat lifecycle handler failed for chat {ChatId}")]
    public static partial void LifecycleFailed(this ILogger logger, string chatId, Exception exception);

    [LoggerMessage(7025, LogLevel.Information, "Stopped polling Telegram")]
    public static partial void PollingStopped(this ILogger logger);

    [LoggerMessage(7027, LogLevel.Warning, "Could not set the webhook (attempt {Attempt}): {Cause}; retrying in {Delay}")]
    public static partial void WebhookSetFailed(this ILogger logger, int attempt, string cause, TimeSpan delay);

    [LoggerMessage(7028, LogLevel.Debug, "Router stayed silent for message {MessageId} in chat {ChatId}")]
    public static partial void RouterSilent(this ILogger logger, string? messageId, string chatId);

    [LoggerMessage(7029, LogLevel.Warning, "Reply to chat {ChatId} not delivered: {Status}")]
    public static partial void ReplyNotDelivered(this ILogger logger, string chatId, string status);

    /// <summary>The full exception behind the short warning just logged (network failures log their cause in one line; the trace only at Debug).</summary>
    [LoggerMessage(7030, LogLevel.Debug, "Details of the Telegram failure above")]
    public static partial void FailureDetails(this ILogger logger, Exception exception);

    [LoggerMessage(7031, LogLevel.Warning, "Telegram: {Count} update(s) were still waiting or being handled at shutdown and were not answered")]
    public static partial void UpdatesUnanswered(this ILogger logger, int count);

    [LoggerMessage(7032, LogLevel.Warning, "Telegram: could not confirm the updates handled before stopping ({Cause}); Telegram will deliver them again after the restart")]
    public static partial void ConfirmAtStopFailed(this ILogger logger, string cause);

    [LoggerMessage(7033, LogLevel.Information, "Telegram: kept {Count} unanswered update(s) for the next start")]
    public static partial void UpdatesKept(this ILogger logger, int count);

    [LoggerMessage(7034, LogLevel.Warning, "Telegram: could not keep {Count} update(s) until answered ({Cause}); a stop or crash before the answer loses them")]
    public static partial void UpdatesNotKept(this ILogger logger, int count, string cause);

    [LoggerMessage(7037, LogLevel.Warning, "Telegram: {Count} update(s) kept unanswered were sent to another bot (id {OtherBotId}; the token was changed): this bot does not answer them, they stay kept for a day in case that token comes back")]
    public static partial void UpdatesForAnotherBot(this ILogger logger, int count, string otherBotId);

    [LoggerMessage(7036, LogLevel.Warning, "Telegram: could not forget the answered update {UpdateId} ({Cause}); it will be answered again at the next start")]
    public static partial void UpdateNotForgotten(this ILogger logger, long updateId, string cause);

    [LoggerMessage(7035, LogLevel.Information, "Telegram: answering {Count} update(s) left unanswered at the last stop ({Dropped} older than a day dropped)")]
    public static partial void UpdatesReplayed(this ILogger logger, int count, int dropped);

    [LoggerMessage(7038, LogLevel.Warning, "Telegram: chat {Chat} has {Count} updates waiting to be handled; its newer updates are dropped until it catches up, so other chats are not held up")]
    public static partial void ChatFlooded(this ILogger logger, string chat, int count);

    [LoggerMessage(7039, LogLevel.Information, "Telegram: chat {Chat} caught up; {Dropped} of its update(s) were dropped unanswered while it was flooded")]
    public static partial void ChatCaughtUp(this ILogger logger, string chat, int dropped);

    [LoggerMessage(7043, LogLevel.Information, "Telegram has stopped for good (the critical line above says what to fix); WithdrawalBot keeps serving {Others}, and /healthz reports telegram Degraded until the bot is restarted with the fix")]
    public static partial void StoppedAlone(this ILogger logger, string others);

    [LoggerMessage(7044, LogLevel.Debug, "Callback query {QueryId} was answered at its deadline while it waited for its turn; its toast (any: {HadToast}) is left out")]
    public static partial void CallbackAnsweredEarly(this ILogger logger, string queryId, bool hadToast);

    [LoggerMessage(7045, LogLevel.Warning, "Telegram cannot deliver updates to the webhook {Host}: {Error} (last failure {At:u}, {Pending} update(s) waiting); check the TLS proxy, its certificate and DNS")]
    public static partial void WebhookUndelivered(this ILogger logger, string host, string error, DateTimeOffset at, int pending);

    [LoggerMessage(7046, LogLevel.Warning, "The webhook is no longer this bot's: {What}. Telegram delivers nothing here until this instance is restarted (the one started last takes the webhook)")]
    public static partial void WebhookLost(this ILogger logger, string what);

    [LoggerMessage(7047, LogLevel.Information, "Telegram delivers updates to the webhook again")]
    public static partial void WebhookDelivering(this ILogger logger);

    [LoggerMessage(7042, LogLevel.Warning, "Telegram: the stop cut the reply to chat {ChatId} while part {Part} of {Parts} was going out; Telegram may have posted it, so it is not sent again")]
    public static partial void SendCutAtStop(this ILogger logger, string chatId, int part, int parts);
}
