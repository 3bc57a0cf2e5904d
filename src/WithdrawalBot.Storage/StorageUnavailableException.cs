namespace WithdrawalBot.Storage;

/// <summary>The data folder cannot be used: it cannot be created, read or written, or another instance holds it. The message is one line saying what to fix.</summary>
public sealed class StorageUnavailableException : Exception
{
    /// <summary>Creates the exception.</summary>
    public StorageUnavailableException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with a generic message.</summary>
    public StorageUnavailableException()
        : base("The data folder cannot be used.")
    {
    }

    /// <summary>Creates the exception.</summary>
    public StorageUnavailableException(string message)
        : base(message)
    {
    }
}
