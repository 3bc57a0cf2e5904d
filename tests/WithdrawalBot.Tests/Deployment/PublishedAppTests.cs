using System.Globalization;
using System.Net;
using System.Text.Json;
using WithdrawalBot.Hosting;
using WithdrawalBot.Tests.Support;

namespace WithdrawalBot.Tests.Deployment;

/// <summary>
/// The image cannot be built here (no Docker engine), so its build stage is replayed (<see cref="DockerBuildReplay"/>)
/// and the published app is started the way the runtime stage starts it: from its folder, with the base image's
/// environment, then the Dockerfile's ENV lines, changed only where a test must (a temp data folder standing for
/// the /data volume, a free port, 127.0.0.1 instead of 0.0.0.0, a fake Telegram API).
/// </summary>
public sealed class PublishedAppTests(DockerBuildReplay image) : IClassFixture<DockerBuildReplay>
{
    /// <summary>What mcr.microsoft.com/dotnet/aspnet:10.0 itself sets.</summary>
    private static readonly Dictionary<string, string?> BaseImageEnvironment = new()
    {
        ["APP_UID"] = "1654",
        ["ASPNETCORE_HTTP_PORTS"] = "8080",
        ["DOTNET_RUNNING_IN_CONTAINER"] = "true",
    };

    [Fact]
    public void Publish_OutputHoldsTheAppItsSettingsAndTheKnowledge()
    {
        foreach (var file in new[] { "WithdrawalBot.dll", "WithdrawalBot.runtimeconfig.json", "appsettings.json", "knowledge/article.ar.txt", "knowledge/milestones.json", "knowledge/source.json" })
        {
            Assert.True(File.Exists(Path.Combine(image.AppDirectory, file)), $"{file} missing from the published app\n{image.Log}");
        }

        Assert.False(File.Exists(Path.Combine(image.AppDirectory, "WithdrawalBot")), "UseAppHost=false: no native launcher");
    }

    [Fact]
    public async Task Container_WithTokenAndVolume_AnswersHealthzAndMetricsAndItsHealthcheckPasses()
    {
        using var volume = new TempDirectory();
        await using var telegram = await FakeBotApi.StartAsync();
        var environment = ContainerEnvironment(volume.Path, FreePort.Next());
        environment["Telegram__BotToken"] = FakeBotApi.Token;
        environment["Telegram__ApiBaseUrl"] = telegram.BaseUrl.ToString();
        var port = int.Parse(environment["Health__Port"]!, CultureInfo.InvariantCulture);

        await using var bot = StartEntrypoint(environment);
        var (status, body) = await Healthz.WaitAsync(bot, port, BotProcess.StartTimeout);
        using var metrics = new HttpClient();
        var text = await metrics.GetStringAsync(new Uri($"http://127.0.0.1:{port}/metrics"));
        await using var healthcheck = BotProcess.Start(HealthcheckArguments(), environment, dll: HealthcheckDll(), workingDirectory: image.AppDirectory);
        var healthcheckExit = await healthcheck.WaitForExitAsync(BotProcess.StartTimeout);

        Assert.True(status == HttpStatusCode.OK, body + "\n" + bot.AllOutput);
        Assert.Equal(JsonValueKind.Array, JsonDocument.Parse(body).RootElement.GetProperty("checks").ValueKind);
        Assert.Contains("dotnet_gc_collections_total", text, StringComparison.Ordinal);
        Assert.Equal(0, healthcheckExit);
        Assert.NotEmpty(Directory.EnumerateFiles(volume.Path)); // the database and its lock live on the volume
        Assert.DoesNotContain(FakeBotApi.Token, bot.AllOutput, StringComparison.Ordinal);
        Assert.DoesNotContain("Overriding", bot.AllOutput, StringComparison.Ordinal); // ASPNETCORE_HTTP_PORTS is cleared

        bot.Terminate();
        Assert.Equal(0, await bot.WaitForExitAsync(TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public async Task Container_NoToken_ExitsNonZeroSayingWhichVariableToSet()
    {
        using var volume = new TempDirectory();

        await using var bot = StartEntrypoint(ContainerEnvironment(volume.Path, FreePort.Next()));
        bot.Input.Close(); // docker run without -it: no terminal
        var exitCode = await bot.WaitForExitAsync(BotProcess.StartTimeout);

        Assert.Equal(1, exitCode);
        var line = Assert.Single(bot.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("Telegram__BotToken", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Healthcheck_NothingServing_ExitsOne()
    {
        using var volume = new TempDirectory();

        await using var healthcheck = BotProcess.Start(HealthcheckArguments(), ContainerEnvironment(volume.Path, FreePort.Next()), dll: HealthcheckDll(), workingDirectory: image.AppDirectory);

        Assert.Equal(1, await healthcheck.WaitForExitAsync(BotProcess.StartTimeout));
    }

    /// <summary>Base image, then Dockerfile ENV, then what the test must change.</summary>
    private Dictionary<string, string?> ContainerEnvironment(string volume, int port)
    {
        var environment = new Dictionary<string, string?>(BaseImageEnvironment);
        foreach (var (key, value) in image.Dockerfile.FinalEnvironment)
        {
            environment[key] = value;
        }

        Assert.Equal("/data", environment["Storage__DataDirectory"]);
        environment["Storage__DataDirectory"] = volume;
        environment["Health__Port"] = port.ToString(CultureInfo.InvariantCulture);
        environment["Health__Address"] = "127.0.0.1"; // 0.0.0.0 in the image; tests stay on loopback
        return environment;
    }

    private BotProcess StartEntrypoint(Dictionary<string, string?> environment)
    {
        var entrypoint = JsonSerializer.Deserialize<string[]>(image.Dockerfile.FinalStage.Single(i => i.Keyword == "ENTRYPOINT").Arguments)!;
        Assert.Equal("dotnet", entrypoint[0]);
        return BotProcess.Start(entrypoint[2..], environment, dll: image.MapAppPath(entrypoint[1]), workingDirectory: image.AppDirectory);
    }

    private string[] HealthcheckCommand()
    {
        var healthcheck = image.Dockerfile.FinalStage.Single(i => i.Keyword == "HEALTHCHECK").Arguments;
        var command = JsonSerializer.Deserialize<string[]>(healthcheck[(healthcheck.IndexOf("CMD ", StringComparison.Ordinal) + 4)..])!;
        Assert.Equal("dotnet", command[0]);
        return command;
    }

    private string HealthcheckDll() => image.MapAppPath(HealthcheckCommand()[1]);

    private string[] HealthcheckArguments() => HealthcheckCommand()[2..];
}
