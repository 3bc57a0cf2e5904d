namespace WithdrawalBot.Discord;

/// <summary>
/// A condition the Discord adapter cannot recover from: the token was rejected (401, close code 4004) or the gateway
/// closed with another fatal code (4010–4014, e.g. 4014 when the Message Content intent is off). Thrown out of the
/// hosted service, like the Telegram adapter's fatal errors, so the host stops and the process exits with code 1
/// (a restart policy then retries, and the operator sees it). The message says what to fix and never holds the token;
/// the critical log line saying the same was written where the condition was seen.
/// </summary>
public sealed class DiscordFatalException : Exception
{
    /// <summary>Creates the exception.</summary>
    public DiscordFatalException()
    {
    }

    /// <summary>Creates the exception with a message saying what to fix.</summary>
    public DiscordFatalException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the error behind it.</summary>
    public DiscordFatalException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
