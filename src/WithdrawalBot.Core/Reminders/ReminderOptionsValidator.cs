using Microsoft.Extensions.Options;

namespace WithdrawalBot.Core.Reminders;

/// <summary>Checks <see cref="ReminderOptions"/> at start-up: a known IANA time zone (not a reversed-sign Etc/GMT±N one), an hour 0–23, non-negative intervals.</summary>
public sealed class ReminderOptionsValidator : IValidateOptions<ReminderOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, ReminderOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = new List<string>();
        if (TimeZoneNames.Find(options.TimeZone) is not { } zone)
        {
            problems.Add($"Reminders:TimeZone \"{options.TimeZone}\" is not a known time zone; use an IANA name such as Asia/Baghdad.");
        }
        else if (TimeZoneNames.HasReversedSign(zone))
        {
            // Break 32 #9: "Etc/GMT+3" is UTC−3, so reminders would go out six hours after 10:00 in Baghdad.
            problems.Add($"Reminders:TimeZone {TimeZoneNames.ReversedSignExplanation(zone)}; use a city's zone such as Asia/Baghdad.");
        }

        if (options.LocalHour is < 0 or > 23)
        {
            problems.Add($"Reminders:LocalHour is {options.LocalHour}; use an hour from 0 to 23.");
        }

        if (options.GraceWindow < ReminderOptions.MinGraceWindow)
        {
            problems.Add($"Reminders:GraceWindow is {options.GraceWindow}; use {ReminderOptions.MinGraceWindow} or more (e.g. 1.00:00:00 for one day): reminders to many chats go out over minutes, and a shorter window skips the later ones.");
        }
        else if (options.GraceWindow > ReminderOptions.MaxGraceWindow)
        {
            problems.Add($"Reminders:GraceWindow is {options.GraceWindow}; use at most {ReminderOptions.MaxGraceWindow} (default 1.00:00:00): a reminder later than that tells nothing in time.");
        }

        if (options.WakeInterval < TimeSpan.FromMinutes(1) || options.WakeInterval > TimeSpan.FromDays(1))
        {
            problems.Add($"Reminders:WakeInterval is {options.WakeInterval}; use between 00:01:00 and 1.00:00:00.");
        }

        if (options.LedgerRetention < TimeSpan.FromDays(1) || options.LedgerRetention > TimeSpan.FromDays(3650))
        {
            problems.Add($"Reminders:LedgerRetention is {options.LedgerRetention}; use between 1.00:00:00 and 3650.00:00:00 (default 30 days).");
        }

        if (options.BroadcastPerSecond is < 1 or > 1000)
        {
            problems.Add($"Reminders:BroadcastPerSecond is {options.BroadcastPerSecond}; use 1 to 1000.");
        }

        if (options.MaxConcurrentSends is < 1 or > 256)
        {
            problems.Add($"Reminders:MaxConcurrentSends is {options.MaxConcurrentSends}; use 1 to 256.");
        }

        if (options.MaxAttempts is < 1 or > 20)
        {
            problems.Add($"Reminders:MaxAttempts is {options.MaxAttempts}; use 1 to 20.");
        }

        if (options.RetryBackoff <= TimeSpan.Zero || options.ShutdownDrain < TimeSpan.Zero)
        {
            problems.Add("Reminders:RetryBackoff must be positive and Reminders:ShutdownDrain zero or more.");
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
