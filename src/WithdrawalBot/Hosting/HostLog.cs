namespace WithdrawalBot.Hosting;

/// <summary>Log events of start-up and shutdown (event ids 1000–1099).</summary>
public static partial class HostLog
{
    /// <summary>Serve mode is starting with these platforms.</summary>
    [LoggerMessage(EventId = 1001, Level = LogLevel.Information, Message = "WithdrawalBot serving {Platforms}; /healthz and /metrics on {Address}:{Port}")]
    public static partial void Serving(ILogger logger, string platforms, string address, int port);

    /// <summary>Serve mode ended.</summary>
    [LoggerMessage(EventId = 1003, Level = LogLevel.Information, Message = "WithdrawalBot stopped with exit code {ExitCode}")]
    public static partial void Stopped(ILogger logger, int exitCode);

    /// <summary>The data folder was served with <c>--now</c> before and is now served on the real clock.</summary>
    [LoggerMessage(EventId = 1004, Level = LogLevel.Warning, Message = "The data folder {Folder} was served with --now {Start:O} (a simulated clock): subscriptions and reminders recorded then carry simulated times, so reminders may come early or not at all. Serve the live bot from its own folder")]
    public static partial void ServedWithSimulatedClockBefore(ILogger logger, string folder, DateTimeOffset start);

    /// <summary>A setting no option reads (a misspelt key or section), named with what it may have meant.</summary>
    [LoggerMessage(EventId = 1005, Level = LogLevel.Warning, Message = "Configuration: {Problem}")]
    public static partial void UnknownSetting(ILogger logger, string problem);
}
