using System.Buffers;
using System.Collections.Frozen;
using WithdrawalBot.Core.Knowledge;
using WithdrawalBot.Core.Matching;
using WithdrawalBot.Core.Text;

namespace WithdrawalBot.Core.Conversation;

/// <summary>
/// Reads short follow-ups ("and Erbil?", "why?", "who said that?", "وأربيل؟", "ليش؟", "منو كالها؟") in the
/// context of the user's last answered question: an utterance with at most <see cref="MaxFollowUpTerms"/>
/// specific terms (generic ones such as "what", "did", "when" do not count) is matched together with that question
/// (its own terms counting three times), among the facts and intents that share one of its specific terms. A
/// question answered confidently on its own stands alone unless it is a fragment of at most
/// <see cref="MaxFragmentWords"/> words ("why?", "and in Syria?", "where is that?"), so a complete question ("when do
/// US troops leave Iraq?" after one on Syria) is never bent towards the earlier topic; a fragment takes the reading
/// in context when that is confident and at least as strong. Longer questions, and sure small talk, stand alone.
/// In context, a follow-up that asks its own question word drops the earlier question's ("why?" after "when …?"),
/// words no wording uses that do not look like names are left out ("why the difference?"), and the facts the earlier
/// answer suggests next weigh <see cref="RelatedWeight"/> times more. An utterance that alone matches a wording almost
/// word for word ("and Erbil?") is remembered alone, so older turns do not crowd the next follow-up's context.
/// "And now?" / "وهسه؟" asks the earlier question about today. A message whose question comes after an introduction
/// that uses no fact's terms ("I live in Basra. How many US troops are in Iraq?") is read from the question alone when
/// the whole is not understood. A short question naming a new place is read alone rather than repeat the earlier answer
/// (<see cref="AsksAnew"/>), and a bare "why?" in context must land near the earlier answer, or the report does not say
/// (<see cref="AsksWhatTheReportDoesNotSay"/>).
/// </summary>
public sealed class FollowUpMatcher(IntentMatcher matcher, KnowledgeBase knowledge)
{
    /// <summary>Utterances with this many specific terms or fewer are read as follow-ups when there is context.</summary>
    public const int MaxFollowUpTerms = 2;

    /// <summary>Utterances of this many words or fewer ("and in Syria?") are fragments: read in context even when they match alone.</summary>
    public const int MaxFragmentWords = 3;

    /// <summary>How many times a follow-up's own terms count next to the earlier question's.</summary>
    public const int OwnTermsWeight = 3;

    /// <summary>
    /// How much more a fact the earlier answer suggests next (<see cref="Fact.Related"/>) counts in context: "when will
    /// they announce it?" after why the announcement was delayed asks for the date, not the delay again.
    /// </summary>
    public const double RelatedWeight = 1.25;

    /// <summary>Words for "there" that point at the place of the last question.</summary>
    private static readonly FrozenSet<string> ThereWords = FrozenSet.Create(StringComparer.Ordinal, "there", "هناك", "هنالك", "اهناك");

    /// <summary>How many words the question at the end of a longer message needs to be read on its own.</summary>
    public const int MinQuestionWords = 3;

    private static readonly SearchValues<char> ClauseMarks = SearchValues.Create(".!,،:;؛—–");

    /// <summary>What separates words for <see cref="RefersBack"/>.</summary>
    private static readonly SearchValues<char> WordBreaks = SearchValues.Create(" \t\n?!.,;:\"'()؟،");

