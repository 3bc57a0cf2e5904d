using WithdrawalBot.Core.Languages;

namespace WithdrawalBot.Core.Knowledge;

/// <summary>A short text in both reply languages. The Arabic is the article's wording or close to it; the English is the team's own translation.</summary>
/// <param name="Arabic">Arabic text.</param>
/// <param name="English">English text.</param>
public sealed record LocalizedText(string Arabic, string English)
{
    /// <summary>The text in <paramref name="language"/>.</summary>
    public string For(Language language) => language == Language.Arabic ? Arabic : English;
}
