using System.Collections.Concurrent;
using WithdrawalBot.Core.Languages;
using WithdrawalBot.Core.Messages;
using WithdrawalBot.Core.Replies;
using WithdrawalBot.Core.Routing;

namespace WithdrawalBot.Tests.Support;

/// <summary>
/// A test-only router: records every message and answers with <see cref="Answer"/> (default: an English
/// "fact" reply echoing the text, citing paragraph 18). The real router comes from the core.
/// </summary>
public sealed class FakeRouter : IMessageRouter
{
    /// <summary>The messages received, in order.</summary>
    public ConcurrentQueue<IncomingMessage> Received { get; } = new();

    /// <summary>How to answer; return <c>null</c> to stay silent.</summary>
    public Func<IncomingMessage, Reply?> Answer { get; set; } = message => Echo(message.Text);

    /// <inheritdoc />
    public IReadOnlyList<CommandSpec> Commands { get; } = [new("help", "Show help", "عرض المساعدة")];

    /// <summary>A reply saying "echo: TEXT" with one citation and two suggestions.</summary>
    public static Reply Echo(string text) =>
        new(Language.English, [new ReplyBlock(ReplyBlockKind.Paragraph, "echo: " + text), new ReplyBlock(ReplyBlockKind.Footnote, "Paragraph 18")])
        {
            Intent = "fact",
            Answered = true,
            Confidence = 0.875,
            Citations = [new Citation(18, "أربيل")],
            Buttons = [new ReplyButton("When do troops leave Erbil?", "fact:erbil"), new ReplyButton("Timeline", "intent:milestones")],
        };

    /// <inheritdoc />
    public Task<Reply?> HandleAsync(IncomingMessage message, CancellationToken cancellationToken)
    {
        Received.Enqueue(message);
        return Task.FromResult(Answer(message));
    }
}
