using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using WithdrawalBot.Core.Languages;
using WithdrawalBot.Core.Text;

namespace WithdrawalBot.Core.Conversation;

/// <summary>
/// Remembers, in memory only, the last answered question of each user in each chat, and the language they last wrote in,
/// for <see cref="ConversationOptions.FollowUpWindow"/> (measured with the injected <see cref="TimeProvider"/>).
/// Nothing survives a restart and nothing is shared between users. Thread-safe.
/// </summary>
public sealed class ConversationMemory(TimeProvider time, IOptions<ConversationOptions> options)
{
    /// <summary>Longest remembered question text.</summary>
    public const int MaxQuestionLength = 300;

    /// <summary>Above this many remembered conversations, expired ones are swept on the next write.</summary>
    public const int SweepThreshold = 10_000;

    private readonly ConcurrentDictionary<ConversationKey, ConversationTurn> turns = new();
    private readonly ConcurrentDictionary<ConversationKey, (Language Language, DateTimeOffset At)> languages = new();

    /// <summary>The window a turn stays usable for.</summary>
    public TimeSpan Window => options.Value.FollowUpWindow;

    /// <summary>How many conversations are held (expired ones included until swept).</summary>
    public int Count => turns.Count;

    /// <summary>The user's last turn in the chat, or <c>null</c> when there is none or it is older than the window.</summary>
    public ConversationTurn? Recall(ConversationKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (!turns.TryGetValue(key, out var turn))
        {
            return null;
        }

        if (time.GetUtcNow() - turn.At <= Window)
        {
            return turn;
        }

        turns.TryRemove(new KeyValuePair<ConversationKey, ConversationTurn>(key, turn));
        return null;
    }

    /// <summary>Stores the user's latest answered question (both texts cut to <see cref="MaxQuestionLength"/>).</summary>
    public void Remember(ConversationKey key, ConversationTurn turn)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(turn);
        if (turn.Question.Length > MaxQuestionLength)
        {
            turn = turn with { Question = TextCleaner.Cut(turn.Question, MaxQuestionLength) };
        }

        if (turn.AskedAs is { Length: > MaxQuestionLength } asked)
        {
            turn = turn with { AskedAs = TextCleaner.Cut(asked, MaxQuestionLength) };
        }

        turns[key] = turn;
        languages[key] = (turn.Language, turn.At);
        if (turns.Count > SweepThreshold)
        {
            Sweep();
        }
    }

    /// <summary>
    /// The language the user last wrote in, in the chat (a greeting, a question, answered or not), or <c>null</c> when they
    /// wrote nothing whose language could be told within the window: what a bare <c>/help</c> or "👍" is answered in.
    /// </summary>
    public Language? RecallLanguage(ConversationKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return languages.TryGetValue(key, out var spoken) && time.GetUtcNow() - spoken.At <= Window ? spoken.Language : null;
    }

    /// <summary>Stores the language the user just wrote in (told from their words, not from a chat setting).</summary>
    public void RememberLanguage(ConversationKey key, Language language)
    {
        ArgumentNullException.ThrowIfNull(key);
        languages[key] = (language, time.GetUtcNow());
        if (languages.Count > SweepThreshold)
        {
            Sweep();
        }
    }

    /// <summary>Forgets the user's conversation in the chat.</summary>
    public void Forget(ConversationKey key)
    {
        turns.TryRemove(key, out _);
        languages.TryRemove(key, out _);
    }

    private void Sweep()
    {
        var now = time.GetUtcNow();
        foreach (var (key, turn) in turns)
        {
            if (now - turn.At > Window)
            {
                turns.TryRemove(new KeyValuePair<ConversationKey, ConversationTurn>(key, turn));
            }
        }

        foreach (var (key, spoken) in languages)
        {
            if (now - spoken.At > Window)
            {
                languages.TryRemove(new KeyValuePair<ConversationKey, (Language, DateTimeOffset)>(key, spoken));
            }
        }
    }
}
