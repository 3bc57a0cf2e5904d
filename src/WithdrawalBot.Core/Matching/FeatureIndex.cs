namespace WithdrawalBot.Core.Matching;

/// <summary>
/// An inverted index of one feature space (terms or character trigrams) over the matcher's documents, with
/// TF-IDF weights (1 + ln tf) · ln(1 + N / df) and documents pre-normalized to unit length, so that
/// accumulating a query over the postings yields cosine similarities. Immutable and thread-safe.
/// </summary>
internal sealed class FeatureIndex
{
    private readonly Dictionary<string, int> ids;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> lookup;
    private readonly int[][] postingDocuments;
    private readonly float[][] postingWeights;
    private readonly float[] idf;
    private readonly float unknownIdf;

    /// <summary>Indexes <paramref name="documents"/>, each a list of features (repeats count).</summary>
    public FeatureIndex(IReadOnlyList<IReadOnlyList<string>> documents)
    {
        ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var frequencies = new List<Dictionary<int, int>>(documents.Count);
        var documentFrequency = new List<int>();
        foreach (var document in documents)
        {
            var tf = new Dictionary<int, int>();
            foreach (var feature in document)
            {
                if (!ids.TryGetValue(feature, out var id))
                {
                    ids[feature] = id = ids.Count;
                    documentFrequency.Add(0);
                }

                if (tf.TryGetValue(id, out var count))
                {
                    tf[id] = count + 1;
                }
                else
                {
                    tf[id] = 1;
                    documentFrequency[id]++;
                }
            }

            frequencies.Add(tf);
        }

        var n = Math.Max(documents.Count, 1);
        idf = [.. documentFrequency.Select(df => (float)Math.Log(1 + (n / (double)df)))];
        unknownIdf = (float)Math.Log(1 + n);
        var postings = new List<(int Document, float Weight)>[ids.Count];
        for (var i = 0; i < postings.Length; i++)
        {
            postings[i] = [];
        }

        for (var document = 0; document < frequencies.Count; document++)
        {
            var tf = frequencies[document];
            var norm = Math.Sqrt(tf.Sum(pair => Square(Weight(pair.Value, idf[pair.Key]))));
            foreach (var (id, count) in tf)
            {
                postings[id].Add((document, (float)(Weight(count, idf[id]) / norm)));
            }
        }

        postingDocuments = [.. postings.Select(p => p.Select(x => x.Document).ToArray())];
        postingWeights = [.. postings.Select(p => p.Select(x => x.Weight).ToArray())];
        lookup = ids.GetAlternateLookup<ReadOnlySpan<char>>();
        DocumentCount = documents.Count;
    }

    /// <summary>How many documents are indexed.</summary>
    public int DocumentCount { get; }

    /// <summary>How many distinct features are indexed.</summary>
    public int FeatureCount => ids.Count;

    /// <summary>The inverse document frequency of feature <paramref name="id"/>; for -1 (unknown) the rarest possible.</summary>
    public float Idf(int id) => id < 0 ? unknownIdf : idf[id];

    /// <summary>Whether a feature occurs in any document.</summary>
    public bool Contains(ReadOnlySpan<char> feature) => lookup.ContainsKey(feature);

    /// <summary>The id of a feature, or -1 when no document has it.</summary>
    public int Id(ReadOnlySpan<char> feature) => lookup.TryGetValue(feature, out var id) ? id : -1;

    /// <summary>
    /// Adds cosine similarities of a query to <paramref name="scores"/> (one slot per document), scaled by
    /// <paramref name="scale"/>. The query is given as feature ids (-1 for features no document has), in any order.
    /// </summary>
    /// <param name="featureIds">The query's feature ids; sorted in place.</param>
    /// <param name="scores">One slot per document.</param>
    /// <param name="scale">Multiplies every similarity (the feature space's share of the blend).</param>
    /// <param name="unknownWeight">How much a feature no document has weighs, relative to the rarest known one.</param>
    public void Accumulate(Span<int> featureIds, Span<float> scores, float scale, float unknownWeight) =>
        Accumulate(featureIds, scores, scale, unknownWeight, unknownNorm: null);

    /// <summary>
    /// Like <see cref="Accumulate(Span{int}, Span{float}, float, float)"/>, but the query's unknown features (-1)
    /// weigh <paramref name="unknownNorm"/> together: the sum of their squared weights, in units of the rarest
    /// known feature's squared IDF.
    /// </summary>
    public void Accumulate(Span<int> featureIds, Span<float> scores, float scale, double unknownNorm) =>
        Accumulate(featureIds, scores, scale, 1, unknownNorm);

    private void Accumulate(Span<int> featureIds, Span<float> scores, float scale, float unknownWeight, double? unknownNorm)
    {
        if (featureIds.IsEmpty)
        {
            return;
        }

        featureIds.Sort();
        Span<float> weights = featureIds.Length <= 256 ? stackalloc float[featureIds.Length] : new float[featureIds.Length];
        var distinct = 0;
        double norm = unknownNorm is { } given ? given * Square(unknownIdf) : 0;
        for (var i = 0; i < featureIds.Length;)
        {
            var id = featureIds[i];
            var run = 1;
            while (i + run < featureIds.Length && featureIds[i + run] == id)
            {
                run++;
            }

            if (id < 0)
            {
                // Unknown features are all distinct words: something the knowledge never mentions.
                norm += unknownNorm is null ? run * Square(unknownIdf * unknownWeight) : 0;
            }
            else
            {
                var weight = Weight(run, idf[id]);
                norm += Square(weight);
                featureIds[distinct] = id;
                weights[distinct++] = (float)weight;
            }

            i += run;
        }

        if (norm <= 0)
        {
            return;
        }

        var factor = (float)(scale / Math.Sqrt(norm));
        for (var k = 0; k < distinct; k++)
        {
            var documents = postingDocuments[featureIds[k]];
            var documentWeights = postingWeights[featureIds[k]];
            var w = weights[k] * factor;
            for (var p = 0; p < documents.Length; p++)
            {
                scores[documents[p]] += w * documentWeights[p];
            }
        }
    }

    private static double Weight(int tf, double inverseFrequency) => (1 + Math.Log(tf)) * inverseFrequency;

    private static double Square(double x) => x * x;
}
