namespace WithdrawalBot.Core.Matching;

/// <summary>
/// An inverted index of one feature space (terms or character trigrams) over the matcher's documents, with
/// TF-IDF weights (1 + ln tf) · ln(1 + N / df) and documents pre-normalized to unit length, so that
/// accumulating a query over the postings yields cosine similarities. Immutable and thread-safe.
/// </summary>
internal sealed class FeatureIndex
{
    private readonly int[][] postingDocuments;
    private readonly float[][] postingWeights;
    private readonly float[] idf;
    private readonly float unknownIdf;

    /// <summary>Indexes <paramref name="documents"/>, each given as the ids (0 ≤ id &lt; <paramref name="featureCount"/>) of its features, repeats counting.</summary>
    public FeatureIndex(IReadOnlyList<int[]> documents, int featureCount)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var documentFrequency = new int[featureCount];
        var sorted = new int[documents.Count][];
        for (var d = 0; d < documents.Count; d++)
        {
            var ids = (int[])documents[d].Clone();
            Array.Sort(ids);
            sorted[d] = ids;
            for (var i = 0; i < ids.Length; i++)
            {
                if (i == 0 || ids[i] != ids[i - 1])
                {
                    documentFrequency[ids[i]]++;
                }
            }
        }

        var n = Math.Max(documents.Count, 1);
        idf = new float[featureCount];
        for (var f = 0; f < featureCount; f++)
        {
            idf[f] = documentFrequency[f] == 0 ? 0 : (float)Math.Log(1 + (n / (double)documentFrequency[f]));
        }

        unknownIdf = (float)Math.Log(1 + n);
        postingDocuments = new int[featureCount][];
        postingWeights = new float[featureCount][];
        for (var f = 0; f < featureCount; f++)
        {
            postingDocuments[f] = new int[documentFrequency[f]];
            postingWeights[f] = new float[documentFrequency[f]];
        }

        var filled = new int[featureCount];
        for (var d = 0; d < sorted.Length; d++)
        {
            var ids = sorted[d];
            double norm = 0;
            ForEachRun(ids, (id, tf) => norm += Square(Weight(tf, idf[id])));
            norm = Math.Sqrt(norm);
            var document = d;
            ForEachRun(ids, (id, tf) =>
            {
                var slot = filled[id]++;
                postingDocuments[id][slot] = document;
                postingWeights[id][slot] = (float)(Weight(tf, idf[id]) / norm);
            });
        }

        DocumentCount = documents.Count;
        FeatureCount = featureCount;
    }

    /// <summary>How many documents are indexed.</summary>
    public int DocumentCount { get; }

    /// <summary>How many distinct features are indexed.</summary>
    public int FeatureCount { get; }

    /// <summary>The inverse document frequency of feature <paramref name="id"/>; for -1 (unknown) the rarest possible.</summary>
    public float Idf(int id) => id < 0 ? unknownIdf : idf[id];

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

    private static void ForEachRun(int[] sortedIds, Action<int, int> action)
    {
        for (var i = 0; i < sortedIds.Length;)
        {
            var run = 1;
            while (i + run < sortedIds.Length && sortedIds[i + run] == sortedIds[i])
            {
                run++;
            }

            action(sortedIds[i], run);
            i += run;
        }
    }

    private static double Weight(int tf, double inverseFrequency) => (1 + Math.Log(tf)) * inverseFrequency;

    private static double Square(double x) => x * x;
}
