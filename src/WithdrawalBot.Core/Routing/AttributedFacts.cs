using System.Buffers;
using System.Text.RegularExpressions;
using WithdrawalBot.Core.Knowledge;
using WithdrawalBot.Core.Matching;
using WithdrawalBot.Core.Text;

namespace WithdrawalBot.Core.Routing;

/// <summary>
/// Facts found through who said them (<c>attributions.json</c>): the fact a quoted phrase comes from ("who said 'we
/// have a deal'?") and another fact by the same speaker ("what else did he say?"). Immutable and thread-safe.
/// </summary>
/// <param name="knowledge">The facts and attributions.</param>
/// <param name="matcher">Matches what an utterance says beyond the intent's own words.</param>
public sealed partial class AttributedFacts(KnowledgeBase knowledge, IntentMatcher matcher)
{
    /// <summary>The fewest words a phrase must run to for its wording alone to name the fact that says it.</summary>
    private const int MinVerbatimWords = 4;

    /// <summary>The terms of the words that ask what someone said ("say", "did", "قال", "كال"), beside question words.</summary>
    private readonly HashSet<string> sayingTerms = [.. matcher.QueryTerms("say says said saying did does tell told قال يقول صرح كال گال")];

    /// <summary>The terms of the speaker's name in both languages, by the id of each fact whose first paragraph a named speaker says.</summary>
    private readonly Dictionary<string, HashSet<string>> speakerNameTerms = SpeakerNameTerms(knowledge, matcher);

    /// <summary>
    /// The places of <see cref="Lexicon.Places"/> that no attribution names in either language: Iran, Israel, Syria … say
    /// nothing in the report (Iraq's officials and Reuters do).
    /// </summary>
    private readonly HashSet<int> unquotedPlaces = UnquotedPlaces(knowledge, matcher);

    /// <summary>Each fact's answers (both languages) and quotes as normalized words, each text padded with spaces for whole-word search.</summary>
    private readonly (Fact Fact, string Text)[] spokenTexts =
    [
        .. knowledge.Facts.SelectMany(fact => new[] { fact.Answer.English, fact.Answer.Arabic }.Concat(fact.Citations.Select(c => c.Quote))
            .Select(text => (fact, " " + string.Join(' ', WordNormalizer.Tokenize(text)) + " "))),
    ];

    /// <summary>
    /// The one fact whose answer or quote has the utterance's last words, at least <see cref="MinVerbatimWords"/> of them,
    /// word for word, the longest such ending deciding: "Who is quoted as saying 'we have an agreement'?" is the senior US
    /// official (¶3), though "agreement" alone reads as the understanding (¶1–3). What is said comes last in such a
    /// question; a run in its middle ("who said that the talks with Washington had ended?": ¶11 also has "the talks with
    /// Washington") decides nothing. <c>null</c> when no ending is that long or the longest is in several facts.
    /// </summary>
    private Fact? VerbatimFact(string cleaned)
    {
        var words = WordNormalizer.Tokenize(cleaned);
        for (var length = words.Count; length >= MinVerbatimWords; length--)
        {
            var run = " " + string.Join(' ', words.GetRange(words.Count - length, length)) + " ";
            var saying = spokenTexts.Where(spoken => spoken.Text.Contains(run, StringComparison.Ordinal)).Select(spoken => spoken.Fact).Distinct().Take(2).ToArray();
            if (saying.Length > 0)
            {
                return saying is [var only] ? only : null;
            }
        }

        return null;
    }

    /// <summary>
    /// "Who said 'we have a deal'?": the fact whose answer or quote has a long run of the utterance's words word for word
    /// (<see cref="VerbatimFact"/>); else, when a "who said that?" utterance says more than the intent's own words, the
    /// fact what it says beyond them ("we have a deal") confidently matches, unless the whole utterance matches another
    /// fact better; else the fact the whole utterance confidently matches; <c>null</c> for a bare "who said that?", which asks
    /// about the previous answer, and when what is said has a word no wording uses or one the fact's wordings do not (see
    /// <see cref="SaysWhatWasSaid"/>).
    /// </summary>
    /// <param name="result">The match of the utterance, its best candidate the who-said-that intent.</param>
    /// <param name="cleaned">The utterance, cleaned for matching.</param>
    public Fact? QuotedFact(MatchResult result, string cleaned)
    {
        ArgumentNullException.ThrowIfNull(result);
        return VerbatimFact(cleaned) ?? SaidBeyond(result, cleaned);
    }

