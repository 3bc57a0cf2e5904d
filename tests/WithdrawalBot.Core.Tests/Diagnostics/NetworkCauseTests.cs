using System.Net.Sockets;
using WithdrawalBot.Core.Diagnostics;

namespace WithdrawalBot.Core.Tests.Diagnostics;

public sealed class NetworkCauseTests
{
    private const string Vague = "An error occurred while sending the request.";

    public static TheoryData<string, Exception> Failures => new()
    {
        { "The response ended prematurely", new HttpRequestException(HttpRequestError.ResponseEnded, Vague, new HttpIOException(HttpRequestError.ResponseEnded, "The response ended prematurely.")) },
        {
            "Connection reset by peer",
            new HttpRequestException(Vague, new IOException("Unable to read data from the transport connection: Connection reset by peer.", new SocketException((int)SocketError.ConnectionReset, "Connection reset by peer")))
        },
        { "Connection refused (127.0.0.1:9)", new HttpRequestException(HttpRequestError.ConnectionError, "Connection refused (127.0.0.1:9)", new SocketException((int)SocketError.ConnectionRefused, "Connection refused")) },
        { "Name or service not known (api.example:443)", new HttpRequestException("Name or service not known (api.example:443)") },
    };

    [Theory]
    [MemberData(nameof(Failures))]
    public void Describe_NetworkFailure_NamesTheInnermostUsefulCause(string expected, Exception exception)
    {
        var cause = NetworkCause.Describe(exception);

        Assert.Equal(expected, cause);
        Assert.DoesNotContain("An error occurred", cause, StringComparison.Ordinal);
    }
}
