using WithdrawalBot.Core.Knowledge;

namespace WithdrawalBot.Core.Text;

/// <summary>
/// Turns text into matching terms with the lexicon: normalized words (<see cref="WordNormalizer"/>), Iraqi
/// dialect words and phrases replaced by their Modern Standard Arabic meaning (also behind a leading و/ف or
/// a trailing pronoun: "وشوكت", "كالها"), stopwords dropped, stems, and synonyms folded onto the first
/// word of their group. Immutable after construction and thread-safe.
/// </summary>
public sealed class TextAnalyzer
{
    private static readonly string[] ArabicPrefixes = ["و", "ف"];
    private static readonly string[] ArabicSuffixes = ["ها", "هم", "هن", "كم", "ني", "نا", "ه", "ك"];

    private readonly PhraseMap dialect = new();
    private readonly PhraseMap synonyms = new();
    private readonly HashSet<string> stopwords = new(StringComparer.Ordinal);

    /// <summary>Builds the analyzer's tables from <paramref name="lexicon"/> (keys normalized like any text).</summary>
    public TextAnalyzer(Lexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        foreach (var word in lexicon.ArabicStopwords.Concat(lexicon.EnglishStopwords))
        {
            foreach (var normalized in Normalize(word))
            {
                stopwords.Add(normalized);
            }
        }

        foreach (var (key, value) in lexicon.ArabicDialect)
        {
            dialect.Add(Normalize(key), Normalize(value));
        }

        foreach (var group in lexicon.ArabicSynonyms.Concat(lexicon.EnglishSynonyms))
        {
            AddSynonymGroup(group);
        }
    }

    /// <summary>Normalized words of <paramref name="text"/> with dialect replaced; stopwords are kept.</summary>
    public List<string> Words(ReadOnlySpan<char> text)
    {
        var raw = new List<string>();
        WordNormalizer.Tokenize(text, raw);
        return ReplaceDialect(raw);
    }

    /// <summary>Whether a normalized word is a stopword.</summary>
    public bool IsStopword(string word) => stopwords.Contains(word);

    /// <summary>Whether a normalized word is a dialect word the lexicon knows (alone or behind a clitic).</summary>
    public bool IsDialectWord(string word) => TryDialectWord(word, out _);

    /// <summary>The terms of normalized <paramref name="words"/>: stopwords dropped, stemmed, synonyms folded.</summary>
    public List<string> Terms(List<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var stems = new List<string>(words.Count);
        foreach (var word in words)
        {
            if (!stopwords.Contains(word))
            {
                stems.Add(WordNormalizer.Stem(word));
            }
        }

        if (synonyms.Count == 0)
        {
            return stems;
        }

        var terms = new List<string>(stems.Count);
        for (var i = 0; i < stems.Count;)
        {
            var matched = synonyms.Match(stems, i, out var canonical);
            if (matched == 0)
            {
                terms.Add(stems[i]);
                i++;
            }
            else
            {
                terms.AddRange(canonical);
                i += matched;
            }
        }

        return terms;
    }

    /// <summary>The terms of <paramref name="text"/> (<see cref="Words"/> then <see cref="Terms"/>).</summary>
    public List<string> Analyze(ReadOnlySpan<char> text) => Terms(Words(text));

    private static List<string> Normalize(string text)
    {
        var words = new List<string>();
        WordNormalizer.Tokenize(text, words);
        return words;
    }

    private void AddSynonymGroup(IReadOnlyList<string> group)
    {
        string[]? canonical = null;
        foreach (var member in group)
        {
            var stems = Terms(ReplaceDialect(Normalize(member)));
            if (stems.Count == 0)
            {
                continue;
            }

            canonical ??= [string.Join(' ', stems)];
            synonyms.Add(stems, canonical);
        }
    }

    private List<string> ReplaceDialect(List<string> words)
    {
        if (dialect.Count == 0)
        {
            return words;
        }

        var result = new List<string>(words.Count + 2);
        for (var i = 0; i < words.Count;)
        {
            var matched = dialect.Match(words, i, out var replacement);
            if (matched > 0)
            {
                result.AddRange(replacement);
                i += matched;
            }
            else
            {
                if (TryDialectWord(words[i], out replacement))
                {
                    result.AddRange(replacement);
                }
                else
                {
                    result.Add(words[i]);
                }

                i++;
            }
        }

        return result;
    }

    private bool TryDialectWord(string word, out string[] replacement)
    {
        if (dialect.TryGetSingle(word, out replacement))
        {
            return true;
        }

        if (!WordNormalizer.IsArabic(word) || word.Length < 4)
        {
            return false;
        }

        foreach (var prefix in ArabicPrefixes)
        {
            if (word.StartsWith(prefix, StringComparison.Ordinal) && TryWithoutSuffix(word[prefix.Length..], out replacement))
            {
                return true;
            }
        }

        return TryWithoutSuffix(word, out replacement);
    }

    private bool TryWithoutSuffix(string word, out string[] replacement)
    {
        if (dialect.TryGetSingle(word, out replacement))
        {
            return true;
        }

        foreach (var suffix in ArabicSuffixes)
        {
            if (word.Length - suffix.Length >= 3 && word.EndsWith(suffix, StringComparison.Ordinal) && dialect.TryGetSingle(word[..^suffix.Length], out replacement))
            {
                return true;
            }
        }

        return false;
    }
}
