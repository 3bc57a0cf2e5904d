namespace WithdrawalBot.Core.Matching;

/// <summary>One thing an utterance may mean, with how well it matched.</summary>
/// <param name="Kind">Fact or intent.</param>
/// <param name="Id">The fact id or the intent name.</param>
/// <param name="Score">Similarity, 0–1 (1 = the utterance says exactly what one of the known wordings says).</param>
public sealed record MatchCandidate(MatchKind Kind, string Id, double Score);