    /// <summary>
    /// The fact what a "who said that?" utterance says beyond the intent's own words confidently matches, or else the one
    /// the whole utterance does, as <see cref="QuotedFact"/> describes; <c>null</c> as it says.
    /// </summary>
    private Fact? SaidBeyond(MatchResult result, string cleaned)
    {
        var terms = matcher.QueryTerms(cleaned);
        var beyond = matcher.TermsBeyond(result.Best!, terms);
        if (beyond.Count == 0 || terms.Any(term => !matcher.IsKnown(term) && !matcher.IsQuestionWord(term)))
        {
            // A word no wording uses ("who said Iraq wants all US troops out immediately?") is nothing the report says.
            return null;
        }

        var whole = result.Candidates.FirstOrDefault(c => c.Kind == MatchKind.Fact && c.Score >= result.Threshold);
        var quoted = matcher.Match(new MatchQuery(beyond, new HashSet<string>(StringComparer.Ordinal)), beyond) switch
        {
            { IsConfident: true, Best: { Kind: MatchKind.Fact } candidate } => candidate,
            _ => null,
        };

        // "who said the talks were over?": what is said ("the talks were over", ¶8) tells more than the whole utterance,
        // whose "who … talks" reads like asking who spoke to Reuters (¶6).
        var said = quoted is not null && (whole is null || quoted.Score > whole.Score) ? quoted : whole;
        // What is said must be in that fact's own words: "who said the talks began in March?" is not ¶11 (January).
        return said is not null && matcher.TermsBeyond(said, beyond).Count == 0 && knowledge.TryGetFact(said.Id, out var fact) ? fact : null;
    }

    /// <summary>
    /// Whether a "who said that?" utterance says what was said ("who said the talks began in March?"), rather than asking
    /// about the last answer ("who said that?", "منو كالها؟"): some word of it beyond the intent's own and question words.
    /// When <see cref="QuotedFact"/> finds no fact for it, the report does not say it.
    /// </summary>
    /// <param name="result">The match of the utterance, its best candidate the who-said-that intent.</param>
    /// <param name="cleaned">The utterance, cleaned for matching.</param>
    public bool SaysWhatWasSaid(MatchResult result, string cleaned)
    {
        ArgumentNullException.ThrowIfNull(result);
        var terms = matcher.QueryTerms(cleaned);
        return matcher.TermsBeyond(result.Best!, terms).Any(term => !matcher.IsQuestionWord(term))
            || terms.Any(term => !matcher.IsKnown(term) && !matcher.IsQuestionWord(term));
    }

    /// <summary>
    /// <paramref name="result"/> with the who-said-that intent first when the utterance is not confidently anything else
    /// or opens by asking who said something ("who said the troops will stay in Erbil?", "منو كال …"), and what it says
    /// beyond the intent's own words
    /// confidently matches a fact (<see cref="QuotedFact"/>): "who said the talks were over?" reads about as much like a
    /// question the report leaves open as like asking who said what it quotes, and "who said the deal could be announced
    /// this month?" matches the fact itself better than the intent; the quoted words settle both. Otherwise
    /// <paramref name="result"/> itself.
    /// </summary>
    /// <param name="result">The match of the utterance.</param>
    /// <param name="cleaned">The utterance, cleaned for matching.</param>
    public MatchResult PreferQuoted(MatchResult result, string cleaned)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(cleaned);
        var asked = result.Candidates.FirstOrDefault(c => c is { Kind: MatchKind.Intent, Id: Router.AttributionIntent });
        var doubtful = !result.IsConfident || result.Best?.Kind == MatchKind.OutOfScope;
        // Two facts about as likely ("when will it be announced?" and the US official's "we have a deal"), which would be asked about.
        var close = result.Candidates is [{ Kind: MatchKind.Fact }, { Kind: MatchKind.Fact } second, ..] && result.Confidence - second.Score < matcher.Tuning.ClarifyMargin;
        var opensAsking = AsksWhoSaid().IsMatch(cleaned);
        if (result.Best == asked || !(opensAsking || (doubtful && asked is not null && asked.Score >= result.Threshold)))
        {
            return result;
        }

