using WithdrawalBot.Core.Languages;
using WithdrawalBot.Core.Messages;
using WithdrawalBot.Core.Replies;
using WithdrawalBot.Core.Routing;

namespace WithdrawalBot.Core.Tests.Support;

/// <summary>A command handler that answers with its command name and remembers its calls.</summary>
public sealed class RecordingHandler(params string[] names) : ICommandHandler
{
    public IReadOnlyList<CommandSpec> Commands { get; } = [.. names.Select(n => new CommandSpec(n, $"{n} (en)", $"{n} (ar)"))];

    public List<(string Command, IncomingMessage Message, Language Language)> Calls { get; } = [];

    public Task<Reply> HandleAsync(string commandName, IncomingMessage message, Language language, CancellationToken cancellationToken)
    {
        Calls.Add((commandName, message, language));
        return Task.FromResult(new Reply(language, [new ReplyBlock(ReplyBlockKind.Paragraph, $"handled {commandName}")]) { Intent = commandName });
    }
}
