namespace WithdrawalBot.Core.Messages;

/// <summary>A slash command addressed to this bot.</summary>
/// <param name="Name">Lower-case name without the slash and without any <c>@BotName</c> suffix, e.g. <c>ask</c>.</param>
/// <param name="Arguments">The rest of the text after the command, trimmed; empty when none.</param>
public sealed record BotCommand(string Name, string Arguments);