        // "Who said the deal could be announced this month?" opens by asking who said it, however well its words match the fact itself.
        var intent = asked is not null && asked.Score >= result.Threshold ? asked : new MatchCandidate(MatchKind.Intent, Router.AttributionIntent, result.Threshold);
        var attribution = result with { Candidates = [intent, .. result.Candidates.Where(c => c != asked)] };
        var verbatim = VerbatimFact(cleaned);
        var said = verbatim ?? SaidBeyond(attribution, cleaned);
        // Confidently one fact, and not torn between two: what is said must be that fact ("Who said 'we have a deal'?" is
        // the senior US official's words, ¶3, though "deal" alone reads as the understanding, ¶1), unless the words are
        // another fact's word for word.
        var settled = verbatim is null && !doubtful && !close && result.Best is { Kind: MatchKind.Fact } best && said?.Id != best.Id;
        return said is null || settled ? result : attribution;
    }

    /// <summary>A message that opens by asking who said something: "who said …", "according to whom …", "منو كال …", "من قال …".</summary>
    [GeneratedRegex(
        @"^\s*(?:who\s+(?:said|says|told|stated|claimed)|according\s+to\s+whom|(?:منو|مين|من)\s+(?:قال|كال|گال|الذي\s+قال|اللي\s+قال|اللي\s+كال|اللي\s+گال|صرح|أكد|اكد))\s+\S",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex AsksWhoSaid();

    /// <summary>
    /// "What else did he say?" after <paramref name="earlier"/>: another fact citing a paragraph that the report
    /// attributes to the same named speaker (the part of the English attribution before its first comma, when it
    /// starts with a capital: "Farhad Alaa al-Din", "US officials"): one whose answer names the speaker first (their own
    /// words, not the paragraph's background), then the one what the utterance says beyond the intent's words matches best
    /// ("about ISIS"), then one citing a paragraph <paramref name="earlier"/> does not (and the fewest it
    /// does: "وما الذي أضافه؟" after ¶8 is ¶9, not ¶8 and ¶14), then one <paramref name="earlier"/> suggests next, then the
    /// earliest in the article; <c>null</c> when the speaker is
    /// unnamed ("the report itself"), says nothing else, or those extra words point at another speaker's fact.
    /// </summary>
    /// <param name="earlier">The fact answered last.</param>
    /// <param name="result">The match of the utterance, its best candidate the what-else-said intent.</param>
    /// <param name="cleaned">The utterance, cleaned for matching.</param>
    public Fact? SameSpeaker(Fact earlier, MatchResult result, string cleaned)
    {
        ArgumentNullException.ThrowIfNull(earlier);
        ArgumentNullException.ThrowIfNull(result);
        if (Speaker(knowledge, earlier.Citations[0].Paragraph) is not { } speaker)
        {
            return null;
        }

        var seen = earlier.Citations.Select(c => c.Paragraph).ToHashSet();
        var others = knowledge.Facts
            .Where(f => f.Id != earlier.Id && f.Citations.Any(c => knowledge.SaidBy(c.Paragraph)?.English.Contains(speaker, StringComparison.Ordinal) == true))
            .ToArray();
        if (others.Length == 0)
        {
            return null;
        }

        var beyond = matcher.TermsBeyond(result.Best!, matcher.QueryTerms(cleaned));
        var about = beyond.Count == 0 ? [] : matcher.Match(new MatchQuery(beyond, new HashSet<string>(StringComparer.Ordinal)), beyond).Candidates;
        if (about.Count > 0 && about[0].Kind == MatchKind.Fact && !others.Any(f => f.Id == about[0].Id))
        {
            return null; // "and what did the coalition say?": about someone else
        }

        // His own words before the paragraph's background: "what did he say about ISIS?" after Farhad Alaa al-Din is that Iraq
        // can handle any remaining threat (¶14), not ISIS's defeat, which ¶14 tells as background.
        var surname = speaker.Split(' ')[^1];
        return others
            .OrderByDescending(f => f.Answer.English.Contains(surname, StringComparison.Ordinal))
            .ThenByDescending(f => about.FirstOrDefault(c => c.Kind == MatchKind.Fact && c.Id == f.Id)?.Score ?? 0)
            .ThenByDescending(f => f.Citations.Any(c => !seen.Contains(c.Paragraph)))
            .ThenBy(f => f.Citations.Count(c => seen.Contains(c.Paragraph)))
            .ThenByDescending(f => earlier.Related.Contains(f.Id))
            .ThenBy(f => f.Citations.Min(c => c.Paragraph))
            .First();
    }

    /// <summary>
    /// Everything the report has the speaker of <paramref name="earlier"/> say, once each and in the article's order: one
    /// fact per statement, among <paramref name="earlier"/> and every other fact whose answer names that speaker ("I need
    /// all his quotes" after Farhad Alaa al-Din: the talks were over, ¶8; a new level of relations, ¶9; Iraq can handle any
    /// remaining threat, ¶14). A fact whose main quote is a statement already given (who he is, ¶8 and ¶14) is left out.
    /// Empty when the speaker is unnamed or says nothing else.
    /// </summary>
    /// <param name="earlier">The fact answered last.</param>
    public IReadOnlyList<Fact> AllSaidBy(Fact earlier)
    {
        ArgumentNullException.ThrowIfNull(earlier);
        if (Speaker(knowledge, earlier.Citations[0].Paragraph) is not { } speaker)
        {
            return [];
        }

        var surname = speaker.Split(' ')[^1];
        var said = knowledge.Facts
            .Where(f => f.Id == earlier.Id || (f.Answer.English.Contains(surname, StringComparison.Ordinal)
                && f.Citations.Any(c => knowledge.SaidBy(c.Paragraph)?.English.Contains(speaker, StringComparison.Ordinal) == true)));
        // The fact of one statement before one that also quotes others; each statement (a main quote's paragraph) once.
        Fact[] all = [.. said.OrderBy(f => f.Citations.Count).ThenBy(f => f.Citations[0].Paragraph)
            .DistinctBy(f => f.Citations[0].Paragraph)
            .OrderBy(f => f.Citations[0].Paragraph)];
        return all.Length > 1 ? all : [];
    }

    /// <summary>
    /// Whether <paramref name="cleaned"/> asks only what the named speaker of <paramref name="fact"/> said: his name, and
    /// nothing beyond words that ask what someone said and question words ("what did Farhad Alaa al-Din say?", "ايش قال
    /// فرهاد علاء الدين"), not about what ("what did Farhad say about the talks?" is ¶8 alone).
    /// </summary>
    public bool AsksOnlyWhatSpeakerSaid(Fact fact, string cleaned)
    {
        ArgumentNullException.ThrowIfNull(fact);
        if (!speakerNameTerms.TryGetValue(fact.Id, out var name))
        {
            return false;
        }

        var terms = matcher.QueryTerms(cleaned);
        return terms.Any(name.Contains) && terms.Any(sayingTerms.Contains)
            && terms.All(term => name.Contains(term) || sayingTerms.Contains(term) || matcher.IsQuestionWord(term));
    }

    /// <summary>
    /// Whether <paramref name="cleaned"/> asks for all a speaker said: "I need all his quotes", "everything he said", "all
    /// his statements", "كل تصريحاته", "كل ما قاله", "شنو كل اللي گاله".
    /// </summary>
    public static bool AsksAllSaid(string cleaned) => AllSaid().IsMatch(cleaned);

    [GeneratedRegex(
        @"\ball\s+(?:of\s+)?(?:his|her|their|the)\s+(?:quotes|statements|words|comments|remarks)\b|\beverything\s+(?:he|she|they)\s+(?:said|says|has\s+said)\b|\ball\s+(?:that\s+)?(?:he|she|they)\s+said\b"
        + @"|كل\s+(?:تصريحاته|تصريحاتها|تصريحاتهم|كلامه|كلامها|اقواله|أقواله)|كل\s+(?:ما|اللي|الي)\s+(?:قاله|قالته|قالوه|گاله|كاله)",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex AllSaid();

    /// <summary>
    /// Whether <paramref name="cleaned"/> asks only what a party the report quotes nowhere said: "What did Iran say?",
    /// "what did Israel say", "شنو كالت ايران؟" (its words a place no attribution names, words asking what someone said,
    /// and question words). The report has no statement of theirs to give, and the paragraph nearest the name (¶21's
    /// missiles toward Israel) is no answer.
    /// </summary>
    public bool AsksWhatAnUnquotedPartySaid(string cleaned)
    {
        ArgumentNullException.ThrowIfNull(cleaned);
        if (cleaned.AsSpan().IndexOfAny(SayingText) < 0)
        {
            // Every message routed is checked: most ask nothing of what someone said, which a search of the text tells.
            return false;
        }

        var terms = matcher.QueryTerms(cleaned);
        return terms.Any(sayingTerms.Contains) && terms.Any(IsUnquotedPlace)
            && terms.All(term => sayingTerms.Contains(term) || matcher.IsQuestionWord(term) || IsUnquotedPlace(term))
            && !NamesTopic(WordNormalizer.Tokenize(cleaned));
    }

    /// <summary>What the words of <see cref="sayingTerms"/> are written with, in either language ("said", "شكال", "شگالت", "يكول").</summary>
    private static readonly SearchValues<string> SayingText = SearchValues.Create(
        ["say", "said", "did", "does", "tell", "told", "قال", "كال", "گال", "قول", "كول", "گول", "صرح", "صرّح"], StringComparison.OrdinalIgnoreCase);

    /// <summary>Words, normalized, after which a name is what is spoken about, not who speaks: "about", "عن", "in".</summary>
    private static readonly HashSet<string> AboutWords = new(["about", "on", "regarding", "of", "in", "عن", "وعن", "حول", "وحول", "بخصوص", "في", "وفي"], StringComparer.Ordinal);

    /// <summary>
    /// Whether a place is named as what is spoken about: after <see cref="AboutWords"/>, or with عن or ب joined to it ("وعن
    /// داعش شگال؟" after Farhad Alaa al-Din asks what he said about ISIS; "وبسوريا؟").
    /// </summary>
    private bool NamesTopic(List<string> words) =>
        Enumerable.Range(0, words.Count).Any(i => matcher.QueryTerms(words[i]).Any(IsUnquotedPlace)
            && ((i > 0 && AboutWords.Contains(words[i - 1])) || words[i].StartsWith("عن", StringComparison.Ordinal) || words[i].StartsWith("وعن", StringComparison.Ordinal)
                || words[i].StartsWith('ب') || words[i].StartsWith("وب", StringComparison.Ordinal)));

    /// <summary>Whether the term names one of the places no attribution names (<see cref="unquotedPlaces"/>).</summary>
    private bool IsUnquotedPlace(string term) => matcher.PlaceOf(term) is >= 0 and var place && unquotedPlaces.Contains(place);

    /// <summary>The places of <see cref="Lexicon.Places"/> (<see cref="IntentMatcher.PlaceOf"/> indexes) whose names no attribution's words read as, in either language.</summary>
    private static HashSet<int> UnquotedPlaces(KnowledgeBase knowledge, IntentMatcher matcher)
    {
        var quoted = Enumerable.Range(1, knowledge.Article.ParagraphCount).Select(knowledge.SaidBy).OfType<LocalizedText>()
            .SelectMany(saidBy => matcher.QueryTerms(saidBy.English).Concat(matcher.QueryTerms(saidBy.Arabic)))
            .Select(matcher.PlaceOf).Where(place => place >= 0).ToHashSet();
        return [.. Enumerable.Range(0, knowledge.Lexicon.Places.Count).Where(place => !quoted.Contains(place))];
    }

    /// <summary>The terms of each named speaker's name (English and Arabic), by the id of each fact whose first paragraph that speaker says.</summary>
    private static Dictionary<string, HashSet<string>> SpeakerNameTerms(KnowledgeBase knowledge, IntentMatcher matcher)
    {
        var names = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var fact in knowledge.Facts)
        {
            var paragraph = fact.Citations[0].Paragraph;
            if (Speaker(knowledge, paragraph) is { } speaker && knowledge.SaidBy(paragraph) is { } saidBy)
            {
                names[fact.Id] = [.. matcher.QueryTerms(speaker), .. matcher.QueryTerms(saidBy.Arabic.Split('،', ',')[0])];
            }
        }

        return names;
    }

    /// <summary>The named speaker of a paragraph: its English attribution up to the first comma, when capitalised ("Farhad Alaa al-Din"); else <c>null</c>.</summary>
    private static string? Speaker(KnowledgeBase knowledge, int paragraph)
    {
        var saidBy = knowledge.SaidBy(paragraph)?.English;
        var name = saidBy?.Split(',')[0].Trim();
        return name is { Length: > 0 } && char.IsUpper(name[0]) ? name : null;
    }
}
