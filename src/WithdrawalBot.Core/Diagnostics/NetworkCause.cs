using System.Text.RegularExpressions;

namespace WithdrawalBot.Core.Diagnostics;

/// <summary>
/// Names why a request to a platform's API failed on the network, in one line for a log and the health report: the
/// innermost useful message rather than .NET's "An error occurred while sending the request." wrapper, e.g.
/// "Connection refused (127.0.0.1:9)", "The response ended prematurely", "Connection reset by peer".
/// </summary>
public static partial class NetworkCause
{
    /// <summary>
    /// The cause of <paramref name="exception"/> in a few words, without a final full stop: its own message when that
    /// already carries the innermost one (a refused connection's message adds the address), otherwise the innermost message.
    /// </summary>
    /// <param name="exception">Usually an <c>HttpRequestException</c> or an <see cref="IOException"/> (the core itself references no network library).</param>
    /// <exception cref="ArgumentNullException">When <paramref name="exception"/> is null.</exception>
    public static string Describe(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var message = Clean(exception);
        var innermost = exception;
        while (innermost.InnerException is { } inner)
        {
            innermost = inner;
        }

        var cause = Clean(innermost);
        return cause.Length == 0 || message.Contains(cause, StringComparison.OrdinalIgnoreCase) ? message : cause;
    }

    /// <summary>The message without its final full stop, and without the error-code tag an <c>HttpIOException</c> appends ("(ResponseEnded)").</summary>
    private static string Clean(Exception exception) => ErrorCodeTag().Replace(exception.Message.Trim(), "").TrimEnd('.');

    [GeneratedRegex(@"\s*\([A-Z][A-Za-z]+\)$")]
    private static partial Regex ErrorCodeTag();
}
