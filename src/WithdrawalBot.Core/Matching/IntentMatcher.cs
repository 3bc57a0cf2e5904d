using System.Buffers;
using WithdrawalBot.Core.Knowledge;
using WithdrawalBot.Core.Text;

namespace WithdrawalBot.Core.Matching;

/// <summary>
/// Scores an utterance against every fact's questions (and, weighted down, its answer and quotes) and every
/// intent's examples, in both languages: cosine similarity of TF-IDF vectors over analyzed terms (normalized,
/// dialect mapped, stemmed, synonyms folded) blended with character-trigram similarity of those terms, after
/// correcting typos against the knowledge vocabulary. Each fact or intent scores as its best wording.
/// The index is built once; <see cref="Match"/> is thread-safe and allocates little.
/// </summary>
public sealed class IntentMatcher
{
    /// <summary>How many candidates a result carries at most.</summary>
    public const int MaxCandidates = 5;

    private readonly TextAnalyzer analyzer;
    private readonly TypoCorrector corrector;
    private readonly FeatureIndex terms;
    private readonly FeatureIndex trigrams;
    private readonly int[] documentOwner;
    private readonly float[] documentWeight;
    private readonly (MatchKind Kind, string Id)[] owners;

    /// <summary>Builds the index over <paramref name="knowledge"/>.</summary>
    /// <param name="knowledge">The facts and intents to match, and the lexicon.</param>
    /// <param name="tuning">Weights and threshold; <c>null</c> for the tuned defaults.</param>
    public IntentMatcher(KnowledgeBase knowledge, MatchTuning? tuning = null)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        Tuning = tuning ?? new MatchTuning();
        analyzer = new TextAnalyzer(knowledge.Lexicon);

        var ownerList = new List<(MatchKind, string)>();
        var documents = new List<List<string>>();
        var ownerOfDocument = new List<int>();
        var weightOfDocument = new List<float>();
        var vocabulary = new Dictionary<string, int>(StringComparer.Ordinal);

        void AddDocument(string text, int owner, double weight)
        {
            var words = analyzer.Words(text);
            foreach (var word in words)
            {
                if (!analyzer.IsStopword(word))
                {
                    vocabulary[word] = vocabulary.GetValueOrDefault(word) + 1;
                }
            }

            var documentTerms = analyzer.Terms(words);
            if (documentTerms.Count == 0)
            {
                return;
            }

            documents.Add(documentTerms);
            ownerOfDocument.Add(owner);
            weightOfDocument.Add((float)weight);
        }

        foreach (var fact in knowledge.Facts)
        {
            var owner = ownerList.Count;
            ownerList.Add((MatchKind.Fact, fact.Id));
            foreach (var question in fact.Questions.Arabic.Concat(fact.Questions.English))
            {
                AddDocument(question, owner, 1);
            }

            AddDocument(fact.Answer.Arabic, owner, Tuning.AnswerWeight);
            AddDocument(fact.Answer.English, owner, Tuning.AnswerWeight);
            foreach (var citation in fact.Citations)
            {
                AddDocument(citation.Quote, owner, Tuning.AnswerWeight);
            }
        }

        foreach (var intent in knowledge.Intents)
        {
            var owner = ownerList.Count;
            ownerList.Add((MatchKind.Intent, intent.Name));
            foreach (var example in intent.Examples.Arabic.Concat(intent.Examples.English))
            {
                AddDocument(example, owner, 1);
            }
        }

