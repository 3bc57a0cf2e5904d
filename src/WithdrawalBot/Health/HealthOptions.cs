namespace WithdrawalBot.Health;

/// <summary>Where <c>/healthz</c>, <c>/metrics</c> (and the Telegram webhook, when used) are served in serve mode. Section <c>Health</c>.</summary>
public sealed class HealthOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Health";

    /// <summary>TCP port, 1–65535. Default 8080.</summary>
    public int Port { get; set; } = 8080;

    /// <summary>IP address to bind: <c>127.0.0.1</c> (default, this machine only), <c>0.0.0.0</c> (all IPv4; the container sets it), <c>::</c>.
    /// Surrounding white space (a <c>.env</c> file saved with CRLF line ends) is dropped, as from the port.</summary>
    public string Address { get; set => field = value?.Trim() ?? ""; } = "127.0.0.1";
}
