namespace WithdrawalBot.Cli;

/// <summary>The process exit codes, documented in the README.</summary>
public static class ExitCodes
{
    /// <summary>Finished normally, including a stop by SIGTERM or Ctrl-C.</summary>
    public const int Success = 0;

    /// <summary>Could not start (bad configuration, data folder, knowledge file) or stopped on an error.</summary>
    public const int Failure = 1;

    /// <summary>The command line was not understood.</summary>
    public const int Usage = 2;
}
