using System.Text.RegularExpressions;
using WithdrawalBot.Core.Knowledge;
using WithdrawalBot.Core.Text;

namespace WithdrawalBot.Core.Routing;

/// <summary>
/// Splits a message that asks more than one thing into its questions, in order: at question marks (? ؟) and line
/// breaks ("شكد جندي امريكي بالعراق؟ وشكد بسوريا؟"), and before "and" + a question word or و joined to one
/// ("how many troops are in Iraq and when do they leave?", "كم جندي بالعراق ومتى ينسحبون"). Parts that keep fewer
/// than <see cref="MinPartLetters"/> letters are dropped; the caller decides how many it answers. The question
/// words are the lexicon's (<see cref="Lexicon.QuestionWords"/>): English ones starting "wh" or "how", Arabic ones of
/// at least three letters and هل (not ما or من, as often "not" and "from"), so "and" and و before anything else ("Iraq
/// and Syria", "وسوريا", "ومن بغداد") never split.
/// </summary>
public sealed class QuestionSplitter
{
    /// <summary>A part needs this many letters to count as a question ("and?" does not).</summary>
    public const int MinPartLetters = 3;

    private static readonly Regex QuestionEnd = new(@"(?<=[?؟])|\n+", RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100));

    private readonly Regex conjunction;

    /// <summary>Builds the splitter from <paramref name="lexicon"/>'s question words.</summary>
    /// <param name="lexicon">The knowledge's lexicon.</param>
    public QuestionSplitter(Lexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        var english = lexicon.QuestionWords.Where(w => !w.Contains(' ', StringComparison.Ordinal) && (w.StartsWith("wh", StringComparison.Ordinal) || w == "how"));
        var arabic = lexicon.QuestionWords.Where(w => WordNormalizer.IsArabic(w) && (w.Length >= 3 || w == "هل"));
        var englishWords = string.Join('|', english.Select(Regex.Escape));
        var arabicWords = string.Join('|', arabic.Select(Regex.Escape));
        conjunction = new Regex(
            $@"(?:,?\s+(?:and|&)\s+(?=(?:{englishWords})\b))|(?:\s+(?=و\s?(?:{arabicWords})(?:\s|$|[?؟])))",
            RegexOptions.CultureInvariant | RegexOptions.IgnoreCase,
            TimeSpan.FromMilliseconds(100));
    }

    /// <summary>
    /// The questions in <paramref name="cleaned"/> (text from <see cref="TextCleaner.ForMatching"/>), in order; a single
    /// element (the trimmed text) when it asks one thing.
    /// </summary>
    public IReadOnlyList<string> Split(string cleaned)
    {
        ArgumentNullException.ThrowIfNull(cleaned);
        var parts = new List<string>();
        foreach (var sentence in QuestionEnd.Split(cleaned))
        {
            foreach (var part in conjunction.Split(sentence))
            {
                var trimmed = part.Trim();
                if (trimmed.Count(char.IsLetter) >= MinPartLetters)
                {
                    parts.Add(trimmed);
                }
            }
        }

        return parts.Count > 0 ? parts : [cleaned.Trim()];
    }
}
