namespace WithdrawalBot.Hosting;

/// <summary>
/// A setting or the environment stops start-up. <see cref="Exception.Message"/> is one line for the operator
/// that says what is wrong and what to change; it never contains a token.
/// </summary>
public sealed class StartupException : Exception
{
    /// <summary>Creates the exception with the one-line message.</summary>
    public StartupException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with the one-line message and its cause.</summary>
    public StartupException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with a generic message.</summary>
    public StartupException()
        : base("WithdrawalBot cannot start.")
    {
    }
}