    /// <summary>Words that point back at what was just said: English pronouns ("will he be home for Christmas?" after Erbil), and Arabic prepositions with "them" joined ("بيهم", "منهم").</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> BackReferences =
        FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "they", "them", "it", "its", "that", "this", "those", "these", "there", "he", "him", "his", "she", "her", "بيهم", "منهم", "فيهم", "بينهم").GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>"is", "was" … and the pronoun after them, of a claim's tag: "… is that right?", "is it true that …".</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TagVerbs =
        FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "is", "isn't", "isnt", "was", "wasn't", "wasnt").GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TagPronouns =
        FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "that", "it", "this").GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Words after which "is that …" / "is it …" puts a claim to be checked rather than pointing back ("is that right?", "is it true that …").</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CheckWords =
        FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "right", "true", "correct", "accurate", "so", "real", "legit").GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Nouns after which "this" names a time or the report itself rather than pointing back ("this month", "this year", "the date of this report").</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> StandingNouns =
        FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "month", "year", "week", "time", "summer", "autumn", "fall", "spring", "winter", "report", "article", "story", "news", "piece").GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Verbs after which "that" opens what was said rather than pointing back ("who said that the talks had ended?").</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SayingVerbs =
        FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "said", "say", "says", "saying", "claimed", "claims", "reported", "announced", "stated", "told").GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Second-person words, normalized: a message with one speaks to the bot ("what can you do?", "انت منو؟").</summary>
    private static readonly FrozenSet<string> SecondPerson = FrozenSet.Create(
        StringComparer.Ordinal, "you", "u", "your", "ur", "yours", "yourself", "انت", "انتي", "انته", "اسمك", "عندك", "تكدر", "تقدر", "تستطيع", "سواك", "صنعك", "نفسك");

    /// <summary>The names of the intents that are themselves follow-ups (<see cref="Intent.FollowUp"/>), read once.</summary>
    private readonly FrozenSet<string> followUpIntents = knowledge.Intents.Where(intent => intent.FollowUp).Select(intent => intent.Name).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>An intent this sure ("thanks", "hi") wins over any reading in context.</summary>
    public const double IntentOverContext = 0.75;

    /// <summary>How close (a share of the best fact's score) an out-of-scope reading in context must come for a place the fact's answer never names to make the follow-up a question of its own.</summary>
    public const double OutOfScopeShare = 0.9;

    /// <summary>The intent of thanks and goodbyes ("thank you, good night"), which a message asking nothing is read as whole.</summary>
    private const string ThanksIntent = "thanks";

    /// <summary>The matcher underneath.</summary>
    public IntentMatcher Matcher => matcher;

    /// <summary>Matches <paramref name="text"/>, in the context of <paramref name="previous"/> when it is a short follow-up.</summary>
    public FollowUpMatch Match(string text, ConversationTurn? previous)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (previous is not null && ThereIs(text, previous) is var (there, place))
        {
            // "وكم عدد الجنود هناك؟" after when troops leave Erbil: "there" is Erbil, so the count is asked of Erbil (the
            // report gives none), not of Iraq (trial 63: the 2,500 of ¶13 read as Erbil's).
            var at = text.IndexOf(there, StringComparison.OrdinalIgnoreCase);
            text = at < 0 ? $"{text} {place}" : text.Insert(at + there.Length, " " + place);
        }

        var query = matcher.Analyze(text);
        var alone = matcher.Match(query);
        if (!alone.IsConfident && !alone.AsksBeyondReport && QuestionAtTheEnd(text) is var (before, asked) && (SaysNothingAsked(before) || matcher.IsIntroduction(before)))
        {
            // "I live in Basra. How many US troops are in Iraq?", "انا من البصرة، كم جندي امريكي بالعراق؟", "I'm a journalist
            // based in Erbil. Is the deal final?": what is said before the question sank it; the question alone is read
            // when it is confidently about a fact.
            var askedQuery = matcher.Analyze(asked);
            if (matcher.Match(askedQuery) is { IsConfident: true, Best.Kind: MatchKind.Fact } askedAlone)
            {
                (query, alone) = (askedQuery, askedAlone);
            }
        }

        if (query.Terms.Any(matcher.IsCourtesy)
            && !(alone is { IsConfident: true, Best: { Kind: MatchKind.Intent, Id: ThanksIntent } } && !query.Terms.Any(matcher.IsQuestionWord) && !text.AsSpan().ContainsAny('?', '؟'))
            && query.Terms.Where(term => !matcher.IsCourtesy(term)).ToArray() is { Length: > 0 } rest
            && (previous is not null || (rest is [var onlyPlace] && matcher.IsPlace(onlyPlace) && text.AsSpan().ContainsAny('?', '؟')))
            && !(rest.All(matcher.IsQuestionWord) && text.AsSpan().IndexOfAny('?', '؟') < 0 && !OpensAsContinuation(text)))
        {
            // "زين وبسوريا؟", "ok and why?", "ok and in Syria?", "زين وبعدين": the courtesy word acknowledges the answer; the
            // rest is the follow-up. Not "مشكور، باي": "باي" reads as "في اي" (in which), but nothing is asked; nor "thank
            // you, good night", which reads whole as a goodbye ("good night" alone read as "who are you?"). With nothing
            // asked before, only a place asked ("زين واربيل؟" after a refusal, trial 65: a 👍 and nothing else).
            query = query with { Terms = rest, WordCount = Math.Max(1, query.WordCount - (query.Terms.Count - rest.Length)) };
            alone = matcher.Match(query);
        }

        var negatesPlace = false;
        if (previous is not null && WithoutNegatedPlace(text, query, previous) is { } righted)
        {
            // "مو اربيل، عين الاسد" after when troops leave Erbil: a correction, asked of Ain al-Asad with Erbil left out.
            (query, negatesPlace) = (righted, true);
            alone = matcher.Match(query);
        }

        var terms = query.Terms;
        // Words only intents use ("شلون يعني" of "شلون يعني ضد ايران؟", "how so") say how it is asked, not what about.
        var specific = terms.Where(term => !matcher.IsGeneric(term) && !(matcher.IsKnown(term) && !matcher.IsFactTerm(term))).ToArray();
        // A whole question the report does not answer ("ليش يطلعون من عين الاسد؟", like an out-of-scope example) stands alone too.
        // Question words alone ("by whom?", "when?") are read in context first, even when an intent takes them ("who are you?").
        // "By whom?", "اين؟": question words alone are the earlier question's, even when another intent takes them alone
        // ("who are you?" is the bot's own when it says "you"; "and after that?" is a follow-up intent of its own).
        // Not a goodbye that reads as one ("باي", read as "في اي", which): asking nothing, it is no question about the answer.
        var onlyQuestionWords = previous is not null && terms.All(matcher.IsQuestionWord) && !IsFollowUpIntent(alone.Best) && !AddressesTheBot(text)
            && !(alone is { IsConfident: true, Best: { Kind: MatchKind.Intent, Id: ThanksIntent } } && !text.AsSpan().ContainsAny('?', '؟'));
        var complete = alone.Best is { Kind: MatchKind.Intent } ? alone.Confidence >= IntentOverContext && (!(alone.IsVague && previous is not null) || AddressesTheBot(text)) && !onlyQuestionWords
            : alone.Best is { Kind: MatchKind.OutOfScope } && alone.Confidence >= alone.Threshold ? WordNormalizer.Tokenize(text).Count > MaxFragmentWords
            : alone.IsConfident && query.WordCount > MaxFragmentWords && !RefersBack(text);
        // "هسه شكد؟" / "and now how many?" after the count in Iraq: the same question about today, not another count (after
        // the 2003 invasion it asks something else). "صارت؟" / "did they happen?" after the elections' date asks whether
        // that milestone came about, not what "happen" alone matches; "وخلصت؟" after the talks asks whether they ended (¶8).
        if (previous is not null && (terms.Count == 0 || (terms.All(query.StatusTerms.Contains) && IsMilestone(previous.FactId)) || (query.AnswerKinds != 0 && terms.All(matcher.IsQuestionWord) && matcher.IsAskedFor(previous.FactId, query.AnswerKinds)))
            && (query.AsksAboutNow || query.AsksCurrentStatus))
        {
            return AboutNow(query, previous) is { } now ? now : new FollowUpMatch(alone, text, UsedContext: false);
        }

        // "السليمانية متى يطلعون" after Erbil names a place the report never does: not read as the earlier question; nor
        // "What happened in 2020?" after 2019 (¶14), a year it never writes.
        if (previous is null || terms.Count == 0 || specific.Length > MaxFollowUpTerms || complete || matcher.NamesOffTopic(query)
            || terms.Any(term => ParagraphFinder.IsYear(term) && !matcher.IsFactTerm(term)))
        {
            return new FollowUpMatch(alone, text, UsedContext: false);
        }

        var corrects = negatesPlace || Corrects(text);
        var context = Context(previous.Question, query, corrects);
        var combined = FavourRelated(matcher.Match(context.Then(Understood(query), times: OwnTermsWeight), required: Required(terms, specific)), previous);
        if (((combined.IsConfident && AsksWhatTheReportDoesNotSay(context, query, combined, previous) && !IsNear(combined.Best, previous))
                || (!combined.IsConfident && alone.IsVague && terms.All(matcher.IsQuestionWord))
                || (onlyQuestionWords && combined.Best?.Id != previous.FactId && !LeadsOnTo(previous, combined.Best)))
            && knowledge.TryGetFact(previous.FactId, out var earlier))
        {
            // "وإلى متى؟" after "أين ستبقى قوات التحالف بعد أيلول 2025؟" (answered: Erbil, until the end of 2026): the
            // asker's "September 2025" would take "until when?" to Ain al-Asad; read with the answer's wording it stays in Erbil.
            // "وين راح يبقون الامريكان؟" (answered: Erbil) then "وليش؟": read with the answer's own wording, "why?" reaches
            // why they stay in Erbil (¶18), where the asker's words ("why do the Americans stay?") reached ¶20; and
            // "السوداني شنو يطلعله من هالاتفاق؟" then "ليش؟" reaches why the deal is a win for him, which the asker's
            // unknown "يطلعله" left unsure.
            var answered = Context(earlier.Questions.For(previous.Language)[0], query);
            var again = FavourRelated(matcher.Match(answered.Then(Understood(query), times: OwnTermsWeight), required: Required(terms, specific)), previous);
            if (again.IsConfident && IsNear(again.Best, previous))
            {
                (context, combined) = (answered, again);
            }
        }

        if (corrects && !combined.IsConfident)
        {
            // "no, I meant Syria" after when troops leave Erbil: the question about Syria, which the report does not answer.
            return new FollowUpMatch(combined, text + " " + previous.Question, UsedContext: true);
        }

        // "are they done now?" after who started the talks: "they" are the talks, though "done" alone reads as the deal being
        // final; not over an intent's own words ("and after that?").
        // "when do they leave Baghdad?" after when troops leave Iraq: "they" are the troops, but a whole question naming a
        // place the earlier one did not is asked anew (¶17), not bent towards the plan that names Baghdad as a capital.
        var leansBack = RefersBack(text) && !(alone.Best is { Kind: MatchKind.Intent } && alone.Confidence >= matcher.Tuning.SameWordingScore)
            && !(alone is { IsConfident: true, Best.Kind: MatchKind.Fact } && query.WordCount > MaxFragmentWords && NamesNewPlace(query, matcher.Analyze(previous.Question).Terms));
        if (!combined.IsConfident || NamesWhatItsAnswerDoesNot(terms, combined) || (!corrects && ((alone.IsConfident && combined.Confidence < alone.Confidence && !leansBack && !onlyQuestionWords && !StaysOnTopic(text, terms, combined, previous)) || AsksAnew(text, query, alone, combined, previous)))
            || AsksWhatTheReportDoesNotSay(context, query, combined, previous) || ContextUndecided(alone, combined))
        {
            return new FollowUpMatch(alone, text, UsedContext: false);
        }

        // Understood alone as in context ("and Erbil?" after Ain al-Asad): the utterance alone is the context of the next turn.
        var same = alone.Confidence >= matcher.Tuning.SameWordingScore && alone.Best?.Id == combined.Best?.Id;
        var earlierQuestion = corrects && NamesNewPlace(query, matcher.Analyze(previous.Question).Terms) ? WithoutPlaces(previous.Question) : previous.Question;
        return new FollowUpMatch(combined, same ? text : text + " " + earlierQuestion, UsedContext: true);
    }

    /// <summary>
    /// Whether a short utterance is a new question rather than a follow-up, though the reading in context would give the
    /// earlier answer again, and alone it confidently asks about another fact: one the earlier answer leads on to
    /// (<see cref="Fact.Next"/>, <see cref="Fact.Related"/>) asked about with no word the earlier question did not use
    /// ("so when might it be announced?" after why the announcement was postponed: ¶7, not ¶5 again) or in a wording of
    /// its own ("is that confirmed?" after the deal was reached: not final yet, ¶2), or, when it does
    /// not open as a continuation ("and …", "what about …", "و…"), one naming a place the earlier question did not.
    /// "شكد جندي بالعراق؟" after how many soldiers were killed asks how many are in Iraq; "وبسوريا؟" after how much
    /// territory ISIS held stays in context.
    /// </summary>
    private bool AsksAnew(string text, MatchQuery query, MatchResult alone, MatchResult combined, ConversationTurn previous)
    {
        if (alone is not { IsConfident: true, Best: { Kind: MatchKind.Fact } own } || own.Id == previous.FactId)
        {
            return false;
        }

        var leadsOn = knowledge.TryGetFact(previous.FactId, out var answered) && (answered.Next == own.Id || answered.Related.Contains(own.Id));
        if (leadsOn && own.Score >= matcher.Tuning.SameWordingScore)
        {
            // "is that final?" after when troops leave Erbil: a wording of the fact the answer leads on to (¶2, not final
            // yet), whatever the two read as together ("final" with Erbil's question reads as the last troops leaving).
            return true;
        }

        string[] named = [.. query.Terms.Where(term => !matcher.IsQuestionWord(term))];
        if (combined.Best is { Kind: MatchKind.Fact } read && read.Id != previous.FactId
            && named.Length > 0 && named.All(matcher.IsPlace) && !named.All(matcher.AnswerTerms(read.Id).Contains) && named.All(matcher.AnswerTerms(own.Id).Contains)
            && matcher.Analyze(previous.Question).Terms is var asked && !named.Any(asked.Contains))
        {
            // "وبغداد؟" after why troops stay in Erbil: read with "why … Erbil" it reached when they leave Erbil, whose
            // answer never names Baghdad; alone it is the fact that does (¶17).
            return true;
        }

        if (query.AnswerKinds != 0 && combined.Best is { Kind: MatchKind.Fact } unasked && !matcher.IsAskedFor(unasked.Id, query.AnswerKinds)
            && matcher.IsAskedFor(own.Id, query.AnswerKinds))
        {
            // "شكد troops بسوريا؟" after when troops leave Erbil: read with it, why they stay in Erbil (¶18), which no one
            // asks "how many" of; alone, the 900 in Syria (¶13), which is what it asks.
            return true;
        }

        if (combined.Best?.Id != previous.FactId)
        {
            return false;
        }

        var earlier = matcher.Analyze(previous.Question).Terms;
        if (leadsOn && named.Length > 0 && named.All(earlier.Contains))
        {
            // "وشوكت يعلنوه؟", "so when might it be announced?" after why the announcement was postponed (¶5): another
            // question about the same thing, which the earlier answer would not answer again; the fact it leads on to
            // (¶7, this month) does.
            return true;
        }

        // "بسوريا؟" after when ISIS was defeated: the answer named Syria (¶14), so it asks about that, not anew.
        return !OpensAsContinuation(text) && NamesNewPlace(query, earlier) && !NamesOnlyAnswered(query, previous.FactId);
    }

    /// <summary>
    /// Whether the reading in context barely prefers another fact to the one the utterance confidently reads as alone (by
    /// less than <see cref="MatchTuning.ClarifyMargin"/>): "الاعلان شوكت يصير" after who said "we have a deal" reads in
    /// context as much as the plan not being final (¶2, ¶3) as when the deal would be announced (¶7), which it asks alone.
    /// </summary>
    private bool ContextUndecided(MatchResult alone, MatchResult combined) =>
        alone is { IsConfident: true, Best: { Kind: MatchKind.Fact } own } && combined.Best is { Kind: MatchKind.Fact } read && read.Id != own.Id
        && combined.Candidates.FirstOrDefault(c => c.Kind == MatchKind.Fact && c.Id == own.Id) is { } same
        && read.Score - same.Score < matcher.Tuning.ClarifyMargin;

    /// <summary>Whether every place <paramref name="query"/> names is one the answer of <paramref name="factId"/> names too.</summary>
    private bool NamesOnlyAnswered(MatchQuery query, string factId) =>
        query.Terms.Where(matcher.IsPlace) is var places && places.Any() && places.All(matcher.AnswerTerms(factId).Contains);

    /// <summary>
    /// Whether a continuation naming only places ("and in Syria?" after when ISIS was defeated in Iraq) keeps to the fact
    /// just answered, which the reading in context gives and whose answer itself names those places (¶14 tells of Syria
    /// too): the same question about the other place, not the question the place alone would be (the 900 troops there).
    /// </summary>
    private bool StaysOnTopic(string text, IReadOnlyList<string> terms, MatchResult combined, ConversationTurn previous)
    {
        string[] named = [.. terms.Where(term => !matcher.IsQuestionWord(term))];
        return combined.Best is { Kind: MatchKind.Fact } best && best.Id == previous.FactId
            && named.Length > 0 && named.All(matcher.IsPlace) && OpensAsContinuation(text)
            && named.All(matcher.AnswerTerms(best.Id).Contains);
    }

    /// <summary>
    /// <paramref name="question"/> without the words that name places, as the context a correction naming another place
    /// leaves ("شوكت يطلعون من" of "شوكت يطلعون من اربيل" after "لا قصدي عين الاسد"): read again later ("صدك؟", "are they
    /// gone now?"), it is the corrected question, not the place it replaced.
    /// </summary>
    private string WithoutPlaces(string question) =>
        string.Join(' ', WordNormalizer.Tokenize(question).Where(word => !matcher.QueryTerms(word).Any(matcher.IsPlace)));

    /// <summary>Whether fact <paramref name="factId"/> tells of a milestone of the plan: "صارت؟" / "did they happen?" after it asks whether it came about.</summary>
    private bool IsMilestone(string factId) => knowledge.TryGetFact(factId, out var fact) && fact.MilestoneId is not null;

    /// <summary>
    /// Whether the reading in context is as much a question the report does not answer (its out-of-scope candidate scores at
    /// least <see cref="OutOfScopeShare"/> of the best) and its best fact's answer never names a place (not a year) the
    /// follow-up names: "وشوكت يطلعون من سوريا؟" after the 900 troops in Syria read with it as when the rest leave Iraq
    /// (¶2, ¶18), which says nothing of leaving Syria.
    /// </summary>
    private bool NamesWhatItsAnswerDoesNot(IReadOnlyList<string> terms, MatchResult combined) =>
        combined.Best is { Kind: MatchKind.Fact } read
        && combined.Candidates.Any(c => c.Kind == MatchKind.OutOfScope && c.Score >= read.Score * OutOfScopeShare)
        && terms.Any(term => matcher.IsPlace(term) && !ParagraphFinder.IsNumber(term) && !matcher.AnswerTerms(read.Id).Contains(term));

    /// <summary>Whether <paramref name="query"/> names a place the <paramref name="earlier"/> question's terms do not ("Baghdad" after "when will US troops leave Iraq?").</summary>
    private bool NamesNewPlace(MatchQuery query, IReadOnlyList<string> earlier) =>
        query.Terms.Any(term => matcher.IsPlace(term) && !earlier.Contains(term));

    /// <summary>
    /// <paramref name="query"/> without the place it negates, when it opens by negating a place the earlier question named
    /// and names another ("مو اربيل، عين الاسد", "not Erbil, Ain al-Asad" after when troops leave Erbil), or corrects and
    /// negates a word after naming a place ("لا، أقصد أربيل وليس الموصل."); <c>null</c> otherwise.
    /// </summary>
    private MatchQuery? WithoutNegatedPlace(string text, MatchQuery query, ConversationTurn previous)
    {
        var words = WordNormalizer.Tokenize(text);
        if (words.Count >= 3 && words[0] is "no" or "not" or "مو" or "مش" or "لا" or "ليس" && matcher.QueryTerms(words[1]) is [var negated]
            && matcher.IsPlace(negated) && matcher.Analyze(previous.Question).Terms.Contains(negated))
        {
            return Without(query, [negated, .. matcher.QueryTerms(words[0])]);
        }

        // "لا، أقصد أربيل وليس الموصل." after the refused Mosul: a correction naming what it is not about after what it is.
        var not = words.Count < 3 ? -1 : words.FindIndex(1, word => word is "not" or "وليس" or "ليس" or "ومو" or "مو" or "مش");
        return not > 0 && not + 1 < words.Count && Corrects(text)
            ? Without(query, [.. matcher.QueryTerms(words[not + 1]), .. matcher.QueryTerms(words[not])])
            : null;
    }

    /// <summary><paramref name="query"/> without <paramref name="negated"/>, when what is left still names a place of the report.</summary>
    private MatchQuery? Without(MatchQuery query, string[] negated)
    {
        string[] rest = [.. query.Terms.Where(term => !negated.Contains(term))];
        return rest.Any(matcher.IsPlace) && rest.Length < query.Terms.Count
            ? query with
            {
                Terms = rest,
                WordCount = Math.Max(1, query.WordCount - 2),
                OffTopic = query.OffTopic.Where(term => !negated.Contains(term)).ToHashSet(StringComparer.Ordinal),
                NameLike = query.NameLike.Where(term => !negated.Contains(term)).ToHashSet(StringComparer.Ordinal),
            }
            : null;
    }

    /// <summary>
    /// Whether the utterance corrects the question before it rather than asking a new one: it says "meant" / "mean" /
    /// قصدي / اقصد, or is a fragment opening with "no", "not", "nah", لا or مو ("no, I meant Syria", "لا قصدي سوريا", "not
    /// Iraq, Syria"; not "لا يزال الامريكان بالعراق؟").
    /// </summary>
    private static bool Corrects(string text)
    {
        var words = WordNormalizer.Tokenize(text);
        return words.Count > 0
            && ((words[0] is "no" or "not" or "nah" or "لا" or "مو" && words.Count <= MaxFragmentWords)
                || words.Any(UtteranceReader.CorrectionWords.Contains));
    }

    /// <summary>
    /// The word for "there" in <paramref name="text"/> and the one place <paramref name="previous"/>'s question named ("أربيل"
    /// of "متى تغادر القوات أربيل؟", normalized), when the text asks how many there ("وكم عدد الجنود هناك؟") and names no
    /// place of its own; <c>null</c> otherwise, and after a paragraph look-up, whose question may name places it is not about.
    /// </summary>
    private (string There, string Place)? ThereIs(string text, ConversationTurn previous)
    {
        // Read only when "there" is written at all: this runs on every follow-up.
        if (previous.LookedUp || !(text.Contains("there", StringComparison.OrdinalIgnoreCase) || text.Contains("هنا", StringComparison.Ordinal)))
        {
            return null;
        }

        var words = WordNormalizer.Tokenize(text);
        if (!matcher.AsksCount(text) || words.Find(ThereWords.Contains) is not { } there || words.Exists(IsPlaceWord))
        {
            return null;
        }

        var places = WordNormalizer.Tokenize(previous.Question).Where(IsPlaceWord).Distinct(StringComparer.Ordinal).ToArray();
        return places is [var place] ? (there, place) : null;
    }

    private bool IsPlaceWord(string word) => matcher.QueryTerms(word) is [var term] && matcher.IsPlace(term);

    /// <summary>
    /// Whether a question points back at what was just said with a pronoun or "there" ("are they done now?", "could it
    /// include US troops staying?", "why does that matter so much?", "جم واحد أمريكي بيهم؟" after who the sources were):
    /// it is about the last answer however well its other words match something else alone. Not "that" opening what was
    /// said ("who said that the talks had ended?"), "this" naming a time ("announced this month"), nor "that" / "it" of a
    /// claim's tag ("I heard 3,000 US troops are in Iraq, is that right?", "is it true that …").
    /// </summary>
    private static bool RefersBack(string text)
    {
        // On every follow-up: read in place, without allocating the words.
        var span = text.AsSpan();
        var (afterSaying, afterIs) = (false, false);
        var (thatOpensSaying, thisBeforeNoun, tagged) = (false, false, false);
        foreach (var range in span.SplitAny(WordBreaks))
        {
            var word = span[range];
            if (word.IsEmpty)
            {
                continue;
            }

            // "this month" is a time and "this report" the report, not what was just said ("this deal" is); "is that
            // right?" checks a claim.
            if ((thisBeforeNoun && !StandingNouns.Contains(word)) || (tagged && !CheckWords.Contains(word)))
            {
                return true;
            }

            // "is it true that …": like a verb of saying, the check word opens what is claimed.
            var checks = tagged;
            (thatOpensSaying, thisBeforeNoun, tagged) = (false, false, false);
            if (afterIs && TagPronouns.Contains(word))
            {
                (afterIs, tagged) = (false, true);
                continue;
            }

            afterIs = TagVerbs.Contains(word);
            if (afterSaying && word.Equals("that", StringComparison.OrdinalIgnoreCase))
            {
                // "who said that the talks had ended?": "that" after a verb of saying, with words after it, opens what
                // was said; it points back only when the question ends on it ("who said that?").
                (afterSaying, thatOpensSaying) = (false, true);
                continue;
            }

            if (word.Equals("this", StringComparison.OrdinalIgnoreCase))
            {
                (afterSaying, thisBeforeNoun) = (false, true);
                continue;
            }

            if (BackReferences.Contains(word))
            {
                return true;
            }

            afterSaying = checks || SayingVerbs.Contains(word);
        }

        return thatOpensSaying || thisBeforeNoun || tagged;
    }

    /// <summary>Whether the utterance opens as a continuation of what was asked before: "and …", "also …", "what about …", "how about …", "so …", "but …", or an Arabic word joined to و ("وبسوريا؟", "وشوكت؟"), after any courtesy word ("ok and …"); or, a fragment, ends as one: "in syria also?", "in Syria too?", "بسوريا هم؟".</summary>
    public bool OpensAsContinuation(string text)
    {
        var words = WordNormalizer.Tokenize(text);
        while (words.Count > 1 && matcher.QueryTerms(words[0]) is [var only] && matcher.IsCourtesy(only))
        {
            // "ok and in Syria?", "زين وبسوريا؟": the courtesy word before the continuation does not count.
            words.RemoveAt(0);
        }

        if (words.Count == 0)
        {
            return false;
        }

        var first = words[0];
        return first is "and" or "also" or "so" or "but" or "plus"
            || (first is "what" or "how" && words.Count > 1 && words[1] == "about")
            || (first.Length > 1 && first[0] == 'و' && WordNormalizer.IsArabic(first))
            || (words.Count <= MaxFragmentWords && words[^1] is "also" or "too" or "كمان" or "هم" or "أيضا" or "ايضا");
    }

    /// <summary>
    /// Whether a follow-up of question words only ("why?", "ليش؟") has moved off the fact just answered to one that is not
    /// near it (<see cref="IsNear"/>), or, read with the earlier question as one question, is an example of what the
    /// report does not answer:
    /// "ليش؟" after when troops leave Ain al-Asad asks why they leave it, which the report never says, so the fact on why
    /// troops stay in Erbil, which merely shares "why", is not the answer. ("ليش هناك؟" after the Erbil answer stays on
    /// Erbil and is answered; a follow-up that names what it asks about is never refused here.)
    /// </summary>
    private bool AsksWhatTheReportDoesNotSay(MatchQuery context, MatchQuery followUp, MatchResult combined, ConversationTurn previous) =>
        combined.Best?.Id != previous.FactId
        && followUp.Terms.All(matcher.IsQuestionWord)
        && (!IsNear(combined.Best, previous)
            || (matcher.Match(context.Then(Understood(followUp))) is { Best.Kind: MatchKind.OutOfScope } whole && whole.Confidence >= whole.Threshold));

    /// <summary>Whether the utterance speaks to the bot ("who are you?", "what can you do?", "انت منو؟"): a second-person word.</summary>
    /// <param name="text">The utterance as typed.</param>
    public static bool AddressesTheBot(string text) => WordNormalizer.Tokenize(text).Any(SecondPerson.Contains);

    /// <summary>Whether <paramref name="candidate"/> is an intent that is itself a follow-up (<see cref="Intent.FollowUp"/>: "and after that?").</summary>
    private bool IsFollowUpIntent(MatchCandidate? candidate) =>
        candidate is { Kind: MatchKind.Intent } && followUpIntents.Contains(candidate.Id);

    /// <summary>Whether <paramref name="candidate"/> is the fact that came after <paramref name="previous"/>'s (<see cref="Fact.Next"/>: the announcement "this month" after why it was postponed).</summary>
    private bool LeadsOnTo(ConversationTurn previous, MatchCandidate? candidate) =>
        candidate is { Kind: MatchKind.Fact } && knowledge.TryGetFact(previous.FactId, out var earlier) && earlier.Next == candidate.Id;

    /// <summary>
    /// Whether <paramref name="candidate"/> is a fact near the earlier answer: citing one of its paragraphs, or among the
    /// facts it suggests next (<see cref="Fact.Related"/>). "why?" after Erbil reaches why troops stay there (both ¶18);
    /// "why?" after when troops leave Iraq reaching the presence against Iran (¶20) is a guess, not an answer.
    /// </summary>
    private bool IsNear(MatchCandidate? candidate, ConversationTurn previous) =>
        candidate is { Kind: MatchKind.Fact }
        && knowledge.TryGetFact(previous.FactId, out var earlier)
        && knowledge.TryGetFact(candidate.Id, out var fact)
        && (earlier.Related.Contains(fact.Id) || fact.Citations.Any(c => earlier.Citations.Any(e => e.Paragraph == c.Paragraph)));

    /// <summary>
    /// Whether what comes before a message's final question only introduces it: no term a fact uses other than question
    /// words ("I live in Basra.", "انا من البصرة،", "Greetings from Mosul!"), unlike "قاعدة كي ون بكركوك، … يطلع منها؟", where
    /// the question needs what was said before it, or "What's your personal opinion, is leaving Iraq a mistake?", where it
    /// names what the report never covers.
    /// </summary>
    private bool SaysNothingAsked(string before) =>
        matcher.Analyze(before) is var said && !matcher.NamesOffTopic(said) && !said.Terms.Any(term => matcher.IsFactTerm(term) && !matcher.IsQuestionWord(term));

    /// <summary>
    /// The question a message ends with, when something is said before it: the text after the last sentence or clause
    /// mark (. ! , ، : ; ؛) of a message ending in ? or ؟, if it has at least <see cref="MinQuestionWords"/> words, and
    /// what comes before it; <c>null</c> otherwise.
    /// </summary>
    private static (string Before, string Asked)? QuestionAtTheEnd(string text)
    {
        var trimmed = text.TrimEnd();
        if (trimmed.Length == 0 || trimmed[^1] is not ('?' or '؟'))
        {
            return null;
        }

        var start = trimmed.AsSpan().LastIndexOfAny(ClauseMarks) + 1;
        var asked = trimmed[start..].Trim();
        return start > 0 && asked.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= MinQuestionWords ? (trimmed[..start], asked) : null;
    }

    /// <summary>
    /// "And now?" / "وهسه؟" / "لحد الآن؟" after an answer: the earlier question asked again about today (or about whether
    /// the plan came true), so the reply says the report cannot tell and gives what it said then; <c>null</c> when that
    /// reading does not hold.
    /// </summary>
    private FollowUpMatch? AboutNow(MatchQuery cue, ConversationTurn previous)
    {
        var asked = matcher.Analyze(previous.Question) with { AsksAboutNow = cue.AsksAboutNow, AsksCurrentStatus = cue.AsksCurrentStatus };
        var result = matcher.Match(asked);
        return result.AsksBeyondReport ? new FollowUpMatch(result, previous.Question, UsedContext: true) : null;
    }

    /// <summary>
    /// The reading in context with the facts the earlier answer suggests next weighing <see cref="RelatedWeight"/> times
    /// more (at most 1), best first.
    /// </summary>
    private MatchResult FavourRelated(MatchResult combined, ConversationTurn previous)
    {
        if (!knowledge.TryGetFact(previous.FactId, out var before) || before.Related.Count == 0)
        {
            return combined;
        }

        var rescored = combined.Candidates
            .Select(c => c.Kind == MatchKind.Fact && before.Related.Contains(c.Id) ? c with { Score = Math.Min(1, c.Score * RelatedWeight) } : c)
            .OrderByDescending(c => c.Score)
            .ToArray();
        return combined with { Candidates = rescored };
    }

    /// <summary>
    /// The terms a reading in context must share with a fact or intent: the follow-up's specific terms that some wording
    /// uses ("Erbil" in "and Erbil?"), else its known terms ("why" in "why the difference?"), else all of them.
    /// </summary>
    private string[] Required(IReadOnlyList<string> terms, string[] specific)
    {
        var known = specific.Where(matcher.IsKnown).ToArray();
        if (known.Length > 0)
        {
            return known;
        }

        var anyKnown = terms.Where(matcher.IsKnown).ToArray();
        return anyKnown.Length > 0 ? anyKnown : [.. terms];
    }

    /// <summary>
    /// The follow-up without words no wording uses unless they look like names, are off-topic ones or Arabic definite nouns:
    /// "difference" in "why the difference?" or "capacity" in "in what capacity?" only say how it is asked, while "Britain"
    /// in "and Britain?", "البصرة" in "وبالبصرة شكد جندي" or "المترجمين" in "والمترجمين شنو يصير بيهم؟" (after Ain al-Asad)
    /// says what, and the report does not say it.
    /// </summary>
    private MatchQuery Understood(MatchQuery followUp) =>
        followUp with { Terms = [.. followUp.Terms.Where(term => matcher.IsKnown(term) || followUp.NameLike.Contains(term) || followUp.OffTopic.Contains(term) || followUp.Definite.Contains(term))] };

    /// <summary>
    /// The earlier question as context for <paramref name="followUp"/>: without its question words when the follow-up
    /// asks its own ("why?" after "when do they leave Erbil?" asks why, not when), and, for a correction naming another
    /// place, without its places ("no, I meant Syria" after "when was ISIS defeated in Iraq?" asks about Syria instead).
    /// </summary>
    private MatchQuery Context(string question, MatchQuery followUp, bool corrects = false)
    {
        var context = matcher.Analyze(question);
        var asks = followUp.Terms.Any(matcher.IsQuestionWord);
        var names = corrects && followUp.Terms.Any(matcher.IsPlace);
        return asks || names
            ? context with { Terms = [.. context.Terms.Where(term => !(asks && matcher.IsQuestionWord(term)) && !(names && matcher.IsPlace(term) && !followUp.Terms.Contains(term)))] }
            : context;
    }
}
