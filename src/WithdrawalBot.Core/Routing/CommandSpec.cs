namespace WithdrawalBot.Core.Routing;

/// <summary>A command as platforms register it.</summary>
/// <param name="Name">Lower-case name without slash, 1–32 chars of [a-z0-9_], e.g. <c>subscribe</c>.</param>
/// <param name="DescriptionEnglish">One line, at most 100 characters.</param>
/// <param name="DescriptionArabic">One line, at most 100 characters.</param>
public sealed record CommandSpec(string Name, string DescriptionEnglish, string DescriptionArabic)
{
    /// <summary>Name of the one optional free-text argument (Discord option name, e.g. <c>question</c>); <c>null</c> for none.</summary>
    public string? ArgumentName { get; init; }

    /// <summary>English description of the argument (Discord requires one when <see cref="ArgumentName"/> is set).</summary>
    public string? ArgumentDescriptionEnglish { get; init; }

    /// <summary>Whether the argument must be given (Discord <c>required</c>).</summary>
    public bool ArgumentRequired { get; init; }

    /// <summary>
    /// True for operator-only commands (e.g. <c>stats</c>): still handled when typed, but left out of <c>/help</c>,
    /// Telegram's command menu and Discord's slash commands, so normal users are not offered them.
    /// </summary>
    public bool Hidden { get; init; }

    /// <summary>
    /// True for commands that only work in a chat reminders can reach (<c>subscribe</c>, <c>timezone</c>, …): <c>/help</c> in
    /// the console chat and <c>ask</c>, which reminders never reach, leaves them out and says where reminders work instead.
    /// </summary>
    public bool NeedsReminders { get; init; }
}
