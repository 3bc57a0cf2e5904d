using System.Buffers;
using System.Collections.Frozen;
using WithdrawalBot.Core.Knowledge;
using WithdrawalBot.Core.Languages;
using WithdrawalBot.Core.Text;

namespace WithdrawalBot.Core.Matching;

/// <summary>
/// Scores an utterance against every fact's questions (and, weighted down, its answer and quotes) and every
/// intent's examples, in both languages: cosine similarity of TF-IDF vectors over analyzed terms (normalized,
/// dialect mapped, stemmed, synonyms folded) blended with character-trigram similarity of those terms, after
/// correcting typos against the knowledge vocabulary. Each fact or intent scores as its best wording.
/// The index is built once; <see cref="Match(string)"/> is thread-safe and allocates little.
/// </summary>
public sealed class IntentMatcher
{
    /// <summary>How many candidates a result carries at most.</summary>
    public const int MaxCandidates = 5;

    /// <summary>A word only training questions use, at most this many times, may be a typo of a word of the edited text.</summary>
    public const int MaxTypoUses = 10;

    /// <summary>How many words a message needs before it can read as neither Arabic nor English (<see cref="ReadsAsNeitherLanguage"/>).</summary>
    public const int ForeignMinWords = 3;

    private readonly TextAnalyzer analyzer;
    private readonly UtteranceReader reader;

    /// <summary>Intent examples made only of stopwords ("explain", "more", "اشرح"), by their words: matched when typed as they are.</summary>
    private readonly Dictionary<string, string> wordlessExamples = new(StringComparer.Ordinal);

    /// <summary>
    /// Intent examples whose words are question words only ("how are you", "how?"), by their words as written: such a
    /// message typed as one of them is that intent, which its terms alone cannot tell ("how are you" is a greeting,
    /// "how?" asks for more).
    /// </summary>
    private readonly Dictionary<string, string> questionWordExamples = new(StringComparer.Ordinal);
    private readonly List<HashSet<int>> places = [];
    private readonly Dictionary<int, int> placeOfTerm = [];

    /// <summary>The terms the lexicon's words asking for names read as (<see cref="IsNameCueTerm"/>).</summary>
    private readonly FrozenSet<string> nameCueTerms;
    private readonly QuestionCues cues;
    private readonly int[] ownerAnswerKinds;
    private readonly KnowledgeBase knowledge;

    /// <summary>The terms of each fact's answer, in both languages (<see cref="AnswerTerms"/>).</summary>
    private readonly Lazy<FrozenDictionary<string, FrozenSet<string>>> answerTerms;

    /// <summary>The facts whose answer tells when (<see cref="TellsWhen"/>).</summary>
    private readonly HashSet<string> datedFacts = new(StringComparer.Ordinal);
    private readonly FeatureIndex terms;
    private readonly FeatureIndex trigrams;
    private readonly int[] documentOwner;
    private readonly float[] documentWeight;

    /// <summary>Per document: the answer kinds an out-of-scope example asks for ("how many …", "what is the name of …"); 0 for the rest.</summary>
    private readonly int[] outOfScopeDocumentKinds;
    private readonly (MatchKind Kind, string Id)[] owners;
    private readonly HashSet<int>[] ownerTerms;
    private readonly Dictionary<int, HashSet<string>> notAboutOfOwner = [];
    private readonly HashSet<int> genericTerms = [];
    private readonly HashSet<string> standaloneIntents;
    private readonly HashSet<int> factTermIds;
    private readonly HashSet<string> courtesyTerms;
    private readonly Dictionary<string, int> termIds = new(StringComparer.Ordinal);
    private readonly Dictionary<long, int> trigramIds = [];

    /// <summary>Builds the index over <paramref name="knowledge"/>.</summary>
    /// <param name="knowledge">The facts and intents to match, and the lexicon.</param>
    /// <param name="tuning">Weights and threshold; <c>null</c> for the tuned defaults.</param>
    public IntentMatcher(KnowledgeBase knowledge, MatchTuning? tuning = null)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        this.knowledge = knowledge;
        answerTerms = new(() => knowledge.Facts.ToFrozenDictionary(
            fact => fact.Id,
            fact => QueryTerms(fact.Answer.English).Concat(QueryTerms(fact.Answer.Arabic)).ToFrozenSet(StringComparer.Ordinal),
            StringComparer.Ordinal));
        standaloneIntents = knowledge.Intents.Where(i => i.Standalone).Select(i => i.Name).ToHashSet(StringComparer.Ordinal);
        Tuning = tuning ?? new MatchTuning();
        analyzer = new TextAnalyzer(knowledge.Lexicon);
        cues = new QuestionCues(knowledge.Lexicon, analyzer);

        var ownerList = new List<(MatchKind, string)>();
        var pending = new List<(List<string> Words, int Owner, float Weight, int Kinds)>();
        var askedKinds = new List<int>();
        var vocabulary = new Dictionary<string, int>(StringComparer.Ordinal);
        var edited = new Dictionary<string, int>(StringComparer.Ordinal);

        // Edited text (answers, quotes, the article, the lexicon) is spelt right; training questions and intent
        // examples are written the way users type, typos included.
        void AddDocument(string text, int owner, double weight, bool isEdited = true)
        {
            var written = new List<string>();
            WordNormalizer.Tokenize(text, written);
            var kinds = isEdited ? 0 : cues.AnswerKinds(written);
            askedKinds[owner] |= kinds;

            var words = analyzer.Words(written);
            foreach (var word in words)
            {
                if (!analyzer.IsStopword(word))
                {
                    vocabulary[word] = vocabulary.GetValueOrDefault(word) + 1;
                    if (isEdited)
                    {
                        edited[word] = edited.GetValueOrDefault(word) + 1;
                    }
                }
            }

            pending.Add((words, owner, (float)weight, kinds));
        }

        foreach (var fact in knowledge.Facts)
        {
            var owner = ownerList.Count;
            ownerList.Add((MatchKind.Fact, fact.Id));
            if (fact.NotAbout.Count > 0)
            {
                notAboutOfOwner[owner] = new HashSet<string>(fact.NotAbout.SelectMany(word => analyzer.Words(word)), StringComparer.Ordinal);
            }
            // A fact whose answer tells when answers "when" however its questions are worded ("متى ينسحبون من بغداد؟").
            var dated = fact.MilestoneId is not null || ParagraphFinder.TellsWhen(fact.Answer.English);
            if (dated)
            {
                datedFacts.Add(fact.Id);
            }

            askedKinds.Add(dated ? cues.TimeKinds : 0);
            foreach (var question in fact.Questions.Arabic.Concat(fact.Questions.English))
            {
                AddDocument(question, owner, 1, isEdited: false);
            }

            AddDocument(fact.Answer.Arabic, owner, Tuning.AnswerWeight);
            AddDocument(fact.Answer.English, owner, Tuning.AnswerWeight);
            foreach (var citation in fact.Citations)
            {
                AddDocument(citation.Quote, owner, Tuning.AnswerWeight);
            }

            if (Tuning.ParagraphWeight > 0)
            {
                foreach (var paragraph in fact.Citations.Select(c => c.Paragraph).Distinct())
                {
                    AddDocument(knowledge.Article.Paragraph(paragraph), owner, Tuning.ParagraphWeight);
                }
            }
        }

