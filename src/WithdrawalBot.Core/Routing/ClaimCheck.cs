using System.Buffers;
using System.Text.RegularExpressions;
using WithdrawalBot.Core.Knowledge;
using WithdrawalBot.Core.Languages;
using WithdrawalBot.Core.Matching;
using WithdrawalBot.Core.Reminders;
using WithdrawalBot.Core.Text;

namespace WithdrawalBot.Core.Routing;

/// <summary>
/// Checks a claim against the report ("Is it true that about 3,500 US troops are in Iraq?", "صحيح الانسحاب من عين الاسد
/// بشهر ثمانية؟"): a message that puts a claim (<see cref="Lexicon.ClaimCues"/>) with numbers or months the report never
/// writes (<see cref="ParagraphFinder.Unwritten"/>) is read with a question word in their place ("how many" for a figure,
/// "when" for a year or month: "is it true that about how many US troops are in Iraq?"), and when that reading is
/// confidently a fact, the fact is what the report says instead. A figure the report has, but not in the answer or
/// paragraphs of the fact the claim is about ("the elections are in October 2026"), is caught the same way
/// (<see cref="NotGivenBy"/>). Immutable after construction and thread-safe.
/// </summary>
public sealed partial class ClaimCheck
{
    /// <summary>The one-letter particles joined to an Arabic word: و ف ب ل ك.</summary>
    private static readonly SearchValues<char> ArabicParticles = SearchValues.Create("وفبلك");

