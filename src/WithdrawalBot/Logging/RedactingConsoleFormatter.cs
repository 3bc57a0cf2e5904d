using System.Globalization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Console;

namespace WithdrawalBot.Logging;

/// <summary>
/// Wraps one of the console logger's formatters (simple, json, systemd) under the same name: the inner
/// formatter writes the whole entry (message, state, scopes, exception) into a buffer, and only the redacted
/// text reaches the console. Secrets cannot slip through any part of an entry this way. The host's echo of a
/// platform's fatal error, already logged as one critical line, is left out (<see cref="HostFaultEcho"/>). An entry
/// whose exception is a database failure is written as one line, its message followed by what to do
/// (<see cref="DatabaseFailureNote"/>), without the stack trace.
/// </summary>
public sealed class RedactingConsoleFormatter : ConsoleFormatter
{
    private const int MaxKeptBufferCapacity = 64 * 1024;

    [ThreadStatic]
    private static StringWriter? buffer;

    private readonly ConsoleFormatter inner;
    private readonly TokenRedactor redactor;

    /// <summary>Wraps <paramref name="inner"/>, taking its name.</summary>
    public RedactingConsoleFormatter(ConsoleFormatter inner, TokenRedactor redactor)
        : base((inner ?? throw new ArgumentNullException(nameof(inner))).Name)
    {
        this.inner = inner;
        this.redactor = redactor ?? throw new ArgumentNullException(nameof(redactor));
    }

    /// <inheritdoc />
    public override void Write<TState>(in LogEntry<TState> logEntry, IExternalScopeProvider? scopeProvider, TextWriter textWriter)
    {
        ArgumentNullException.ThrowIfNull(textWriter);
        if (HostFaultEcho.IsEcho(logEntry.Category, logEntry.EventId, logEntry.Exception))
        {
            return;
        }

        var writer = buffer ??= new StringWriter(CultureInfo.InvariantCulture);
        var text = writer.GetStringBuilder().Clear();
        if (DatabaseFailureNote.For(logEntry.Exception) is { } note)
        {
            var format = logEntry.Formatter;
            var exception = logEntry.Exception;
            inner.Write(
                new LogEntry<TState>(logEntry.LogLevel, logEntry.Category, logEntry.EventId, logEntry.State, null, (state, _) => $"{format(state, exception)}: {note}"),
                scopeProvider,
                writer);
        }
        else
        {
            inner.Write(logEntry, scopeProvider, writer);
        }
        if (text.Length > 0)
        {
            textWriter.Write(redactor.Redact(text.ToString()));
        }

        if (text.Capacity > MaxKeptBufferCapacity)
        {
            buffer = null;
        }
    }
}
