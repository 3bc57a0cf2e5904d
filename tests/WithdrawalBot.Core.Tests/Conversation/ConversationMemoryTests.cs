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
    public void RecallLanguage_IsTheLatestOfAnsweredTurnAndWordsWithoutAnAnswer()
    {
        var memory = Memory(TimeSpan.FromMinutes(10));
        var key = new ConversationKey(Chat, "u1");
        memory.Remember(key, new ConversationTurn("erbil-stay", "when erbil", Language.English, time.GetUtcNow()));
        time.Advance(TimeSpan.FromMinutes(1));

        memory.RememberLanguage(key, Language.Arabic);

        Assert.Equal(Language.Arabic, memory.RecallLanguage(key));
        Assert.Equal(Language.English, memory.Recall(key)?.Language);
        Assert.Null(memory.RecallLanguage(new(Chat, "u2")));
    }

    [Fact]
    public void RecallLanguage_AfterWindowOrForget_IsNull()
    {
        var memory = Memory(TimeSpan.FromMinutes(10));
        var key = new ConversationKey(Chat, "u1");
        memory.RememberLanguage(key, Language.Arabic);
        memory.RememberLanguage(new(Chat, "u2"), Language.Arabic);

        memory.Forget(key);
        time.Advance(TimeSpan.FromMinutes(10) + TimeSpan.FromSeconds(1));

        Assert.Null(memory.RecallLanguage(key));
        Assert.Null(memory.RecallLanguage(new(Chat, "u2")));
    }

    [Fact]
    public void Remember_LongQuestion_IsCut()
    {
        var memory = Memory(TimeSpan.FromMinutes(10));

        memory.Remember(new(Chat, "u1"), new ConversationTurn("erbil-stay", new string('q', 5000), Language.English, time.GetUtcNow()));

        Assert.Equal(ConversationMemory.MaxQuestionLength, memory.Recall(new(Chat, "u1"))!.Question.Length);
    }

    [Fact]
    public void Remember_LongQuestionCutInsideAnEmoji_KeepsWholeEmojiOnly()
    {
        // Break 24: cutting at 300 UTF-16 units split a flag, and the echo of the last question showed "�".
        var memory = Memory(TimeSpan.FromMinutes(10));
        var question = "when do troops leave ain al-asad? " + string.Concat(Enumerable.Repeat("🇮🇶", 80));

        memory.Remember(new(Chat, "u1"), new ConversationTurn("erbil-stay", question, Language.English, time.GetUtcNow()) { AskedAs = question });

        var kept = memory.Recall(new(Chat, "u1"))!;
        Assert.InRange(kept.Question.Length, ConversationMemory.MaxQuestionLength - 4, ConversationMemory.MaxQuestionLength);
        Assert.StartsWith(kept.Question, question, StringComparison.Ordinal);
        Assert.EndsWith("🇮🇶", kept.Question, StringComparison.Ordinal);
        Assert.EndsWith("🇮🇶", kept.AskedAs, StringComparison.Ordinal);
    }
}
