using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using WithdrawalBot.Core.Knowledge;
using WithdrawalBot.Logging;
using WithdrawalBot.Core.Diagnostics;

namespace WithdrawalBot.Hosting;

/// <summary>
/// Turns what stopped start-up into the one line the operator sees on standard error: known configuration,
/// data-folder and knowledge problems without a stack trace; anything else with its type and message.
/// Secrets are redacted and newlines folded, so it is always a single line.
/// </summary>
public static partial class StartupFailure
{
    /// <summary>The prefix of every start-up error line.</summary>
    public const string Prefix = "WithdrawalBot cannot start: ";

    /// <summary>
    /// Other areas' exceptions whose message is already one line for the operator (what is wrong, what to set),
    /// named rather than referenced: the host needs only their contract, "the message is for the operator".
    /// </summary>
    public static readonly IReadOnlySet<string> OperatorMessageExceptions = new HashSet<string>(StringComparer.Ordinal)
    {
        "WithdrawalBot.Storage.StorageUnavailableException",
        "WithdrawalBot.Telegram.Hosting.TelegramFatalException",
    };

    /// <summary>The one line for <paramref name="exception"/>.</summary>
    /// <param name="exception">What was thrown while building or starting.</param>
    /// <param name="redactor">Removes secrets from the line.</param>
    /// <param name="withStackTrace">Append the full exception for an unexpected error (at Debug log level); the output is then no longer one line.</param>
    public static string Describe(Exception exception, TokenRedactor redactor, bool withStackTrace = false)
    {
        ArgumentNullException.ThrowIfNull(exception);
        ArgumentNullException.ThrowIfNull(redactor);
        var known = DescribeKnown(exception);
        var line = known ?? $"unexpected {exception.GetType().Name}: {exception.Message} (set Logging__LogLevel__Default=Debug for the stack trace)";
        var text = Prefix + OneLine(line);
        if (known is null && withStackTrace)
        {
            text += Environment.NewLine + exception;
        }

        return redactor.Redact(text);
    }

    /// <summary>The operator-facing sentence for a known start-up problem, or <c>null</c> when <paramref name="exception"/> is not one.</summary>
    public static string? DescribeKnown(Exception exception) => exception switch
    {
        StartupException e => e.Message,
        _ when OperatorMessageExceptions.Contains(exception.GetType().FullName ?? "") => exception.Message,
        OptionsValidationException e => $"invalid configuration: {string.Join("; ", e.Failures.Select(WithoutDataAnnotationWrapper))}",
        KnowledgeValidationException e when Path.IsPathRooted(e.File) =>
            $"knowledge directory {e.Message} Set Knowledge__Directory to the folder that holds source.json, the article and the other knowledge files (default: knowledge next to the app).",
        KnowledgeValidationException e => $"knowledge file {e.Message} — fix that file under Knowledge:Directory (or restore it from the repository).",
        InvalidOperationException e when e.Message.StartsWith("Failed to convert configuration value", StringComparison.Ordinal) =>
            $"invalid configuration: {e.Message} {e.InnerException?.Message}".TrimEnd(),
        InvalidDataException e when e.Message.StartsWith("Failed to load configuration", StringComparison.Ordinal) =>
            // "Could not parse the JSON file." and, below it, where: "… LineNumber: 3 | BytePositionInLine: 2." (break 30).
            string.Join(' ', ExceptionChain.Of(e).Select(inner => inner.Message)),
        AggregateException e => DescribeAll(e.Flatten().InnerExceptions),
        { InnerException: { } inner } => DescribeKnown(inner),
        _ => null,
    };

    private static string? DescribeAll(IReadOnlyCollection<Exception> exceptions)
    {
        var lines = exceptions.Select(DescribeKnown).ToList();
        return lines.Count > 0 && lines.All(l => l is not null) ? string.Join("; ", lines.Distinct(StringComparer.Ordinal)) : null;
    }

    /// <summary>
    /// The message a data annotation gives, without the wrapper .NET puts around it ("DataAnnotation validation failed for
    /// 'StorageOptions' members: 'DataDirectory' with the error: '…'."); any other failure as it is.
    /// </summary>
    private static string WithoutDataAnnotationWrapper(string failure) =>
        DataAnnotationFailure().Match(failure) is { Success: true } wrapped ? wrapped.Groups["message"].Value : failure;

    [GeneratedRegex(@"^DataAnnotation validation failed for '[^']*' members: '[^']*' with the error: '(?<message>.*)'\.?$", RegexOptions.Singleline)]
    private static partial Regex DataAnnotationFailure();

    private static string OneLine(string text) =>
        string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
