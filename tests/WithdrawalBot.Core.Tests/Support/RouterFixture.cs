using System.Diagnostics.Metrics;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using WithdrawalBot.Core.Conversation;
using WithdrawalBot.Core.Diagnostics;
using WithdrawalBot.Core.Knowledge;
using WithdrawalBot.Core.Matching;
using WithdrawalBot.Core.Messages;
using WithdrawalBot.Core.Replies;
using WithdrawalBot.Core.Routing;

namespace WithdrawalBot.Core.Tests.Support;

/// <summary>A router over the fixture knowledge with in-memory stores, a fake clock and optional handlers.</summary>
public sealed class RouterFixture
{
    public static readonly DateTimeOffset Now = new(2026, 11, 29, 12, 0, 0, TimeSpan.Zero);

    private static readonly Lazy<IntentMatcher> SharedMatcher = new(() => new IntentMatcher(TestKnowledge.Shared));

    public RouterFixture(params ICommandHandler[] handlers)
        : this(TestKnowledge.Shared, SharedMatcher.Value, handlers)
    {
    }

    public RouterFixture(KnowledgeBase knowledge, IntentMatcher matcher, params ICommandHandler[] handlers)
    {
        Knowledge = knowledge;
        Memory = new ConversationMemory(Time, Options.Create(new ConversationOptions()));
        Composer = new ReplyComposer(knowledge, Time);
        Router = new Router(knowledge, matcher, Composer, Memory, Settings, Unanswered, handlers, new BotMetrics(new TestMeterFactory()), Time, NullLogger<Router>.Instance, Feedback);
    }

    public FakeTimeProvider Time { get; } = new(Now);

    public KnowledgeBase Knowledge { get; }

    public InMemoryChatSettingsStore Settings { get; } = new();

    public InMemoryUnansweredLog Unanswered { get; } = new();

    public InMemoryFeedbackStore Feedback { get; } = new();

    public ConversationMemory Memory { get; }

    public ReplyComposer Composer { get; }

    public Router Router { get; }

    public static ChatAddress PrivateChat { get; } = new(ChatPlatform.Telegram, "1001");

    public static ChatAddress GroupChat { get; } = new(ChatPlatform.Telegram, "-2002");

    public static IncomingMessage Private(string text, string userId = "7", string? languageCode = null) =>
        new(PrivateChat, ChatKind.Private, new Sender(userId, "User", languageCode), text);

    public static IncomingMessage Group(string text, string userId = "7", bool addressed = false) =>
        new(GroupChat, ChatKind.Group, new Sender(userId, "User"), text) { IsAddressedToBot = addressed };

    public static IncomingMessage Command(ChatKind kind, string name, string arguments = "", string? languageCode = null) =>
        new(kind == ChatKind.Private ? PrivateChat : GroupChat, kind, kind == ChatKind.Channel ? null : new Sender("7", "User", languageCode), $"/{name} {arguments}".Trim())
        {
            Command = new BotCommand(name, arguments),
            IsAddressedToBot = true,
        };

    public static IncomingMessage Button(string payload, ChatKind kind = ChatKind.Private, string userId = "7") =>
        new(kind == ChatKind.Private ? PrivateChat : GroupChat, kind, new Sender(userId, "User"), "") { ButtonPayload = payload };

    public Task<Reply?> SendAsync(IncomingMessage message) => Router.HandleAsync(message, CancellationToken.None);

    /// <summary>The paragraphs the reply cites.</summary>
    public static int[] Paragraphs(Reply? reply) => reply is null ? [] : [.. reply.Citations.Select(c => c.Paragraph).Distinct()];
}
