using WithdrawalBot.Core.Languages;
using WithdrawalBot.Core.Messages;
using WithdrawalBot.Core.Replies;

namespace WithdrawalBot.Core.Routing;

/// <summary>
/// Handles one or more commands (e.g. <c>subscribe</c>, <c>unsubscribe</c>). The router sends it both the
/// slash command and free text whose intent has the same name ("remind me" → <c>subscribe</c>).
/// </summary>
public interface ICommandHandler
{
    /// <summary>The commands this handler owns.</summary>
    IReadOnlyList<CommandSpec> Commands { get; }

    /// <summary>Handles the message in the given reply language.</summary>
    /// <param name="commandName">Which of <see cref="Commands"/> was invoked.</param>
    /// <param name="message">The message; <see cref="IncomingMessage.Command"/> is <c>null</c> when the intent came from free text.</param>
    /// <param name="language">The language to answer in (chat setting, else the question's script).</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    Task<Reply> HandleAsync(string commandName, IncomingMessage message, Language language, CancellationToken cancellationToken);
}
