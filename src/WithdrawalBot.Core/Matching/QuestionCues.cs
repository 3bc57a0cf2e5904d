using System.Buffers;
using WithdrawalBot.Core.Knowledge;
using WithdrawalBot.Core.Text;

namespace WithdrawalBot.Core.Matching;

/// <summary>
/// What the wording of an utterance says about the kind of question, from the lexicon's cue lists: whether it asks
/// if something came true (<see cref="Lexicon.StatusCues"/>) or how things stand today (<see cref="Lexicon.NowCues"/>),
/// which kinds of answer it asks for (<see cref="Lexicon.AnswerKinds"/>), and whether it is only question words
/// (<see cref="Lexicon.QuestionWords"/>). Immutable after construction and thread-safe.
/// </summary>
internal sealed class QuestionCues
{
    /// <summary>The Modern Standard Arabic "when" a dialect phrase may be read as ("شكد باقي على" → متى).</summary>
    public const string WhenArabic = "متى";

    /// <summary>The first word of the English synonym group of phrases that ask "when" ("how many days until").</summary>
    public const string WhenEnglish = "when";

    /// <summary>A single-word status or now cue this long or longer is corrected like a known word ("actualy", "curently").</summary>
    public const int MinCueTypoLength = 6;

    private readonly PhraseMap statusCues = new();
    private readonly PhraseMap nowCues = new();
    private readonly PhraseMap answerKindCues = new();
    /// <summary>The <see cref="Lexicon.AnswerKinds"/> entry of questions asking how many troops or people.</summary>
    public const string HeadcountKind = "headcount";

    /// <summary>The <see cref="Lexicon.AnswerKinds"/> entry of questions asking how many or how much.</summary>
    public const string QuantityKind = "quantity";

    /// <summary>The <see cref="Lexicon.AnswerKinds"/> entry of questions asking for names.</summary>
    public const string NameKind = "name";

    /// <summary>The <see cref="Lexicon.AnswerKinds"/> entry of questions asking when.</summary>
    public const string TimeKind = "time";

    /// <summary>The <see cref="Lexicon.AnswerKinds"/> entry of questions asking for the exact day ("what exact day", "بأي يوم").</summary>
    public const string DayKind = "day";

    /// <summary>The <see cref="Lexicon.AnswerKinds"/> entry of questions asking where.</summary>
    public const string PlaceKind = "place";

    private readonly Dictionary<string, int> answerKindBits = new(StringComparer.Ordinal);
    private readonly HashSet<string> questionTerms = new(StringComparer.Ordinal);
    private readonly PhraseMap introductions = new();
    private readonly HashSet<string> introductionWords = new(StringComparer.Ordinal);
    private readonly PhraseMap questionWords = new();
    private readonly PhraseMap whenPhrases = new();
    private readonly PhraseMap dayCues = new();
    private readonly SearchValues<string> dayCueText = SearchValues.Create([], StringComparison.OrdinalIgnoreCase);
    private readonly HashSet<string> uncountedThings = new(StringComparer.Ordinal);

    /// <summary>Builds the cue tables, normalized with <paramref name="analyzer"/>.</summary>
    public QuestionCues(Lexicon lexicon, TextAnalyzer analyzer)
    {
        foreach (var cue in lexicon.StatusCues.Select(cue => analyzer.Words(cue)))
        {
            statusCues.Add(cue, cue);
        }

        foreach (var cue in lexicon.NowCues.Select(cue => analyzer.Words(cue)))
        {
            nowCues.Add(cue, cue);
        }

        // "شكد باقي على", "how many days until": read as when/متى (dialect map, synonym group), they ask for a date, not a quantity.
        foreach (var phrase in lexicon.ArabicDialect.Where(pair => pair.Value == WhenArabic).Select(pair => pair.Key))
        {
            whenPhrases.Add(WordNormalizer.Tokenize(phrase), []);
        }

        foreach (var member in lexicon.EnglishSynonyms.Where(group => group.Count > 0 && group[0] == WhenEnglish).SelectMany(group => group))
        {
            whenPhrases.Add(WordNormalizer.Tokenize(member), []);
        }

        foreach (var (kind, cues) in lexicon.AnswerKinds)
        {
            if (kind == DayKind)
            {
                // Asked of a date the fact does give: no kind of answer of its own, so it weighs on no match (a fact asked
                // "what exact day?" is the one asked "when?").
                foreach (var cue in cues)
                {
                    dayCues.Add(WordNormalizer.Tokenize(cue), []);
                }

                // Every message answered with a dated fact is asked this: most write none of the cues' last words, which
                // a search of the text tells without reading its words (as written and normalized: "اليوم", "اليوم").
                dayCueText = SearchValues.Create(
                    [.. cues.SelectMany(cue => new[] { cue.Split(' ', StringSplitOptions.RemoveEmptyEntries), [.. WordNormalizer.Tokenize(cue)] })
                        .Where(words => words.Length > 0).Select(words => words[^1]).Distinct(StringComparer.OrdinalIgnoreCase)],
                    StringComparison.OrdinalIgnoreCase);
                continue;
            }

            answerKindBits[kind] = 1 << Math.Min(answerKindBits.Count, 30);
            foreach (var cue in cues)
            {
                answerKindCues.Add(WordNormalizer.Tokenize(cue), [kind]);
            }
        }

        uncountedThings.UnionWith(lexicon.UncountedThings.SelectMany(thing => WordNormalizer.Tokenize(thing)));

        // Single letters are not words ("I" of "I'm"): a cue is written as what is left ("am", "my").
        foreach (var cue in lexicon.Introductions.Select(cue => WordNormalizer.Tokenize(cue)).Where(words => words.Count > 0))
        {
            introductions.Add(cue, []);
            if (cue is [var word])
            {
                introductionWords.Add(word);
            }
        }

        // Two-letter Arabic question words (من "who"/"from", ما "what"/"not") are as often something else; كم ("how many",
        // and what شكد and چم read as) is not.
        foreach (var word in lexicon.QuestionWords.Select(word => WordNormalizer.Tokenize(word)).Where(words => words.Count > 1 || words is [{ Length: > 2 } or "كم"]))
        {
            questionWords.Add(word, []);
        }

        questionTerms.UnionWith(lexicon.QuestionWords.SelectMany(word => analyzer.Terms(analyzer.Words(word))));
        LongCueWords = [.. lexicon.StatusCues.Concat(lexicon.NowCues).Select(cue => analyzer.Words(cue))
            .Where(words => words is [{ Length: >= MinCueTypoLength }]).Select(words => words[0])];
    }

