using System.Text.RegularExpressions;
using WithdrawalBot.Tests.Support;

namespace WithdrawalBot.Tests.Deployment;

public sealed partial class AppSettingsTests
{
    private readonly IConfigurationRoot settings = new ConfigurationBuilder().AddJsonFile(Path.Combine(RepositoryPaths.Root, "appsettings.json")).Build();

    [Fact]
    public void ShutdownTimeout_FitsInsideDockerStopsTenSeconds()
    {
        var timeout = TimeSpan.Parse(settings["Host:ShutdownTimeout"]!, System.Globalization.CultureInfo.InvariantCulture);

        Assert.InRange(timeout, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(9));
    }

    [Fact]
    public void Settings_HoldNoSecret()
    {
        foreach (var (key, value) in settings.AsEnumerable().Where(p => SecretKey().IsMatch(p.Key)))
        {
            Assert.True(string.IsNullOrEmpty(value), $"{key} has a value in appsettings.json; secrets come from the environment");
        }
    }

    [Fact]
    public void Readme_DocumentsEverySettingInTheConfigurationTable()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md"));
        string[] teamKeys =
        [
            "Knowledge:Directory", "Storage:DataDirectory", "Telegram:BotToken", "Telegram:ApiBaseUrl", "Telegram:WebhookUrl",
            "Telegram:WebhookSecret", "Discord:BotToken", "Discord:ApplicationId", "Discord:ApiBaseUrl", "Discord:GuildId",
            "Discord:ShardCount", "Reminders:TimeZone", "Reminders:LocalHour", "Reminders:GraceWindow",
            "Conversation:FollowUpWindow", "Admin:UserIds", "Health:Port",
        ];
        var fileKeys = settings.AsEnumerable().Where(p => p.Value is not null && !p.Key.StartsWith("Logging:", StringComparison.Ordinal)).Select(p => p.Key);

        foreach (var key in teamKeys.Concat(fileKeys).Append("Logging:LogLevel:Default").Append("Logging:Console:FormatterName"))
        {
            Assert.Contains($"| `{key}` |", readme, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Readme_FirstLinesAreTheRunAndTestCommands_AndCiRunsTheTestCommand()
    {
        var lines = File.ReadAllLines(Path.Combine(RepositoryPaths.Root, "README.md"));
        var ci = File.ReadAllText(Path.Combine(RepositoryPaths.Root, ".ci", "run"));

        Assert.StartsWith("`dotnet run --project src/WithdrawalBot`", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("`dotnet test WithdrawalBot.sln`", lines[1], StringComparison.Ordinal);
        Assert.Contains("\ndotnet test WithdrawalBot.sln ", ci, StringComparison.Ordinal);
    }

    [GeneratedRegex("(?i)token|secret|password")]
    private static partial Regex SecretKey();
}
