using System.Diagnostics.CodeAnalysis;

namespace WithdrawalBot.Core.Knowledge;

/// <summary>
/// Everything the bot knows, loaded and validated once at start-up (see <see cref="KnowledgeLoader"/>):
/// the article, its source, facts, milestones, lexicon and intents. Immutable and thread-safe.
/// </summary>
public sealed class KnowledgeBase
{
    private readonly Dictionary<string, Fact> factsById;
    private readonly Dictionary<string, Milestone> milestonesById;
    private readonly IReadOnlyDictionary<int, LocalizedText> attributions;

    /// <summary>Creates a knowledge base from validated parts (use <see cref="KnowledgeLoader.Load"/> for files).</summary>
    /// <param name="article">The source article.</param>
    /// <param name="source">Where it comes from.</param>
    /// <param name="facts">The facts, in file order.</param>
    /// <param name="milestones">The milestones, by due date.</param>
    /// <param name="lexicon">Word knowledge for matching.</param>
    /// <param name="intents">The non-fact intents.</param>
    /// <param name="attributions">Paragraph number → who the report attributes it to; <c>null</c> for none.</param>
    /// <exception cref="ArgumentException">Two facts share an id, or two milestones do.</exception>
    public KnowledgeBase(
        Article article,
        ReportSource source,
        IReadOnlyList<Fact> facts,
        IReadOnlyList<Milestone> milestones,
        Lexicon lexicon,
        IReadOnlyList<Intent> intents,
        IReadOnlyDictionary<int, LocalizedText>? attributions = null)
    {
        this.attributions = attributions ?? new Dictionary<int, LocalizedText>();
        Article = article;
        Source = source;
        Facts = facts;
        Milestones = milestones;
        Lexicon = lexicon;
        Intents = intents;
        factsById = facts.ToDictionary(f => f.Id, StringComparer.Ordinal);
        milestonesById = milestones.ToDictionary(m => m.Id, StringComparer.Ordinal);
    }

    /// <summary>The source article (24 paragraphs for the seed article).</summary>
    public Article Article { get; }

    /// <summary>Where the article comes from and when it was reported.</summary>
    public ReportSource Source { get; }

    /// <summary>The facts, in file order.</summary>
    public IReadOnlyList<Fact> Facts { get; }

    /// <summary>The milestones, ordered by due date.</summary>
    public IReadOnlyList<Milestone> Milestones { get; }

    /// <summary>Dialect words, synonyms and stopwords for matching.</summary>
    public Lexicon Lexicon { get; }

    /// <summary>The non-fact intents (greeting, help, …).</summary>
    public IReadOnlyList<Intent> Intents { get; }

    /// <summary>Who the report attributes paragraph <paramref name="paragraph"/> to (from <c>attributions.json</c>), or <c>null</c> when unknown.</summary>
    public LocalizedText? SaidBy(int paragraph) => attributions.GetValueOrDefault(paragraph);

    /// <summary>Finds a fact by id.</summary>
    public bool TryGetFact(string id, [NotNullWhen(true)] out Fact? fact) => factsById.TryGetValue(id, out fact);

    /// <summary>
    /// Whether <paramref name="earlier"/>'s answer already says what <paramref name="later"/> would: the same fact, or one whose
    /// every quote lies within one of its quotes and whose places its answer names too ("and how many in Syria?" after the
    /// 2,500 in Iraq "and about 900 in neighbouring Syria", ¶13). Baghdad after Ain al-Asad is not covered: ¶17's quote holds
    /// both, but the Ain al-Asad answer does not speak of Baghdad.
    /// </summary>
    /// <exception cref="ArgumentNullException">Either fact is <c>null</c>.</exception>
    public bool Covers(Fact earlier, Fact later)
    {
        ArgumentNullException.ThrowIfNull(earlier);
        ArgumentNullException.ThrowIfNull(later);
        return earlier.Id == later.Id
            || (later.Citations.All(c => earlier.Citations.Any(e => e.Paragraph == c.Paragraph && e.Quote.Contains(c.Quote, StringComparison.Ordinal)))
                && Lexicon.Places.Select(place => place[0]).All(place =>
                    !later.Answer.English.Contains(place, StringComparison.Ordinal) || earlier.Answer.English.Contains(place, StringComparison.Ordinal)));
    }

    /// <summary>Finds a milestone by id.</summary>
    public bool TryGetMilestone(string id, [NotNullWhen(true)] out Milestone? milestone) => milestonesById.TryGetValue(id, out milestone);
}
