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
    public double TermWeight { get; init; } = 0.7;

    /// <summary>How much a match against a fact's answer text counts next to a match against its questions (0–1).</summary>
    public double AnswerWeight { get; init; } = 0.8;

    /// <summary>Whether unknown Arabic words are corrected to known ones (edit distance 1) when at least <see cref="ArabicTypoMinLength"/> letters long.</summary>
    public bool CorrectArabicTypos { get; init; } = true;

    /// <summary>Shortest Arabic word that is corrected.</summary>
    public int ArabicTypoMinLength { get; init; } = 5;

    /// <summary>Two facts whose scores differ by less than this are close enough to ask which one was meant.</summary>
    public double ClarifyMargin { get; init; } = 0.03;
}
