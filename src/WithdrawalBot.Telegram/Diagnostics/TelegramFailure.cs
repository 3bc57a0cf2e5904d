using System.Net.Sockets;
using System.Text.Json;
using Telegram.Bot.Exceptions;
using WithdrawalBot.Core.Diagnostics;

namespace WithdrawalBot.Telegram.Diagnostics;

/// <summary>
/// Names why a Bot API call failed in a few words, for one log line and the health report, without the stack trace
/// or any URL (Telegram puts the token in every URL): "Connection refused (127.0.0.1:9)", "The response ended prematurely"
/// (see <see cref="NetworkCause"/>), "HTTP 502 BadGateway: the answer is not the Bot API's JSON (a proxy's error page?)",
/// "no answer within 10 s", "401 Unauthorized".
/// </summary>
public static class TelegramFailure
{
    /// <summary>The cause of <paramref name="exception"/> in a few words.</summary>
    public static string Describe(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        if (exception is ApiRequestException api)
        {
            return api.ErrorCode + " " + api.Message;
        }

        var cause = Cause(exception);
        return exception is RequestException { HttpStatusCode: { } status } && !cause.StartsWith("HTTP ", StringComparison.Ordinal)
            ? $"HTTP {(int)status} {status}: {cause}"
            : cause;
    }

    private static string Cause(Exception exception)
    {
        foreach (var e in ExceptionChain.Of(exception))
        {
            switch (e)
            {
                case HttpRequestException { StatusCode: { } status } when e.InnerException is null:
                    return $"HTTP {(int)status} {status}";
                case HttpRequestException or IOException or SocketException:
                    // The innermost cause: "The response ended prematurely", not "An error occurred while sending the request."
                    return NetworkCause.Describe(e);
                case JsonException:
                    return "the answer is not the Bot API's JSON (a proxy's error page?)";
                case TimeoutException or OperationCanceledException:
                    return e.Message;
            }
        }

        return exception.Message;
    }

    /// <summary>The cause when a call was given up after <paramref name="timeout"/> without an answer.</summary>
    public static string NoAnswer(TimeSpan timeout) => $"no answer within {timeout.TotalSeconds:0.#} s";
}
