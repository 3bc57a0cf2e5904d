using WithdrawalBot.Core.Knowledge;
using WithdrawalBot.Core.Languages;
using WithdrawalBot.Core.Matching;
using WithdrawalBot.Core.Text;

namespace WithdrawalBot.Core.Routing;

/// <summary>
/// Checks a claim against the report ("Is it true that about 3,500 US troops are in Iraq?", "صحيح الانسحاب من عين الاسد
/// بشهر ثمانية؟"): a message that puts a claim (<see cref="Lexicon.ClaimCues"/>) with numbers or months the report never
/// writes (<see cref="ParagraphFinder.Unwritten"/>) is read with a question word in their place ("how many" for a figure,
/// "when" for a year or month: "is it true that about how many US troops are in Iraq?"), and when that reading is
/// confidently a fact, the fact is what the report says instead. Immutable after construction and thread-safe.
/// </summary>
public sealed class ClaimCheck
{
    private static readonly char[] Punctuation = ['?', '؟', '.', ',', '،', '!', '"', '«', '»', '“', '”', ':', ';', '؛'];

    private readonly PhraseMap cues = new();
    private readonly ParagraphFinder finder;
    private readonly IntentMatcher matcher;

    /// <summary>Reads the claim cues of <paramref name="lexicon"/>; <paramref name="finder"/> tells what the article never writes.</summary>
    public ClaimCheck(Lexicon lexicon, ParagraphFinder finder, IntentMatcher matcher)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        ArgumentNullException.ThrowIfNull(finder);
        ArgumentNullException.ThrowIfNull(matcher);
        this.finder = finder;
        this.matcher = matcher;
        foreach (var cue in lexicon.ClaimCues.Select(cue => WordNormalizer.Tokenize(cue)).Where(words => words.Count > 0))
        {
            cues.Add(cue, []);
        }
    }

    /// <summary>
    /// What the report says instead of the claim in <paramref name="cleaned"/>: the fact its other words confidently match,
    /// the words the report never writes as typed ("3,500", "August"), and the confidence of that match (0–1); <c>null</c>
    /// when the message puts no claim, names nothing the report never writes, or says nothing else the report answers.
    /// </summary>
    /// <param name="cleaned">The message, cleaned for matching.</param>
    /// <param name="language">The message's language, for the question word put in place of what the report never writes.</param>
    public (string FactId, IReadOnlyList<string> Unwritten, double Confidence)? Check(string cleaned, Language language)
    {
        ArgumentNullException.ThrowIfNull(cleaned);
        var words = WordNormalizer.Tokenize(cleaned);
        if (!Enumerable.Range(0, words.Count).Any(start => cues.Match(words, start, out _) > 0) || finder.Unwritten(cleaned) is not { Count: > 0 } unwritten)
        {
            return null;
        }

        var typed = cleaned.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        bool IsUnwritten(string word) => WordNormalizer.Tokenize(word).Any(unwritten.Contains);
        var rest = string.Join(' ', typed.Select(word => IsUnwritten(word) ? Asking(word, language) : word));
        return matcher.Match(rest) is { IsConfident: true, AsksBeyondReport: false, Best: { Kind: MatchKind.Fact } best } result
            ? (best.Id, [.. typed.Where(IsUnwritten).Select(word => word.Trim(Punctuation)).Distinct(StringComparer.Ordinal)], result.Confidence)
            : null;
    }

    /// <summary>The question word asking for what <paramref name="word"/> claims: "how many" / "كم" for a figure, "when" / "متى" for a year or a month.</summary>
    private string Asking(string word, Language language)
    {
        var figure = matcher.QueryTerms(word) is [var term] && term.All(char.IsAsciiDigit) && !(term.Length == 4 && term[0] is '1' or '2');
        return (figure, language) switch
        {
            (true, Language.Arabic) => "كم",
            (true, _) => "how many",
            (false, Language.Arabic) => "متى",
            _ => "when",
        };
    }
}