        owners = [.. ownerList];
        documentOwner = [.. ownerOfDocument];
        documentWeight = [.. weightOfDocument];
        terms = new FeatureIndex(documents);
        trigrams = new FeatureIndex([.. documents.Select(Trigrams)]);
        corrector = new TypoCorrector(vocabulary);
    }

    /// <summary>The weights and threshold in use.</summary>
    public MatchTuning Tuning { get; }

    /// <summary>The analyzer built from the lexicon (the same one the index used).</summary>
    public TextAnalyzer Analyzer => analyzer;

    /// <summary>How many wordings (questions, answers, quotes, examples) are indexed.</summary>
    public int DocumentCount => terms.DocumentCount;

    /// <summary>Ranks every fact and intent against <paramref name="text"/> (only its first <see cref="TextCleaner.MaxMatchLength"/> characters count).</summary>
    /// <returns>The best candidates with scores 0–1; empty when the text shares nothing with the knowledge.</returns>
    public MatchResult Match(string? text)
    {
        var queryTerms = QueryTerms(text);
        return Rank(queryTerms);
    }

    /// <summary>The analyzed terms of an utterance after typo correction (for diagnostics and follow-up handling).</summary>
    public List<string> QueryTerms(string? text)
    {
        var cleaned = TextCleaner.ForMatching(text);
        var words = analyzer.Words(cleaned);
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            if (analyzer.IsStopword(word) || char.IsAsciiDigit(word[0]) || corrector.IsKnown(word) || terms.Contains(WordNormalizer.Stem(word)))
            {
                continue;
            }

            var arabic = WordNormalizer.IsArabic(word);
            if (arabic && (!Tuning.CorrectArabicTypos || word.Length < Tuning.ArabicTypoMinLength))
            {
                continue;
            }

            var corrected = corrector.Correct(word);
            if (corrected is not null)
            {
                words[i] = corrected;
            }
        }

        return analyzer.Terms(words);
    }

    private MatchResult Rank(List<string> queryTerms)
    {
        if (queryTerms.Count == 0)
        {
            return MatchResult.None(Tuning.Threshold);
        }

        var documentCount = terms.DocumentCount;
        var scores = ArrayPool<float>.Shared.Rent(documentCount);
        var best = ArrayPool<float>.Shared.Rent(owners.Length);
        try
        {
            var scoreSpan = scores.AsSpan(0, documentCount);
            scoreSpan.Clear();
            AccumulateTerms(queryTerms, scoreSpan);
            AccumulateTrigrams(queryTerms, scoreSpan);

            var bestSpan = best.AsSpan(0, owners.Length);
            bestSpan.Clear();
            for (var d = 0; d < documentCount; d++)
            {
                var score = scoreSpan[d] * documentWeight[d];
                ref var slot = ref bestSpan[documentOwner[d]];
                if (score > slot)
                {
                    slot = score;
                }
            }

            return new MatchResult(TopCandidates(bestSpan), Tuning.Threshold);
        }
        finally
        {
            ArrayPool<float>.Shared.Return(scores);
            ArrayPool<float>.Shared.Return(best);
        }
    }

    private void AccumulateTerms(List<string> queryTerms, Span<float> scores)
    {
        Span<int> ids = queryTerms.Count <= 128 ? stackalloc int[queryTerms.Count] : new int[queryTerms.Count];
        for (var i = 0; i < queryTerms.Count; i++)
        {
            ids[i] = terms.Id(queryTerms[i]);
        }

        terms.Accumulate(ids, scores, (float)Tuning.TermWeight);
    }

    private void AccumulateTrigrams(List<string> queryTerms, Span<float> scores)
    {
        var count = 0;
        foreach (var term in queryTerms)
        {
            count += term.Length;
        }

        Span<int> ids = count <= 512 ? stackalloc int[count] : new int[count];
        Span<char> gram = stackalloc char[3];
        var n = 0;
        foreach (var term in queryTerms)
        {
            for (var i = -1; i < term.Length - 1; i++)
            {
                gram[0] = i < 0 ? '^' : term[i];
                gram[1] = term[i + 1];
                gram[2] = i + 2 < term.Length ? term[i + 2] : '$';
                ids[n++] = trigrams.Id(gram);
            }
        }

        trigrams.Accumulate(ids[..n], scores, (float)(1 - Tuning.TermWeight));
    }

    private MatchCandidate[] TopCandidates(Span<float> scores)
    {
        Span<int> top = stackalloc int[MaxCandidates];
        var count = 0;
        for (var owner = 0; owner < scores.Length; owner++)
        {
            var score = scores[owner];
            if (score <= 0)
            {
                continue;
            }

            var position = count;
            while (position > 0 && scores[top[position - 1]] < score)
            {
                position--;
            }

            if (position >= MaxCandidates)
            {
                continue;
            }

            var last = Math.Min(count, MaxCandidates - 1);
            for (var k = last; k > position; k--)
            {
                top[k] = top[k - 1];
            }

            top[position] = owner;
            count = Math.Min(count + 1, MaxCandidates);
        }

        var result = new MatchCandidate[count];
        for (var k = 0; k < count; k++)
        {
            var (kind, id) = owners[top[k]];
            result[k] = new MatchCandidate(kind, id, Math.Clamp(scores[top[k]], 0, 1));
        }

        return result;
    }

    private static List<string> Trigrams(List<string> documentTerms)
    {
        var grams = new List<string>();
        foreach (var term in documentTerms)
        {
            var padded = "^" + term + "$";
            for (var i = 0; i + 3 <= padded.Length; i++)
            {
                grams.Add(padded.Substring(i, 3));
            }
        }

        return grams;
    }
}
