namespace WithdrawalBot.Core.Text;

/// <summary>
/// Replaces word sequences by other word sequences, longest match first (dialect phrases, multi-word
/// synonyms such as "pull out"). Keys and values are already normalized words.
/// </summary>
internal sealed class PhraseMap
{
    private readonly Dictionary<string, List<Entry>> byFirstWord = new(StringComparer.Ordinal);

    /// <summary>How many phrases the map holds.</summary>
    public int Count { get; private set; }

    /// <summary>Adds a phrase; the first one added for a key wins.</summary>
    public void Add(IReadOnlyList<string> key, IReadOnlyList<string> replacement)
    {
        if (key.Count == 0)
        {
            return;
        }

        if (!byFirstWord.TryGetValue(key[0], out var entries))
        {
            byFirstWord[key[0]] = entries = [];
        }

        if (entries.Exists(e => e.Key.SequenceEqual(key)))
        {
            return;
        }

        entries.Add(new Entry([.. key], [.. replacement]));
        entries.Sort((a, b) => b.Key.Length.CompareTo(a.Key.Length));
        Count++;
    }

    /// <summary>Whether some phrase starts with <paramref name="word"/>.</summary>
    public bool StartsPhrase(string word) => byFirstWord.ContainsKey(word);

    /// <summary>Whether a single word is a key on its own.</summary>
    public bool TryGetSingle(string word, out string[] replacement)
    {
        if (byFirstWord.TryGetValue(word, out var entries))
        {
            foreach (var entry in entries)
            {
                if (entry.Key.Length == 1)
                {
                    replacement = entry.Replacement;
                    return true;
                }
            }
        }

        replacement = [];
        return false;
    }

    /// <summary>
    /// Tries the phrases starting at <paramref name="words"/>[<paramref name="start"/>], longest first.
    /// </summary>
    /// <returns>How many words matched (0 for none) and their replacement.</returns>
    public int Match(List<string> words, int start, out string[] replacement)
    {
        if (byFirstWord.TryGetValue(words[start], out var entries))
        {
            foreach (var entry in entries)
            {
                if (Matches(words, start, entry.Key))
                {
                    replacement = entry.Replacement;
                    return entry.Key.Length;
                }
            }
        }

        replacement = [];
        return 0;
    }

    private static bool Matches(List<string> words, int start, string[] key)
    {
        if (start + key.Length > words.Count)
        {
            return false;
        }

        for (var i = 1; i < key.Length; i++)
        {
            if (!string.Equals(words[start + i], key[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private sealed record Entry(string[] Key, string[] Replacement);
}
