namespace WithdrawalBot.Hosting;

/// <summary>How this process runs, decided at start-up from the command line, the tokens and the terminal.</summary>
public enum BotMode
{
    /// <summary>A platform token is set: serve Telegram and/or Discord, with <c>/healthz</c> and <c>/metrics</c> on <c>Health:Port</c>.</summary>
    Serve,

    /// <summary>No token and standard input is a terminal: chat on the console. No HTTP port.</summary>
    ConsoleChat,

    /// <summary>The <c>ask</c> command: answer and exit. No platform, no HTTP port, no background services.</summary>
    Ask,
}
