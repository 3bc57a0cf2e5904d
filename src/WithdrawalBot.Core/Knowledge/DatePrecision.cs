namespace WithdrawalBot.Core.Knowledge;

/// <summary>How precisely the article gives a date.</summary>
public enum DatePrecision
{
    /// <summary>A calendar day.</summary>
    Day,

    /// <summary>A month ("by September 2025"); the reference day is the 1st, and how long until or ago counts to its last day (<see cref="MilestoneDate.LastDay"/>).</summary>
    Month,

    /// <summary>A year; the reference day is 1 January, and how long until or ago counts to 31 December.</summary>
    Year,

    /// <summary>An approximate day ("about the end of 2026").</summary>
    Approximate,
}
