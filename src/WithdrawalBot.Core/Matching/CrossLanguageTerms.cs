using System.Collections.Frozen;
using WithdrawalBot.Core.Knowledge;
using WithdrawalBot.Core.Text;

namespace WithdrawalBot.Core.Matching;

/// <summary>
/// Reads a question written in both scripts in one language: the terms of one script are replaced by their counterparts
/// in the other ("when will القوات الامريكية leave بغداد?" read in English is "when will troops US leave Baghdad"; "ليش
/// Erbil?" is "why Erbil"), after <see cref="Lexicon.Places"/> and <see cref="Lexicon.CrossLanguage"/>. Every fact is
/// worded in each language separately, so a question split between them matched neither well. A term without a
/// counterpart stays as it is; a question in one script is left alone.
/// </summary>
internal sealed class CrossLanguageTerms
{
    private readonly FrozenDictionary<string, string[]> toEnglish;
    private readonly FrozenDictionary<string, string[]> toArabic;

    /// <summary>Reads the groups' words as <paramref name="analyzer"/> reads a question's: a word of one term maps to the terms of its group's first word in the other language.</summary>
    public CrossLanguageTerms(TextAnalyzer analyzer, Lexicon lexicon)
    {
        var english = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var arabic = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var group in lexicon.Places.Concat(lexicon.CrossLanguage))
        {
            var englishTerms = group.Where(word => !WordNormalizer.IsArabic(word)).Select(word => analyzer.Analyze(word)).FirstOrDefault(terms => terms.Count > 0);
            var arabicTerms = group.Where(WordNormalizer.IsArabic).Select(word => analyzer.Analyze(word)).FirstOrDefault(terms => terms.Count > 0);
            if (englishTerms is null || arabicTerms is null)
            {
                continue;
            }

            foreach (var word in group)
            {
                if (analyzer.Analyze(word) is [var term])
                {
                    (WordNormalizer.IsArabic(word) ? english : arabic).TryAdd(term, WordNormalizer.IsArabic(word) ? [.. englishTerms] : [.. arabicTerms]);
                }
            }
        }

        toEnglish = english.ToFrozenDictionary(StringComparer.Ordinal);
        toArabic = arabic.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>
    /// The readings of <paramref name="terms"/> in one language when they hold words of both scripts: in English (the
    /// Arabic words that have a counterpart replaced by it) and in Arabic (likewise the English words); <c>null</c> for
    /// terms in one script.
    /// </summary>
    public (List<string> English, List<string> Arabic)? Readings(List<string> terms)
    {
        var (arabic, latin) = (false, false);
        foreach (var term in terms)
        {
            arabic |= WordNormalizer.IsArabic(term);
            latin |= term.Length > 0 && char.IsAsciiLetter(term[0]);
        }

        return arabic && latin ? (Translate(terms, fromArabic: true), Translate(terms, fromArabic: false)) : null;
    }

    private List<string> Translate(List<string> terms, bool fromArabic)
    {
        var map = fromArabic ? toEnglish : toArabic;
        var translated = new List<string>(terms.Count + 2);
        foreach (var term in terms)
        {
            if (WordNormalizer.IsArabic(term) == fromArabic && map.TryGetValue(term, out var counterpart))
            {
                translated.AddRange(counterpart);
            }
            else
            {
                translated.Add(term);
            }
        }

        return translated;
    }
}
