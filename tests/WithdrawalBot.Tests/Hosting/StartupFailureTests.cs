using Microsoft.Extensions.Options;
using WithdrawalBot.Core.Knowledge;
using WithdrawalBot.Hosting;
using WithdrawalBot.Logging;
using WithdrawalBot.Tests.Support;

namespace WithdrawalBot.Tests.Hosting;

public sealed class StartupFailureTests
{
    private static readonly TokenRedactor Redactor = new([]);

    [Fact]
    public void Describe_OptionsValidationFailures_ListsEachOnOneLine()
    {
        var error = new OptionsValidationException("HealthOptions", typeof(object), ["Health:Port 0 is not a TCP port.", "Health:Address \"x\" is not an IP address."]);

        var line = StartupFailure.Describe(error, Redactor);

        Assert.StartsWith(StartupFailure.Prefix, line, StringComparison.Ordinal);
        Assert.Contains("Health:Port 0 is not a TCP port.; Health:Address", line, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', line);
    }

    [Fact]
    public void Describe_MalformedAppSettings_SaysWhereInTheFile()
    {
        // Break 30: "Could not parse the JSON file." said nothing of where; the line is two exceptions down.
        var folder = Directory.CreateTempSubdirectory("withdrawalbot-settings-");
        try
        {
            File.WriteAllText(Path.Combine(folder.FullName, "appsettings.json"), "{\n  \"Reminders\": {\n    \"LocalHour\": 8,,\n  }\n}\n");
            var error = Assert.ThrowsAny<Exception>(() => new Microsoft.Extensions.Configuration.ConfigurationBuilder()
                .AddJsonFile(Path.Combine(folder.FullName, "appsettings.json")).Build());

            var line = StartupFailure.Describe(error, Redactor);

            Assert.Contains("appsettings.json", line, StringComparison.Ordinal);
            Assert.Contains("LineNumber: 2", line, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void Describe_BrokenKnowledgeFile_NamesFileAndEntryWithoutStackTrace()
    {
        var error = new KnowledgeValidationException("facts.json", "fact \"erbil\"", "quote is not verbatim in paragraph 18.");

        var line = StartupFailure.Describe(error, Redactor);

        Assert.Contains("facts.json, fact \"erbil\": quote is not verbatim in paragraph 18.", line, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Describe_MissingKnowledgeDirectory_CallsItADirectoryAndNamesTheSetting()
    {
        var error = new KnowledgeValidationException("/nonexistent", null, "the folder does not exist.");

        var line = StartupFailure.Describe(error, Redactor);

        Assert.Contains("knowledge directory /nonexistent: the folder does not exist.", line, StringComparison.Ordinal);
        Assert.Contains("Knowledge__Directory", line, StringComparison.Ordinal);
        Assert.DoesNotContain("file /nonexistent", line, StringComparison.Ordinal);
        Assert.DoesNotContain("fix that file", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Describe_KnownProblemInsideAggregate_DescribesIt()
    {
        var error = new AggregateException(new StartupException("first."), new InvalidOperationException("wrapper", new StartupException("second.")));

        Assert.Equal(StartupFailure.Prefix + "first.; second.", StartupFailure.Describe(error, Redactor));
    }

    [Fact]
    public void Describe_SettingOfTheWrongType_SaysWhichSettingAndValue()
    {
        var error = new InvalidOperationException(
            "Failed to convert configuration value 'eighty' at 'Health:Port' to type 'System.Int32'.", new FormatException("eighty is not a valid value for Int32."));

        var line = StartupFailure.Describe(error, Redactor);

        Assert.Equal(
            StartupFailure.Prefix + "invalid configuration: Failed to convert configuration value 'eighty' at 'Health:Port' to type 'System.Int32'. eighty is not a valid value for Int32.",
            line);
    }

    [Fact]
    public void Describe_UnexpectedException_NamesTypeAndMessageOnOneLine()
    {
        var line = StartupFailure.Describe(new InvalidOperationException("No service for IMessageRouter.\nSecond line."), Redactor);

        Assert.Contains("unexpected InvalidOperationException: No service for IMessageRouter. Second line.", line, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', line);
    }

    [Fact]
    public void Describe_MessageCarryingAToken_IsRedacted()
    {
        var error = new HttpRequestException($"GET https://api.telegram.org/bot{FakeBotApi.Token}/getMe failed");

        var line = StartupFailure.Describe(error, new TokenRedactor([FakeBotApi.Token]), withStackTrace: true);

        Assert.DoesNotContain(FakeBotApi.Token, line, StringComparison.Ordinal);
        Assert.Contains("/bot" + TokenRedactor.Mask + "/getMe", line, StringComparison.Ordinal);
    }
}
