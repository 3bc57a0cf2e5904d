namespace WithdrawalBot.Telegram.Hosting;

/// <summary>
/// A condition the Telegram adapter cannot recover from (token rejected, another instance polling). Thrown out of the
/// hosted service so the host stops; the message says what to fix and never contains the token.
/// </summary>
public sealed class TelegramFatalException : Exception
{
    /// <summary>Creates the exception.</summary>
    public TelegramFatalException()
    {
    }

    /// <summary>Creates the exception with a message saying what to fix.</summary>
    public TelegramFatalException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the API error behind it.</summary>
    public TelegramFatalException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
