namespace WithdrawalBot.Terminal;

/// <summary>Log events of the console chat and <c>ask</c> (event ids 1100–1199).</summary>
public static partial class TerminalLog
{
    /// <summary>The router failed on a console line; the chat goes on.</summary>
    [LoggerMessage(EventId = 1101, Level = LogLevel.Error, Message = "The bot failed to answer a console message")]
    public static partial void AnswerFailed(ILogger logger, Exception exception);

    /// <summary>The console chat ended.</summary>
    [LoggerMessage(EventId = 1102, Level = LogLevel.Debug, Message = "Console chat ended after {Count} messages")]
    public static partial void ChatEnded(ILogger logger, long count);
}
