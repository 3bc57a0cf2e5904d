namespace WithdrawalBot.Core.Matching;

/// <summary>The ranked candidates for an utterance and whether the best one is good enough to answer.</summary>
/// <param name="Candidates">Best first, at most <see cref="IntentMatcher.MaxCandidates"/>; empty when nothing shares a word.</param>
/// <param name="Threshold">The score from which the best candidate is answered.</param>
public sealed record MatchResult(IReadOnlyList<MatchCandidate> Candidates, double Threshold)
{
    /// <summary>The best candidate, or <c>null</c>.</summary>
    public MatchCandidate? Best => Candidates.Count > 0 ? Candidates[0] : null;

    /// <summary>The best candidate's score, 0 when there is none (the reply's confidence).</summary>
    public double Confidence => Best?.Score ?? 0;

    /// <summary>
    /// Whether the best candidate scores at least <see cref="Threshold"/> and is not an example of what the report does
    /// not answer (<see cref="MatchKind.OutOfScope"/>); otherwise the report does not say.
    /// </summary>
    public bool IsConfident => Confidence >= Threshold && Best?.Kind != MatchKind.OutOfScope;

    /// <summary>
    /// Whether the question asks something the 2024 report cannot know, and the best candidate is the fact that says
    /// what it reported instead: whether a planned event came true ("did they actually leave Ain al-Asad?", about a
    /// fact on a planned milestone, from <see cref="MatchTuning.BeyondReportShare"/> of the threshold) or how things
    /// stand today ("how many US troops are in Iraq now?", about any fact, from <see cref="MatchTuning.NowShare"/> of
    /// it). The reply says so before giving the fact, so it can hold when <see cref="IsConfident"/> does not.
    /// </summary>
    public bool AsksBeyondReport { get; init; }

    /// <summary>
    /// Whether the utterance is only question words or stopwords ("why?", "how many?", "متى؟", "got it"; see
    /// <see cref="Knowledge.Lexicon.QuestionWords"/>) with nothing it is about: no fact is a candidate, only intents.
    /// </summary>
    public bool IsVague { get; init; }

    /// <summary>
    /// Facts the utterance would have matched but asks what they do not say (a word of <see cref="Knowledge.Fact.NotAbout"/>:
    /// "how many Iraqis were killed?" against the three US soldiers killed, ¶12), best first. They are never candidates;
    /// a refusal may offer them as what the report does say.
    /// </summary>
    public IReadOnlyList<string> RuledOut { get; init; } = [];

    /// <summary>
    /// Whether the utterance names something the report never covers (<see cref="MatchQuery.OffTopic"/>: "the weather",
    /// "Russian"): a fact that merely shares its other words is no near miss to offer.
    /// </summary>
    public bool NamesOffTopic { get; init; }

    /// <summary>No candidates at all.</summary>
    public static MatchResult None(double threshold) => new([], threshold);
}
