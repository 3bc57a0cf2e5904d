namespace WithdrawalBot.Core.Matching;

/// <summary>What a match candidate points at.</summary>
public enum MatchKind
{
    /// <summary>A fact of <c>facts.json</c>; the candidate's id is the fact id.</summary>
    Fact,

    /// <summary>An intent of <c>intents.json</c>; the candidate's id is the intent name.</summary>
    Intent,

    /// <summary>
    /// An intent of <c>intents.json</c> marked <c>outOfScope</c>: examples of questions the report does not answer
    /// ("how many Iraqis were killed?", "what did Iran say?"). The best candidate of this kind is never answered; the
    /// candidate's id is the intent name.
    /// </summary>
    OutOfScope,
}
