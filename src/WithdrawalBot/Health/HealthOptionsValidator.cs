using System.Net;
using Microsoft.Extensions.Options;

namespace WithdrawalBot.Health;

/// <summary>Checks <see cref="HealthOptions"/> at start-up: a port in 1–65535 and an IP address.</summary>
public sealed class HealthOptionsValidator : IValidateOptions<HealthOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, HealthOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (options.Port is < 1 or > 65535)
        {
            failures.Add($"Health:Port {options.Port} is not a TCP port: use 1–65535 (default 8080).");
        }

        if (!IPAddress.TryParse(options.Address, out _))
        {
            failures.Add($"Health:Address \"{options.Address}\" is not an IP address: use 127.0.0.1 (this machine), 0.0.0.0 (all interfaces) or ::.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
