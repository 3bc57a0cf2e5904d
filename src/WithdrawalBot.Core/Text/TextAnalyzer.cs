using System.Collections.Concurrent;
using WithdrawalBot.Core.Knowledge;

namespace WithdrawalBot.Core.Text;

/// <summary>
/// Turns text into matching terms with the lexicon: normalized words (<see cref="WordNormalizer"/>), figures in words
/// written in digits (<see cref="NumberWords"/>: "three thousand" → "3000"), Iraqi
/// dialect words and phrases replaced by their Modern Standard Arabic meaning (also behind a leading و/ف or
/// a trailing pronoun: "وشوكت", "كالها"), stopwords dropped, stems, and synonyms folded onto the first
/// word of their group. Immutable after construction and thread-safe.
/// </summary>
public sealed class TextAnalyzer
{
    private static readonly string[] DialectPrefixes = ["و", "ف"];
    private static readonly string[] DialectSuffixes = ["ها", "هم", "هن", "كم", "ني", "نا", "ه", "ك"];

    private readonly PhraseMap dialect = new();
    private readonly PhraseMap synonyms = new();
    private readonly PhraseMap phrasesWithStopwords = new();
    private readonly HashSet<string> stopwords = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> stems = new(StringComparer.Ordinal);

    /// <summary>How many word → stem results are remembered (the knowledge's words and the most recent questions').</summary>
    public const int MaxCachedStems = 50_000;

    /// <summary>Builds the analyzer's tables from <paramref name="lexicon"/> (keys normalized like any text).</summary>
    public TextAnalyzer(Lexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        foreach (var word in lexicon.ArabicStopwords.Concat(lexicon.EnglishStopwords))
        {
            // A figure is never a stopword: "eli5" tokenizes to "eli" and "5", and "I heard 5 soldiers died" claims a figure.
            foreach (var normalized in WordNormalizer.Tokenize(word).Where(token => !token.All(char.IsAsciiDigit)))
            {
                stopwords.Add(normalized);
            }
        }

        foreach (var (key, value) in lexicon.ArabicDialect)
        {
            dialect.Add(WordNormalizer.Tokenize(key), WordNormalizer.Tokenize(value));
        }

        foreach (var group in lexicon.ArabicSynonyms.Concat(lexicon.EnglishSynonyms))
        {
            AddSynonymGroup(group);
        }
    }

    /// <summary>Normalized words of <paramref name="text"/> with figures in words read as digits and dialect replaced; stopwords are kept.</summary>
    public List<string> Words(ReadOnlySpan<char> text)
    {
        var raw = new List<string>();
        WordNormalizer.Tokenize(text, raw);
        return ReplaceDialect(raw);
    }

    /// <summary>
    /// <paramref name="tokens"/> (from <see cref="WordNormalizer.Tokenize(ReadOnlySpan{char})"/>) with figures in words read as digits
    /// and dialect replaced, for a caller that also needs the words as written; the list itself when neither changes it
    /// and the lexicon has no dialect.
    /// </summary>
    public List<string> Words(List<string> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        return ReplaceDialect(tokens);
    }

    /// <summary>Whether a normalized word is a stopword, also behind a leading و or ف ("ومن", "فما").</summary>
    public bool IsStopword(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return stopwords.Contains(word)
            || (word.Length >= 3 && word[0] is 'و' or 'ف' && stopwords.Contains(word[1..]));
    }

    /// <summary>Whether a normalized word is one the lexicon lists: a stopword, the first word of a synonym entry, or a dialect word ("shkad", "3raq", "mu7adathat").</summary>
    public bool IsLexiconWord(string word) => IsStopword(word) || synonyms.StartsPhrase(word) || IsDialectWord(word);

    /// <summary>Whether a normalized word is a dialect word the lexicon knows (alone or behind a clitic).</summary>
    public bool IsDialectWord(string word) => TryDialectWord(word, out _);

    /// <summary>The terms of normalized <paramref name="words"/>: stopwords dropped, stemmed, synonyms folded.</summary>
    public List<string> Terms(List<string> words) => Terms(words, foldAffixes: true);

    /// <summary>
    /// Arabic particles, verb prefixes, the Iraqi demonstrative "هال" and "عال" (على ال) that the light stemmer keeps, tried
    /// (with every suffix) when a word's stem is not a lexicon word: "ستغادر" → "تغادر", "ببغداد" → "بغداد", "هالشهر" →
    /// "شهر", "عالهجمات" → "هجمات".
    /// </summary>
    internal static readonly string[] ArabicPrefixes = ["", "و", "ف", "ب", "ل", "ك", "س", "وب", "ول", "فب", "فل", "وس", "فس", "ي", "ت", "ن", "سي", "ست", "سن", "وي", "وت", "هال", "بهال", "وهال", "لهال", "عال", "وعال"];

    /// <summary>Arabic pronoun, plural and tanween endings the light stemmer keeps (a plural's و also without its alef or ن: "يطلعو", "ردو").</summary>
    internal static readonly string[] ArabicSuffixes = ["", "ا", "ه", "ها", "هم", "ون", "ين", "وا", "و", "ان", "ني", "نا", "ك", "كم"];

