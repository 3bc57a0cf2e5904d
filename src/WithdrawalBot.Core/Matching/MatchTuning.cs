namespace WithdrawalBot.Core.Matching;

/// <summary>
/// The matcher's weights and threshold. The defaults were tuned on the evaluation set
/// (tests/WithdrawalBot.Core.Tests/Evaluation/questions.json), not on single questions.
/// </summary>
public sealed record MatchTuning
{
    /// <summary>Score from which the best candidate is answered (0–1); below it the report "does not say".</summary>
    public double Threshold { get; init; } = 0.31;

    /// <summary>Weight of whole-term similarity against character-trigram similarity (0–1; the rest goes to trigrams).</summary>
    public double TermWeight { get; init; } = 0.8;

    /// <summary>
    /// How much a query word the knowledge never uses weighs against the rarest known word (≥ 1). Above 1 it
    /// pushes near misses ("Russian troops in Syria") under the threshold: the word the report lacks is the point.
    /// </summary>
    public double UnknownTermWeight { get; init; } = 2;

    /// <summary>
    /// Exponent of the coverage factor: the share of the query's weight (IDF²) found anywhere in the candidate's
    /// wordings, answer and quotes. 0 turns it off; higher punishes a question about something the fact does not
    /// mention ("When will US troops leave Syria?" against the Iraq timeline) harder.
    /// </summary>
    public double CoveragePower { get; init; } = 0.5;

    /// <summary>How much a match against a fact's answer text counts next to a match against its questions (0–1).</summary>
    public double AnswerWeight { get; init; } = 1;

    /// <summary>How much a match against all of a fact's wordings together counts (0 turns the profile document off).</summary>
    public double ProfileWeight { get; init; }

    /// <summary>Whether unknown Arabic words are corrected to known ones (edit distance 1) when at least <see cref="ArabicTypoMinLength"/> letters long.</summary>
    public bool CorrectArabicTypos { get; init; } = true;

    /// <summary>Shortest Arabic word that is corrected.</summary>
    public int ArabicTypoMinLength { get; init; } = 5;

    /// <summary>Two facts whose scores differ by less than this are close enough to ask which one was meant.</summary>
    public double ClarifyMargin { get; init; } = 0.03;
}
