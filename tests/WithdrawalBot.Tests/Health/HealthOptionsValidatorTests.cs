using WithdrawalBot.Health;

namespace WithdrawalBot.Tests.Health;

public sealed class HealthOptionsValidatorTests
{
    [Theory]
    [InlineData(8080, "0.0.0.0")]
    [InlineData(1, "127.0.0.1")]
    [InlineData(65535, "::")]
    [InlineData(8080, "127.0.0.1\r")] // a .env saved with CRLF line ends (break 26)
    [InlineData(8080, " 0.0.0.0 ")]
    public void Validate_PortAndIpAddress_Succeeds(int port, string address)
    {
        Assert.True(new HealthOptionsValidator().Validate(null, new HealthOptions { Port = port, Address = address }).Succeeded);
    }

    [Theory]
    [InlineData(0, "127.0.0.1", "Health:Port 0")]
    [InlineData(70000, "127.0.0.1", "Health:Port 70000")]
    [InlineData(8080, "everywhere", "Health:Address \"everywhere\"")]
    [InlineData(8080, "localhost", "Health:Address \"localhost\"")]
    public void Validate_BadValue_FailsNamingTheSettingAndValue(int port, string address, string expected)
    {
        var result = new HealthOptionsValidator().Validate(null, new HealthOptions { Port = port, Address = address });

        Assert.True(result.Failed);
        Assert.Contains(expected, result.FailureMessage, StringComparison.Ordinal);
    }
}