    /// <summary>Words for a unit of time a claimed span is counted in ("48 hours", "خلال 48 ساعة", "in 3 days", "بعد 10 ايام"), normalized.</summary>
    private static readonly HashSet<string> DurationUnits = new(
        ["hour", "hours", "hrs", "day", "days", "week", "weeks", "ساعه", "ساعات", "يوم", "ايام", "اسبوع", "اسابيع", "اسبوعين", "يومين"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Which of the <paramref name="typed"/> words is a unit of time (<see cref="DurationUnits"/>) right after a claimed figure.</summary>
    private static bool[] DurationUnitsAfterFigures(List<string> typed, bool[] claims) =>
        [.. typed.Select((word, i) => i > 0 && claims[i - 1] && WordNormalizer.Tokenize(word) is [var unit] && DurationUnits.Contains(unit))];

    /// <summary>The smallest figure a dispute is matched to the report's counts by size (<see cref="DisputedFact"/>): the troops of ¶13 are 2,500 and 900.</summary>
    private const double MinSizedCount = 100;

    /// <summary>The most words a figure is written in that a claim is checked for ("two thousand and five hundred").</summary>
    private const int MaxFigureWords = 6;

    private static readonly char[] Punctuation = ['?', '؟', '.', ',', '،', '!', '"', '«', '»', '“', '”', ':', ';', '؛'];

    private readonly PhraseMap cues = new();
    private readonly PhraseMap countCues = new();
    private readonly SearchValues<string> cueText;
    private readonly KnowledgeBase knowledge;
    private readonly ParagraphFinder finder;
    private readonly IntentMatcher matcher;
    private readonly Dictionary<string, HashSet<string>> factNumbers;
    private readonly Dictionary<string, HashSet<string>> answerNumbers;
    private readonly HashSet<string> factsGivingCounts;
    private readonly Dictionary<string, List<(HashSet<string> Figures, HashSet<int> Places)>> answerClauses;
    private readonly HashSet<string> troopTerms;

    /// <summary>Fractions that count as much as a figure: "about a third of Iraq and Syria" (¶14).</summary>
    private static readonly HashSet<string> FractionTerms = new(["third", "half", "quarter", "ثلث", "نصف", "ربع"], StringComparer.Ordinal);

    /// <summary>Reads the claim cues of <paramref name="knowledge"/>'s lexicon and the figures each fact gives; <paramref name="finder"/> tells what the article never writes.</summary>
    public ClaimCheck(KnowledgeBase knowledge, ParagraphFinder finder, IntentMatcher matcher)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        ArgumentNullException.ThrowIfNull(finder);
        ArgumentNullException.ThrowIfNull(matcher);
        this.knowledge = knowledge;
        this.finder = finder;
        this.matcher = matcher;
        foreach (var cue in knowledge.Lexicon.ClaimCues.Select(cue => WordNormalizer.Tokenize(cue)).Where(words => words.Count > 0))
        {
            cues.Add(cue, []);
        }

        foreach (var cue in knowledge.Lexicon.CountClaimCues.Select(cue => WordNormalizer.Tokenize(cue)).Where(words => words.Count > 0))
        {
            countCues.Add(cue, []);
        }

        // Every message answered is checked: most have no cue at all, which a search of the text tells without reading its words.
        // The longest word of each cue ("heard" of "I heard"), both as written and normalized ("أكيد", "اكيد"): the text
        // searched is not normalized.
        cueText = SearchValues.Create(
            [.. knowledge.Lexicon.ClaimCues.Concat(knowledge.Lexicon.CountClaimCues)
                .SelectMany(cue => new[] { cue.Split(' ', StringSplitOptions.RemoveEmptyEntries), [.. WordNormalizer.Tokenize(cue)] }
                    .Where(words => words.Length > 0)
                    .Select(words => words.MaxBy(word => word.Length)!))
                .Distinct(StringComparer.OrdinalIgnoreCase)],
            StringComparison.OrdinalIgnoreCase);

        // The figures of each fact's answer, and those of its answer and the paragraphs it cites: "is it true that the US
        // invaded Iraq in 2003?" answered with the 2011 withdrawal (¶15) is no claim the report contradicts, since ¶15
        // gives 2003 too.
        answerNumbers = knowledge.Facts.ToDictionary(
            fact => fact.Id,
            fact => matcher.AnswerTerms(fact.Id).Where(ParagraphFinder.IsNumber).ToHashSet(StringComparer.Ordinal),
            StringComparer.Ordinal);
        factsGivingCounts = knowledge.Facts.Where(fact => matcher.AnswerTerms(fact.Id).Any(IsCount)).Select(fact => fact.Id).ToHashSet(StringComparer.Ordinal);
        troopTerms = [.. matcher.QueryTerms("troops soldiers forces جنود جندي قوات عسكر")];
        answerClauses = knowledge.Facts.ToDictionary(fact => fact.Id, fact => AnswerClauses(matcher, fact.Answer.English), StringComparer.Ordinal);
        factNumbers = knowledge.Facts.ToDictionary(
            fact => fact.Id,
            fact => NumbersIn(matcher, fact.Citations.Select(c => c.Paragraph).Distinct().Select(knowledge.Article.Paragraph)).Union(answerNumbers[fact.Id]).ToHashSet(StringComparer.Ordinal),
            StringComparer.Ordinal);
    }

    /// <summary>
    /// The figures and years a claim answered with <paramref name="fact"/> puts that the report does not give for what it
    /// claims, as typed, and the fact that says what the report gives instead. What the claim is about is read with its
    /// figures asked for ("is it true that how many US troops are in Syria?"): when that reading is confidently a fact,
    /// its answer is what the figures are checked against, so "2,500" of "is it true that 2,500 US troops are in Syria?"
    /// is caught (¶13 gives 2,500 for Iraq, 900 for Syria) and "2003" of "is it true that the US invaded Iraq in 2003?"
    /// is not; otherwise <paramref name="fact"/>'s answer and the paragraphs it cites are ("2026" of "is it true that the
    /// elections are in October 2026?", ¶23). <c>null</c> when the message puts no claim or every figure is given.
    /// </summary>
    /// <param name="cleaned">The message, cleaned for matching.</param>
    /// <param name="fact">The fact the message is answered with.</param>
    /// <param name="language">The message's language, for the question word put in place of a figure.</param>
    public (string FactId, IReadOnlyList<string> NotGiven)? NotGivenBy(string cleaned, Fact fact, Language language)
    {
        ArgumentNullException.ThrowIfNull(cleaned);
        ArgumentNullException.ThrowIfNull(fact);
        if (ReadWithFiguresAsked(cleaned, language) is not var (typed, figures, asking, reading))
        {
            return null;
        }

        // Read once for every fact the claim is set against below.
        var claimed = PlacesClaimed(cleaned);
        if (figures.OfType<string>().Distinct(StringComparer.Ordinal).Count() >= 2
            && typed.Where((_, i) => figures[i] is not null).All(word => MonthGivenBy(word, fact.Id))
            && figures.OfType<string>().All(term => answerNumbers[fact.Id].Contains(term) && !GivenForAnotherPlace(fact.Id, claimed, term)))
        {
            // "صحيح الامريكان عدهم 2500 جندي بالعراق و900 بسوريا؟" answered with ¶13, which gives both figures for those
            // places: no claim to correct, though read with its figures asked it is as much about the 900 in Syria. (A
            // single figure is set against what the claim is about, as below: "the elections are in 2026, right?".)
            return null;
        }

        if (figures.OfType<string>().Distinct(StringComparer.Ordinal).Count() >= 2
            && knowledge.Facts.Any(near => typed.Where((_, i) => figures[i] is not null).All(word => MonthGivenBy(word, near.Id))
                && figures.OfType<string>().All(term => answerNumbers[near.Id].Contains(term) && !GivenForAnotherPlace(near.Id, claimed, term))))
        {
            // "Is it true that hundreds of troops leave by September 2025 and the rest by the end of 2026?": answered with
            // either phase, it names the other's date too, and one answer gives both (¶2); no claim to correct.
            return null;
        }

        // Only a fact of the same paragraphs: "is it true that the US withdrew in when?" reads as the withdrawal plan (¶2),
        // not the 2011 withdrawal (¶15) it is about; unless the fact answered shares nothing with the claim but its figures,
        // or misses a word of it the other fact's answer has ("troops leave Ain al-Asad by the end of 2026", answered with
        // Erbil's end of 2026).
        var (about, given) = reading is { IsConfident: true, Best: { Kind: MatchKind.Fact } best }
            && knowledge.TryGetFact(best.Id, out var other)
            && (other.Citations.Any(c => fact.Citations.Any(f => f.Paragraph == c.Paragraph)) || MatchedByFiguresAlone(asking, fact) || MissesAWord(asking, fact, best))
            ? (best.Id, answerNumbers[best.Id])
            : (fact.Id, factNumbers[fact.Id]);
        if (WholeOf(about, figures) is { } whole)
        {
            (about, given) = (whole, answerNumbers[whole]);
        }

        // A month claimed with its year must be the answer's too: "the elections are in September 2025" is not October 2025 (¶23).
        string[] notGiven = [.. typed.Where((_, i) => figures[i] is { } term && (!given.Contains(term) || !MonthGivenBy(typed[i], about) || GivenForAnotherPlace(about, claimed, term)))
            .Select(AsQuoted).Distinct(StringComparer.Ordinal)];
        if (notGiven.Length > 0 && answerNumbers[about].Count == 0 && (YearsOfTheReport(cleaned, figures)
            || NearFacts(reading).Any(candidate => candidate.Id != about && figures.OfType<string>().All(answerNumbers[candidate.Id].Contains))))
        {
            // "Can you confirm that the US will keep troops in Iraq after 2026?", answered with the advisory relationship
            // (¶4), which gives no figure to set against it: read with its year asked for, it is as much about when the
            // rest leave (¶2, ¶18; near the threshold, as a no-figure reply's fact is), which gives 2026, so the claim is
            // answered rather than said to name a year the report never gives. ("2,500 US troops in Syria?" is still told
            // the report gives 900 there.)
            return null;
        }

        return notGiven.Length > 0 ? (about, notGiven) : null;
    }

    /// <summary>
    /// A fact of the same paragraphs as <paramref name="factId"/> whose answer gives every one of two or more figures claimed
    /// (<paramref name="figures"/>) when that fact's does not: "صحيح امريكا عدها 900 جندي بالعراق و2500 بسوريا؟" reads as the
    /// 900 in Syria (¶13), but is set against the answer giving both counts, 2,500 in Iraq and 900 in Syria. <c>null</c>
    /// when fewer than two figures are claimed, <paramref name="factId"/>'s answer gives them all, or no such fact does.
    /// </summary>
    private string? WholeOf(string factId, string?[] figures)
    {
        string[] claimed = [.. figures.OfType<string>().Distinct(StringComparer.Ordinal)];
        if (claimed.Length < 2 || claimed.All(answerNumbers[factId].Contains) || !knowledge.TryGetFact(factId, out var fact))
        {
            return null;
        }

        return knowledge.Facts.FirstOrDefault(other => other.Id != factId && claimed.All(answerNumbers[other.Id].Contains)
            && other.Citations.Any(c => fact.Citations.Any(f => f.Paragraph == c.Paragraph)))?.Id;
    }

    /// <summary>
    /// The fact just before <paramref name="factId"/> in the plan (<see cref="Fact.Next"/>) or just after it whose answer gives
    /// every figure the claim in <paramref name="cleaned"/> puts, months included: "is it true all troops leave by September
    /// 2025?" set against the rest leaving by the end of 2026 (¶2) → hundreds leaving by September 2025 (¶2). <c>null</c>
    /// when the message claims no figure or no such fact gives them all.
    /// </summary>
    public Fact? NeighbourGiving(string cleaned, string factId, Language language)
    {
        ArgumentNullException.ThrowIfNull(cleaned);
        if (!knowledge.TryGetFact(factId, out var fact) || ReadWithFiguresAsked(cleaned, language) is not var (typed, figures, _, _)
            || figures.OfType<string>().ToList() is not { Count: > 0 } claimed)
        {
            return null;
        }

        return knowledge.Facts.FirstOrDefault(near => near.Id != factId && (near.Next == factId || fact.Next == near.Id)
            && claimed.TrueForAll(answerNumbers[near.Id].Contains)
            && typed.Where((_, i) => figures[i] is not null).All(word => MonthGivenBy(word, near.Id)));
    }

    /// <summary>
    /// Whether the answer of fact <paramref name="factId"/> gives <paramref name="figure"/> only for places other than
    /// those the claim (<paramref name="claimed"/>) names, and one it names elsewhere: "ISIS was defeated in Iraq in
    /// 2019" (¶14 gives 2019 for Syria, 2017 for Iraq), "the US had 900 troops in Iraq" (¶13: 900 in Syria). The answer
    /// is read a clause at a time (<see cref="AnswerClauses"/>), and so is the claim when each of its clauses claiming a
    /// figure names a place the answer gives a figure for (<see cref="PlacesClaimed"/>): "900 in Iraq and 2,500 in Syria"
    /// puts 900 to Iraq and 2,500 to Syria, both swapped. A claim naming no place the answer gives a figure for is never
    /// caught, nor one that names its places apart from its figures ("in Iraq and Syria there are 900 and 2,500").
    /// </summary>
    private bool GivenForAnotherPlace(string factId, PlacesOfAClaim claimed, string figure)
    {
        // Only places the answer gives a figure for: "ISIS was defeated in 2017" names ISIS, which no clause with a year names.
        var clauses = answerClauses[factId];
        bool GivesFigureFor(int place) => clauses.Exists(clause => clause.Figures.Count > 0 && clause.Places.Contains(place));
        var named = claimed.Named.Where(GivesFigureFor).ToHashSet();
        if (named.Count >= 2 && claimed.Clauses.Value is { Count: >= 2 } claimClauses && claimClauses.TrueForAll(clause => clause.Places.Any(GivesFigureFor)))
        {
            named = [.. claimClauses.Where(clause => clause.Figures.Contains(figure)).SelectMany(clause => clause.Places).Where(GivesFigureFor)];
        }

        if (named.Count == 0)
        {
            return false;
        }

        var giving = clauses.Where(clause => clause.Figures.Contains(figure)).ToList();
        return giving.Count > 0 && giving.TrueForAll(clause => clause.Places.Count > 0 && !clause.Places.Overlaps(named))
            && clauses.Exists(clause => !clause.Figures.Contains(figure) && clause.Places.Overlaps(named));
    }

    /// <summary>
    /// The report's places a claim names (<see cref="IntentMatcher.PlaceOf"/>), and its clauses each with the figures it
    /// claims and the places it names (<see cref="ClauseFiguresAndPlaces"/>, read on first use).
    /// </summary>
    private readonly record struct PlacesOfAClaim(HashSet<int> Named, Lazy<List<(HashSet<string> Figures, HashSet<int> Places)>> Clauses);

    /// <summary>What <see cref="GivenForAnotherPlace"/> reads of the claim in <paramref name="cleaned"/>, read once for every fact it is set against.</summary>
    private PlacesOfAClaim PlacesClaimed(string cleaned) => new(
        [.. matcher.QueryTerms(cleaned).Where(term => !ParagraphFinder.IsNumber(term)).Select(matcher.PlaceOf).Where(place => place >= 0)],
        new(() => ClauseFiguresAndPlaces(cleaned)));

    /// <summary>
    /// The clauses of a claim that claim a figure, cut at "and", "but", "while", commas and full stops, and before an Arabic
    /// word joined to "و" that begins a clause ("و2500", "وبسوريا", "وفي"), each with the figures it claims and the report's
    /// places it names: "900 in Iraq and 2,500 in Syria" → (900, Iraq), (2,500, Syria).
    /// </summary>
    private List<(HashSet<string> Figures, HashSet<int> Places)> ClauseFiguresAndPlaces(string cleaned)
    {
        var clauses = new List<(HashSet<string> Figures, HashSet<int> Places)> { ([], []) };
        foreach (var word in TypedWords(cleaned))
        {
            var bare = word.Trim(Punctuation);
            if (ClauseWords.Contains(bare) || BeginsArabicClause(bare))
            {
                clauses.Add(([], []));
            }

            var (figures, places) = clauses[^1];
            if (FigureOf(word) is { } figure)
            {
                figures.Add(figure);
            }
            else
            {
                places.UnionWith(matcher.QueryTerms(word).Select(matcher.PlaceOf).Where(place => place >= 0));
            }

            if (bare.Length < word.TrimStart(Punctuation).Length)
            {
                clauses.Add(([], []));
            }
        }

        clauses.RemoveAll(clause => clause.Figures.Count == 0);
        return clauses;
    }

    /// <summary>Words, as typed, that begin a clause of a claim: "and", "but", "while", "و", "بينما", "لكن".</summary>
    private static readonly HashSet<string> ClauseWords = new(["and", "but", "while", "whereas", "و", "بينما", "لكن", "اما", "أما"], StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether an Arabic word as typed is "و" joined to a figure, a place or a preposition: "و2500", "وبسوريا", "وفي", "ومن".</summary>
    private bool BeginsArabicClause(string word) =>
        word.Length > 1 && word[0] == 'و' && word[1..] is var rest
        && (FigureOf(rest) is not null || Prepositions.Contains(rest) || (rest.Length > 3 && matcher.QueryTerms(rest).Any(matcher.IsPlace)));

    /// <summary>
    /// The clauses of a fact's English answer, cut at "and", commas, semicolons and brackets, each with the figures it
    /// gives and the places it names (<see cref="IntentMatcher.PlaceOf"/>).
    /// </summary>
    private static List<(HashSet<string> Figures, HashSet<int> Places)> AnswerClauses(IntentMatcher matcher, string english) =>
        [.. ClauseBreak().Split(english).Select(matcher.QueryTerms).Select(terms => (
            terms.Where(ParagraphFinder.IsNumber).ToHashSet(StringComparer.Ordinal),
            terms.Where(term => !ParagraphFinder.IsNumber(term)).Select(matcher.PlaceOf).Where(place => place >= 0).ToHashSet()))];

    /// <summary>Where an English answer's clauses break: " and ", commas (not those of a figure: "2,500"), semicolons and brackets.</summary>
    [GeneratedRegex(@"\s+and\s+|[;()]|,(?!\d{3})", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex ClauseBreak();

    /// <summary>
    /// A claim with figures read with a question word in their place (<see cref="Asking"/>): its words as typed, the figure
    /// each stands for (<c>null</c> for other words), that reading and its match; <c>null</c> when the message puts no claim
    /// or claims no figure.
    /// </summary>
    private (List<string> Typed, string?[] Figures, string Asking, MatchResult Reading)? ReadWithFiguresAsked(string cleaned, Language language)
    {
        if (!PutsClaim(cleaned))
        {
            return null;
        }

        var asked = matcher.QueryTerms(cleaned);
        var typed = TypedWords(cleaned);
        string?[] figures = [.. typed.Select(word => FigureOf(word) is { } term && asked.Contains(term) ? term : null)];
        if (figures.All(term => term is null))
        {
            return null;
        }

        var cueWords = CueWords(typed);
        var asking = string.Join(' ', typed.Select((word, i) => cueWords[i] ? null : figures[i] is null ? word : Asking(word, language)).OfType<string>());
        return (typed, figures, asking, matcher.Match(asking));
    }

    /// <summary>
    /// Whether the claim read without its figures (<paramref name="asking"/>) has a word, other than a question word or a
    /// figure, that the answer of <paramref name="reading"/>, the fact it reads as, uses and the answer of
    /// <paramref name="fact"/>, the one it was answered with, does not: "Ain al-Asad" of "troops leave Ain al-Asad by the
    /// end of 2026, right?", answered with Erbil's date (¶18); "انهزم" of "صحيح داعش انهزم بالعراق سنة 2014؟", answered
    /// with the US return in 2014 (¶15), not ISIS's defeat (¶14).
    /// </summary>
    private bool MissesAWord(string asking, Fact fact, MatchCandidate reading) =>
        ClaimWords(asking).Any(term => !matcher.AnswerTerms(fact.Id).Contains(term) && matcher.AnswerTerms(reading.Id).Contains(term));

    /// <summary>
    /// Whether the month of a claimed month and year (<paramref name="typed"/>: "September 2025", "بأيلول 2025") is one the
    /// answer of the fact <paramref name="factId"/> names; true for a figure or year claimed alone.
    /// </summary>
    private bool MonthGivenBy(string typed, string factId) =>
        !typed.Contains(' ', StringComparison.Ordinal) || MonthWords(typed.Split(' '), 0) == 0
        || matcher.QueryTerms(typed).Where(term => !ParagraphFinder.IsNumber(term)).All(matcher.AnswerTerms(factId).Contains);

    /// <summary>
    /// Whether <paramref name="fact"/> shares none of the words of the claim read without its figures (<paramref name="asking"/>):
    /// "the elections are in 2026, right?" answered with Erbil's end of 2026 (¶18) for its year alone is about the elections (¶23).
    /// </summary>
    private bool MatchedByFiguresAlone(string asking, Fact fact)
    {
        string[] words = [.. ClaimWords(asking)];
        return words.Length > 0 && matcher.TermsBeyond(new MatchCandidate(MatchKind.Fact, fact.Id, 0), words).Count == words.Length;
    }

    /// <summary>
    /// Whether every figure claimed (<paramref name="figures"/>, one per typed word, <c>null</c> for other words) is a year
    /// the report writes, and nothing else claimed is unwritten: set against a fact that gives no date at all ("no American soldier will remain in Iraq after
    /// 2026, right?" answered with the advisory relationship, ¶4), such a year is no figure the report contradicts.
    /// </summary>
    private bool YearsOfTheReport(string cleaned, string?[] figures) =>
        figures.OfType<string>().All(ParagraphFinder.IsYear) && finder.Unwritten(cleaned).Count == 0;

    /// <summary>
    /// What the report says instead of the claim in <paramref name="cleaned"/>: the fact its other words confidently match,
    /// the words the report never writes as typed ("3,500", "August") or, when it writes them all, the figures that fact
    /// does not give ("2026" of "is it true that the elections are in October 2026?"), the confidence of that match (0–1)
    /// and which of the two it is. No words when every figure claimed is one that fact gives ("I read that 2.5k troops
    /// are in Iraq, correct?": the claim is the report's, ¶13). <c>null</c> when the message puts no claim, claims no
    /// figure or name, or says nothing else the report answers.
    /// </summary>
    /// <param name="cleaned">The message, cleaned for matching.</param>
    /// <param name="language">The message's language, for the question word put in place of what the report never writes.</param>
    public (string FactId, IReadOnlyList<string> Unwritten, double Confidence, bool WrittenElsewhere)? Check(string cleaned, Language language)
    {
        ArgumentNullException.ThrowIfNull(cleaned);
        if (!PutsClaim(cleaned))
        {
            return null;
        }

        var typed = TypedWords(cleaned);
        var unwritten = finder.Unwritten(cleaned);
        var elsewhere = unwritten.Count == 0;
        // Only what is asked: an age in an introduction ("I'm Ahmed, 25 years old, …") is left out of the reading.
        var asked = matcher.QueryTerms(cleaned);
        bool[] claims = [.. typed.Select(word => matcher.QueryTerms(word) is var terms && terms.Any(asked.Contains)
            && (FigureOf(word) is not null || WritesAny(word, unwritten)))];
        if (!claims.Contains(true))
        {
            return NamesWhatTheReportNeverDoes(typed, claims, language);
        }

        // What the claim is about, without the words that put it ("my brother says there are", "is it true that") or say
        // who puts it ("جاري" of "جاري يكول 10 الاف جندي باربيل").
        var cueWords = CueWords(typed);
        for (var i = 0; i < typed.Count; i++)
        {
            cueWords[i] |= !claims[i] && matcher.IsIntroductionWord(typed[i]);
        }

        // "خلال 48 ساعة", "within 48 hours": a span of time claimed, asked as when, its unit with it.
        var units = DurationUnitsAfterFigures(typed, claims);
        bool UnitAfter(int i) => i + 1 < units.Length && units[i + 1];
        var rest = string.Join(' ', typed.Select((word, i) => cueWords[i] || units[i] ? null : claims[i] ? Asking(word, language, asWhen: UnitAfter(i)) : word).OfType<string>());
        var placesClaimed = false;
        var claimedPlaces = new bool[typed.Count];
        if (AboutFact(rest) is not var (best, result))
        {
            // "Isn't it true that 10,000 troops stay in Erbil?": the report gives no count for Erbil, so the figure is set
            // against what it does say about the rest of the claim (¶18), never against an unwritten name.
            var withoutFigures = typed.Where((_, i) => claims[i]).All(word => FigureOf(word) is not null)
                ? AboutFact(string.Join(' ', typed.Where((_, i) => !claims[i] && !cueWords[i] && !units[i])))
                : null;
            var places = PlaceWords(typed, claims, cueWords);
            if ((withoutFigures ?? AboutFact(rest, cameTrue: true) ?? WithoutPlaces(typed, claims, cueWords, places, language)) is not var (without, withoutResult))
            {
                return null;
            }

            (best, result) = (without, withoutResult);
            if (withoutFigures is null && places.Contains(true) && !PlacesNamedBy(best.Id, typed, places))
            {
                // "5 American soldiers were killed in Erbil, is this true?", "سمعت القوات تبقى بكركوك لنهاية 2027": the
                // report puts neither the figure nor the place to this (¶12 names no place; Kirkuk it never names).
                claims = [.. claims.Select((claimed, i) => claimed || places[i])];
                claimedPlaces = places;
                placesClaimed = true;
            }

            if (elsewhere && NearFacts(result).FirstOrDefault(candidate => candidate.Id != best.Id
                    && typed.Where((_, i) => claims[i]).All(word => FigureOf(word) is { } term && answerNumbers[candidate.Id].Contains(term))) is { } giving)
            {
                // "Is it true that the US returned to Iraq in 2014 to lead the coalition?": without its year the claim reads
                // most like the coalition (¶1, ¶16), which gives no 2014; a near fact whose answer gives it (¶15) is what it is about.
                best = giving;
            }
        }

        if (!elsewhere && NearestYear(typed.Where((_, i) => claims[i]), best, result) is { } nearer)
        {
            // "صحيح امريكا انسحبت 2010؟": "امريكا انسحبت متى" reads most like the plan (2025, 2026, ¶2), but a claimed year
            // the report never writes is most often one off the year meant: the US left in 2011 (¶15).
            best = nearer;
        }

        // A figure the report has elsewhere ("October 2026": 2026 is the end of the withdrawal) is wrong only when the fact
        // the claim is about gives it nowhere.
        string[] claimed = [.. typed.Select((word, i) => (Word: word, At: i)).Where(typedWord => claims[typedWord.At])
            .Where(typedWord => !(FigureOf(typedWord.Word) is { } term && factNumbers.TryGetValue(best.Id, out var given) && given.Contains(term))
                || WritesAny(typedWord.Word, unwritten))
            .Where(typedWord => !InsidePlace(claimedPlaces, typedWord.At))
            .Select(typedWord => AsQuoted(UnitAfter(typedWord.At) ? typedWord.Word + " " + typed[typedWord.At + 1]
                : claimedPlaces[typedWord.At] ? PlaceFrom(typed, claimedPlaces, typedWord.At) : typedWord.Word))
            .Distinct(StringComparer.Ordinal)];
        if (!elsewhere && !placesClaimed && claimed.Where(word => WritesAny(word, unwritten)).ToArray() is { Length: > 0 } nowhere)
        {
            // "The report does not say" is said only of what it writes nowhere: not of "2,500" beside "2030" in "2,500 troops
            // are in Iraq and they leave by 2030" (break 32 #3: "The report does not say “2,500”, “2030”").
            claimed = nowhere;
        }

        // A place is one the report may name elsewhere ("Baghdad"): "does not give … for this", not "does not say".
        return (best.Id, claimed, result.Confidence, elsewhere || placesClaimed);
    }

    /// <summary>
    /// A claim with no figure and nothing else the report never writes but a name it never mentions, read without that name
    /// as a fact (<see cref="NamesWhatTheReportNeverDoes"/>): "ابن عمي يكول الاعلان تأجل بسبب حرب اوكرانيا، صح لو يجذب؟" →
    /// the reasons for the delay (¶5) and «اوكرانيا». <c>null</c> when the message puts no claim, claims a figure, or names
    /// nothing the report never mentions.
    /// </summary>
    /// <param name="cleaned">The message, cleaned for matching.</param>
    /// <param name="language">The message's language.</param>
    public (string FactId, IReadOnlyList<string> Unwritten, double Confidence, bool WrittenElsewhere)? NamesNeverMentioned(string cleaned, Language language)
    {
        ArgumentNullException.ThrowIfNull(cleaned);
        if (!PutsClaim(cleaned) || finder.Unwritten(cleaned).Count > 0)
        {
            return null;
        }

        var typed = TypedWords(cleaned);
        return typed.Exists(word => FigureOf(word) is not null) ? null : NamesWhatTheReportNeverDoes(typed, new bool[typed.Count], language);
    }

    /// <summary>
    /// A count the message gives that the answer of a fact it was ruled out of (<see cref="MatchResult.RuledOut"/>) gives
    /// for others: "Were three Iraqi soldiers killed in the attacks?" (¶12: three US soldiers; "Iraqi" rules that fact
    /// out, and the attacks of ¶11 would answer it as if it were so). The message must read confidently as that fact
    /// without the words that rule it out, and the fact answering it, if any, must not give the count. Returns that fact
    /// and those words as typed; or, when no word rules a fact out, the best fact gives no count and a confident other
    /// fact gives the count, that fact and no words; <c>null</c> otherwise ("how many Iraqis were killed?" gives no count and is refused).
    /// </summary>
    /// <param name="cleaned">The message, cleaned for matching.</param>
    /// <param name="result">Its match.</param>
    public (string FactId, IReadOnlyList<string> Others)? GivenForOthers(string cleaned, MatchResult result)
    {
        ArgumentNullException.ThrowIfNull(cleaned);
        ArgumentNullException.ThrowIfNull(result);
        // Every message answered is checked: most have no fact ruled out and no count-giving runner-up to the best, which
        // the match tells without reading the message again.
        var giving = result is { IsConfident: true, Best: { Kind: MatchKind.Fact } answered } && !factsGivingCounts.Contains(answered.Id)
            ? result.Candidates.FirstOrDefault(c => c.Kind == MatchKind.Fact && c.Id != answered.Id && c.Score >= result.Threshold)
            : null;
        if ((result.RuledOut.Count == 0 && (giving is null || !factsGivingCounts.Contains(giving.Id))) || !NumberWords.MayWriteFigure(cleaned))
        {
            return null;
        }

        var terms = matcher.QueryTerms(cleaned);
        string[] counts = [.. terms.Where(IsCount).Distinct(StringComparer.Ordinal)];
        if (counts.Length == 0 || (result is { IsConfident: true, Best: { Kind: MatchKind.Fact } best } && counts.All(answerNumbers[best.Id].Contains)))
        {
            return null;
        }

        var typed = cleaned.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (result.RuledOut is [var ruledOut, ..] && counts.All(answerNumbers[ruledOut].Contains))
        {
            var ruling = RulingOut(typed, ruledOut);
            var others = Runs(typed, ruling);
            var without = string.Join(' ', typed.Where((_, i) => !ruling[i]));
            return others.Length > 0 && AboutFact(without, cameTrue: true) is ({ Id: var about }, _) && about == ruledOut ? (ruledOut, Quoted(others)) : null;
        }

        // "Were three Iraqi soldiers killed in the attacks?" in English: "Iraqi" rules nothing out, but the attacks of ¶11
        // name it and score above the three US soldiers killed (¶12), which say who was killed; nothing said not to be so.
        // Not when the best fact gives a count of its own: "2,500 US troops are in Syria?" is told ¶13 gives 900 there (NotGivenBy).
        return giving is not null && counts.All(answerNumbers[giving.Id].Contains) ? (giving.Id, []) : null;

        static string[] Quoted(IEnumerable<string> words) => [.. words.Select(word => word.Trim(Punctuation)).Distinct(StringComparer.Ordinal)];
    }

    /// <summary>The runs of flagged words (<paramref name="flagged"/>) of <paramref name="typed"/>, each as one text: «Iraqi soldiers».</summary>
    private static string[] Runs(string[] typed, bool[] flagged)
    {
        var runs = new List<string>();
        for (var i = 0; i < typed.Length; i++)
        {
            if (flagged[i])
            {
                var end = i;
                while (end + 1 < typed.Length && flagged[end + 1])
                {
                    end++;
                }

                runs.Add(string.Join(' ', typed[i..(end + 1)]));
                i = end;
            }
        }

        return [.. runs];
    }

    /// <summary>
    /// Which of the <paramref name="typed"/> words rule fact <paramref name="factId"/> out (<see cref="IntentMatcher.RulesOut"/>),
    /// alone ("عراقيين") or as two words the lexicon reads as one that does ("Iraqi soldiers" → "iraqis"; "Iraqi" alone, as
    /// in "killed by Iraqi militias", rules nothing out).
    /// </summary>
    private bool[] RulingOut(string[] typed, string factId)
    {
        bool[] ruling = [.. typed.Select(word => matcher.RulesOut(factId, word))];
        for (var i = 0; i + 1 < typed.Length; i++)
        {
            if (!ruling[i] && !ruling[i + 1] && matcher.RulesOut(factId, typed[i] + " " + typed[i + 1]))
            {
                ruling[i] = ruling[i + 1] = true;
            }
        }

        return ruling;
    }

    /// <summary>
    /// The facts among <paramref name="result"/>'s candidates scoring at least <see cref="Router.NoFigureShare"/> of the
    /// threshold, best first: near enough to be what a claim is about, as a no-figure reply's fact is.
    /// </summary>
    private static IEnumerable<MatchCandidate> NearFacts(MatchResult result) =>
        result.Candidates.Where(candidate => candidate.Kind == MatchKind.Fact && candidate.Score >= result.Threshold * Router.NoFigureShare);

    /// <summary>The terms of a claim read without its figures (<paramref name="asking"/>) that say what it is about: no question words, no figures.</summary>
    private IEnumerable<string> ClaimWords(string asking) =>
        matcher.QueryTerms(asking).Where(term => !matcher.IsQuestionWord(term) && !ParagraphFinder.IsNumber(term));

    /// <summary>The most years a claimed year may be off the year of a near fact for that fact to be what the claim is about.</summary>
    private const int NearYears = 2;

    /// <summary>
    /// A fact among <paramref name="result"/>'s candidates (at least <see cref="Router.NoFigureShare"/> of the threshold)
    /// whose answer gives a year within <see cref="NearYears"/> of the one claimed, nearer than any year
    /// <paramref name="best"/>'s answer gives; <c>null</c> when the claim names no single year or no fact is nearer.
    /// </summary>
    private MatchCandidate? NearestYear(IEnumerable<string> claimedWords, MatchCandidate best, MatchResult result)
    {
        if (claimedWords.Select(FigureOf).ToArray() is not [{ } claimedTerm] || !ParagraphFinder.IsYear(claimedTerm))
        {
            return null;
        }

        var year = int.Parse(claimedTerm, System.Globalization.CultureInfo.InvariantCulture);
        int Distance(MatchCandidate candidate) => answerNumbers[candidate.Id].Where(ParagraphFinder.IsYear)
            .Select(given => Math.Abs(int.Parse(given, System.Globalization.CultureInfo.InvariantCulture) - year)).DefaultIfEmpty(int.MaxValue).Min();
        var nearest = NearFacts(result).MinBy(Distance);
        return nearest is not null && nearest.Id != best.Id && Distance(nearest) <= NearYears && Distance(nearest) < Distance(best) ? nearest : null;
    }

    /// <summary>
    /// Whether <paramref name="cleaned"/> puts a claim of figures alone, about nothing it names: "but I heard 3000", "no, my
    /// brother says 3000", "لا اخوي يكول 3000" (without the cue and the figures, it asks about no fact and names no place).
    /// As a follow-up it disputes the last answer.
    /// </summary>
    public bool ClaimsOnlyFigures(string cleaned)
    {
        ArgumentNullException.ThrowIfNull(cleaned);
        if (!PutsClaim(cleaned))
        {
            return false;
        }

        var typed = TypedWords(cleaned);
        var cueWords = CueWords(typed);
        var figures = typed.Select(word => FigureOf(word) is not null).ToArray();
        // "My friend says all troops will leave Erbil by September 2025" is about Erbil, though "friend" keeps it from
        // matching a fact surely. Who says it is left out: "بس مصادري بتقول 3000" (my sources) asks nothing of the sources.
        var rest = string.Join(' ', typed.Where((_, i) => !cueWords[i] && !figures[i] && !matcher.IsIntroductionWord(typed[i])));
        return figures.Contains(true) && AboutFact(rest) is null && !matcher.QueryTerms(rest).Any(matcher.IsPlace);
    }

    /// <summary>Which of the <paramref name="typed"/> words belong to a claim cue ("my brother says there are 3000 …": "says", "there", "are").</summary>
    private bool[] CueWords(List<string> typed)
    {
        var tokens = new List<string>();
        var owners = new List<int>();
        for (var i = 0; i < typed.Count; i++)
        {
            foreach (var token in WordNormalizer.Tokenize(typed[i]))
            {
                tokens.Add(token);
                owners.Add(i);
            }
        }

        var isCue = new bool[typed.Count];
        for (var start = 0; start < tokens.Count; start++)
        {
            var length = cues.Match(tokens, start, out _);
            for (var k = start; k < start + length; k++)
            {
                isCue[owners[k]] = true;
            }
        }

        return isCue;
    }

    /// <summary>
    /// Which words of a claim (<paramref name="typed"/>; neither claimed figures nor cue words) only name places: the report's
    /// own (<see cref="IntentMatcher.IsPlace"/>: "Erbil", "باربيل", "بعين الاسد") or names it never mentions ("بكركوك", "Kirkuk").
    /// </summary>
    private bool[] PlaceWords(List<string> typed, bool[] claims, bool[] cueWords)
    {
        bool Free(int i) => !claims[i] && !cueWords[i];
        bool OnlyPlaces(MatchQuery query) => query.Terms.Count > 0
            && query.Terms.All(term => matcher.IsPlace(term) || (query.OffTopic.Contains(term) && !matcher.IsFactTerm(term)));
        bool HasTerms(string word) => matcher.QueryTerms(word).Count > 0;
        bool[] places = [.. typed.Select((word, i) => Free(i) && OnlyPlaces(matcher.Analyze(word)))];

        // A name of two or three words, whose words alone name no place ("بعين الاسد", "ain al asad"): read together, as
        // one term (not two names: "Biden and Sudani").
        for (var length = 2; length <= 3; length++)
        {
            for (var i = 0; i + length <= typed.Count; i++)
            {
                var span = Enumerable.Range(i, length);
                if (span.All(Free) && !span.All(j => places[j]) && HasTerms(typed[i]) && HasTerms(typed[i + length - 1])
                    && matcher.Analyze(string.Join(' ', typed.GetRange(i, length))) is { Terms.Count: 1 } joined && OnlyPlaces(joined))
                {
                    foreach (var j in span)
                    {
                        places[j] = true;
                    }
                }
            }
        }

        return places;
    }

    /// <summary>
    /// The fact a claim naming a place is about when read without the place (<paramref name="places"/>), its figures asked:
    /// "5 American soldiers were killed in Erbil" is about the soldiers killed (¶12), which names no place. Failing that, read
    /// with Iraq in the place's stead: "الامريكان راح يسحبون 10000 جندي من كركوك" is about the troops in Iraq (¶13); failing
    /// that, with the place asked for: "عين الأسد في نينوى مو؟" is "where is Ain al-Asad?" (¶17). <c>null</c> when it names no
    /// place, or reads as no fact any way.
    /// </summary>
    private (MatchCandidate Best, MatchResult Result)? WithoutPlaces(List<string> typed, bool[] claims, bool[] cueWords, bool[] places, Language language)
    {
        if (!places.Contains(true))
        {
            return null;
        }

        string Reading(string? instead) =>
            string.Join(' ', typed.Select((word, i) => cueWords[i] ? null : places[i] ? instead : claims[i] ? Asking(word, language) : word).OfType<string>());

        return AboutFact(Reading(null)) ?? AboutFact(Reading(language == Language.Arabic ? "العراق" : "Iraq"))
            ?? AboutFact(Reading(language == Language.Arabic ? "أين" : "where"));
    }

    /// <summary>
    /// A claim with no figure that names a place or a name the report never mentions, read without it as a fact the report
    /// gives: "Is it true US forces in Iraq shot down missiles aimed at Saudi Arabia?" is about the missiles shot down on
    /// their way to Israel (¶21), and the reply says the report does not give "Saudi Arabia" for it. <c>null</c> when it
    /// names no such word, or reads as no fact without it.
    /// </summary>
    private (string FactId, IReadOnlyList<string> Unwritten, double Confidence, bool WrittenElsewhere)? NamesWhatTheReportNeverDoes(List<string> typed, bool[] claims, Language language)
    {
        var cueWords = CueWords(typed);
        var places = PlaceWords(typed, claims, cueWords);
        // "Russian troops", "القوات الروسية": whose troops, not where; such a claim is left to be refused.
        bool[] never = [.. typed.Select((word, i) => places[i] && !NamesAPlace(typed, i)
            && !(i > 0 && NamesTroops(typed[i - 1])) && !(i + 1 < typed.Count && NamesTroops(typed[i + 1])))];
        if (never.Contains(true) && SaysWhoSpoke(typed) && !AllAfterAPreposition(typed, never))
        {
            // "Did the Pentagon confirm the agreement on the record?", "مقتدى الصدر شنو كال عن الاتفاق": who spoke is a name the
            // report never mentions; without it the claim asks something else. Left to be refused.
            return null;
        }

        if (!never.Contains(true) || WithoutPlaces(typed, claims, cueWords, never, language) is not var (best, result))
        {
            return null;
        }

        // Words next to each other name one thing: "Saudi Arabia".
        var named = new List<string>();
        for (var i = 0; i < typed.Count; i++)
        {
            if (never[i])
            {
                var end = NameEnd(typed, never, i);
                named.Add(WithoutAnd(AsQuoted(string.Join(' ', typed.Skip(i).Take(end - i + 1)))));
                i = end;
            }
        }

        return (best.Id, [.. named.Distinct(StringComparer.Ordinal)], result.Confidence, true);
    }

    /// <summary>
    /// Whether a verb of saying (<see cref="SayingVerbs"/>) may have for its subject a name the claim holds: not when one of
    /// the two words before it is the asker's own circle ("ابن عمي يكول …", "my mate says …": who spoke is the cousin, and
    /// "اوكرانيا" of "… الاعلان تأجل بسبب حرب اوكرانيا" is checked as a claim).
    /// </summary>
    private bool SaysWhoSpoke(List<string> typed) =>
        Enumerable.Range(0, typed.Count).Any(i => SayingVerbs.Contains(typed[i])
            && !Enumerable.Range(Math.Max(0, i - 2), Math.Min(2, i)).Any(j => matcher.IsIntroductionWord(typed[j])));

    /// <summary>
    /// A name as quoted without the "و" (and) joined to it when that is a particle: «وبريطانيا» of "المانيا وفرنسا وبريطانيا" →
    /// «بريطانيا» (both read as the same terms); «واشنطن» keeps its first letter.
    /// </summary>
    private string WithoutAnd(string quoted) =>
        quoted.Length > 4 && quoted[0] == 'و' && matcher.QueryTerms(quoted[1..]) is { Count: > 0 } rest && rest.SequenceEqual(matcher.QueryTerms(quoted))
            ? quoted[1..]
            : quoted;

    /// <summary>Verbs of saying, as typed: with one, a name the report never mentions is most often who spoke.</summary>
    private static readonly HashSet<string> SayingVerbs = new(
        ["said", "say", "says", "saying", "confirm", "confirmed", "confirms", "announce", "announced", "announces", "stated", "claimed", "told", "deny", "denied", "denies",
         "قال", "قالت", "كال", "كالت", "گال", "گالت", "يقول", "يكول", "يگول", "صرح", "صرّح", "اكد", "أكد", "أكدت", "اكدت", "نفى", "نفت", "اعلن", "أعلن", "اعلنت", "أعلنت"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Prepositions, as typed, after which a name is a place or an agent ("aimed at Saudi Arabia", "من كركوك", "by Kataib Hezbollah").</summary>
    private static readonly HashSet<string> Prepositions = new(
        ["in", "at", "from", "to", "into", "toward", "towards", "near", "inside", "on", "over", "by", "across", "out",
         "في", "من", "الى", "إلى", "على", "عن", "داخل", "ب", "لـ", "بـ"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Whether every name of <paramref name="names"/> (runs of flagged words) comes after a preposition, "the" between them
    /// allowed, or carries one joined to it ("بكركوك", "لكركوك").
    /// </summary>
    private bool AllAfterAPreposition(List<string> typed, bool[] names)
    {
        for (var i = 0; i < typed.Count; i++)
        {
            if (!names[i] || (i > 0 && names[i - 1]))
            {
                continue;
            }

            var before = i > 0 && typed[i - 1].Equals("the", StringComparison.OrdinalIgnoreCase) ? i - 2 : i - 1;
            var joined = typed[i].Length > 3 && typed[i][0] is 'ب' or 'ل' && matcher.QueryTerms(typed[i]).SequenceEqual(matcher.QueryTerms(typed[i][1..]));
            if (!joined && (before < 0 || !Prepositions.Contains(typed[before])))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether a typed word names troops ("troops", "soldiers", "forces", "جنود", "القوات").</summary>
    private bool NamesTroops(string word) => matcher.QueryTerms(word).Any(troopTerms.Contains);

    /// <summary>Whether the answer of fact <paramref name="factId"/> names every place the claim's <paramref name="places"/> words name.</summary>
    private bool PlacesNamedBy(string factId, List<string> typed, bool[] places) =>
        Enumerable.Range(0, typed.Count).Where(i => places[i] && !InsidePlace(places, i)).Select(i => PlaceFrom(typed, places, i))
            .SelectMany(matcher.QueryTerms).All(term => matcher.IsPlace(term) && matcher.PlaceOf(term) is var place
            && answerClauses[factId].Exists(clause => clause.Places.Contains(place)));

    /// <summary>
    /// The fact <paramref name="text"/> confidently asks about, and the match; <c>null</c> when it asks none, or asks
    /// whether it came true ("the US left Iraq in when") unless <paramref name="cameTrue"/> ("the deal was announced in
    /// when": checked against the plan the report gives, when nothing else reads as a fact).
    /// </summary>
    private (MatchCandidate Best, MatchResult Result)? AboutFact(string text, bool cameTrue = false) =>
        matcher.Match(text) is { IsConfident: true, Best: { Kind: MatchKind.Fact } best } result && (cameTrue || !result.AsksBeyondReport) ? (best, result) : null;

    /// <summary>The figure or year a typed word (or figure in words, or month and year) reads as ("2,500" → "2500", "three thousand" → "3000", "September 2024" → "2024"); <c>null</c> for any other word.</summary>
    private string? FigureOf(string word) =>
        matcher.QueryTerms(word) is [var term] && ParagraphFinder.IsNumber(term) ? term
        : word.Contains(' ', StringComparison.Ordinal) && word[(word.LastIndexOf(' ') + 1)..] is var last && IsTypedYear(last) && word.Split(' ') is var parts
            && MonthWords(parts, parts.Length > 2 && IsTypedDay(parts[0]) ? 1 : 0) > 0 ? FigureOf(last)
        : null;

    /// <summary>
    /// The words of <paramref name="cleaned"/> as typed, split at spaces, with a figure written in several words kept as
    /// one ("three thousand", "ثلاث تلاف", "الفين وخمسمية"), and a month with the year after it ("September 2024",
    /// "بتشرين الاول 2026"), so it is checked, read as "when" and quoted whole: "the deal was announced in September 2024"
    /// is about the announcement, not the September of the first phase (¶2).
    /// </summary>
    private static List<string> TypedWords(string cleaned)
    {
        var typed = cleaned.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var words = new List<string>(typed.Length);
        for (var i = 0; i < typed.Length;)
        {
            var length = Math.Min(MaxFigureWords, typed.Length - i);
            while (length > 1 && !IsOneFigure(string.Join(' ', typed, i, length)))
            {
                length--;
            }

            var day = length == 1 && IsTypedDay(typed[i]) ? 1 : 0;
            if (length == 1 && MonthWords(typed, i + day) is > 0 and var month && i + day + month < typed.Length && IsTypedYear(typed[i + day + month]))
            {
                // "September 2024", and with its day, "6 September 2024".
                length = day + month + 1;
            }

            words.Add(string.Join(' ', typed, i, length));
            i += length;
        }

        return words;
    }

    /// <summary>The normalized names of the months, English and Arabic (Levantine, Iraqi and Egyptian), each as its words.</summary>
    private static readonly List<string>[] MonthNames =
    [
        .. new[]
        {
            "january", "jan", "february", "feb", "march", "april", "apr", "may", "june", "july", "august", "aug", "september", "sept", "sep",
            "october", "oct", "november", "nov", "december", "dec",
            "يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر",
        }.Concat(ReminderTexts.ArabicMonths).Select(name => WordNormalizer.Tokenize(name)),
    ];

    /// <summary>How many of the words from <paramref name="start"/> name a month ("September", "بأيلول", "تشرين الاول"); 0 for none.</summary>
    private static int MonthWords(string[] typed, int start)
    {
        foreach (var name in MonthNames)
        {
            if (start + name.Count <= typed.Length
                && Enumerable.Range(0, name.Count).All(k => WordNormalizer.Tokenize(typed[start + k]) is [var word] && (word == name[k] || (k == 0 && WithoutParticles(word) == name[k]))))
            {
                return name.Count;
            }
        }

        return 0;
    }

    /// <summary>An Arabic word without up to two one-letter particles before it that would leave a known month ("وبآذار" → "اذار").</summary>
    private static string WithoutParticles(string word)
    {
        for (var cut = 1; cut <= 2 && cut < word.Length - 1 && ArabicParticles.Contains(word[cut - 1]); cut++)
        {
            if (MonthNames.Any(name => name[0] == word[cut..]))
            {
                return word[cut..];
            }
        }

        return word;
    }

    /// <summary>Whether a typed word is a day of the month written in digits ("6", "15", "٦").</summary>
    private static bool IsTypedDay(string typed) =>
        WordNormalizer.Tokenize(typed) is [var term] && int.TryParse(term, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var day) && day is >= 1 and <= 31;

    /// <summary>Whether a word as typed is a year written in digits ("2024", "2024؟", "٢٠٢٤").</summary>
    private static bool IsTypedYear(string typed) => WordNormalizer.Tokenize(typed) is [var term] && ParagraphFinder.IsYear(term);

    /// <summary>Whether text as typed ("3,500", "خمسة آلاف", "2 weeks") writes one of <paramref name="words"/> (normalized, figures in digits: <see cref="ParagraphFinder.Unwritten"/>).</summary>
    private static bool WritesAny(string typed, IReadOnlySet<string> words) =>
        NumberWords.Read(WordNormalizer.Tokenize(typed)).Any(words.Contains);

    private static bool IsOneFigure(string text) =>
        NumberWords.Read(WordNormalizer.Tokenize(text)) is [var figure] && char.IsAsciiDigit(figure[0]);

    /// <summary>Whether word <paramref name="at"/> goes on a place's name begun by the word before it ("الاسد" of "بعين الاسد").</summary>
    private static bool InsidePlace(bool[] places, int at) => at > 0 && places[at] && places[at - 1];

    /// <summary>
    /// Whether the typed word at <paramref name="at"/> names a place the report mentions, alone or as a word of a name of two
    /// or three words ("عين" of "عين الأسد", which alone reads as no place; not "بمحافظة" of "عين الأسد بمحافظة نينوى").
    /// </summary>
    private bool NamesAPlace(List<string> typed, int at)
    {
        for (var length = 1; length <= 3; length++)
        {
            for (var start = Math.Max(0, at - length + 1); start <= at && start + length <= typed.Count; start++)
            {
                var terms = matcher.QueryTerms(string.Join(' ', typed.GetRange(start, length)));
                if (length == 1 ? terms.Any(matcher.IsPlace) : terms is [var name] && matcher.IsPlace(name))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The words of a place's name from <paramref name="start"/> on, as typed: "بعين الاسد", "Ain al-Asad", quoted as one.</summary>
    private static string PlaceFrom(List<string> typed, bool[] places, int start) =>
        string.Join(' ', typed.GetRange(start, NameEnd(typed, places, start) - start + 1));

    /// <summary>
    /// The last word of the name begun at <paramref name="start"/>: the run of flagged words (<paramref name="names"/>)
    /// from there, and "الله" after it, which reads as no word of a question but ends a name ("كتائب حزب الله").
    /// </summary>
    private static int NameEnd(List<string> typed, bool[] names, int start)
    {
        var end = start;
        while (end + 1 < typed.Count && names[end + 1])
        {
            end++;
        }

        return end + 1 < typed.Count && typed[end + 1].Trim(Punctuation) == "الله" ? end + 1 : end;
    }

    /// <summary>
    /// A claimed word as the reply quotes it: without punctuation, and without an Arabic particle joined to a month or a
    /// figure ("بشباط" → "شباط", "وبآذار" → "آذار", "ب3000" → "3000", "بـ 2024" → "2024", "بالفين وخمسطعش" → "الفين وخمسطعش").
    /// </summary>
    private string AsQuoted(string word)
    {
        var trimmed = word.Trim(Punctuation);
        for (var cut = 1; cut <= 2 && cut < trimmed.Length - 1 && ArabicParticles.Contains(trimmed[cut - 1]); cut++)
        {
            // "بـ 2024": the particle's tatweel goes with it.
            var rest = trimmed[cut..].TrimStart('\u0640', ' ');
            if (rest.Length > 0 && (char.IsAsciiDigit(rest[0]) || finder.WordsOfNames(rest).Count > 0 || IsOneFigure(rest)))
            {
                return rest;
            }
        }

        return trimmed;
    }

    /// <summary>
    /// Whether <paramref name="fact"/>'s answer gives a count: a figure other than a year ("about 2,500", "three US
    /// soldiers", "the two-year timeframe", "six months") or a fraction ("a third"). "Hundreds of troops" (¶2, ¶16),
    /// "some US troops" (¶4) and "until about the end of 2026" (¶18) give none.
    /// </summary>
    public bool GivesCount(Fact fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        return factsGivingCounts.Contains(fact.Id);
    }

    /// <summary>
    /// The fact a dispute of figures alone (<see cref="ClaimsOnlyFigures"/>) sets itself against after <paramref
    /// name="previous"/> was answered: the fact whose answer gives a figure the dispute names and <paramref name="previous"/>'s
    /// does not ("You gave 2,500 earlier, but I have read 3,000" after the soldiers killed: the troops in Iraq, ¶13); else
    /// <paramref name="previous"/> when its answer gives a count ("لا اخوي يكول 3000" after the count, ¶13; "no, I heard 5"
    /// after the three soldiers killed, ¶12); else the fact giving the count nearest in size to a disputed one of at least
    /// <see cref="MinSizedCount"/> ("انت جذاب اكو 5000" after the plan's status, which gives none: the 2,500 troops of ¶13);
    /// else <paramref name="previous"/>.
    /// </summary>
    public Fact DisputedFact(string cleaned, Fact previous)
    {
        ArgumentNullException.ThrowIfNull(cleaned);
        ArgumentNullException.ThrowIfNull(previous);
        string[] counts = [.. TypedWords(cleaned).Select(FigureOf).OfType<string>().Where(IsCount).Distinct(StringComparer.Ordinal)];
        // One figure given and another set against it: a single figure ("no, I heard 5") is the dispute, whatever else writes it.
        var naming = counts.Length < 2 || counts.Any(answerNumbers[previous.Id].Contains) ? null
            : knowledge.Facts.FirstOrDefault(fact => counts.Any(answerNumbers[fact.Id].Contains) && !counts.All(answerNumbers[fact.Id].Contains));
        if (naming is not null || GivesCount(previous))
        {
            return naming ?? previous;
        }

        // Only figures of hundreds or more are matched by size: the report's smaller ones count anything (six months, five
        // officials, three soldiers), so "my friend says 10" after the plan's status stays with it.
        counts = [.. counts.Where(claimed => double.TryParse(claimed, System.Globalization.CultureInfo.InvariantCulture, out var value) && value >= MinSizedCount)];
        if (counts.Length == 0)
        {
            return previous;
        }

        double Distance(string given, string claimed) =>
            Math.Abs(Math.Log(double.Parse(given, System.Globalization.CultureInfo.InvariantCulture) / double.Parse(claimed, System.Globalization.CultureInfo.InvariantCulture)));
        var nearest = knowledge.Facts
            .Select(fact => (Fact: fact, Distance: answerNumbers[fact.Id].Where(term => IsCount(term) && double.TryParse(term, System.Globalization.CultureInfo.InvariantCulture, out _))
                .SelectMany(given => counts.Select(claimed => Distance(given, claimed))).DefaultIfEmpty(double.MaxValue).Min()))
            .MinBy(pair => pair.Distance);
        return nearest.Distance < double.MaxValue ? nearest.Fact : previous;
    }

    /// <summary>A term that writes a count: digits first ("2500", "2 year") but not a year alone, or a fraction.</summary>
    private static bool IsCount(string term) =>
        (term.Length > 0 && char.IsAsciiDigit(term[0]) && !ParagraphFinder.IsYear(term)) || FractionTerms.Contains(term);

    /// <summary>The figures and years of <paramref name="texts"/>, as the matcher reads them ("2,500" → "2500", "three" → "3").</summary>
    private static HashSet<string> NumbersIn(IntentMatcher matcher, IEnumerable<string> texts) =>
        texts.SelectMany(text => matcher.QueryTerms(text)).Where(ParagraphFinder.IsNumber).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// Whether <paramref name="cleaned"/> puts a claim to be checked: it has one of the <see cref="Lexicon.ClaimCues"/> ("is
    /// it true", "I heard", "صحيح", "سمعت"), or one of the <see cref="Lexicon.CountClaimCues"/> and a figure ("are there
    /// 5000 US troops in Iraq?", "اكو 10000 جندي امريكي بالبصرة؟").
    /// </summary>
    public bool PutsClaim(string cleaned)
    {
        if (!cleaned.AsSpan().ContainsAny(cueText))
        {
            return false;
        }

        var words = WordNormalizer.Tokenize(cleaned);
        return HasCue(cues, words) || (HasCue(countCues, words) && TypedWords(cleaned).Exists(word => FigureOf(word) is not null));
    }

    /// <summary>Whether one of the phrases of <paramref name="map"/> starts at some word of <paramref name="words"/>.</summary>
    private static bool HasCue(PhraseMap map, List<string> words) =>
        Enumerable.Range(0, words.Count).Any(start => map.Match(words, start, out _) > 0);

    /// <summary>The question word asking for what <paramref name="word"/> claims: "how many" / "كم" for a figure, "when" / "متى" for a year (19xx, 20xx: "2500" is a figure) or a month.</summary>
    private string Asking(string word, Language language, bool asWhen = false)
    {
        var figure = !asWhen && FigureOf(word) is { } term && !ParagraphFinder.IsYear(term);
        return (figure, language) switch
        {
            (true, Language.Arabic) => "كم",
            (true, _) => "how many",
            (false, Language.Arabic) => "متى",
            _ => "when",
        };
    }
}
