namespace WithdrawalBot.Cli;

/// <summary>The command line was not understood; <see cref="Exception.Message"/> says which argument and why.</summary>
public sealed class UsageException : Exception
{
    /// <summary>Creates the exception with a one-line explanation.</summary>
    public UsageException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a one-line explanation and the parser's exception.</summary>
    public UsageException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with a generic message.</summary>
    public UsageException()
        : base("The command line was not understood.")
    {
    }
}
