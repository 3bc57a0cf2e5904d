using WithdrawalBot.Cli;

namespace WithdrawalBot.Tests.Cli;

public sealed class InvocationTests
{
    [Fact]
    public void Parse_NoArguments_RunsWithTheSystemClock()
    {
        var invocation = Invocation.Parse([]);

        Assert.Equal(InvocationCommand.Run, invocation.Command);
        Assert.Null(invocation.Now);
        Assert.Empty(invocation.ConfigurationArgs);
    }

    [Fact]
    public void Parse_AskWithUnquotedWords_JoinsThemIntoOneQuestion()
    {
        var invocation = Invocation.Parse(["ask", "when", "do", "they", "leave?"]);

        Assert.Equal(InvocationCommand.Ask, invocation.Command);
        Assert.Equal("when do they leave?", invocation.Question);
        Assert.False(invocation.Json);
    }

    [Fact]
    public void Parse_AskJsonWithoutQuestion_ReadsQuestionsFromStandardInput()
    {
        var invocation = Invocation.Parse(["ask", "--json"]);

        Assert.True(invocation.Json);
        Assert.Null(invocation.Question);
    }

    [Theory]
    [InlineData("--now", "2026-11-29T12:00:00Z")]
    [InlineData("--now", "2026-11-29T15:00:00+03:00")]
    [InlineData("--now=2026-11-29T12:00:00Z", null)]
    [InlineData("--now", "2026-11-29T12:00Z")]
    [InlineData("--now", "2026-11-29T12:00:00")]
    [InlineData("--now", "2026-11-29t12:00:00z")]
    public void Parse_Now_FixesTheClockInUtc(string option, string? value)
    {
        string[] args = value is null ? ["ask", "--json", option] : ["ask", "--json", option, value];

        var invocation = Invocation.Parse(args);

        Assert.Equal(new DateTimeOffset(2026, 11, 29, 12, 0, 0, TimeSpan.Zero), invocation.Now);
        Assert.Equal(TimeSpan.Zero, invocation.Now!.Value.Offset);
    }

    [Fact]
    public void Parse_NowDateAlone_MidnightUtc()
    {
        Assert.Equal(new DateTimeOffset(2026, 12, 24, 0, 0, 0, TimeSpan.Zero), Invocation.Parse(["--now", "2026-12-24"]).Now);
    }

    [Fact]
    public void Parse_ConfigurationOverrides_PassToConfigurationAsKeyValuePairs()
    {
        var invocation = Invocation.Parse(["--Health:Port=9090", "ask", "--Console:Language", "ar", "hello"]);

        Assert.Equal(["--Health:Port", "9090", "--Console:Language", "ar"], invocation.ConfigurationArgs);
        Assert.Equal("hello", invocation.Question);
    }

    [Fact]
    public void Parse_DoubleDash_TakesTheRestAsQuestionWords()
    {
        var invocation = Invocation.Parse(["ask", "--", "--json", "-x"]);

        Assert.Equal("--json -x", invocation.Question);
        Assert.False(invocation.Json);
    }

    [Fact]
    public void Parse_Healthcheck_SelectsTheProbe()
    {
        Assert.Equal(InvocationCommand.HealthCheck, Invocation.Parse(["--healthcheck", "--Health:Port=8081"]).Command);
    }

    [Theory]
    [InlineData("hello")]
    [InlineData("--bogus")]
    [InlineData("ask")]
    [InlineData("--json")]
    [InlineData("ask", "--now", "yesterday")]
    [InlineData("ask", "--now", "1/2/2026", "q")] // Break 26: read as 2 January, US style, though the message asks for ISO 8601.
    [InlineData("ask", "--now", "Dec 1 2026", "q")]
    [InlineData("ask", "--now", "2026-11-29 12:00", "q")]
    [InlineData("ask", "--json", "--now")]
    [InlineData("ask", "--now", "9999-12-31T23:59:59Z", "q")]
    [InlineData("ask", "--now", "4000-01-01T00:00:00Z", "q")]
    [InlineData("ask", "--now", "1999-12-31T00:00:00Z", "q")]
    [InlineData("ask", "--healthcheck", "q")]
    [InlineData("--Health:Port")]
    public void Parse_BadCommandLine_ThrowsUsageExceptionSayingWhy(params string[] args)
    {
        var error = Assert.Throws<UsageException>(() => Invocation.Parse(args));

        Assert.False(string.IsNullOrWhiteSpace(error.Message));
        Assert.DoesNotContain('\n', error.Message);
    }
}