    /// <summary>
    /// The forms of an Arabic word without the affixes in <see cref="ArabicPrefixes"/> and <see cref="ArabicSuffixes"/>,
    /// least stripped first, each at least three letters long.
    /// </summary>
    internal static IEnumerable<string> ArabicAffixVariants(string word)
    {
        foreach (var prefix in ArabicPrefixes)
        {
            if (!word.StartsWith(prefix, StringComparison.Ordinal))
            {
                continue;
            }

            foreach (var suffix in ArabicSuffixes)
            {
                var length = word.Length - prefix.Length - suffix.Length;
                if ((prefix.Length == 0 && suffix.Length == 0) || length < 3 || !word.EndsWith(suffix, StringComparison.Ordinal))
                {
                    continue;
                }

                yield return word.Substring(prefix.Length, length);
            }
        }
    }

    private List<string> Terms(List<string> words, bool foldAffixes)
    {
        ArgumentNullException.ThrowIfNull(words);
        var stems = new List<string>(words.Count);
        var isStopword = new List<bool>(words.Count);
        foreach (var word in words)
        {
            var stop = IsStopword(word);
            stems.Add(stop ? word : foldAffixes ? FoldedStem(word) : WordNormalizer.Stem(word));
            isStopword.Add(stop);
        }

        var (kept, folded) = FoldPhrasesWithStopwords(stems, isStopword);
        if (synonyms.Count == 0)
        {
            return kept;
        }

        var terms = new List<string>(kept.Count);
        for (var i = 0; i < kept.Count;)
        {
            string[] canonical = [];
            var matched = folded[i] ? 0 : synonyms.Match(kept, i, out canonical);
            if (matched == 0)
            {
                terms.Add(kept[i]);
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

    /// <summary>
    /// The stems without stopwords, where synonym phrases that hold a stopword ("deal with", "fall of", "according
    /// to") have first been replaced by their group's term (marked folded, so no other group takes them over).
    /// </summary>
    private (List<string> Kept, List<bool> Folded) FoldPhrasesWithStopwords(List<string> stems, List<bool> isStopword)
    {
        var kept = new List<string>(stems.Count);
        var folded = new List<bool>(stems.Count);
        for (var i = 0; i < stems.Count;)
        {
            string[] canonical = [];
            var matched = phrasesWithStopwords.Count == 0 ? 0 : phrasesWithStopwords.Match(stems, i, out canonical);
            if (matched > 0)
            {
                kept.AddRange(canonical);
                folded.AddRange(canonical.Select(_ => true));
                i += matched;
                continue;
            }

            if (!isStopword[i])
            {
                kept.Add(stems[i]);
                folded.Add(false);
            }

            i++;
        }

        return (kept, folded);
    }

    /// <summary>The stem of a word, or of its affix-stripped form when only that one is a lexicon (synonym) word (memoized).</summary>
    private string FoldedStem(string word)
    {
        if (stems.TryGetValue(word, out var cached))
        {
            return cached;
        }

        var stem = ComputeFoldedStem(word);
        if (stems.Count < MaxCachedStems)
        {
            stems.TryAdd(word, stem);
        }

        return stem;
    }

    private string ComputeFoldedStem(string word)
    {
        var stem = WordNormalizer.Stem(word);
        if (synonyms.Count == 0 || synonyms.StartsPhrase(stem) || !WordNormalizer.IsArabic(word))
        {
            return stem;
        }

        foreach (var variant in ArabicAffixVariants(word))
        {
            var variantStem = WordNormalizer.Stem(variant);
            if (synonyms.StartsPhrase(variantStem))
            {
                return variantStem;
            }
        }

        return stem;
    }

    /// <summary>The term of one normalized word on its own (stemmed, synonym folded); <c>null</c> for a stopword.</summary>
    public string? TermOf(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (IsStopword(word))
        {
            return null;
        }

        var stem = FoldedStem(word);
        return synonyms.TryGetSingle(stem, out var canonical) ? canonical[0] : stem;
    }

    /// <summary>The terms of <paramref name="text"/> (<see cref="Words(ReadOnlySpan{char})"/> then <see cref="Terms(List{string})"/>).</summary>
    public List<string> Analyze(ReadOnlySpan<char> text) => Terms(Words(text));

    private void AddSynonymGroup(IReadOnlyList<string> group)
    {
        string[]? canonical = null;
        foreach (var member in group)
        {
            // The key is the member's own stems (a query is matched stem by stem, before any folding); the group's
            // name is its first member as already folded by earlier groups, so groups sharing a word join up.
            var words = ReplaceDialect(WordNormalizer.Tokenize(member));
            var stems = words.Where(word => !IsStopword(word)).Select(WordNormalizer.Stem).ToList();
            if (stems.Count > 0)
            {
                canonical ??= [string.Join(' ', Terms(words, foldAffixes: false))];
                synonyms.Add(stems, canonical);
            }

            // A phrase holding a stopword ("deal with", "according to") is also matched whole, before stopwords go.
            if (canonical is not null && words.Count > 1 && stems.Count < words.Count)
            {
                phrasesWithStopwords.Add([.. words.Select(word => IsStopword(word) ? word : WordNormalizer.Stem(word))], canonical);
            }
        }
    }

    private List<string> ReplaceDialect(List<string> words)
    {
        words = NumberWords.Read(words);
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

        foreach (var prefix in DialectPrefixes)
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

        foreach (var suffix in DialectSuffixes)
        {
            if (word.Length - suffix.Length >= 3 && word.EndsWith(suffix, StringComparison.Ordinal) && dialect.TryGetSingle(word[..^suffix.Length], out replacement))
            {
                return true;
            }
        }

        return false;
    }
}
