using WithdrawalBot.Core.Reminders;

namespace WithdrawalBot.Core.Tests.Reminders;

public sealed class ReminderOptionsValidatorTests
{
    [Fact]
    public void Validate_Defaults_Succeeds() => Assert.True(new ReminderOptionsValidator().Validate(null, new ReminderOptions()).Succeeded);

    [Theory]
    [InlineData(-1)]
    [InlineData(24)]
    public void Validate_HourOutOfRange_FailsNamingTheKey(int hour)
    {
        var result = new ReminderOptionsValidator().Validate(null, new ReminderOptions { LocalHour = hour });
        Assert.Contains("Reminders:LocalHour", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_NegativeGraceWindow_Fails()
    {
        var result = new ReminderOptionsValidator().Validate(null, new ReminderOptions { GraceWindow = TimeSpan.FromHours(-1) });
        Assert.Contains("Reminders:GraceWindow", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_GraceWindowShorterThanABroadcast_FailsSayingWhy()
    {
        // Break 26: zero was accepted and then skipped every reminder of a broadcast but the first few, sent on time.
        var result = new ReminderOptionsValidator().Validate(null, new ReminderOptions { GraceWindow = TimeSpan.Zero });

        Assert.True(result.Failed);
        Assert.Contains("use 00:10:00 or more", result.FailureMessage, StringComparison.Ordinal);
        Assert.True(new ReminderOptionsValidator().Validate(null, new ReminderOptions { GraceWindow = ReminderOptions.MinGraceWindow }).Succeeded);
    }

    [Fact]
    public void Validate_GraceWindowOfYears_FailsSayingTheLongestAccepted()
    {
        // Break 30: ten thousand years started, then every planning pass failed on a date before year 1.
        var result = new ReminderOptionsValidator().Validate(null, new ReminderOptions { GraceWindow = TimeSpan.FromDays(3_650_000) });

        Assert.True(result.Failed);
        Assert.Contains("use at most 30.00:00:00", result.FailureMessage, StringComparison.Ordinal);
        Assert.True(new ReminderOptionsValidator().Validate(null, new ReminderOptions { GraceWindow = ReminderOptions.MaxGraceWindow }).Succeeded);
    }

    [Theory]
    [InlineData("00:00:00")]
    [InlineData("12:00:00")]
    [InlineData("3651.00:00:00")]
    public void Validate_LedgerRetentionOutOfRange_FailsNamingTheKey(string retention)
    {
        var result = new ReminderOptionsValidator().Validate(null, new ReminderOptions { LedgerRetention = TimeSpan.Parse(retention, System.Globalization.CultureInfo.InvariantCulture) });
        Assert.Contains("Reminders:LedgerRetention", result.FailureMessage, StringComparison.Ordinal);
    }
}