        foreach (var intent in knowledge.Intents)
        {
            var owner = ownerList.Count;
            ownerList.Add((intent.OutOfScope ? MatchKind.OutOfScope : MatchKind.Intent, intent.Name));
            askedKinds.Add(0);
            foreach (var example in intent.Examples.Arabic.Concat(intent.Examples.English))
            {
                AddDocument(example, owner, intent.OutOfScope ? Tuning.OutOfScopeWeight : 1, isEdited: false);
            }
        }

        // Lexicon words are known words too: a typo of "alaeddin" is corrected even if no question spells it so.
        var lexicon = knowledge.Lexicon;
        foreach (var phrase in lexicon.ArabicSynonyms.Concat(lexicon.EnglishSynonyms).SelectMany(group => group).Concat(lexicon.ArabicDialect.Values))
        {
            foreach (var word in analyzer.Words(phrase))
            {
                if (!analyzer.IsStopword(word))
                {
                    vocabulary.TryAdd(word, 1);
                    edited[word] = edited.GetValueOrDefault(word) + 1;
                }
            }
        }

        // Training questions written with a typo ("withdrawl", "amercan") would make the typo a word of its own,
        // pulling every user who makes it towards that one fact: such words are folded into the word they misspell.
        var folds = TypoFolds(vocabulary, edited);
        var documents = new List<List<string>>();
        var ownerOfDocument = new List<int>();
        var weightOfDocument = new List<float>();
        var kindsOfOutOfScopeDocument = new List<int>();
        foreach (var (words, owner, weight, kinds) in pending)
        {
            var documentTerms = analyzer.Terms([.. words.Select(word => folds.GetValueOrDefault(word, word))]);
            if (documentTerms.Count > 0)
            {
                if (ownerList[owner] is (MatchKind.Intent, var asked) && cues.AreOnlyQuestionWords(documentTerms))
                {
                    questionWordExamples.TryAdd(string.Join(' ', words), asked);
                }

                documents.Add(documentTerms);
                ownerOfDocument.Add(owner);
                weightOfDocument.Add(weight);
                kindsOfOutOfScopeDocument.Add(ownerList[owner] is (MatchKind.OutOfScope, _) ? kinds : 0);
            }
            else if (words.Count > 0 && ownerList[owner] is (MatchKind.Intent, var intent))
            {
                // An example of stopwords only ("explain", "got it") indexes nothing; it is matched as typed.
                wordlessExamples.TryAdd(string.Join(' ', words), intent);
            }
        }

        owners = [.. ownerList];
        ownerAnswerKinds = [.. askedKinds];
        documentOwner = [.. ownerOfDocument];
        documentWeight = [.. weightOfDocument];
        outOfScopeDocumentKinds = [.. kindsOfOutOfScopeDocument];
        var termDocuments = new int[documents.Count][];
        var trigramDocuments = new int[documents.Count][];
        for (var d = 0; d < documents.Count; d++)
        {
            termDocuments[d] = [.. documents[d].Select(term => IdOf(termIds, term))];
            trigramDocuments[d] = TrigramIds(documents[d]);
        }

        terms = new FeatureIndex(termDocuments, termIds.Count);
        trigrams = new FeatureIndex(trigramDocuments, trigramIds.Count);
        ownerTerms = [.. owners.Select(_ => new HashSet<int>())];
        for (var d = 0; d < documents.Count; d++)
        {
            ownerTerms[documentOwner[d]].UnionWith(termDocuments[d]);
        }

        var factCount = knowledge.Facts.Count;
        factTermIds = ownerTerms.Take(factCount).SelectMany(ids => ids).ToHashSet();
        var courtesyIds = owners.Select((owner, index) => (owner, index))
            .Where(pair => pair.owner.Kind == MatchKind.Intent && knowledge.Intents.Any(i => i.Courtesy && i.Name == pair.owner.Id))
            .SelectMany(pair => ownerTerms[pair.index]).Where(id => !factTermIds.Contains(id)).ToHashSet();
        courtesyTerms = termIds.Where(pair => courtesyIds.Contains(pair.Value)).Select(pair => pair.Key).ToHashSet(StringComparer.Ordinal);
        var spread = new Dictionary<int, int>();
        for (var owner = 0; owner < factCount; owner++)
        {
            foreach (var id in ownerTerms[owner])
            {
                spread[id] = spread.GetValueOrDefault(id) + 1;
            }
        }

        var genericFrom = Math.Max(2, Tuning.GenericTermShare * factCount);
        genericTerms.UnionWith(spread.Where(pair => pair.Value >= genericFrom).Select(pair => pair.Key));

        // Long single-word cues ("actually", "currently") are known words too, so "actualy" is read as the cue.
        foreach (var cue in cues.LongCueWords)
        {
            vocabulary.TryAdd(cue, 1);
        }

        // So are the lexicon's one-word dialect keys, so their typos are corrected: "الامركان" is one letter from
        // "الامريكان", "يطلعو" from "يطلعون" (the reader maps what it corrected to through the dialect).
        foreach (var key in lexicon.ArabicDialect.Keys.Select(key => WordNormalizer.Tokenize(key)).Where(words => words.Count == 1))
        {
            vocabulary.TryAdd(key[0], 1);
        }

        var placeTerms = new HashSet<string>(StringComparer.Ordinal);
        foreach (var place in lexicon.Places)
        {
            // Each word on its own and the name read whole, as a question reads it: "عين الأسد" is a synonym phrase, whose
            // words alone are not its terms.
            string[] named = [.. place.SelectMany(name => analyzer.Words(name)).Select(analyzer.TermOf).OfType<string>()
                .Concat(place.SelectMany(name => analyzer.Terms(analyzer.Words(name))))
                .Where(termIds.ContainsKey).Distinct(StringComparer.Ordinal)];
            var ids = named.Select(term => termIds[term]).ToHashSet();
            foreach (var id in ids)
            {
                placeOfTerm.TryAdd(id, places.Count);
            }

            places.Add(ids);
            placeTerms.UnionWith(named);
        }

