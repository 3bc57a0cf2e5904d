using System.Text.RegularExpressions;
using WithdrawalBot.Core.Knowledge;
using WithdrawalBot.Core.Text;

namespace WithdrawalBot.Core.Routing;

/// <summary>
/// Splits a message that asks more than one thing into its questions, in order: at question marks (? ؟) and line
/// breaks ("شكد جندي امريكي بالعراق؟ وشكد بسوريا؟"), and before "and" + a question word or و joined to one
/// ("how many troops are in Iraq and when do they leave?", "كم جندي بالعراق ومتى ينسحبون"); a question about two of the
/// report's places joined by "and" / و is asked once for each ("when do they leave Baghdad and Erbil?"). Parts that keep fewer
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
    private readonly Regex? placePair;

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
        var places = string.Join('|', lexicon.Places.SelectMany(names => names).Where(name => name.Length > 0).OrderByDescending(name => name.Length).Select(PlacePattern));
        placePair = places.Length == 0 ? null : new Regex(
            $@"(?<first>{places})(?:\s*,)?\s+(?:(?:and|&)\s+(?:(?:in|to|for|from|at|about)\s+)?(?:the\s+)?|و\s?(?:(?:في|من|الى|إلى)\s+|ب|ل|من)?)(?<second>{places})\b",
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
                    parts.AddRange(ForEachPlace(trimmed));
                }
            }
        }

        return parts.Count > 0 ? parts : [cleaned.Trim()];
    }

    /// <summary>
    /// A question about two places the report names, joined by "and" / و, asked once for each: "when do they leave
    /// Baghdad and Erbil?" → "when do they leave Baghdad?", "when do they leave Erbil?"; "متى ينسحبون من بغداد واربيل"
    /// → "متى ينسحبون من بغداد", "متى ينسحبون من اربيل". Other questions are returned as they are.
    /// </summary>
    private IEnumerable<string> ForEachPlace(string question)
    {
        if (placePair?.Match(question) is not { Success: true } pair)
        {
            return [question];
        }

        var first = pair.Groups["first"];
        var second = pair.Groups["second"];
        var rest = question[(pair.Index + pair.Length)..];
        return [question[..(first.Index + first.Length)] + rest, question[..first.Index] + second.Value + rest];
    }

    /// <summary>A place name as a pattern that ignores the spellings Arabic writers vary: hamza on alif, ة/ه, ى/ي, "al-"/"al ".</summary>
    private static string PlacePattern(string name)
    {
        var pattern = new System.Text.StringBuilder();
        foreach (var c in name)
        {
            pattern.Append(c switch
            {
                'أ' or 'إ' or 'آ' or 'ا' => "[أإآا]",
                'ة' or 'ه' => "[ةه]",
                'ى' or 'ي' => "[ىي]",
                '-' or ' ' => "[- ]",
                _ => Regex.Escape(c.ToString()),
            });
        }

        return pattern.ToString();
    }
}
