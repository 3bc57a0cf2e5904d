namespace WithdrawalBot.Cli;

/// <summary>What the process was asked to do on its command line.</summary>
public enum InvocationCommand
{
    /// <summary>No command: serve the configured platforms, or chat on the console when no token is set.</summary>
    Run,

    /// <summary><c>ask</c>: answer one question (or, with <c>--json</c> and no question, one per stdin line) and exit.</summary>
    Ask,

    /// <summary><c>--healthcheck</c>: GET the running bot's <c>/healthz</c> and exit 0 (healthy) or 1.</summary>
    HealthCheck,

    /// <summary><c>--help</c>: print the usage line and exit 0.</summary>
    Help,
}