        reader = new UtteranceReader(analyzer, cues, lexicon, vocabulary, termIds.Keys.ToHashSet(StringComparer.Ordinal), courtesyTerms, placeTerms, Tuning);
        nameCueTerms = lexicon.AnswerKinds.TryGetValue(QuestionCues.NameKind, out var nameCues)
            ? nameCues.SelectMany(cue => reader.Read(cue).Terms).ToFrozenSet(StringComparer.Ordinal)
            : FrozenSet<string>.Empty;
    }

    /// <summary>The weights and threshold in use.</summary>
    public MatchTuning Tuning { get; }

    /// <summary>The analyzer built from the lexicon (the same one the index used).</summary>
    public TextAnalyzer Analyzer => analyzer;

    /// <summary>How many wordings (questions, answers, quotes, examples) are indexed.</summary>
    public int DocumentCount => terms.DocumentCount;

    /// <summary>Ranks every fact and intent against <paramref name="text"/> (only its first <see cref="TextCleaner.MaxMatchLength"/> characters count).</summary>
    /// <returns>The best candidates with scores 0–1; empty when the text shares nothing with the knowledge.</returns>
    public MatchResult Match(string? text) => Rank(Analyze(text), required: null);

    /// <summary>Ranks every fact and intent against an analyzed query (see <see cref="Analyze"/>).</summary>
    public MatchResult Match(MatchQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return Rank(query, required: null);
    }

    /// <summary>
    /// Ranks facts and intents against <paramref name="query"/>, keeping only those whose wordings contain
    /// at least one of <paramref name="required"/> (a follow-up's own terms, matched together with its context).
    /// </summary>
    /// <remarks>Used for follow-ups; the generic-question damping and the answer-kind check do not apply.</remarks>
    public MatchResult Match(MatchQuery query, IReadOnlyList<string> required)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(required);
        return Rank(query, required);
    }

    /// <summary>
    /// Whether every term is generic: known, and used by the questions of at least
    /// <see cref="MatchTuning.GenericTermShare"/> of the facts ("why", "when", "troops"). Such a question names
    /// nothing specific; on its own it is not answered with confidence.
    /// </summary>
    public bool IsGenericOnly(IReadOnlyList<string> queryTerms)
    {
        ArgumentNullException.ThrowIfNull(queryTerms);
        return queryTerms.Count > 0 && queryTerms.All(IsGeneric);
    }

    /// <summary>Whether a term is known and used by at least <see cref="MatchTuning.GenericTermShare"/> of the facts ("why", "when", "troops").</summary>
    public bool IsGeneric(string term)
    {
        ArgumentNullException.ThrowIfNull(term);
        return TermId(term) is var id and >= 0 && genericTerms.Contains(id);
    }

    /// <summary>Whether some wording (a question, answer, quote or example) uses the term.</summary>
    public bool IsKnown(string term)
    {
        ArgumentNullException.ThrowIfNull(term);
        return TermId(term) >= 0;
    }

    /// <summary>
    /// Whether <paramref name="cleaned"/> (cleaned for matching) reads as another language by its letters and common
    /// words (<see cref="OtherLanguage.Reads"/>), Arabizi words the lexicon lists ("shkad", "mu7adathat") not counting:
    /// "el mu7adathat imta bidat" is read, "mnain ja7at el 6ayyara" is not.
    /// </summary>
    public bool ReadsAsOtherLanguage(string cleaned) => OtherLanguage.Reads(cleaned, analyzer.IsLexiconWord);

    /// <summary>
    /// Whether a message reads as neither Arabic nor English: Kurdish, Persian, French, German, Spanish, Turkish or Arabizi
    /// by its letters and common words (<see cref="OtherLanguage.Reads"/>); or no Arabic letters, at least
    /// <see cref="ForeignMinWords"/> words, not one English stopword ("the", "is", "my"…) or question word ("how",
    /// "when"…), and at least half its terms used by no wording ("¿Cuándo se van las tropas de Irak?"). English however
    /// off-topic ("my wifi router keeps dropping", "how many days until Christmas?") is never counted.
    /// </summary>
    public bool ReadsAsNeitherLanguage(string? text)
    {
        var cleaned = TextCleaner.ForMatching(text);
        if (ReadsAsOtherLanguage(cleaned))
        {
            // "کەی هێزەکانی ئەمریکا لە عێراق دەکشێنەوە؟", "Wie viele US-Soldaten sind im Irak?" ("US" reads as an English word).
            return true;
        }

        if (LanguageDetector.Detect(cleaned) == Language.Arabic)
        {
            return false;
        }

        var written = new List<string>();
        WordNormalizer.Tokenize(cleaned, written);
        // An English question word ("how many days until Christmas?") is English too, however off-topic the rest.
        if (written.Count < ForeignMinWords || written.Any(word => analyzer.IsStopword(word) || IsQuestionWord(word)))
        {
            return false;
        }

        // "whats tower 22": a question word once read ("whats" → "what"), or a name the report never covers, is English.
        var query = Analyze(cleaned);
        return query.Terms.Count > 0 && query.OffTopic.Count == 0 && !query.Terms.Any(IsQuestionWord)
            && query.Terms.Count(term => !IsKnown(term)) * 2 >= query.Terms.Count;
    }

    /// <summary>
    /// Whether <paramref name="text"/> introduces the asker (<see cref="QuestionCues.IsIntroduction"/>): "I'm a journalist
    /// based in Erbil.", "اني من الموصل،".
    /// </summary>
    public bool IsIntroduction(string text) => cues.IsIntroduction(WordNormalizer.Tokenize(text));

    /// <summary>Whether <paramref name="word"/>, one word as typed, is a one-word <see cref="Lexicon.Introductions"/> cue ("my", "جاري", "ابني"): it says who speaks, not what is asked.</summary>
    public bool IsIntroductionWord(string word) => WordNormalizer.Tokenize(word) is [var only] && cues.IsIntroductionWord(only);

    /// <summary>Whether <paramref name="text"/> asks how many people (<see cref="QuestionCues.AsksCount"/>): "How many from Italy?", "وشكد منهم باربيل؟".</summary>
    public bool AsksCount(string text) => cues.AsksCount(WordNormalizer.Tokenize(text));

    /// <summary>Whether <paramref name="text"/> asks how many of a thing the report never counts (<see cref="QuestionCues.AsksUncounted"/>): "how many drones?", "كم صاروخ".</summary>
    public bool AsksUncounted(string text) => cues.AsksUncounted(WordNormalizer.Tokenize(text));

    /// <summary>Whether <paramref name="text"/> asks when (the <c>time</c> kind of <see cref="Lexicon.AnswerKinds"/>): "when did the technical talks end?", "شوكت انقتلوا؟".</summary>
    public bool AsksWhen(string text) => cues.AsksWhen(WordNormalizer.Tokenize(text));

    /// <summary>Whether <paramref name="text"/> asks for an exact day (the <c>day</c> kind of <see cref="Lexicon.AnswerKinds"/>): "what exact day in October 2025 are the elections?", "بأي يوم تنتهي المرحلة الأولى؟".</summary>
    public bool AsksDay(string text) => cues.MayAskDay(text) && cues.AsksDay(WordNormalizer.Tokenize(text));

    /// <summary>
    /// Whether the answer of fact <paramref name="factId"/> tells when (it has a milestone, or its English answer names a
    /// year, month, weekday or span of time), read once at start-up: "when will the advisory relationship start?" is
    /// answered by ¶4, which gives no date. False for an unknown id.
    /// </summary>
    public bool TellsWhen(string factId)
    {
        ArgumentNullException.ThrowIfNull(factId);
        return datedFacts.Contains(factId);
    }

    /// <summary>Whether <paramref name="text"/> asks for names (<see cref="QuestionCues.AsksName"/>): "شنو اسمه؟", "which militias, by name?".</summary>
    public bool AsksName(string text) => cues.AsksName(WordNormalizer.Tokenize(text));

    /// <summary>
    /// Which of the places the report mentions (<see cref="Lexicon.Places"/>) the term names, as an index shared by its
    /// spellings in both languages ("Syria" and "سوريا" alike); -1 for any other term.
    /// </summary>
    public int PlaceOf(string term)
    {
        ArgumentNullException.ThrowIfNull(term);
        return TermId(term) is >= 0 and var id && placeOfTerm.TryGetValue(id, out var place) ? place : -1;
    }

    /// <summary>
    /// Whether <paramref name="term"/> is how a word asking for names reads once analyzed ("هويتهم" of "اسمائهم", "name"):
    /// a query's terms ask for names with it as its words as written do with <see cref="AsksName"/>.
    /// </summary>
    public bool IsNameCueTerm(string term) => nameCueTerms.Contains(term);

    /// <summary>Whether the term names one of the places the report mentions (<see cref="Lexicon.Places"/>: "Iraq", "Erbil", "عين الأسد").</summary>
    public bool IsPlace(string term) => PlaceOf(term) >= 0;

    /// <summary>
    /// The terms of fact <paramref name="factId"/>'s answer in both languages, as <see cref="QueryTerms"/> reads them: what
    /// the answer itself tells of ("Syria" in ISIS's defeat, ¶14; not "Baghdad" in Erbil's date, though a wording of it
    /// names Baghdad). Empty for an unknown id. Read once, on first use.
    /// </summary>
    public IReadOnlySet<string> AnswerTerms(string factId)
    {
        ArgumentNullException.ThrowIfNull(factId);
        return answerTerms.Value.TryGetValue(factId, out var terms) ? terms : FrozenSet<string>.Empty;
    }

    /// <summary>Whether some fact's wording (a training question, answer, quote or cited paragraph) uses the term.</summary>
    public bool IsFactTerm(string term)
    {
        ArgumentNullException.ThrowIfNull(term);
        return TermId(term) is var id and >= 0 && factTermIds.Contains(id);
    }

    /// <summary>
    /// Whether the training questions of fact <paramref name="factId"/> ask every kind of answer in
    /// <paramref name="answerKinds"/> (<see cref="MatchQuery.AnswerKinds"/>): the count in Iraq is asked "how many", the
    /// 2003 invasion is not. <c>false</c> for an unknown id.
    /// </summary>
    public bool IsAskedFor(string factId, int answerKinds)
    {
        var owner = OwnerOf(MatchKind.Fact, factId);
        return owner >= 0 && (answerKinds & ~ownerAnswerKinds[owner]) == 0;
    }

    /// <summary>
    /// Whether <paramref name="word"/>, one word as typed, rules fact <paramref name="factId"/> out (<see cref="Fact.NotAbout"/>):
    /// "Iraqi" does the three US soldiers killed (¶12), "عراقيين" too. <c>false</c> for an unknown id or a fact without such words.
    /// </summary>
    public bool RulesOut(string factId, string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return notAboutOfOwner.TryGetValue(OwnerOf(MatchKind.Fact, factId), out var words) && Uses(Analyze(word).Written, words);
    }

    /// <summary>
    /// Whether <paramref name="query"/> names what the report never covers (<see cref="MatchQuery.OffTopic"/>: "Sulaymaniyah",
    /// "opinion"), other than in a word a fact uses too ("polls" reads as the elections).
    /// </summary>
    public bool NamesOffTopic(MatchQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return query.OffTopic.Any(term => !IsFactTerm(term));
    }

    /// <summary>Whether only courtesy intents use the term (<see cref="Intent.Courtesy"/>: "ok", "thanks", "زين", "هلا").</summary>
    public bool IsCourtesy(string term)
    {
        ArgumentNullException.ThrowIfNull(term);
        return courtesyTerms.Contains(term);
    }

    /// <summary>Whether a term is a question word's term (<see cref="Lexicon.QuestionWords"/>: "why", "when", "how many", "ليش", "شوكت").</summary>
    public bool IsQuestionWord(string term)
    {
        ArgumentNullException.ThrowIfNull(term);
        return cues.AreOnlyQuestionWords([term]);
    }

    /// <summary>
    /// The known terms of <paramref name="queryTerms"/> that none of <paramref name="candidate"/>'s wordings use, in
    /// order: what the utterance says beyond the candidate ("agreement" in "who said 'we have a deal'?" against
    /// "who said that?"); empty when the candidate covers it all.
    /// </summary>
    public IReadOnlyList<string> TermsBeyond(MatchCandidate candidate, IReadOnlyList<string> queryTerms)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        ArgumentNullException.ThrowIfNull(queryTerms);
        var owner = OwnerOf(candidate.Kind, candidate.Id);
        return owner < 0 ? [] : [.. queryTerms.Where(term => TermId(term) is var id and >= 0 && !ownerTerms[owner].Contains(id))];
    }

    /// <summary>
    /// The analyzed terms of an utterance after repairing words the knowledge does not use: Arabic words
    /// behind attached particles or with verb and pronoun affixes the light stemmer keeps ("ببغداد",
    /// "ستغادر", "جندياً"), typos (edit distance 1–2), and two words typed as one ("howmany"); greetings and thanks
    /// around a question left out. A question written in both scripts is read in the language whose wordings it matches
    /// better, its other words replaced by their counterparts (<see cref="CrossLanguageTerms"/>).
    /// </summary>
    public MatchQuery Analyze(string? text)
    {
        var query = reader.Read(text);
        if (query.Readings is not [var english, var arabic])
        {
            return query;
        }

        // Written in both scripts: read in the language it matches better.
        var inEnglish = query with { Terms = english, Readings = null };
        var inArabic = inEnglish with { Terms = arabic };
        return BestScore(Rank(inArabic, required: null)) > BestScore(Rank(inEnglish, required: null)) ? inArabic : inEnglish;
    }

    private static double BestScore(MatchResult result) =>
        result.Candidates.Where(c => c.Kind != MatchKind.OutOfScope).Select(c => c.Score).DefaultIfEmpty(0).Max();

    /// <summary>The analyzed terms of an utterance (see <see cref="Analyze"/>) as written: words of both scripts stay as they are.</summary>
    public IReadOnlyList<string> QueryTerms(string? text) => reader.Read(text).Terms;

    /// <summary>
    /// Latin-script words of five letters or more that only the training questions use (at most
    /// <see cref="MaxTypoUses"/> times) and that are one missing, extra or swapped letter away from a word of the
    /// edited text with the same first letter ("withdrawl" → "withdrawal", "syrai" → "syria"): the typo → the word.
    /// Folded words leave <paramref name="vocabulary"/>, so a user's "withdrawl" is corrected like any other typo.
    /// A changed letter is not folded ("founded" is not a typo of "wounded"), nor are short words ("done" is not
    /// "drone"); short typos belong in the lexicon's synonym groups ("wen" with "when").
    /// </summary>
    private static Dictionary<string, string> TypoFolds(Dictionary<string, int> vocabulary, Dictionary<string, int> edited)
    {
        var corrector = new TypoCorrector(edited);
        var folds = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (word, count) in vocabulary)
        {
            if (count <= MaxTypoUses && word.Length >= TypoCorrector.MinSubstitutionLength && !edited.ContainsKey(word) && !WordNormalizer.IsArabic(word)
                && corrector.Correct(word, longWordLength: int.MaxValue) is { } target && target != word && target[0] == word[0] && (target.Length != word.Length || TypoCorrector.IsTransposition(word, target)))
            {
                folds[word] = target;
            }
        }

        foreach (var (typo, word) in folds)
        {
            vocabulary[word] += vocabulary[typo];
            vocabulary.Remove(typo);
        }

        return folds;
    }

    private MatchResult Rank(MatchQuery query, IReadOnlyList<string>? required)
    {
        var queryTerms = query.Terms;
        if (queryTerms.Count == 0)
        {
            // Only stopwords ("how are you?", "got it"): nothing it is about, unless an intent's example is exactly these
            // words ("explain", "more" → tell me more).
            return wordlessExamples.TryGetValue(string.Join(' ', query.Written), out var intent)
                ? new MatchResult([new MatchCandidate(MatchKind.Intent, intent, 1)], Tuning.Threshold)
                : MatchResult.None(Tuning.Threshold) with { IsVague = true };
        }

        var vague = required is null && cues.AreOnlyQuestionWords(queryTerms);
        if (vague && questionWordExamples.TryGetValue(string.Join(' ', query.Written), out var typed))
        {
            // "how are you?" typed as the greeting's example is the greeting, not "how?" (tell me more).
            return new MatchResult([new MatchCandidate(MatchKind.Intent, typed, 1)], Tuning.Threshold);
        }

        var documentCount = terms.DocumentCount;
        var scores = ArrayPool<float>.Shared.Rent(documentCount);
        var best = ArrayPool<float>.Shared.Rent(owners.Length);
        try
        {
            var scoreSpan = scores.AsSpan(0, documentCount);
            scoreSpan.Clear();
            Span<int> ids = queryTerms.Count <= 128 ? stackalloc int[queryTerms.Count] : new int[queryTerms.Count];
            for (var i = 0; i < queryTerms.Count; i++)
            {
                ids[i] = TermId(queryTerms[i]);
            }

            Span<int> sorted = queryTerms.Count <= 128 ? stackalloc int[queryTerms.Count] : new int[queryTerms.Count];
            ids.CopyTo(sorted);
            terms.Accumulate(sorted, scoreSpan, (float)Tuning.TermWeight, UnknownNorm(query, ids));
            AccumulateTrigrams(queryTerms, scoreSpan);

            var bestSpan = best.AsSpan(0, owners.Length);
            bestSpan.Clear();
            var unaskedKindFactor = (float)Tuning.OutOfScopeUnaskedKindFactor;
            var whenOrWhere = query.AnswerKinds & cues.WhenOrWhereKinds;
            for (var d = 0; d < documentCount; d++)
            {
                var score = scoreSpan[d] * documentWeight[d];
                if ((outOfScopeDocumentKinds[d] & ~query.AnswerKinds) != 0
                    || (whenOrWhere != 0 && owners[documentOwner[d]].Kind == MatchKind.OutOfScope && (whenOrWhere & ~outOfScopeDocumentKinds[d]) != 0))
                {
                    // "did the Americans in Iraq down missiles headed for Israel?" is not "how many missiles did they down?",
                    // nor "when do they leave Ain al-Asad?" "have they left Ain al-Asad yet?".
                    score *= unaskedKindFactor;
                }

                ref var slot = ref bestSpan[documentOwner[d]];
                if (score > slot)
                {
                    slot = score;
                }
            }

            if (Tuning.CoveragePower > 0)
            {
                ApplyCoverage(query, ids, bestSpan);
            }

            if (Tuning.MissingPlaceFactor < 1)
            {
                PenalizeMissingPlaces(ids, bestSpan);
            }

            var ruledOut = RuleOut(query, bestSpan);

            if (required is null && query.AnswerKinds != 0 && Tuning.UnaskedKindFactor < 1)
            {
                PenalizeUnaskedKinds(query.AnswerKinds, bestSpan);
            }

            if (required is not null)
            {
                KeepOwnersWithAny(required, bestSpan);
            }
            else if (vague || (IsGenericOnly(queryTerms) && queryTerms.Count <= Tuning.GenericQueryMaxTerms))
            {
                DampFacts(bestSpan, vague ? 0 : (float)Tuning.GenericQueryFactor);
            }

            var candidates = TopCandidates(bestSpan);
            if (candidates is [{ Kind: MatchKind.OutOfScope }, ..] && !AsksBeyondNearestFact(ids, candidates))
            {
                candidates = [.. candidates.Where(c => c.Kind != MatchKind.OutOfScope)];
            }

            while (candidates is [{ Kind: MatchKind.Intent } request, ..] && standaloneIntents.Contains(request.Id) && SaysMore(ids, request))
            {
                candidates = candidates[1..];
            }

            var beyondReport = AsksBeyondReport(query, ref candidates);
            if (required is null && YearsNamed(query) is { } years && AsksOnlyAbout(query, years)
                && (candidates is [] || candidates[0].Kind != MatchKind.Fact || candidates[0].Score < Tuning.Threshold || !UsesAny(candidates[0], years)))
            {
                return RankByYear(query, years);
            }

            return new MatchResult(candidates, Tuning.Threshold) { AsksBeyondReport = beyondReport, IsVague = vague && !candidates.Any(c => c.Kind == MatchKind.Fact), RuledOut = ruledOut, NamesOffTopic = NamesOffTopic(query) };
        }
        finally
        {
            ArrayPool<float>.Shared.Return(scores);
            ArrayPool<float>.Shared.Return(best);
        }
    }

    /// <summary>
    /// Sets to 0 the score of each fact whose <see cref="Fact.NotAbout"/> words the query uses ("How many Iraqis were
    /// killed?" is not answered by the three US soldiers killed, ¶12).
    /// </summary>
    /// <returns>The ids of those that scored at least a quarter of the threshold, best first.</returns>
    private IReadOnlyList<string> RuleOut(MatchQuery query, Span<float> ownerScores)
    {
        List<(string Id, float Score)>? ruledOut = null;
        foreach (var (owner, words) in notAboutOfOwner)
        {
            if (ownerScores[owner] > 0 && Uses(query.Written, words))
            {
                if (ownerScores[owner] >= Tuning.Threshold / 4)
                {
                    (ruledOut ??= []).Add((owners[owner].Id, ownerScores[owner]));
                }

                ownerScores[owner] = 0;
            }
        }

        return ruledOut is null ? [] : [.. ruledOut.OrderByDescending(r => r.Score).Select(r => r.Id)];
    }

    /// <summary>Whether one of the written words, as it is or without its Arabic particles, is one of <paramref name="words"/>.</summary>
    private static bool Uses(IReadOnlyList<string> written, HashSet<string> words)
    {
        var lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var word in written)
        {
            if (words.Contains(word) || lookup.Contains(UtteranceReader.WithoutParticles(word)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the best out-of-scope example shares a query term that neither the best fact's wordings nor an intent
    /// candidate's use ("civilians" in "how many Iraqi civilians were killed?" against the fact on the three US soldiers
    /// killed): only then does it show that the question asks beyond what the report says. An example that merely words
    /// a question better than the fact's own training questions, or shares only an intent's words ("who said …?"), is no
    /// reason to refuse. True when no fact is a candidate.
    /// </summary>
    private bool AsksBeyondNearestFact(ReadOnlySpan<int> queryIds, MatchCandidate[] candidates)
    {
        var fact = Array.Find(candidates, c => c.Kind == MatchKind.Fact);
        if (fact is null)
        {
            return true;
        }

        var example = OwnerTerms(candidates[0]);
        var answerable = OwnerTerms(fact);
        var intents = candidates.Where(c => c.Kind == MatchKind.Intent).Select(OwnerTerms).ToArray();
        foreach (var id in queryIds)
        {
            if (id >= 0 && example.Contains(id) && !answerable.Contains(id) && !intents.Any(terms => terms.Contains(id)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the query has a known term none of <paramref name="candidate"/>'s wordings use: "was the deal cancelled?"
    /// says "deal" beyond "cancel my reminders", so it is a question, not a request to stop reminders.
    /// </summary>
    private bool SaysMore(ReadOnlySpan<int> queryIds, MatchCandidate candidate)
    {
        var covered = OwnerTerms(candidate);
        foreach (var id in queryIds)
        {
            if (id >= 0 && !covered.Contains(id))
            {
                return true;
            }
        }

        return false;
    }

    private HashSet<int> OwnerTerms(MatchCandidate candidate) => ownerTerms[OwnerOf(candidate.Kind, candidate.Id)];

    /// <summary>The index of a fact's or intent's entry among the owners of documents; -1 when there is none.</summary>
    private int OwnerOf(MatchKind kind, string id) => Array.IndexOf(owners, (kind, id));

    /// <summary>
    /// Whether the query asks whether a planned event came true or how things stand today, and the best fact can say what
    /// the report said instead (see <see cref="MatchResult.AsksBeyondReport"/>). Such a question often reads like an
    /// example of what the report does not answer ("did they actually leave Ain al-Asad?"); the fact then goes first.
    /// </summary>
    private bool AsksBeyondReport(MatchQuery query, ref MatchCandidate[] candidates)
    {
        if (!query.AsksCurrentStatus && !query.AsksAboutNow)
        {
            return false;
        }

        var ranked = candidates is [{ Kind: MatchKind.OutOfScope }, ..]
            ? [.. candidates.Where(c => c.Kind != MatchKind.OutOfScope)]
            : candidates;
        if (!SaysWhatWasReported(query, ranked) && WithoutStatusWords(query) is { } topic
            && Rank(topic, required: null).Candidates.ToArray() is var reread && SaysWhatWasReported(query, reread)
            && reread[0].Score >= Tuning.Threshold)
        {
            ranked = reread;
        }

        var beyond = SaysWhatWasReported(query, ranked) && !NamesWhatTheFactDoesNot(query, ranked[0]);
        if (beyond)
        {
            candidates = ranked;
        }

        return beyond;
    }

    /// <summary>
    /// Whether the best of <paramref name="ranked"/> can say what the report said instead: a planned event, for a question
    /// whether it came true; any fact, for a question how things stand today.
    /// </summary>
    private bool SaysWhatWasReported(MatchQuery query, MatchCandidate[] ranked) =>
        (query.AsksCurrentStatus && IsPlannedEvent(ranked) && ranked[0].Score >= Tuning.Threshold * Tuning.BeyondReportShare)
        || (query.AsksAboutNow && ranked is [{ Kind: MatchKind.Fact }, ..] && ranked[0].Score >= Tuning.Threshold * Tuning.NowShare);

    /// <summary>
    /// The query without its status words and no longer asking whether something came true ("الانتخابات" of
    /// "الانتخابات صارت؟", where "صارت" pulls towards a fact that says "إذا صار"); <c>null</c> when nothing else is left.
    /// </summary>
    private static MatchQuery? WithoutStatusWords(MatchQuery query)
    {
        if (query.StatusTerms.Count == 0)
        {
            return null;
        }

        List<string> topic = [.. query.Terms.Where(term => !query.StatusTerms.Contains(term))];
        return topic.Count == 0 ? null : query with { Terms = topic, AsksCurrentStatus = false, AsksAboutNow = false, StatusTerms = FrozenSet<string>.Empty };
    }

    /// <summary>
    /// Whether the query names something the report never covers (<see cref="MatchQuery.NameLike"/>, <see cref="MatchQuery.OffTopic"/>: "الجو" in "شلون الجو اليوم
    /// ببغداد؟") that the fact's wordings do not use: "today" then asks about that, not about how the fact stands today.
    /// </summary>
    private bool NamesWhatTheFactDoesNot(MatchQuery query, MatchCandidate fact)
    {
        var terms = OwnerTerms(fact);
        return query.NameLike.Concat(query.OffTopic).Any(name => TermId(name) is var id && (id < 0 || !terms.Contains(id)));
    }

    /// <summary>
    /// Whether the best candidate is a fact about a milestone of the plan, or, confidently, about something else still
    /// expected when reported (<see cref="Fact.Planned"/>: the announcement, final approval). A milestone's fact may be
    /// less sure: "did they actually leave?" names little else.
    /// </summary>
    private bool IsPlannedEvent(MatchCandidate[] candidates) =>
        candidates.Length > 0 && candidates[0].Kind == MatchKind.Fact
        && knowledge.TryGetFact(candidates[0].Id, out var fact) && (fact.MilestoneId is not null || (fact.Planned && candidates[0].Score >= Tuning.Threshold));

    /// <summary>The years the query names ("2014" in "what happened in 2014?"): terms of four digits from 1900 to 2099; <c>null</c> for none.</summary>
    private static List<string>? YearsNamed(MatchQuery query)
    {
        List<string>? years = null;
        foreach (var term in query.Terms)
        {
            if (term.Length == 4 && (term.StartsWith("19", StringComparison.Ordinal) || term.StartsWith("20", StringComparison.Ordinal))
                && char.IsAsciiDigit(term[2]) && char.IsAsciiDigit(term[3]) && (years is null || !years.Contains(term)))
            {
                (years ??= []).Add(term);
            }
        }

        return years;
    }

    /// <summary>
    /// Ranks only what names one of <paramref name="years"/>, with the query's words those facts use (status words aside:
    /// "happened" asks what, not whether). A question that asks nothing but the year ("what happened in 2017?") is a
    /// look-up by date: the fact naming it whose answer says the year goes first and answers (¶14), even though a year
    /// alone matches its wordings weakly; a year no fact names gets no candidate, so the question is refused.
    /// </summary>
    private MatchResult RankByYear(MatchQuery query, List<string> years)
    {
        List<string> topic = [.. WordsOfWhatNames(years, query.Terms).Where(term => !query.StatusTerms.Contains(term))];
        if (!topic.Any(years.Contains))
        {
            // "what happened in 2010?": the report names no such year; a plain refusal, not "about what, exactly?".
            return MatchResult.None(Tuning.Threshold);
        }

        var dated = Rank(query with { Terms = topic }, years);
        dated = dated with { Candidates = [.. dated.Candidates.OrderByDescending(candidate => AnswerNames(candidate, years))] };
        return dated.Best is { Kind: MatchKind.Fact } best && best.Score < Tuning.Threshold
            ? dated with { Candidates = [best with { Score = Tuning.Threshold }, .. dated.Candidates.Skip(1)] }
            : dated;
    }

    /// <summary>Whether <paramref name="candidate"/> is a fact whose answer names one of <paramref name="years"/> ("2003" in the invasion's, ¶15).</summary>
    private bool AnswerNames(MatchCandidate candidate, List<string> years) =>
        candidate.Kind == MatchKind.Fact && knowledge.TryGetFact(candidate.Id, out var fact)
        && years.Any(year => fact.Answer.English.Contains(year, StringComparison.Ordinal));

    /// <summary>
    /// Whether the query asks about <paramref name="years"/> and nothing else: its other terms are question words,
    /// status words, places the facts naming the year name too, or the word just before a year ("what happened in
    /// 2003?", "شنو صار عام 2014؟", "what happened in 2019 in iraq?"; not "who won the 2024 election?").
    /// </summary>
    private bool AsksOnlyAbout(MatchQuery query, List<string> years)
    {
        var terms = query.Terms;
        List<string>? named = null;
        for (var i = 0; i < terms.Count; i++)
        {
            var term = terms[i];
            var dated = years.Contains(term) || (i + 1 < terms.Count && years.Contains(terms[i + 1]));
            if (!dated && !query.StatusTerms.Contains(term) && !cues.AreOnlyQuestionWords([term])
                && !(IsPlace(term) && (named ??= WordsOfWhatNames(years, terms)).Contains(term)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The <paramref name="queryTerms"/> that some fact naming one of <paramref name="years"/> uses, the years
    /// included: "what happened in 2017?" is asked as "what … 2017" (¶14), since no dated fact says "happened".
    /// </summary>
    private List<string> WordsOfWhatNames(List<string> years, IReadOnlyList<string> queryTerms)
    {
        var yearIds = years.Select(TermId).Where(id => id >= 0).ToArray();
        var used = new HashSet<int>(yearIds);
        for (var owner = 0; owner < owners.Length; owner++)
        {
            if (owners[owner].Kind == MatchKind.Fact && yearIds.Any(ownerTerms[owner].Contains))
            {
                used.UnionWith(ownerTerms[owner]);
            }
        }

        return [.. queryTerms.Where(term => used.Contains(TermId(term)))];
    }

    /// <summary>Whether one of <paramref name="candidate"/>'s wordings uses one of <paramref name="words"/> (terms).</summary>
    private bool UsesAny(MatchCandidate candidate, List<string> words)
    {
        var known = OwnerTerms(candidate);
        return words.Any(word => TermId(word) is var id && id >= 0 && known.Contains(id));
    }

    private void KeepOwnersWithAny(IReadOnlyList<string> required, Span<float> ownerScores)
    {
        Span<int> ids = required.Count <= 64 ? stackalloc int[required.Count] : new int[required.Count];
        for (var i = 0; i < required.Count; i++)
        {
            ids[i] = TermId(required[i]);
        }

        for (var owner = 0; owner < ownerScores.Length; owner++)
        {
            var known = ownerTerms[owner];
            var keep = false;
            foreach (var id in ids)
            {
                keep |= id >= 0 && known.Contains(id);
            }

            if (!keep)
            {
                ownerScores[owner] = 0;
            }
        }
    }

    /// <summary>
    /// Scales facts and out-of-scope examples by <paramref name="factor"/> (a question of generic words only, or only
    /// question words), leaving intents and near-exact wordings as they are; a factor of 0 (only question words: "شكد؟")
    /// removes standalone intents too, so a bare "how many?" never reads as "what am I subscribed to?".
    /// </summary>
    private void DampFacts(Span<float> ownerScores, float factor)
    {
        for (var owner = 0; owner < ownerScores.Length; owner++)
        {
            var damped = owners[owner].Kind != MatchKind.Intent || (factor == 0 && standaloneIntents.Contains(owners[owner].Id));
            if (damped && ownerScores[owner] < Tuning.SameWordingScore)
            {
                ownerScores[owner] *= factor;
            }
        }
    }

    /// <summary>The weight of a query term no wording uses: high when it looks like a name, lower otherwise.</summary>
    private double UnknownWeight(MatchQuery query, string term) =>
        query.NameLike.Contains(term) ? Tuning.UnknownTermWeight
        : query.Definite.Contains(term) ? Tuning.UnknownDefiniteWeight
        : query.VerbLike.Contains(term) ? Tuning.UnknownVerbWeight
        : Tuning.UnknownWordWeight;

    private double UnknownNorm(MatchQuery query, ReadOnlySpan<int> ids)
    {
        double norm = 0;
        for (var i = 0; i < ids.Length; i++)
        {
            if (ids[i] < 0)
            {
                var weight = UnknownWeight(query, query.Terms[i]);
                norm += weight * weight;
            }
        }

        return norm;
    }

    /// <summary>
    /// Multiplies a fact's score by <see cref="MatchTuning.MissingPlaceFactor"/> for every place or name the query
    /// mentions (<see cref="Lexicon.Places"/>) that none of the fact's wordings name, in either language: "leave
    /// Syria" is not "leave Iraq".
    /// </summary>
    private void PenalizeMissingPlaces(ReadOnlySpan<int> ids, Span<float> ownerScores)
    {
        Span<int> named = stackalloc int[Math.Min(ids.Length, 16)];
        var count = 0;
        foreach (var id in ids)
        {
            if (id >= 0 && placeOfTerm.TryGetValue(id, out var place) && !named[..count].Contains(place) && count < named.Length)
            {
                named[count++] = place;
            }
        }

        for (var owner = 0; owner < ownerScores.Length && count > 0; owner++)
        {
            if (ownerScores[owner] <= 0 || owners[owner].Kind != MatchKind.Fact)
            {
                continue;
            }

            foreach (var place in named[..count])
            {
                if (!places[place].Overlaps(ownerTerms[owner]))
                {
                    ownerScores[owner] *= (float)Tuning.MissingPlaceFactor;
                }
            }
        }
    }

    /// <summary>
    /// Multiplies a fact's or intent's score by <see cref="MatchTuning.UnaskedKindFactor"/> when the query asks for a
    /// kind of answer (<see cref="Lexicon.AnswerKinds"/>: a quantity, a place, names) that none of its training
    /// questions or examples ask for: "how many rockets were fired at US bases?" is not answered by the attacks
    /// paragraph, nor "what's the name of the base in Baghdad?" by the intent about the bot's source.
    /// </summary>
    private void PenalizeUnaskedKinds(int queryKinds, Span<float> ownerScores)
    {
        for (var owner = 0; owner < ownerScores.Length; owner++)
        {
            if ((queryKinds & ~ownerAnswerKinds[owner]) != 0)
            {
                ownerScores[owner] *= (float)Tuning.UnaskedKindFactor;
            }
        }
    }

    private void ApplyCoverage(MatchQuery query, ReadOnlySpan<int> ids, Span<float> ownerScores)
    {
        double total = 0;
        for (var i = 0; i < ids.Length; i++)
        {
            var weight = terms.Idf(ids[i]) * (ids[i] < 0 ? UnknownWeight(query, query.Terms[i]) : 1);
            total += weight * weight;
        }

        for (var owner = 0; owner < ownerScores.Length; owner++)
        {
            if (ownerScores[owner] <= 0)
            {
                continue;
            }

            double covered = 0;
            var known = ownerTerms[owner];
            foreach (var id in ids)
            {
                if (id >= 0 && known.Contains(id))
                {
                    var weight = terms.Idf(id);
                    covered += weight * weight;
                }
            }

            ownerScores[owner] *= (float)Math.Pow(covered / total, Tuning.CoveragePower);
        }
    }

    private void AccumulateTrigrams(IReadOnlyList<string> queryTerms, Span<float> scores)
    {
        var count = 0;
        foreach (var term in queryTerms)
        {
            count += term.Length;
        }

        Span<int> ids = count <= 512 ? stackalloc int[count] : new int[count];
        var n = 0;
        foreach (var term in queryTerms)
        {
            for (var i = -1; i < term.Length - 1; i++)
            {
                ids[n++] = trigramIds.TryGetValue(Trigram(term, i), out var id) ? id : -1;
            }
        }

        trigrams.Accumulate(ids[..n], scores, (float)(1 - Tuning.TermWeight), 1);
    }

    /// <summary>The character trigram of <paramref name="term"/> starting at <paramref name="i"/> (-1 = the word start marker), packed in a long.</summary>
    private static long Trigram(string term, int i)
    {
        long first = i < 0 ? '^' : term[i];
        long second = term[i + 1];
        long third = i + 2 < term.Length ? term[i + 2] : '$';
        return (first << 32) | (second << 16) | third;
    }

    private int[] TrigramIds(List<string> documentTerms)
    {
        var result = new List<int>();
        foreach (var term in documentTerms)
        {
            for (var i = -1; i < term.Length - 1; i++)
            {
                var gram = Trigram(term, i);
                if (!trigramIds.TryGetValue(gram, out var id))
                {
                    trigramIds[gram] = id = trigramIds.Count;
                }

                result.Add(id);
            }
        }

        return [.. result];
    }

    private int TermId(string term) => termIds.TryGetValue(term, out var id) ? id : -1;

    private static int IdOf(Dictionary<string, int> ids, string key)
    {
        if (!ids.TryGetValue(key, out var id))
        {
            ids[key] = id = ids.Count;
        }

        return id;
    }

    private MatchCandidate[] TopCandidates(Span<float> scores)
    {
        Span<int> top = stackalloc int[MaxCandidates];
        var count = 0;
        for (var owner = 0; owner < scores.Length; owner++)
        {
            var score = scores[owner];
            if (score <= 0)
            {
                continue;
            }

            var position = count;
            while (position > 0 && scores[top[position - 1]] < score)
            {
                position--;
            }

            if (position >= MaxCandidates)
            {
                continue;
            }

            var last = Math.Min(count, MaxCandidates - 1);
            for (var k = last; k > position; k--)
            {
                top[k] = top[k - 1];
            }

            top[position] = owner;
            count = Math.Min(count + 1, MaxCandidates);
        }

        var result = new MatchCandidate[count];
        for (var k = 0; k < count; k++)
        {
            var (kind, id) = owners[top[k]];
            result[k] = new MatchCandidate(kind, id, Math.Clamp(scores[top[k]], 0, 1));
        }

        return result;
    }
}