    /// <summary>Single-word cues of at least <see cref="MinCueTypoLength"/> letters, normalized: words a typo may be meant as.</summary>
    public IReadOnlyList<string> LongCueWords { get; }

    /// <summary>
    /// The words (normalized, dialect mapped) of the <see cref="Lexicon.StatusCues"/> and <see cref="Lexicon.NowCues"/> in
    /// <paramref name="words"/>, in order ("صارت" in "الانتخابات صارت؟", "تزال" in "هل لا تزال القوات…"); <c>null</c> when there
    /// are none, so that the words ask neither whether something came true nor how things stand now. Words of a phrase
    /// read as "when" ("how many days are left until") are none.
    /// </summary>
    public List<string>? StatusCueWords(List<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        List<string>? found = null;
        for (var start = 0; start < words.Count; start++)
        {
            if (whenPhrases.Match(words, start, out _) is > 0 and var when)
            {
                // "how many days are left until …" asks when, not whether they have left.
                start += when - 1;
                continue;
            }

            var length = Math.Max(statusCues.Match(words, start, out _), nowCues.Match(words, start, out _));
            if (length > 0)
            {
                (found ??= []).AddRange(words.GetRange(start, length));
                start += length - 1;
            }
        }

        return found;
    }

    /// <summary>Whether the words (normalized, dialect mapped) ask how things stand today ("now", "هسه").</summary>
    public bool AsksAboutNow(List<string> words) => Contains(nowCues, words);

    /// <summary>Whether every term is a question word's term ("why?", "how many?"); <c>true</c> for no terms.</summary>
    public bool AreOnlyQuestionWords(IReadOnlyList<string> terms) => terms.All(questionTerms.Contains);

    /// <summary>
    /// Whether the words as written (<see cref="WordNormalizer.Tokenize(ReadOnlySpan{char})"/>) open with an <see cref="Lexicon.Introductions"/>
    /// cue among their first three and hold no question word of three letters or more: "I'm from Nairobi", "اني من الديوانية".
    /// </summary>
    public bool IsIntroduction(List<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var opens = false;
        for (var start = 0; start < Math.Min(3, words.Count) && !opens; start++)
        {
            opens = introductions.Match(words, start, out _) > 0;
        }

        return opens && !Contains(questionWords, words);
    }

    /// <summary>Whether the words as written hold a question word of three letters or more, or كم ("when", "متى", "كم"; not "ما" or "من").</summary>
    public bool HasQuestionWord(List<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        return Contains(questionWords, words);
    }

    /// <summary>
    /// Whether the word as written is a one-word <see cref="Lexicon.Introductions"/> cue ("my", "works", "ابني", "يشتغل"):
    /// inside an introduction it says who asks, not what is asked.
    /// </summary>
    public bool IsIntroductionWord(string word) => introductionWords.Contains(word);

    /// <summary>
    /// Whether the words as written (<see cref="WordNormalizer.Tokenize(ReadOnlySpan{char})"/>) ask how many people: the
    /// <c>headcount</c> kind of <see cref="Lexicon.AnswerKinds"/> ("how many troops leave by September 2025?", "How many from
    /// Italy?", "وكم عددهم؟", "شكد جندي باربيل؟"). A bare "كم" / "شكد" as often asks how long, which year or how much
    /// ("سنه كم", "شكد مهم"), and is no count.
    /// </summary>
    public bool AsksCount(List<string> words) => (AnswerKinds(words) & answerKindBits.GetValueOrDefault(HeadcountKind)) != 0;

