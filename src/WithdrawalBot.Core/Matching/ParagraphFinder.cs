using WithdrawalBot.Core.Knowledge;
using WithdrawalBot.Core.Text;

namespace WithdrawalBot.Core.Matching;

/// <summary>
/// Finds the paragraphs of the article that name places, other names and numbers, in either language: "Gaza" or "غزة" →
/// ¶5, "Ain al-Asad and Baghdad" → ¶17, "2,500" → ¶13, "Washington" → ¶8, ¶11, ¶19, ¶22. A place is any of
/// <see cref="Lexicon.Places"/>, named by any of its names read as a question would be read (so "عين الأسد" is one name of
/// two words, and "تنظيم الدولة" is ISIS, not "state"). A name of <see cref="Lexicon.Mentions"/> is found as written, word
/// for word, also behind an Arabic prefix ("وواشنطن", "لواشنطن", "للولايات"), since a question's reading folds it into
/// broader words (واشنطن reads as "American"); a place that is also a mention ("Sudani", read as "the prime minister") is
/// found only that way.
/// </summary>
public sealed class ParagraphFinder
{
    private readonly IntentMatcher matcher;
    private readonly (int Place, string[] Terms)[] names;
    private readonly HashSet<string> nameTerms;
    private readonly (int Group, string[] Words)[] mentions;
    private readonly Lazy<(HashSet<int> Names, HashSet<string> Numbers, HashSet<string> Terms)[]> paragraphs;

