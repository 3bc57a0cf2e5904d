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
    public void Validate_ZeroGraceWindow_Succeeds() =>
        Assert.True(new ReminderOptionsValidator().Validate(null, new ReminderOptions { GraceWindow = TimeSpan.Zero }).Succeeded);
}