    /// <summary>
    /// Whether the words as written ask how many of a thing the report never counts: a <c>quantity</c> cue of <see
    /// cref="Lexicon.AnswerKinds"/> followed by one of <see cref="Lexicon.UncountedThings"/> ("how many drones did they
    /// attack with?", "شكد طيارة مسيرة ضربو", "كم صاروخ"); not "how many soldiers did the drone attacks kill?".
    /// </summary>
    public bool AsksUncounted(List<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        for (var start = 0; start < words.Count; start++)
        {
            if (answerKindCues.Match(words, start, out var kind) is > 0 and var length && kind[0] == QuantityKind
                && start + length < words.Count && uncountedThings.Contains(words[start + length]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the words as written ask for names: the <c>name</c> kind of <see cref="Lexicon.AnswerKinds"/> ("شنو اسمه؟",
    /// "which militias, by name?", "ما أسماء المسؤولين؟").
    /// </summary>
    public bool AsksName(List<string> words) => (AnswerKinds(words) & answerKindBits.GetValueOrDefault(NameKind)) != 0;

    /// <summary>
    /// The bits of <see cref="AnswerKinds(List{string})"/> for asking when or where (<see cref="TimeKind"/>,
    /// <see cref="PlaceKind"/>): an example of what the report does not answer that asks neither is a weaker match for a
    /// question asking one ("شوكت يطلعون من عين الاسد؟" is not "هسه طلعوا الامريكان من عين الاسد لو لا؟").
    /// </summary>
    public int WhenOrWhereKinds => answerKindBits.GetValueOrDefault(TimeKind) | answerKindBits.GetValueOrDefault(PlaceKind);

    /// <summary>The bit of <see cref="AnswerKinds(List{string})"/> for asking when (<see cref="TimeKind"/>); 0 when the lexicon has no such kind.</summary>
    public int TimeKinds => answerKindBits.GetValueOrDefault(TimeKind);

    /// <summary>Whether <paramref name="words"/> ask for an exact day (a cue of the <see cref="DayKind"/> entry of <see cref="Lexicon.AnswerKinds"/>): "what exact day", "بأي يوم".</summary>
    public bool AsksDay(List<string> words) => Enumerable.Range(0, words.Count).Any(start => dayCues.Match(words, start, out _) > 0);

    /// <summary>Whether <paramref name="text"/>, as written, may ask for an exact day: it writes the last word of a cue of the <see cref="DayKind"/> entry. False means <see cref="AsksDay"/> is false.</summary>
    public bool MayAskDay(ReadOnlySpan<char> text) => text.ContainsAny(dayCueText);

    /// <summary>
    /// Whether the words ask when: a <c>time</c> cue of <see cref="Lexicon.AnswerKinds"/> ("what date", "متى") or a word or
    /// phrase read as "when" ("when", "شوكت", "how many days until"), which <see cref="AnswerKinds(List{string})"/> leaves
    /// to the synonym groups.
    /// </summary>
    public bool AsksWhen(List<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        return (AnswerKinds(words) & TimeKinds) != 0 || Enumerable.Range(0, words.Count).Any(start => whenPhrases.Match(words, start, out _) > 0);
    }

    /// <summary>
    /// The <see cref="Lexicon.AnswerKinds"/> the words ask for, as bits (one per kind, in the lexicon's order), read from
    /// the words as written (<see cref="WordNormalizer.Tokenize(ReadOnlySpan{char})"/>), before the dialect map: منو "who" asks for a
    /// person, while من, which the map makes of it, is as often "from". Words of a phrase read as "when" ("شكد باقي على",
    /// "how many days until") ask for no quantity.
    /// </summary>
    public int AnswerKinds(List<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var kinds = 0;
        for (var start = 0; start < words.Count; start++)
        {
            if (whenPhrases.Match(words, start, out _) is > 0 and var length)
            {
                start += length - 1;
            }
            else if (answerKindCues.Match(words, start, out var kind) > 0 || (JoinedAnd(answerKindCues, words, start) is { } unjoined && answerKindCues.Match(unjoined, start, out kind) > 0))
            {
                kinds |= answerKindBits[kind[0]];
            }
        }

        return kinds;
    }

    /// <summary>
    /// <paramref name="words"/> with و ("and") taken off the word at <paramref name="start"/> when what is left opens one of
    /// <paramref name="cues"/> ("وكم عددهم؟", "وشكد منهم باربيل"); <c>null</c> otherwise.
    /// </summary>
    private static List<string>? JoinedAnd(PhraseMap cues, List<string> words, int start) =>
        words[start] is ['و', _, _, ..] word && cues.StartsPhrase(word[1..]) ? [.. words[..start], word[1..], .. words[(start + 1)..]] : null;

    /// <summary>Whether the words contain one of <paramref name="cues"/> (a cue of several words must appear in order, adjacent).</summary>
    private static bool Contains(PhraseMap cues, List<string> words)
    {
        for (var start = 0; start < words.Count; start++)
        {
            if (cues.Match(words, start, out _) > 0)
            {
                return true;
            }
        }

        return false;
    }
}
