using WithdrawalBot.Core.Languages;

namespace WithdrawalBot.Core.Knowledge;

/// <summary>Ways people say something, per language (a fact's questions, an intent's examples).</summary>
/// <param name="Arabic">Arabic utterances (Modern Standard or Iraqi dialect), at least one.</param>
/// <param name="English">English utterances, at least one.</param>
public sealed record Utterances(IReadOnlyList<string> Arabic, IReadOnlyList<string> English)
{
    /// <summary>The utterances in <paramref name="language"/>.</summary>
    public IReadOnlyList<string> For(Language language) => language == Language.Arabic ? Arabic : English;
}
