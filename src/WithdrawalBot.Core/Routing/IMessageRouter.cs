using WithdrawalBot.Core.Messages;
using WithdrawalBot.Core.Replies;

namespace WithdrawalBot.Core.Routing;

/// <summary>The single entry point adapters call for every incoming message.</summary>
public interface IMessageRouter
{
    /// <summary>Every command the bot understands, for platform registration (Telegram setMyCommands, Discord slash commands).</summary>
    IReadOnlyList<CommandSpec> Commands { get; }

    /// <summary>
    /// Decides whether the message is for the bot and, if so, what to answer. Never throws for bad input
    /// (empty text, huge pastes, markup, control characters): those get a clear reply or silence.
    /// </summary>
    /// <returns>The reply, or <c>null</c> when the bot should stay silent (group chatter not addressed to it).</returns>
    Task<Reply?> HandleAsync(IncomingMessage message, CancellationToken cancellationToken);
}
