namespace WithdrawalBot.Core.Matching;

/// <summary>
/// The matcher's weights and threshold. The defaults were tuned on the evaluation set
/// (tests/WithdrawalBot.Core.Tests/Evaluation/questions.json), not on single questions.
/// </summary>
public sealed record MatchTuning
{
    /// <summary>Score from which the best candidate is answered (0–1); below it the report "does not say".</summary>
    public double Threshold { get; init; } = 0.35;

    /// <summary>Weight of whole-term similarity against character-trigram similarity (0–1; the rest goes to trigrams).</summary>
    public double TermWeight { get; init; } = 0.8;

    /// <summary>
    /// How much a query word the knowledge never uses, written like a name ("Russian", "الكويت"), weighs against the
    /// rarest known word. Above 1 it pushes near misses ("Russian troops in Syria") under the threshold: the name
    /// the report lacks is the point.
    /// </summary>
    public double UnknownTermWeight { get; init; } = 3;

    /// <summary>
    /// How much an unknown Arabic definite noun ("الصحفيين", "الفصائل") weighs against the rarest known word. Arabic
    /// writes most nouns with ال, so such a word is as often a paraphrase as a topic the report lacks.
    /// </summary>
    public double UnknownDefiniteWeight { get; init; } = 1.5;

    /// <summary>How much an unknown word shaped like a verb ("يقتصر", "استغرقت", "postponed") weighs against the rarest known word.</summary>
    public double UnknownVerbWeight { get; init; } = 0.5;

    /// <summary>How much an unknown query word that does not look like a name weighs against the rarest known word (a verb or paraphrase: "postponed", "تفضل").</summary>
    public double UnknownWordWeight { get; init; } = 0.8;

    /// <summary>
    /// Exponent of the coverage factor: the share of the query's weight (IDF²) found anywhere in the candidate's
    /// wordings, answer and quotes. 0 turns it off; higher punishes a question about something the fact does not
    /// mention ("When will US troops leave Syria?" against the Iraq timeline) harder.
    /// </summary>
    public double CoveragePower { get; init; } = 1;

    /// <summary>
    /// Multiplies a fact's score for each place or name of the report the query mentions and the fact does not
    /// (0–1; 1 turns it off): "When will US troops leave Syria?" is not the Iraq timeline.
    /// </summary>
    public double MissingPlaceFactor { get; init; } = 0.5;

    /// <summary>
    /// Multiplies a fact's or intent's score when the query asks for a kind of answer (a quantity, a place, names)
    /// that none of its training questions or examples ask for (0–1; 1 turns it off): "how many drones were shot down?" is not
    /// answered by a paragraph that gives no number.
    /// </summary>
    public double UnaskedKindFactor { get; init; } = 0.5;

    /// <summary>
    /// Multiplies an out-of-scope example's score when it asks for a kind of answer (a quantity, a place, names) the query
    /// does not ask for (0–1; 1 turns it off): "did the Americans in Iraq down missiles headed for Israel?" is answered (¶21),
    /// though it reads like "how many missiles did they down?", which the report does not say. Also when the query asks
    /// when or where and the example asks neither ("when do the Americans leave Ain al-Asad?" against "have the Americans
    /// left Ain al-Asad yet?").
    /// </summary>
    public double OutOfScopeUnaskedKindFactor { get; init; } = 0.7;

    /// <summary>
    /// How much a match against an example of what the report does not answer (<see cref="MatchKind.OutOfScope"/>) counts
    /// next to a match against a fact's question (0–1): below 1, a near miss is refused only when it resembles such an
    /// example clearly better than any fact.
    /// </summary>
    public double OutOfScopeWeight { get; init; } = 0.9;

    /// <summary>How much a match against a fact's answer text counts next to a match against its questions (0–1).</summary>
    public double AnswerWeight { get; init; } = 1;

    /// <summary>A term used by at least this share of the facts is generic ("why", "when", "troops"); 0–1.</summary>
    public double GenericTermShare { get; init; } = 0.15;

    /// <summary>Multiplies fact scores when every query term is generic (a bare "why?" names nothing to answer); 0–1.</summary>
    public double GenericQueryFactor { get; init; } = 0.5;

    /// <summary>
    /// A question of more terms than this is not damped by <see cref="GenericQueryFactor"/> even when each term is
    /// generic: "When will the first coalition troops leave Iraq?" is specific by the way its words combine.
    /// </summary>
    public int GenericQueryMaxTerms { get; init; } = 6;

    /// <summary>
    /// A fact scoring at least this (0–1) matched one of its own training questions almost word for word ("how many US
    /// troops are in Iraq?"): it is not damped by <see cref="GenericQueryFactor"/>, however common its words.
    /// </summary>
    public double SameWordingScore { get; init; } = 0.95;

    /// <summary>
    /// How much a match against the full text of a fact's cited paragraphs counts (0 turns it off). The article's
    /// words become known words, so a question in the article's own wording is not treated as off-topic.
    /// </summary>
    public double ParagraphWeight { get; init; } = 0.5;

    /// <summary>Whether unknown Arabic words are corrected to known ones (edit distance 1) when at least <see cref="ArabicTypoMinLength"/> letters long.</summary>
    public bool CorrectArabicTypos { get; init; } = true;

    /// <summary>Shortest Arabic word that is corrected.</summary>
    public int ArabicTypoMinLength { get; init; } = 5;

    /// <summary>Shortest Arabic word, under <see cref="ArabicTypoMinLength"/>, that is corrected when one letter is its
    /// keyboard neighbour's (<see cref="Text.TypoCorrector.CorrectKeyboardSlip"/>); a value at or above
    /// <see cref="ArabicTypoMinLength"/> turns this off.</summary>
    public int ArabicKeyboardSlipMinLength { get; init; } = 4;

    /// <summary>
    /// Share of the threshold a planned milestone must reach to answer a question about whether it came true ("did
    /// they actually leave in 2025?"): such questions are short and vague, and the reply leads with the report's
    /// limits, so a weaker match suffices (0–1).
    /// </summary>
    public double BeyondReportShare { get; init; } = 0.33;

    /// <summary>
    /// Share of the threshold any fact must reach to answer a question about how things stand today ("how many US
    /// troops are in Iraq now?") with what the report said then, prefaced by its limits (0–1).
    /// </summary>
    public double NowShare { get; init; } = 0.75;

    /// <summary>Two facts whose scores differ by less than this are close enough to ask which one was meant.</summary>
    public double ClarifyMargin { get; init; } = 0.03;
}
