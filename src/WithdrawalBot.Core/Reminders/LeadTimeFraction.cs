namespace WithdrawalBot.Core.Reminders;

/// <summary>A lead time written with a fraction that is not a whole number of days ("1.5 weeks" = 10.5 days).</summary>
/// <param name="Typed">The words as read, normalized ("1.5 weeks").</param>
/// <param name="Days">The exact days they come to (10.5).</param>
public sealed record LeadTimeFraction(string Typed, decimal Days);
