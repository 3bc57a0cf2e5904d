namespace WithdrawalBot.Core.Text;

/// <summary>
/// Finds the known word a mistyped word was meant to be ("wen" → "when", "syrai" → "syria", "erbll" → "erbil"):
/// a symmetric-delete index over the knowledge vocabulary (every word and every word with one letter deleted),
/// candidates verified with the optimal-string-alignment edit distance (insert, delete, substitute,
/// transpose); long words two edits away are compared with the known words of the same first letter.
/// Immutable after construction and thread-safe.
/// </summary>
public sealed class TypoCorrector
{
    private readonly Dictionary<string, int> frequency;
    // word minus one letter → first entry; entries chain the words sharing that delete.
    private readonly Dictionary<string, int> deletes = new(StringComparer.Ordinal);
    private readonly List<(string Word, int Next)> entries = [];
    private readonly Dictionary<char, List<string>> byFirstLetter = [];

    /// <summary>Indexes <paramref name="vocabulary"/> (normalized word → how often it occurs).</summary>
    /// <param name="vocabulary">Known words; words shorter than <see cref="MinLength"/> are not indexed.</param>
    public TypoCorrector(IReadOnlyDictionary<string, int> vocabulary)
    {
        ArgumentNullException.ThrowIfNull(vocabulary);
        frequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (word, count) in vocabulary)
        {
            if (word.Length < MinLength || char.IsAsciiDigit(word[0]))
            {
                continue;
            }

            frequency[word] = count;
            if (!byFirstLetter.TryGetValue(word[0], out var sameStart))
            {
                byFirstLetter[word[0]] = sameStart = [];
            }

            sameStart.Add(word);
            IndexDeletes(word);
        }
    }

    private void IndexDeletes(string word)
    {
        var lookup = deletes.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> buffer = stackalloc char[WordNormalizer.MaxWordLength];
        for (var i = 0; i < word.Length && word.Length - 1 <= buffer.Length; i++)
        {
            if (i > 0 && word[i] == word[i - 1])
            {
                continue; // deleting either of two equal letters gives the same string
            }

            word.AsSpan(0, i).CopyTo(buffer);
            word.AsSpan(i + 1).CopyTo(buffer[i..]);
            var deleted = buffer[..(word.Length - 1)];
            var head = lookup.TryGetValue(deleted, out var first) ? first : -1;
            entries.Add((word, head));
            lookup[deleted] = entries.Count - 1;
        }
    }

    /// <summary>Shortest word that is corrected or a correction target.</summary>
    public const int MinLength = 3;

    /// <summary>Shortest word that may be corrected by changing a letter.</summary>
    public const int MinSubstitutionLength = 5;

    /// <summary>Whether the word is in the vocabulary.</summary>
    public bool IsKnown(string word) => frequency.ContainsKey(word);

    /// <summary>
    /// The known word closest to <paramref name="word"/>: edit distance 1, or 2 for words of
    /// <paramref name="longWordLength"/> letters or more; ties go to the more frequent word. Words shorter
    /// than <see cref="MinSubstitutionLength"/> are only corrected by a missing, extra or swapped letter
    /// ("wen" → "when"), never by a changed one ("rate" stays "rate", not "date"); words shorter than
    /// <paramref name="longWordLength"/> keep their first letter ("might" does not become "fight").
    /// </summary>
    /// <returns>The correction, <paramref name="word"/> itself when known, or <c>null</c> when nothing is close.</returns>
    public string? Correct(string word, int longWordLength = 7)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (frequency.ContainsKey(word))
        {
            return word;
        }

        if (word.Length < MinLength)
        {
            return null;
        }

        var maxDistance = word.Length >= longWordLength ? 2 : 1;
        string? best = null;
        var bestDistance = int.MaxValue;
        var bestCount = 0;

        void Consider(string candidate)
        {
            if ((word.Length < MinSubstitutionLength && candidate.Length == word.Length && !IsTransposition(word, candidate))
                || (word.Length < longWordLength && candidate[0] != word[0] && !IsTransposition(word, candidate)))
            {
                return;
            }

            var distance = EditDistance.Osa(word, candidate, maxDistance);
            if (distance <= maxDistance && (distance < bestDistance || (distance == bestDistance && frequency[candidate] > bestCount)))
            {
                best = candidate;
                bestDistance = distance;
                bestCount = frequency[candidate];
            }
        }

        if (deletes.TryGetValue(word, out var longer))
        {
            ForEachChained(longer, Consider);
        }

        Span<char> buffer = stackalloc char[Math.Min(word.Length, WordNormalizer.MaxWordLength)];
        var lookup = deletes.GetAlternateLookup<ReadOnlySpan<char>>();
        var words = frequency.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var i = 0; i < word.Length && word.Length - 1 <= buffer.Length; i++)
        {
            word.AsSpan(0, i).CopyTo(buffer);
            word.AsSpan(i + 1).CopyTo(buffer[i..]);
            var deleted = buffer[..(word.Length - 1)];
            if (words.TryGetValue(deleted, out var shorter, out _))
            {
                Consider(shorter);
            }

            if (lookup.TryGetValue(deleted, out var same))
            {
                ForEachChained(same, Consider);
            }
        }

        if (best is null && maxDistance > 1 && byFirstLetter.TryGetValue(word[0], out var sameStart))
        {
            // Two edits apart with nothing one delete away ("anouncment"): compare with the words of the same first letter.
            foreach (var candidate in sameStart)
            {
                if (Math.Abs(candidate.Length - word.Length) <= maxDistance)
                {
                    Consider(candidate);
                }
            }
        }

        return best;
    }

    /// <summary>
    /// The most frequent known word that <paramref name="word"/> becomes when one of its letters, not the first, is
    /// replaced by a neighbour on the Arabic keyboard (<see cref="ArabicKeyboard"/>): for short Arabic words, where
    /// <see cref="Correct"/> changes no letter ("جتدي" → "جندي", "داعس" → "داعش").
    /// </summary>
    /// <returns>The correction, or <c>null</c> when no neighbour makes a known word (or the word is longer than
    /// <see cref="WordNormalizer.MaxWordLength"/>, which no known word is).</returns>
    public string? CorrectKeyboardSlip(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        string? best = null;
        var bestCount = 0;
        var words = frequency.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> letters = stackalloc char[Math.Min(word.Length, WordNormalizer.MaxWordLength)];
        if (word.Length > letters.Length)
        {
            return null;
        }

        word.AsSpan().CopyTo(letters);
        for (var i = 1; i < letters.Length; i++)
        {
            var typed = letters[i];
            foreach (var neighbour in ArabicKeyboard.Neighbours(typed))
            {
                letters[i] = neighbour;
                if (words.TryGetValue(letters, out var candidate, out var count) && count > bestCount)
                {
                    best = candidate;
                    bestCount = count;
                }
            }

            letters[i] = typed;
        }

        return best;
    }

    private void ForEachChained(int entry, Action<string> action)
    {
        for (; entry >= 0; entry = entries[entry].Next)
        {
            action(entries[entry].Word);
        }
    }

    /// <summary>Whether two different words of the same length differ only by two swapped neighbouring letters ("syrai", "syria").</summary>
    internal static bool IsTransposition(string a, string b)
    {
        var first = 0;
        while (first < a.Length && a[first] == b[first])
        {
            first++;
        }

        return first + 1 < a.Length && a[first] == b[first + 1] && a[first + 1] == b[first] && a.AsSpan(first + 2).SequenceEqual(b.AsSpan(first + 2));
    }
}
