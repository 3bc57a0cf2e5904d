using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace WithdrawalBot.Telegram.Tests.Fakes;

/// <summary>Keeps every log entry (all levels, with scopes' text, formatted message and exception text) for assertions.</summary>
public sealed class CapturingLoggerProvider : ILoggerProvider
{
    private readonly ConcurrentQueue<LogEntry> entries = new();

    /// <summary>Everything logged so far.</summary>
    public IReadOnlyList<LogEntry> Entries => [.. entries];

    /// <summary>Every entry as one text: category, level, event id, message, state values and exception.</summary>
    public string AllText => string.Join("\n", Entries.Select(e => e.ToString()));

    /// <inheritdoc/>
    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, entries);

    /// <inheritdoc/>
    public void Dispose()
    {
    }

    /// <summary>One log entry.</summary>
    public sealed record LogEntry(string Category, LogLevel Level, EventId EventId, string Message, string State, string? Exception)
    {
        /// <inheritdoc/>
        public override string ToString() => $"{Category} {Level} {EventId.Id} {Message} [{State}] {Exception}";
    }

    private sealed class Logger(string category, ConcurrentQueue<LogEntry> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var values = state is IEnumerable<KeyValuePair<string, object?>> pairs ? string.Join(";", pairs.Select(p => p.Key + "=" + p.Value)) : state?.ToString() ?? "";
            entries.Enqueue(new LogEntry(category, logLevel, eventId, formatter(state, exception), values, exception?.ToString()));
        }
    }
}
