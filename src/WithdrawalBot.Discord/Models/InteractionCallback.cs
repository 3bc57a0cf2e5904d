namespace WithdrawalBot.Discord.Models;

/// <summary>The body of <c>POST /interactions/{id}/{token}/callback</c>.</summary>
/// <param name="Type">4 message, 5 deferred message ("thinking…"), 6 deferred update (components), 7 update.</param>
/// <param name="Data">The message, for types 4 and 7; flags only for 5.</param>
public sealed record InteractionCallback(int Type, MessageBody? Data = null);