    /// <summary>Reads the place names with <paramref name="matcher"/>; the paragraphs are read on first use.</summary>
    public ParagraphFinder(KnowledgeBase knowledge, IntentMatcher matcher)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        ArgumentNullException.ThrowIfNull(matcher);
        this.matcher = matcher;
        var places = knowledge.Lexicon.Places;
        var written = knowledge.Lexicon.Mentions.SelectMany(group => group).ToHashSet(StringComparer.OrdinalIgnoreCase);
        names = [.. places.SelectMany((place, index) => place.Select(name => (index, matcher.QueryTerms(name).ToArray())))
            .Where(name => name.Item2.Length > 0 && !places[name.index].Any(written.Contains))];
        nameTerms = names.SelectMany(name => name.Terms).ToHashSet(StringComparer.Ordinal);
        mentions = [.. knowledge.Lexicon.Mentions.SelectMany((group, index) => group.Select(name => (places.Count + index, WordNormalizer.Tokenize(name).ToArray())))
            .Where(name => name.Item2.Length > 0)];
        paragraphs = new(() => [.. Enumerable.Range(1, knowledge.Article.ParagraphCount)
            .Select(n => Read(knowledge.Article.Paragraph(n)))
            .Select(read => (read.Names, Numbers(read.Terms), read.Terms.ToHashSet(StringComparer.Ordinal)))]);
    }

    /// <summary>
    /// The paragraphs (numbered from 1, in the article's order) naming every place, name and number in
    /// <paramref name="topic"/>; when none names them all, those naming any of them ("Gaza and Erbil" → ¶5 and ¶18).
    /// Empty when the topic names no place, name or number.
    /// </summary>
    /// <param name="topic">What a look-up asks for, as typed ("Washington", "عين الأسد وبغداد").</param>
    public IReadOnlyList<int> Naming(string topic)
    {
        ArgumentNullException.ThrowIfNull(topic);
        var (wanted, terms, _) = Read(topic);
        var numbers = Numbers(terms);
        if (wanted.Count == 0 && numbers.Count == 0)
        {
            return [];
        }

        var named = paragraphs.Value;
        int[] all = [.. Enumerable.Range(1, named.Length).Where(n => named[n - 1].Names.IsSupersetOf(wanted) && named[n - 1].Numbers.IsSupersetOf(numbers))];
        return all.Length > 0 ? all
            : [.. Enumerable.Range(1, named.Length).Where(n => named[n - 1].Names.Overlaps(wanted) || named[n - 1].Numbers.Overlaps(numbers))];
    }

    /// <summary>
    /// Whether <paramref name="topic"/> only names places, names and numbers, besides question words ("Gaza", "Ain al-Asad
    /// and Baghdad", "the 900", "Washington"): then where they are named is the answer; "the three US soldiers killed" is
    /// read as a question instead.
    /// </summary>
    public bool NamesOnly(string topic)
    {
        ArgumentNullException.ThrowIfNull(topic);
        var (_, _, rest) = Read(topic);
        return rest.Count > 0 ? rest.All(term => nameTerms.Contains(term) || IsNumber(term) || matcher.IsQuestionWord(term))
            : matcher.QueryTerms(topic).Count > 0;
    }

    /// <summary>
    /// The paragraphs (numbered from 1, in the article's order) whose own words, read as a question's, include every one of
    /// <paramref name="terms"/> besides question words: "الصواريخ" → ¶12 and ¶21. Empty when no paragraph has them all, or
    /// the terms are only question words.
    /// </summary>
    public IReadOnlyList<int> Containing(IReadOnlyList<string> terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        string[] wanted = [.. terms.Where(term => !matcher.IsQuestionWord(term))];
        var read = paragraphs.Value;
        return wanted.Length == 0 ? [] : [.. Enumerable.Range(1, read.Length).Where(n => wanted.All(read[n - 1].Terms.Contains))];
    }

    /// <summary>
    /// The words of <paramref name="text"/> (normalized, as <see cref="WordNormalizer.Tokenize(ReadOnlySpan{char})"/> gives
    /// them, a figure in words in digits: "3000" of "three thousand") that write a number or a name of
    /// <see cref="Lexicon.Mentions"/> the article never writes: "3500" of "3,500 troops", "august" of "by August 2025",
    /// "2027". Empty when there are none.
    /// </summary>
    public IReadOnlySet<string> Unwritten(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = NumberWords.Read(WordNormalizer.Tokenize(text));
        var read = paragraphs.Value;
        var unwritten = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (group, start, length) in MentionsIn(words).Where(mention => !read.Any(paragraph => paragraph.Names.Contains(mention.Group))))
        {
            unwritten.UnionWith(words.GetRange(start, length));
        }

        foreach (var word in words)
        {
            if (matcher.QueryTerms(word) is [var term] && IsNumber(term) && !read.Any(paragraph => paragraph.Numbers.Contains(term)))
            {
                unwritten.Add(word);
            }
        }

        return unwritten;
    }

    /// <summary>
    /// The words of <paramref name="text"/> (normalized) that write a name of <see cref="Lexicon.Mentions"/> ("كانون" and
    /// "الثاني" of "كانون الثاني"): a name, whatever its words read as alone.
    /// </summary>
    public IReadOnlySet<string> WordsOfNames(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = WordNormalizer.Tokenize(text);
        return MentionsIn(words).SelectMany(mention => words.GetRange(mention.Start, mention.Length)).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>
    /// The places and names <paramref name="text"/> names (group numbers: places first, then mentions), its terms, and the
    /// terms of its words outside the mentions' names.
    /// </summary>
    private (HashSet<int> Names, IReadOnlyList<string> Terms, IReadOnlyList<string> Outside) Read(string text)
    {
        var words = WordNormalizer.Tokenize(text);
        var covered = new bool[words.Count];
        var found = new HashSet<int>();
        foreach (var (group, start, length) in MentionsIn(words))
        {
            found.Add(group);
            Array.Fill(covered, true, start, length);
        }

        var terms = matcher.QueryTerms(text);
        var rest = !covered.Contains(true) ? terms : matcher.QueryTerms(string.Join(' ', words.Where((_, i) => !covered[i])));
        // Places among the other words only: "طهران" reads as Iran, but a paragraph naming Tehran does not name Iran.
        found.UnionWith(names.Where(name => name.Terms.All(rest.Contains)).Select(name => name.Place));
        return (found, terms, rest);
    }

    /// <summary>Where the names of <see cref="Lexicon.Mentions"/> are written among normalized <paramref name="words"/>: group number, first word, word count.</summary>
    private IEnumerable<(int Group, int Start, int Length)> MentionsIn(List<string> words)
    {
        foreach (var (group, name) in mentions)
        {
            for (var start = 0; start + name.Length <= words.Count; start++)
            {
                if (name.Select((word, i) => Writes(words[start + i], word)).All(same => same))
                {
                    yield return (group, start, name.Length);
                }
            }
        }
    }

    /// <summary>Whether a normalized word is <paramref name="name"/>, or it behind an Arabic prefix ("وواشنطن", "للولايات" for "الولايات").</summary>
    private static bool Writes(string word, string name) =>
        word == name
        || (WordNormalizer.IsArabic(word) && word.Length > name.Length && TextAnalyzer.ArabicAffixVariants(word).Contains(name, StringComparer.Ordinal))
        || (word.StartsWith("لل", StringComparison.Ordinal) && name.StartsWith("ال", StringComparison.Ordinal) && word.AsSpan(2).SequenceEqual(name.AsSpan(2)));

    private static HashSet<string> Numbers(IReadOnlyList<string> terms) =>
        terms.Where(IsNumber).ToHashSet(StringComparer.Ordinal);

    /// <summary>Whether a term is a whole number written in digits ("2500", "2026").</summary>
    internal static bool IsNumber(string term) => term.Length > 0 && term.All(char.IsAsciiDigit);

    /// <summary>
    /// Whether an English answer tells when: a year (1900–2099, "by September 2025"), a month or weekday ("began in
    /// January", "on Friday") or a span of time ("weeks earlier", "more than six months of talks"). "The technical talks
    /// had ended" (¶8) and "the attacks killed three US soldiers" (¶12) do not.
    /// </summary>
    internal static bool TellsWhen(string english) =>
        english.Split([' ', ',', '.', '(', ')', ';', ':', '"', '—'], StringSplitOptions.RemoveEmptyEntries).Any(word => IsYear(word) || TimeWords.Contains(word));

    private static readonly HashSet<string> TimeWords = new(
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
            "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "week", "weeks", "month", "months", "year", "years"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether a term is a year of the last century or this one written in digits ("2003", "1991"; not "2500" or "1200").</summary>
    internal static bool IsYear(string term) =>
        term.Length == 4 && (term.StartsWith("19", StringComparison.Ordinal) || term.StartsWith("20", StringComparison.Ordinal)) && IsNumber(term);
}
