using WithdrawalBot.Core.Languages;
using WithdrawalBot.Core.Messages;
using WithdrawalBot.Core.Replies;
using WithdrawalBot.Core.Routing;

namespace WithdrawalBot.Core.Tests.Support;

/// <summary>A command handler that answers with its command name and remembers its calls.</summary>
public sealed class RecordingHandler(params string[] names) : ICommandHandler
{
    /// <summary>The commands named, reminders commands marked as needing reminders as <c>SubscriptionCommandHandler</c> marks them (all but milestones and next).</summary>
    public IReadOnlyList<CommandSpec> Commands { get; } = [.. names.Select(n => new CommandSpec(n, $"{n} (en)", $"{n} (ar)") { NeedsReminders = n is not ("milestones" or "next") })];

    public List<(string Command, IncomingMessage Message, Language Language)> Calls { get; } = [];

    public Task<Reply> HandleAsync(string commandName, IncomingMessage message, Language language, CancellationToken cancellationToken)
    {
        Calls.Add((commandName, message, language));
        return Task.FromResult(new Reply(language, [new ReplyBlock(ReplyBlockKind.Paragraph, $"handled {commandName}")]) { Intent = commandName });
    }
}
