using Microsoft.Extensions.Logging;

namespace WithdrawalBot.Core.Routing;

/// <summary>Log messages of the router (event ids 2000–2099).</summary>
internal static partial class RouterLog
{
    [LoggerMessage(EventId = 2000, Level = LogLevel.Error, Message = "Handling a {Platform} message in chat {ChatId} failed; the user gets an apology")]
    public static partial void MessageFailed(ILogger logger, Exception exception, string platform, string chatId);

    [LoggerMessage(EventId = 2001, Level = LogLevel.Warning, Message = "Recording an unanswered question from chat {ChatId} failed")]
    public static partial void UnansweredNotRecorded(ILogger logger, Exception exception, string chatId);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Warning, Message = "Recording feedback on fact {FactId} failed")]
    public static partial void FeedbackNotRecorded(ILogger logger, Exception exception, string factId);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Information, Message = "Ignored a stale or unknown button payload of {Length} characters in chat {ChatId}")]
    public static partial void StaleButton(ILogger logger, int length, string chatId);

    [LoggerMessage(EventId = 2004, Level = LogLevel.Warning, Message = "Command /{Command} is listed by more than one handler; {Handler} is used")]
    public static partial void DuplicateCommand(ILogger logger, string command, string handler);

    [LoggerMessage(EventId = 2005, Level = LogLevel.Warning, Message = "Counting a question for /stats failed")]
    public static partial void QuestionNotCounted(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 2006, Level = LogLevel.Warning, Message = "Reading the settings of chat {ChatId} failed; its message is answered with the default settings")]
    public static partial void SettingsNotRead(ILogger logger, Exception exception, string chatId);
}
