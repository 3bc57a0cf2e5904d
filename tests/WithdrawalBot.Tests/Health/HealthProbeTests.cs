using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using WithdrawalBot.Health;
using WithdrawalBot.Tests.Support;

namespace WithdrawalBot.Tests.Health;

public sealed class HealthProbeTests
{
    [Theory]
    [InlineData(HealthStatus.Healthy, 0)]
    [InlineData(HealthStatus.Degraded, 0)]
    [InlineData(HealthStatus.Unhealthy, 1)]
    public async Task RunAsync_RunningBot_ExitCodeFollowsHealth(HealthStatus status, int expected)
    {
        await using var host = await ServeModeHost.StartAsync(services => services.AddHealthChecks()
            .AddCheck("database", () => new HealthCheckResult(status)));
        using var output = new StringWriter();

        var exitCode = await HealthProbe.RunAsync([$"--Health:Port={host.Port}", "--Health:Address=0.0.0.0"], output);

        Assert.Equal(expected, exitCode);
        Assert.Contains($"http://127.0.0.1:{host.Port}/healthz", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_PortMovedOnTheEntrypointsCommandLine_ProbesThatPort()
    {
        // Break 26: `docker run withdrawalbot --Health:Port=9090` served on 9090 while the HEALTHCHECK probed 8080.
        await using var host = await ServeModeHost.StartAsync(services => services.AddHealthChecks()
            .AddCheck("database", () => HealthCheckResult.Healthy()));
        using var folder = new TempDirectory();
        var entrypoint = folder.Combine("cmdline");
        await File.WriteAllTextAsync(entrypoint, $"dotnet\0{typeof(HealthProbe).Assembly.Location}\0--Health:Port={host.Port}\0--Health:Address\00.0.0.0\0");
        using var output = new StringWriter();

        var exitCode = await HealthProbe.RunAsync([], output, entrypoint);

        Assert.Equal(0, exitCode);
        Assert.Contains($"http://127.0.0.1:{host.Port}/healthz", output.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("dotnet\0WithdrawalBot.dll\0--Health:Port=9097\0")] // break 28: a compose entrypoint with a relative path
    [InlineData("dotnet\0{dir}/./WithdrawalBot.dll\0--Health:Port=9097\0")]
    public void EntrypointOverrides_BotStartedByARelativeOrUntidyPath_ItsPortOverride(string commandLine)
    {
        var assembly = typeof(HealthProbe).Assembly.Location;
        using var folder = new TempDirectory();
        var entrypoint = folder.Combine("cmdline");
        File.WriteAllText(entrypoint, commandLine.Replace("{dir}", Path.GetDirectoryName(assembly), StringComparison.Ordinal));

        Assert.Contains(HealthProbe.EntrypointOverrides(entrypoint, assembly), a => a.Contains("9097", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/usr/sbin/nginx\0--Health:Port=1\0")]
    [InlineData("dotnet\0/somewhere/else/WithdrawalBot.dll\0--Health:Port=1\0")]
    [InlineData("dotnet\0{assembly}\0--no-such-option\0--Health:Port=1\0")]
    [InlineData("")]
    public void EntrypointOverrides_AnotherProgramOrACommandLineThatDoesNotParse_Nothing(string commandLine)
    {
        var assembly = typeof(HealthProbe).Assembly.Location;
        using var folder = new TempDirectory();
        var entrypoint = folder.Combine("cmdline");
        File.WriteAllText(entrypoint, commandLine.Replace("{assembly}", assembly, StringComparison.Ordinal));

        Assert.Empty(HealthProbe.EntrypointOverrides(entrypoint, assembly));
        Assert.Empty(HealthProbe.EntrypointOverrides(folder.Combine("missing"), assembly));
    }

    [Fact]
    public async Task RunAsync_NothingListening_ReturnsOne()
    {
        using var output = new StringWriter();

        Assert.Equal(1, await HealthProbe.RunAsync([$"--Health:Port={FreePort.Next()}"], output));
    }

    [Theory]
    [InlineData("<html><body>It works!</body></html>")]
    [InlineData("{\"ok\":true}")]
    public async Task RunAsync_AnotherServerAnswers200OnThePort_ReturnsOneSayingItIsNotTheBot(string body)
    {
        var port = FreePort.Next();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        await using var other = builder.Build();
        other.MapGet("/healthz", () => Microsoft.AspNetCore.Http.Results.Text(body));
        await other.StartAsync();
        using var output = new StringWriter();

        var exitCode = await HealthProbe.RunAsync([$"--Health:Port={port}"], output);

        Assert.Equal(1, exitCode);
        Assert.Contains("not the bot's health report", output.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--Health:Port=abc", "'abc'")]
    [InlineData("--Health:Port=99999", "Health:Port 99999 is not a TCP port")]
    [InlineData("--Health:Port=-5", "Health:Port -5 is not a TCP port")]
    [InlineData("--Health:Address=localhost", "Health:Address \"localhost\" is not an IP address")]
    public async Task RunAsync_PortOrAddressThatIsNotOne_SaysSoInOneLineAndReturnsOne(string setting, string told)
    {
        using var output = new StringWriter();

        var exitCode = await HealthProbe.RunAsync([setting], output);

        Assert.Equal(1, exitCode);
        var line = Assert.Single(output.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(told, line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", line, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0.0.0.0", "127.0.0.1")]
    [InlineData("127.0.0.1", "127.0.0.1")]
    [InlineData("::", "[::1]")]
    [InlineData("10.1.2.3", "10.1.2.3")]
    public void ProbeUrl_WildcardBinding_ProbesLoopback(string address, string expectedHost)
    {
        var url = HealthProbe.ProbeUrl(new HealthOptions { Address = address, Port = 8080 });

        Assert.Equal($"http://{expectedHost}:8080/healthz", url.ToString());
    }
}
