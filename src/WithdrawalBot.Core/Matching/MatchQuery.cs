using System.Collections.Frozen;

namespace WithdrawalBot.Core.Matching;

/// <summary>
/// An utterance analyzed for matching: its terms (normalized, repaired, stemmed, synonyms folded) and which of
/// them are unknown words that look like names ("Russian", "Kuwait", "النفط", "الروسية"): a name the knowledge
/// never uses is strong evidence the question is about something else.
/// </summary>
/// <param name="Terms">The terms, in order; repeats count.</param>
/// <param name="NameLike">Terms no wording uses that look like names: capitalized inside an English sentence, or among the lexicon's off-topic names.</param>
public sealed record MatchQuery(IReadOnlyList<string> Terms, IReadOnlySet<string> NameLike)
{
    /// <summary>Terms no wording uses that were written as Arabic definite nouns ("الصحفيين", "الفصائل"): a thing, often a topic, sometimes a paraphrase.</summary>
    public IReadOnlySet<string> Definite { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Terms no wording uses that look like verbs ("يقتصر", "استغرقت", "postponed"): a way of asking, seldom the topic.</summary>
    public IReadOnlySet<string> VerbLike { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>
    /// For a question written in both scripts, its terms read in English and in Arabic (<see cref="CrossLanguageTerms"/>):
    /// <see cref="IntentMatcher.Analyze"/> matches with whichever matches better and leaves this <c>null</c>.
    /// </summary>
    internal IReadOnlyList<IReadOnlyList<string>>? Readings { get; init; }

    /// <summary>How many words the utterance had, stopwords included ("and in Syria?" has 3).</summary>
    public int WordCount { get; init; }

    /// <summary>Whether the utterance asks what is true now or whether something came true ("actually", "already", "فعلاً"); see <see cref="Knowledge.Lexicon.StatusCues"/>.</summary>
    public bool AsksCurrentStatus { get; init; }

    /// <summary>
    /// Terms of the <see cref="Knowledge.Lexicon.StatusCues"/> and <see cref="Knowledge.Lexicon.NowCues"/> words the
    /// utterance uses ("صارت" in "الانتخابات صارت؟", "today"): they ask whether something came true or how it stands now,
    /// and seldom name what.
    /// </summary>
    public IReadOnlySet<string> StatusTerms { get; init; } = FrozenSet<string>.Empty;

    /// <summary>Whether the utterance asks how things stand today ("now", "today", "هسه"); see <see cref="Knowledge.Lexicon.NowCues"/>.</summary>
    public bool AsksAboutNow { get; init; }

    /// <summary>
    /// The kinds of answer the utterance asks for ("how many" → a quantity, "where" → a place), as bits: one per
    /// entry of <see cref="Knowledge.Lexicon.AnswerKinds"/>, in its order; 0 for none.
    /// </summary>
    public int AnswerKinds { get; init; }

    /// <summary>
    /// The words as written, normalized but not stemmed ("العراقيين", "iraqis"): what <see cref="Knowledge.Fact.NotAbout"/>
    /// is checked against, with and without the particles and article joined to an Arabic word.
    /// </summary>
    public IReadOnlyList<string> Written { get; init; } = [];

    /// <summary>
    /// Terms of the words among <see cref="Knowledge.Lexicon.OffTopicNames"/> (names and topics the report never covers:
    /// "الجو" weather, "Russian"), whether or not some wording uses them (an example of what the report does not answer may).
    /// </summary>
    public IReadOnlySet<string> OffTopic { get; init; } = FrozenSet<string>.Empty;

    /// <summary>An empty query.</summary>
    public static MatchQuery Empty { get; } = new([], new HashSet<string>(StringComparer.Ordinal));

    /// <summary>This query followed by <paramref name="other"/> (its terms repeated <paramref name="times"/> times, so they weigh more).</summary>
    public MatchQuery Then(MatchQuery other, int times = 1)
    {
        ArgumentNullException.ThrowIfNull(other);
        var terms = new List<string>(Terms.Count + (other.Terms.Count * times));
        terms.AddRange(Terms);
        for (var i = 0; i < times; i++)
        {
            terms.AddRange(other.Terms);
        }

        var names = new HashSet<string>(NameLike, StringComparer.Ordinal);
        names.UnionWith(other.NameLike);
        var definite = new HashSet<string>(Definite, StringComparer.Ordinal);
        definite.UnionWith(other.Definite);
        var verbs = new HashSet<string>(VerbLike, StringComparer.Ordinal);
        verbs.UnionWith(other.VerbLike);
        var written = new List<string>(Written.Count + other.Written.Count);
        written.AddRange(Written);
        written.AddRange(other.Written);
        var offTopic = new HashSet<string>(OffTopic, StringComparer.Ordinal);
        offTopic.UnionWith(other.OffTopic);
        return new MatchQuery(terms, names) { Definite = definite, VerbLike = verbs, Written = written, OffTopic = offTopic, WordCount = WordCount + other.WordCount, AsksCurrentStatus = other.AsksCurrentStatus, AsksAboutNow = other.AsksAboutNow, AnswerKinds = AnswerKinds | other.AnswerKinds };
    }
}
