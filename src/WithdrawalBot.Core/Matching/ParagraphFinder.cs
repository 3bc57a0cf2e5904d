using WithdrawalBot.Core.Knowledge;

namespace WithdrawalBot.Core.Matching;

/// <summary>
/// Finds the paragraphs of the article that name places and numbers, in either language: "Gaza" or "غزة" → ¶5, "Ain
/// al-Asad and Baghdad" → ¶17, "2,500" → ¶13. A place is any of <see cref="Lexicon.Places"/>, named by any of its names
/// read as a question would be read (so "عين الأسد" is one name of two words, and "تنظيم الدولة" is ISIS, not "state").
/// </summary>
public sealed class ParagraphFinder
{
    private readonly IntentMatcher matcher;
    private readonly (int Place, string[] Terms)[] names;
    private readonly HashSet<string> nameTerms;
    private readonly Lazy<(HashSet<int> Places, HashSet<string> Numbers)[]> paragraphs;

    /// <summary>Reads the place names with <paramref name="matcher"/>; the paragraphs are read on first use.</summary>
    public ParagraphFinder(KnowledgeBase knowledge, IntentMatcher matcher)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        ArgumentNullException.ThrowIfNull(matcher);
        this.matcher = matcher;
        names = [.. knowledge.Lexicon.Places.SelectMany((place, index) => place.Select(name => (index, matcher.QueryTerms(name).ToArray())))
            .Where(name => name.Item2.Length > 0)];
        nameTerms = names.SelectMany(name => name.Terms).ToHashSet(StringComparer.Ordinal);
        paragraphs = new(() => [.. Enumerable.Range(1, knowledge.Article.ParagraphCount)
            .Select(n => matcher.QueryTerms(knowledge.Article.Paragraph(n)))
            .Select(terms => (PlacesIn(terms), Numbers(terms)))]);
    }

    /// <summary>
    /// The paragraphs (numbered from 1, in the article's order) naming every place and number among
    /// <paramref name="terms"/> (query terms, as <see cref="IntentMatcher.QueryTerms"/> gives them); when none names them
    /// all, those naming any of them ("Gaza and Erbil" → ¶5 and ¶18). Empty when the terms name no place and no number.
    /// </summary>
    public IReadOnlyList<int> Naming(IReadOnlyList<string> terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        var places = PlacesIn(terms);
        var numbers = Numbers(terms);
        if (places.Count == 0 && numbers.Count == 0)
        {
            return [];
        }

        var named = paragraphs.Value;
        int[] all = [.. Enumerable.Range(1, named.Length).Where(n => named[n - 1].Places.IsSupersetOf(places) && named[n - 1].Numbers.IsSupersetOf(numbers))];
        return all.Length > 0 ? all
            : [.. Enumerable.Range(1, named.Length).Where(n => named[n - 1].Places.Overlaps(places) || named[n - 1].Numbers.Overlaps(numbers))];
    }

    /// <summary>
    /// Whether the terms only name places and numbers, besides question words ("Gaza", "Ain al-Asad and Baghdad", "the
    /// 900"): then where they are named is the answer; "the three US soldiers killed" is read as a question instead.
    /// </summary>
    public bool NamesOnly(IReadOnlyList<string> terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        return terms.Count > 0 && terms.All(term => nameTerms.Contains(term) || IsNumber(term) || matcher.IsQuestionWord(term));
    }

    private HashSet<int> PlacesIn(IReadOnlyList<string> terms) =>
        [.. names.Where(name => name.Terms.All(terms.Contains)).Select(name => name.Place)];

    private static HashSet<string> Numbers(IReadOnlyList<string> terms) =>
        terms.Where(IsNumber).ToHashSet(StringComparer.Ordinal);

    private static bool IsNumber(string term) => term.Length > 0 && term.All(char.IsAsciiDigit);
}
