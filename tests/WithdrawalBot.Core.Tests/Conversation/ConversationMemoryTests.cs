using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using WithdrawalBot.Core.Conversation;
using WithdrawalBot.Core.Languages;
using WithdrawalBot.Core.Messages;

namespace WithdrawalBot.Core.Tests.Conversation;

public sealed class ConversationMemoryTests
{
    private static readonly ChatAddress Chat = new(ChatPlatform.Discord, "42");

    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));

    private ConversationMemory Memory(TimeSpan window) => new(time, Options.Create(new ConversationOptions { FollowUpWindow = window }));

    [Fact]
    public void Recall_WithinWindow_ReturnsTheTurn()
    {
        var memory = Memory(TimeSpan.FromMinutes(10));
        memory.Remember(new(Chat, "u1"), new ConversationTurn("erbil-stay", "when erbil", Language.English, time.GetUtcNow()));

        time.Advance(TimeSpan.FromMinutes(9));

        Assert.Equal("erbil-stay", memory.Recall(new(Chat, "u1"))?.FactId);
    }

    [Fact]
    public void Recall_AfterWindow_ForgetsTheTurn()
    {
        var memory = Memory(TimeSpan.FromMinutes(10));
        memory.Remember(new(Chat, "u1"), new ConversationTurn("erbil-stay", "when erbil", Language.English, time.GetUtcNow()));

        time.Advance(TimeSpan.FromMinutes(10) + TimeSpan.FromSeconds(1));

        Assert.Null(memory.Recall(new(Chat, "u1")));
        Assert.Equal(0, memory.Count);
    }

    [Fact]
    public void Recall_OtherUserOrThreadOrChat_SeesNothing()
    {
        var memory = Memory(TimeSpan.FromMinutes(10));
        memory.Remember(new(Chat, "u1"), new ConversationTurn("erbil-stay", "when erbil", Language.English, time.GetUtcNow()));

        Assert.Null(memory.Recall(new(Chat, "u2")));
        Assert.Null(memory.Recall(new(Chat with { ThreadId = "7" }, "u1")));
        Assert.Null(memory.Recall(new(Chat with { Platform = ChatPlatform.Telegram }, "u1")));
    }

    [Fact]
    public void Remember_LongQuestion_IsCut()
    {
        var memory = Memory(TimeSpan.FromMinutes(10));

        memory.Remember(new(Chat, "u1"), new ConversationTurn("erbil-stay", new string('q', 5000), Language.English, time.GetUtcNow()));

        Assert.Equal(ConversationMemory.MaxQuestionLength, memory.Recall(new(Chat, "u1"))!.Question.Length);
    }
}
