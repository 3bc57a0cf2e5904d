using System.Buffers;
using System.Collections.Frozen;
using System.Text.RegularExpressions;
using WithdrawalBot.Core.Knowledge;
using WithdrawalBot.Core.Text;

namespace WithdrawalBot.Core.Matching;

/// <summary>
/// Reads an utterance into a <see cref="MatchQuery"/>: repairs the words the knowledge does not use (particles and
/// affixes, typos, two words typed as one), marks unknown words that look like names, definite nouns or verbs, reads
/// the question cues, and leaves out courtesy around a question. Immutable after construction and thread-safe.
/// </summary>
internal sealed partial class UtteranceReader
{
    /// <summary>How many other terms an utterance needs for its courtesy words to be left out ("hi bot" stays a greeting).</summary>
    public const int MinTermsBesideCourtesy = 2;

    /// <summary>Where a sentence ends: after . ! ? ؟ or ؛ (the mark kept with its sentence), or at a line break.</summary>
    private static readonly Regex SentenceEnd = new(@"(?<=[.!?؟؛])\s+|\n+", RegexOptions.CultureInvariant, RegexLimits.MatchTimeout);

    /// <summary>Where a clause ends: at a sentence's end, or at a comma or colon in either script; not inside a figure ("5,000", "2.5").</summary>
    private static readonly Regex ClauseEnd = new(@"(?:[!?؟؛;،:]|(?<!\d)[.,]|[.,](?!\d))+\s*|\n+", RegexOptions.CultureInvariant, RegexLimits.MatchTimeout);

    /// <summary>
    /// A question reported after a verb of asking, without a comma: "my friend asked me yesterday | how many troops are in
    /// Iraq?", "صديقي سألني البارحة | شكد جندي امريكي بالعراق؟"; the group <c>q</c> is where the question starts.
    /// </summary>
    [GeneratedRegex(
        @"\b(?:asked|asks|asking|wants to know|wanted to know|wonders|wondered|wondering|و?(?:سألني|سالني|سألتني|سالتني|يسألني|يسالني|تسألني|تسالني|يسأل|يسال|تسأل|تسال|سأل|سال|سألت|سالت|يريد يعرف|تريد تعرف|يريدون يعرفون))\b(?:\s+\S+){0,3}?\s+(?<q>(?:how|when|why|what|where|who|which|whether|if|متى|شوكت|يمته|لماذا|ليش|كيف|شلون|كم|شكد|شگد|چم|ماذا|شنو|منو|مين|وين|هل|اذا|إذا)\b)",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex ReportedQuestion();

    /// <summary>
    /// A question after an introduction of the asker, without a comma: "my son is at al asad air base | when is it closing",
    /// "ابني بعين الاسد | شوكت يطلعون"; the group <c>q</c> is where the question starts (its first question word after the
    /// introduction's first few words).
    /// </summary>
    [GeneratedRegex(
        @"\G\s*(?:" + EnglishOpener + @")\s+\S+(?:\s+\S+){0,8}?\s+(?<q>(?:how|when|why|what|where|who|which|will|is|are|does|do)\b)"
        + @"|\G\s*(?:" + ArabicOpener + @")\s+\S+(?:\s+\S+){0,8}?\s+(?<q>(?:شوكت|مت[ىي]|يمته|ليش|لماذا|شلون|كيف|شكد|كم|شنو|منو|وين|هل)(?:\s|$|[?؟]))",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex IntroducedQuestion();

    /// <summary>
    /// "IS" in capitals after another word of the sentence, in a message with lower-case letters: the Islamic State, as news
    /// in English and German abbreviate it ("In which year was IS defeated in Iraq?"), not the verb a capital "Is" starts.
    /// </summary>
    [GeneratedRegex(@"(?<=[\p{Ll}\p{Lu},]\s+)IS(?![\p{L}\p{N}])", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex IslamicStateAbbreviation();

    /// <summary>The text with <see cref="IslamicStateAbbreviation"/> written out as "ISIS" when the text has lower-case letters (so a message in capitals keeps its "IS").</summary>
    private static string WithIslamicStateWrittenOut(string cleaned) =>
        cleaned.Contains("IS", StringComparison.Ordinal) && cleaned.Any(char.IsLower) ? IslamicStateAbbreviation().Replace(cleaned, "ISIS") : cleaned;

    /// <summary>Words quoted in the message ("…", “…”, «…», at least three characters): what someone said, not what is asked.</summary>
    [GeneratedRegex(@"""[^""]{3,}""|“[^”]{3,}”|«[^»]{3,}»", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Quoted();

    /// <summary>The text without its quotes (<see cref="Quoted"/>); <c>null</c> when it quotes nothing.</summary>
    private static string? Unquoted(string cleaned) =>
        cleaned.AsSpan().ContainsAny('"', '“', '«') && Quoted().Replace(cleaned, " ") is var unquoted && unquoted != cleaned ? unquoted : null;

    /// <summary>An introduction's opening anywhere in the message (<see cref="IntroducedQuestion"/> looks for one after greetings only when there is one).</summary>
    [GeneratedRegex(@"\b(?:" + EnglishOpener + @")\s|(?:^|\s)(?:" + ArabicOpener + @")\s", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex IntroductionOpener();

    /// <summary>How an introduction of the asker opens in English: "my son is", "I'm", "I work".</summary>
    private const string EnglishOpener = @"my\s+(?:son|daughter|brother|sister|husband|wife|father|dad|mother|mom|mum|cousin|uncle|friend)\s+(?:is|was|works|serves|lives)|i\s*(?:'m|’m|am)|im|i\s+(?:work|live|serve|served)";

    /// <summary>How an introduction of the asker opens in Arabic: "ابني", "اني", "انا", "عمري".</summary>
    private const string ArabicOpener = "ابني|إبني|ابوي|أبوي|اخوي|أخوي|زوجي|اني|إني|انا|أنا|آني|عمري";

    /// <summary>
    /// Pronouns for a person: after an introduction of someone ("my son is …", "ابني …") they stand for that person; in a
    /// question for a name ("what's his name?", "هو مذكور اسمه؟") for the person just told of.
    /// </summary>
    internal static readonly FrozenSet<string> PersonalPronouns = FrozenSet.Create(StringComparer.Ordinal, "he", "him", "his", "she", "her", "هو", "هي");

    /// <summary>The characters <see cref="ClauseEnd"/> splits at.</summary>
    private static readonly SearchValues<char> ClauseMarks = SearchValues.Create(".!?؟؛;,،:\n");

    /// <summary>The article with a particle before it, joined to an Arabic word, longest first: "بالبصرة" → "البصرة".</summary>
    private static readonly string[] ArabicArticleParticles = ["وبال", "وال", "بال", "فال", "كال", "لل"];

    /// <summary>Particles and the article written joined to an Arabic word, longest first: "والعراقيين" → "عراقيين".</summary>
    private static readonly string[] ArabicLeadingParticles = ["وبال", "وال", "بال", "فال", "كال", "لل", "ال", "و", "ب", "ل", "ف"];

    /// <summary>Words for the asker's own place ("my city", "مدينتي", "عدنا"): a question using one asks about the place the asker said they are from.</summary>
    private static readonly FrozenSet<string> HomeReferences = FrozenSet.Create(StringComparer.Ordinal, "city", "town", "hometown", "province", "مدينتي", "مدينتنا", "بمدينتي", "بمدينتنا", "منطقتي", "منطقتنا", "بمنطقتي", "بمنطقتنا", "محافظتي", "محافظتنا", "بمحافظتي", "عدنا", "يمنا");

    /// <summary>Words addressing the bot after a greeting ("هلو عيني", "hi habibi"), not about anyone; not اخوي, which is also "my brother".</summary>
    private static readonly FrozenSet<string> Vocatives = FrozenSet.Create(StringComparer.Ordinal, "عيني", "حبيبي", "عمي", "حجي", "خويه", "خوية", "يابه", "habibi", "bro", "mate", "sir", "dude");

    /// <summary>Words that follow a number in an age: "40 years old", "40 سنة".</summary>
    private static readonly HashSet<string> AgeWords = new(["year", "years", "yrs", "old", "سنة", "سنه", "سنين", "سنوات", "عام", "عاما", "عاماً"], StringComparer.Ordinal);

    /// <summary>Words that correct the question before ("no, I meant Syria", "لا قصدي سوريا"): a clause saying one is no introduction.</summary>
    internal static readonly FrozenSet<string> CorrectionWords = FrozenSet.Create(StringComparer.Ordinal, "meant", "mean", "قصدي", "اقصد", "قصدت", "correction");

    /// <summary>
    /// Words reporting what the asker heard or believes ("I heard troops stay in Erbil until 2027, right?", "I read …",
    /// "I was told …", "سمعت …"): such a clause is the claim asked about, not who asks.
    /// </summary>
    private static readonly FrozenSet<string> ReportingWords = FrozenSet.Create(StringComparer.Ordinal, "heard", "read", "thought", "told", "remember", "believe", "سمعت", "قريت", "قرأت");

    /// <summary>The characters <see cref="SentenceEnd"/> splits after.</summary>
    private static readonly SearchValues<char> SentenceMarks = SearchValues.Create(".!?؟؛\n");

    /// <summary>How many known terms besides question words the asked clauses need for an introduction's other words to be left out.</summary>
    public const int MinTopicTerms = 2;

    private readonly TextAnalyzer analyzer;
    private readonly QuestionCues cues;
    private readonly MatchTuning tuning;
    private readonly TypoCorrector corrector;
    private readonly TypoCorrector offTopicWords;
    private readonly HashSet<string> offTopicTerms = new(StringComparer.Ordinal);
    private readonly IReadOnlySet<string> indexedTerms;
    private readonly IReadOnlySet<string> courtesyTerms;
    private readonly IReadOnlySet<string> placeTerms;
    private readonly CrossLanguageTerms crossLanguage;

    /// <summary>Terms of each word of the places' names: "عين" and "اسد" of "عين الأسد", which the matcher reads as one term.</summary>
    private readonly HashSet<string> placeWordTerms;

    /// <summary>Terms of the places named in one word ("Baghdad", "اربيل"), as against a word of a longer name ("Ain").</summary>
    private readonly HashSet<string> oneWordPlaceTerms;

    /// <param name="analyzer">The analyzer the index was built with.</param>
    /// <param name="cues">The question cue tables.</param>
    /// <param name="lexicon">The lexicon, for its off-topic names.</param>
    /// <param name="vocabulary">Known words (normalized) → how often the knowledge uses them: typos are corrected towards them.</param>
    /// <param name="indexedTerms">Terms some wording uses.</param>
    /// <param name="courtesyTerms">Terms only courtesy intents use (<see cref="Intent.Courtesy"/>).</param>
    /// <param name="placeTerms">Terms of the places the report mentions (<see cref="Lexicon.Places"/>), as the matcher indexed them.</param>
    /// <param name="tuning">Whether and from what length Arabic typos are corrected.</param>
    public UtteranceReader(TextAnalyzer analyzer, QuestionCues cues, Lexicon lexicon, IReadOnlyDictionary<string, int> vocabulary, IReadOnlySet<string> indexedTerms, IReadOnlySet<string> courtesyTerms, IReadOnlySet<string> placeTerms, MatchTuning tuning)
    {
        this.analyzer = analyzer;
        this.cues = cues;
        this.tuning = tuning;
        this.indexedTerms = indexedTerms;
        this.courtesyTerms = courtesyTerms;
        this.placeTerms = placeTerms;
        placeWordTerms = lexicon.Places.SelectMany(names => names).SelectMany(name => analyzer.Words(name))
            .Where(word => !analyzer.IsStopword(word)).Select(analyzer.TermOf).OfType<string>().ToHashSet(StringComparer.Ordinal);
        oneWordPlaceTerms = lexicon.Places.SelectMany(names => names).Select(name => analyzer.Words(name)).Where(words => words.Count == 1)
            .Select(words => analyzer.TermOf(words[0])).OfType<string>().ToHashSet(StringComparer.Ordinal);
        corrector = new TypoCorrector(vocabulary);
        crossLanguage = new CrossLanguageTerms(analyzer, lexicon);
        var offTopic = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var word in lexicon.OffTopicNames.SelectMany(name => analyzer.Words(name)).Where(word => !analyzer.IsStopword(word)))
        {
            offTopic.TryAdd(word, 1);
            // "تعداد" (a census) reads as "كم": a question word names nothing off-topic.
            if (analyzer.TermOf(word) is { } term && !cues.AreOnlyQuestionWords([term]))
            {
                offTopicTerms.Add(term);
            }
        }

        offTopicWords = new TypoCorrector(offTopic);
    }

    /// <summary>The utterance as a query (only its first <see cref="TextCleaner.MaxMatchLength"/> characters count); see <see cref="IntentMatcher.Analyze"/>.</summary>
    public MatchQuery Read(string? text)
    {
        var cleaned = NumericMonths.WithMonthsWritten(WithIslamicStateWrittenOut(TextCleaner.ForMatching(text)));
        var written = new List<string>();
        WordNormalizer.Tokenize(cleaned, written);
        var answerKinds = cues.AnswerKinds(written);
        var words = analyzer.Words(written);
        var aside = AsideWords(cleaned);
        var introduced = IntroductionWords(cleaned);
        var repaired = new List<string>(words.Count + 2);
        HashSet<string>? capitalized = null;
        List<string>? nameLike = null;
        List<string>? definite = null;
        List<string>? verbLike = null;
        List<string>? offTopic = null;
        var negatedPlaces = NegatedPlaces(words);
        var unknownAlternatives = UnknownAlternatives(words);
        foreach (var word in words)
        {
            if (negatedPlaces is not null && negatedPlaces.Contains(word))
            {
                // "not Baghdad, Erbil", "اربيل مو بغداد": a correction names the place it is not about.
                continue;
            }

            if (unknownAlternatives is not null && unknownAlternatives.Contains(word))
            {
                // "2500 troops in Iraq or 25,000?", "المسلحين مدعومين من ايران لو تركيا": the report answers the other alternative.
                continue;
            }

            if (aside is not null && aside.Contains(word) && !IsKnownWord(word) && !IsOffTopicName(word) && !IsFigure(word))
            {
                // Said around the question, not asked: "I'm reading from Nairobi.", "Sorry my English is simple."; a figure
                // said there is a claim to check ("I thought there were around 5,000 US troops in Iraq. Is that right?").
                continue;
            }

            if (introduced is { } intro && intro.Words.Contains(word) && !intro.Home.Contains(word)
                && (!IsKnownWord(word) || IsOffTopicName(word) || intro.Cues.Contains(word) || (IsPlace(word) ? intro.AskedNamesPlace : intro.AskedHasTopic)))
            {
                // About the asker: "I am from India, please explain …", "اني من الديوانية، ابني يگول …", "ابني يشتغل بعين الاسد، …",
                // "اني ساكن ببغداد، شكد جندي بالعراق؟" (where the asker lives is not what is asked, when the question names its
                // own place; in "my son works at Ain al-Asad, when do they leave?" the place is the subject).
                continue;
            }

            if (introduced is { Home.Count: > 0 } && HomeReferences.Contains(word))
            {
                // "… when do they leave my city?" after "I am from Erbil": the city is Erbil, kept from the introduction.
                continue;
            }

            if (introduced is { Cues.Count: > 0 } && PersonalPronouns.Contains(word))
            {
                // "my son is at ain al asad, is he in danger?": "he" is the one introduced, not Farhad Alaa al-Din, whom "what
                // did he say?" asks about.
                continue;
            }

            var offTopicName = !analyzer.IsStopword(word) && IsOffTopicName(word);
            if (offTopicName)
            {
                (offTopic ??= []).Add(word);
            }

            if (analyzer.IsStopword(word) || char.IsAsciiDigit(word[0]))
            {
                repaired.Add(word);
            }
            else if (offTopicName && !IsIndexed(word))
            {
                // Before any repair: "الحشد" is a name the report never mentions, not a typo of a word it uses; and
                // "الجو" (weather) stays one even though the lexicon knows the word.
                repaired.Add(word);
                (nameLike ??= []).Add(word);
            }
            else if (IsKnownWord(word))
            {
                repaired.Add(word);
            }
            else if (WordNormalizer.IsArabic(word))
            {
                var variant = ArabicVariant(word);
                if (variant is not null)
                {
                    // A dialect word found by a typo correction is read as the lexicon maps it ("الامركان" → "الامريكان" → "الأمريكيين").
                    repaired.AddRange(analyzer.Words([variant]));
                    continue;
                }

                if (SplitArabic(word) is var (left, right))
                {
                    // "شكدجندي", "عينالاسد": two words typed without the space, each read as the lexicon maps it.
                    repaired.AddRange(analyzer.Words([left, right]));
                    continue;
                }

                repaired.Add(word);

                if (IsOffTopic(word))
                {
                    (nameLike ??= []).Add(word);
                }
                else if (HasArabicArticle(word))
                {
                    (definite ??= []).Add(word);
                }
                else if (LooksLikeArabicVerb(word))
                {
                    (verbLike ??= []).Add(word);
                }
            }
            else if (corrector.Correct(word) is { } corrected)
            {
                repaired.AddRange(analyzer.Words([corrected]));
            }
            else if (!TrySplit(word, repaired))
            {
                repaired.Add(word);
                capitalized ??= CapitalizedWords(cleaned);
                if (capitalized.Contains(word) || IsOffTopic(word))
                {
                    (nameLike ??= []).Add(word);
                }
                else if (LooksLikeEnglishVerb(word))
                {
                    (verbLike ??= []).Add(word);
                }
            }
        }

        var cueWords = cues.StatusCueWords(repaired);
        var asksAboutNow = cues.AsksAboutNow(repaired);
        if ((cueWords is not null || asksAboutNow) && Unquoted(cleaned) is { } unquoted)
        {
            // "who said "we have a deal, and the question now is just when to announce it"?": the "now" is the speaker's, in
            // the quote, not the asker's.
            var outside = analyzer.Words(WordNormalizer.Tokenize(unquoted));
            cueWords = cues.StatusCueWords(outside);
            asksAboutNow = cues.AsksAboutNow(outside);
        }

        var terms = analyzer.Terms(repaired);
        var readings = crossLanguage.Readings(terms);
        return new MatchQuery(WithoutCourtesy(terms, words, cleaned), TermsOf(nameLike))
        {
            Readings = readings is var (english, arabic) ? [WithoutCourtesy(english, words, cleaned), WithoutCourtesy(arabic, words, cleaned)] : null,
            WordCount = words.Count,
            Written = words,
            OffTopic = offTopic is null ? FrozenSet<string>.Empty : TermsOf(offTopic),
            Definite = TermsOf(definite),
            VerbLike = TermsOf(verbLike),
            AsksCurrentStatus = cueWords is not null,
            StatusTerms = cueWords is null ? FrozenSet<string>.Empty : TermsOf(cueWords),
            AsksAboutNow = asksAboutNow,
            AnswerKinds = answerKinds,
        };
    }

    /// <summary>
    /// An Arabic word without the particles and article joined to its start ("العراقيين" → "عراقيين"), keeping three
    /// letters at least; the word itself when none is there or it is not Arabic. Endings stay: "العراقية" ("Iraqi", of
    /// bases) is not "عراقي" ("an Iraqi").
    /// </summary>
    internal static ReadOnlySpan<char> WithoutParticles(string word)
    {
        if (!WordNormalizer.IsArabic(word))
        {
            return word;
        }

        foreach (var particle in ArabicLeadingParticles)
        {
            if (word.Length >= particle.Length + 3 && word.StartsWith(particle, StringComparison.Ordinal))
            {
                return word.AsSpan(particle.Length);
            }
        }

        return word;
    }

    /// <summary>
    /// The terms without those only courtesy intents use (<see cref="Intent.Courtesy"/>: "hello", "هلا", "thanks")
    /// when at least <see cref="MinTermsBesideCourtesy"/> others remain: "hi, when do troops leave Erbil?" is the
    /// question, not a greeting, and its answer should not score lower for the greeting. A greeting with only an
    /// introduction after it, no question word and no question mark, keeps only the courtesy terms.
    /// </summary>
    private List<string> WithoutCourtesy(List<string> terms, List<string> words, string cleaned)
    {
        var courteous = terms.Count(courtesyTerms.Contains);
        if (courteous > 0 && cleaned.AsSpan().IndexOfAny('?', '؟') < 0 && !cues.HasQuestionWord(words) && cues.IsIntroduction(words))
        {
            // "هلو اني من اربيل", "hi, I'm Sam from Ohio": a greeting and who is speaking, nothing asked yet.
            return terms.FindAll(courtesyTerms.Contains);
        }

        return courteous > 0 && terms.Count - courteous >= MinTermsBesideCourtesy ? terms.FindAll(term => !courtesyTerms.Contains(term)) : terms;
    }

    private HashSet<string> TermsOf(List<string>? words)
    {
        var result = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in words ?? [])
        {
            if (analyzer.TermOf(word) is { } term)
            {
                result.Add(term);
            }
        }

        return result;
    }

    /// <summary>Whether an unknown word is one of the lexicon's off-topic names, behind a particle or with a one-letter typo ("بالكويت", "russain").</summary>
    private bool IsOffTopic(string word) =>
        IsOffTopicName(word)
        || (word.Length >= TypoCorrector.MinSubstitutionLength && offTopicWords.Correct(word, longWordLength: int.MaxValue) is not null);

    /// <summary>
    /// The words of the sentences around a question that are not questions themselves ("I'm reading from Nairobi. How
    /// much territory did ISIS hold?"), minus any word the question sentences use; <c>null</c> when the utterance is
    /// not a mix of question and other sentences (then every word counts).
    /// </summary>
    private HashSet<string>? AsideWords(string cleaned)
    {
        // Most messages are one sentence: nothing to split.
        if (!HasMarkBeforeEnd(cleaned, SentenceMarks))
        {
            return null;
        }

        var sentences = SentenceEnd.Split(cleaned).Where(s => s.Trim().Length > 0).ToArray();
        bool IsQuestion(string sentence) => sentence.TrimEnd().EndsWith('?') || sentence.TrimEnd().EndsWith('؟');
        var questions = sentences.Where(IsQuestion).ToArray();
        if (questions.Length == 0 || questions.Length == sentences.Length)
        {
            return null;
        }

        var asked = questions.SelectMany(q => analyzer.Words(q)).ToHashSet(StringComparer.Ordinal);
        var aside = sentences.Where(s => !IsQuestion(s)).SelectMany(s => analyzer.Words(s)).Where(word => !asked.Contains(word)).ToHashSet(StringComparer.Ordinal);
        return aside.Count > 0 ? aside : null;
    }

    /// <summary>
    /// The words of clauses about the asker (<see cref="QuestionCues.IsIntroduction"/>) that no other clause uses, which
    /// of them are the introduction cues themselves ("my", "works", "ابني", "يشتغل"), whether the other clauses name a
    /// place of the report, whether they have a topic of their own, and where the asker is from when they ask about it
    /// ("Erbil" of "I am from Erbil, when do they leave my city?"; empty otherwise); <c>null</c> when there are none. The last clause is what is asked and counts only when it
    /// follows a question as a sentence of its own ("… Ain al-Asad? My brother is stationed there."); a question reported
    /// after a verb of asking starts a clause of its own (<see cref="ReportedQuestion"/>).
    /// </summary>
    private (HashSet<string> Words, HashSet<string> Cues, bool AskedNamesPlace, bool AskedHasTopic, HashSet<string> Home)? IntroductionWords(string cleaned)
    {
        if (ReportedQuestion().Match(cleaned) is { Success: true } reported)
        {
            cleaned = string.Concat(cleaned.AsSpan(0, reported.Groups["q"].Index), ", ", cleaned.AsSpan(reported.Groups["q"].Index));
        }
        else if (!HasMarkBeforeEnd(cleaned, ClauseMarks) && IntroducedAfterCourtesy(cleaned) is { Success: true } opening)
        {
            var question = opening.Groups["q"].Index;
            cleaned = string.Concat(cleaned.AsSpan(0, question), ", ", cleaned.AsSpan(question));
        }

        if (!HasMarkBeforeEnd(cleaned, ClauseMarks))
        {
            return null;
        }

        var raw = ClauseEnd.Split(cleaned).Where(clause => WordNormalizer.Tokenize(clause).Count > 0).ToArray();
        var clauses = raw.Select(clause => NumberWords.Read(WordNormalizer.Tokenize(clause))).ToArray();
        // A sentence after the question is about the asker too: "What happens to Ain al-Asad? My brother is stationed there.",
        // "Who attacked the US troops, FYI need this for our risk register." (no question mark, but the first clause asks).
        var trimmed = cleaned.TrimEnd();
        var endsAsked = trimmed.EndsWith('?') || trimmed.EndsWith('؟');
        var isIntroduction = clauses.Select((words, i) => !words.Any(CorrectionWords.Contains) && !words.Take(3).Any(ReportingWords.Contains) && !StatesFigure(words) && (i < clauses.Length - 1
            ? cues.IsIntroduction(words) || (OpensWithI(raw[i]) && !cues.HasQuestionWord(words))
            : !endsAsked && i > 0 && (trimmed.AsSpan().IndexOfAny('?', '؟') >= 0 || cues.HasQuestionWord(clauses[0])) && cues.IsIntroduction(words))).ToArray();
        if (!isIntroduction.Contains(true))
        {
            return null;
        }

        var asked = clauses.Where((_, i) => !isIntroduction[i]).SelectMany(words => analyzer.Words(words)).ToHashSet(StringComparer.Ordinal);
        // "I am from Erbil, when do the Americans leave my city?": where the asker is from is what "my city" asks about.
        // Not when the question names its own place ("… اللي يمنا بالأنبار").
        var asksAboutHome = !asked.Any(word => IsPlaceTerm(word) && !word.All(char.IsAsciiDigit))
            && clauses.Where((_, i) => !isIntroduction[i]).Any(words => words.Exists(HomeReferences.Contains));
        var home = asksAboutHome ? clauses.Where((_, i) => isIntroduction[i]).SelectMany(HomeWords).ToHashSet(StringComparer.Ordinal) : [];
        var introduced = clauses.Where((_, i) => isIntroduction[i]).SelectMany(words => analyzer.Words(words)).Where(word => !asked.Contains(word)).ToHashSet(StringComparer.Ordinal);
        var cueWords = clauses.Where((_, i) => isIntroduction[i])
            .SelectMany(words => analyzer.Words(words.FindAll(cues.IsIntroductionWord).Concat(Age(words)).Concat(HomeWords(words).Where(IsPlace).Where(word => !home.Contains(word))).Concat(OwnName(words)).ToList()))
            .Where(introduced.Contains)
            .ToHashSet(StringComparer.Ordinal);
        // A year the question names ("… coming home in 2025?") is no place of its own: "stationed in Erbil" stays asked.
        return introduced.Count > 0 ? (introduced, cueWords, asked.Any(word => IsPlace(word) && !word.All(char.IsAsciiDigit)), HasTopic(asked), home) : null;
    }

    /// <summary>
    /// <see cref="IntroducedQuestion"/> at the message's start, or else after the greetings and terms of address it opens
    /// with (<see cref="AfterCourtesy"/>, read only when an introduction opens somewhere); <c>null</c> when neither.
    /// </summary>
    private Match? IntroducedAfterCourtesy(string cleaned)
    {
        if (IntroducedQuestion().Match(cleaned) is { Success: true } opening)
        {
            return opening;
        }

        return IntroductionOpener().IsMatch(cleaned) && AfterCourtesy(cleaned) is > 0 and var start ? IntroducedQuestion().Match(cleaned, start) : null;
    }

    /// <summary>
    /// Where the message goes on after the greetings and terms of address it opens with ("هلو عيني اني من الحلة …" → "اني
    /// من الحلة …", "hi, I'm from Ohio …" → "I'm from Ohio …"): 0 when it opens with neither.
    /// </summary>
    private int AfterCourtesy(string cleaned)
    {
        var position = 0;
        foreach (var word in WordNormalizer.Tokenize(cleaned))
        {
            // A word of no meaning after a greeting goes with it ("عليكم" of "السلام عليكم", trial 64), unless it opens an
            // introduction ("انا", "ابني").
            var courteous = Vocatives.Contains(word) || analyzer.Analyze(word) switch
            {
                [var term] => courtesyTerms.Contains(term),
                [] => position > 0 && !IntroductionOpener().IsMatch(" " + word + " "),
                _ => false,
            };
            var at = courteous ? cleaned.IndexOf(word, position, StringComparison.OrdinalIgnoreCase) : -1;
            if (at < 0)
            {
                break;
            }

            position = at + word.Length;
        }

        return position;
    }

    /// <summary>Words for "or" between alternatives, normalized: "or", "لو", "او", "ام", "ولا".</summary>
    private static readonly FrozenSet<string> OrWords = FrozenSet.Create(StringComparer.Ordinal, "or", "لو", "او", "ام", "ولا");

    /// <summary>
    /// The "or" and the alternative after it when the report knows nothing of that alternative and does know what it is
    /// offered against: a figure in digits no wording uses after a figure one does ("2500 troops in Iraq or 25,000?", "جنود
    /// امريكا بسوريا ٩٠٠ لو ٩٠٠٠"; not a figure in words, "ثلاث جنود ماتو لو ثلاثين"), or a name the report never mentions
    /// after a place it does ("مدعومين من ايران لو تركيا"; not "الجيش لو الحشد", which asks who, of two the report never
    /// says); <c>null</c> when there is none.
    /// </summary>
    private HashSet<string>? UnknownAlternatives(List<string> words)
    {
        HashSet<string>? rejected = null;
        for (var i = 1; i + 1 < words.Count; i++)
        {
            if (!OrWords.Contains(words[i]))
            {
                continue;
            }

            var (before, after) = (words[i - 1], words[i + 1]);
            var unknown = char.IsAsciiDigit(after[0])
                ? !IsIndexed(after) && words.Take(i).Any(word => char.IsAsciiDigit(word[0]) && IsIndexed(word))
                : IsOffTopicName(after) && IsPlace(before);
            if (unknown)
            {
                rejected ??= new HashSet<string>(StringComparer.Ordinal);
                rejected.Add(words[i]);
                rejected.Add(after);
            }
        }

        return rejected;
    }

    /// <summary>
    /// The places a message says it is not about, when it also names another: the words of a place right after "not" or
    /// ليس (مو, مش in the dialect map), with that word: "not Baghdad, Erbil", "Erbil, not Baghdad", "مو بغداد، اربيل".
    /// <c>null</c> when there are none, or when no other place is named ("not Baghdad?" still asks about Baghdad), and not
    /// for a place said to be in another ("مو عين الأسد بأربيل؟").
    /// </summary>
    private HashSet<string>? NegatedPlaces(List<string> words)
    {
        HashSet<string>? negated = null;
        for (var i = 1; i < words.Count; i++)
        {
            if (words[i - 1] is not ("not" or "ليس" or "non") || !IsPlace(words[i]))
            {
                continue;
            }

            // The rest of a name of more than one word ("not Ain al-Asad"), up to the next place named on its own ("not Baghdad Erbil").
            var end = i + 1;
            while (end < words.Count && !IsOneWordPlace(words[end]) && (IsPlace(words[end]) || (analyzer.IsStopword(words[end]) && end + 1 < words.Count && IsPlace(words[end + 1]))))
            {
                end++;
            }

            if (end < words.Count && (words[end] is "في" or "in" || (words[end].Length > 1 && words[end][0] == 'ب' && IsPlace(words[end]))))
            {
                // "مو عين الأسد بأربيل؟", "isn't Ain al-Asad in Erbil?": a question whether the one place is in the other.
                continue;
            }

            negated ??= new HashSet<string>(StringComparer.Ordinal);
            for (var j = i - 1; j < end; j++)
            {
                negated.Add(words[j]);
            }
        }

        return negated is not null && words.Any(word => IsPlace(word) && !negated.Contains(word)) ? negated : null;
    }

    /// <summary>
    /// Whether the asked clauses name at least <see cref="MinTopicTerms"/> known terms besides question words ("how many
    /// troops are in Iraq?"; a word of a place's name counts, as "Alaa" and "Din" of "Who is Farhad Alaa al-Din?"), so
    /// they need nothing from an introduction ("my brother works as a translator at a base"); "كم عددهم؟" or "what are
    /// the main points?" lean on what was said before them.
    /// </summary>
    private bool HasTopic(HashSet<string> asked) =>
        asked.Where(word => !analyzer.IsStopword(word) && (IsIndexed(word) || IsPlace(word))).Select(analyzer.TermOf).OfType<string>()
            .Where(term => !cues.AreOnlyQuestionWords([term])).Distinct(StringComparer.Ordinal).Count() >= MinTopicTerms;

    /// <summary>
    /// Where the asker comes from, as written: the word after "from" / من in an introduction ("I'm Ahmed from Baghdad",
    /// "اني من بغداد"). A place of the report there says who asks, not what is asked (a place after "at" or "in" may be:
    /// "my son works at Ain al-Asad"), unless the question asks about the asker's own place ("… my city?").
    /// </summary>
    private static IEnumerable<string> HomeWords(List<string> words)
    {
        for (var i = 1; i < words.Count; i++)
        {
            if (words[i - 1] is "from" or "من")
            {
                yield return words[i];
            }
        }
    }

    /// <summary>The asker's name, as written: the word after "اسمي" or "my name is" ("اسمي حسين", though Hussein is also Saddam's name, ¶15).</summary>
    private static IEnumerable<string> OwnName(List<string> words)
    {
        for (var i = 1; i < words.Count; i++)
        {
            if (words[i - 1] == "اسمي" || (i >= 2 && words[i - 2] == "name" && words[i - 1] == "is"))
            {
                yield return words[i];
            }
        }
    }

    /// <summary>
    /// Whether a word is a figure, not a year (19xx, 20xx): "3000", "1,200" (one word by then); a year said about the asker ("my dad served in
    /// Anbar back in 2007") is background more often than a claim.
    /// </summary>
    private static bool IsFigure(string word) => char.IsAsciiDigit(word[0]) && !ParagraphFinder.IsYear(word);

    /// <summary>
    /// Whether a clause states a figure (<see cref="IsFigure"/>) other than an age, or asks how many: "اخوي بالجيش ويكول اكو 3000 أمريكي بالعراق" reports a claim to
    /// check, not who asks ("I'm 25 years old", "I'm 25", "عمري 40" give an age).
    /// </summary>
    private static bool StatesFigure(List<string> words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (IsFigure(words[i]) && !(i + 1 < words.Count && AgeWords.Contains(words[i + 1])) && !(i > 0 && words[i - 1] is "im" or "am" or "عمري"))
            {
                return true;
            }

            // Or asks for one, as a claim checked is read with its figure asked for ("… ويكول اكو كم أمريكي بالعراق").
            if (words[i] is "كم" || (words[i] is "how" && i + 1 < words.Count && words[i + 1] is "many"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>An age in an introduction, as written: the number and the words after it ("I am 40 years old", "وعمري 40 سنة").</summary>
    private static IEnumerable<string> Age(List<string> words)
    {
        for (var i = 1; i < words.Count; i++)
        {
            if (char.IsAsciiDigit(words[i - 1][0]) && AgeWords.Contains(words[i]))
            {
                yield return words[i - 1];
                yield return words[i];
                if (i + 1 < words.Count && AgeWords.Contains(words[i + 1]))
                {
                    yield return words[i + 1];
                }
            }
        }
    }

    /// <summary>
    /// Whether an English clause opens with "I" as a word ("I'm a taxi driver in Baghdad", "I am …", "I've …"): single
    /// letters are no words for the tokenizer, so the introduction cues cannot see it.
    /// </summary>
    private static bool OpensWithI(string clause)
    {
        var body = clause.AsSpan().TrimStart();
        return body.Length > 1 && body[0] == 'I' && body[1] is ' ' or '\'' or '’';
    }

    /// <summary>Whether one of <paramref name="marks"/> stands before the last character of the trimmed text: a message of more than one sentence or clause.</summary>
    private static bool HasMarkBeforeEnd(string text, SearchValues<char> marks)
    {
        var body = text.AsSpan().Trim();
        return body.Length >= 2 && body[..^1].ContainsAny(marks);
    }

    /// <summary>Whether the word names one of the places the report mentions (<see cref="Lexicon.Places"/>), behind a particle or not ("ببغداد").</summary>
    private bool IsPlace(string word) =>
        IsPlaceTerm(word) || (WordNormalizer.IsArabic(word) && TextAnalyzer.ArabicAffixVariants(word).Any(IsPlaceTerm));

    private bool IsOneWordPlace(string word) => analyzer.TermOf(word) is { } term && oneWordPlaceTerms.Contains(term);

    private bool IsPlaceTerm(string word) => analyzer.TermOf(word) is { } term && (placeTerms.Contains(term) || placeWordTerms.Contains(term));

    /// <summary>
    /// Whether the word is one of the lexicon's off-topic names, alone or behind the article and a particle ("بالبصرة",
    /// "وبالموصل", "للروس"); only those prefixes are taken off, so "يمنا" (next to us) is not "اليمن".
    /// </summary>
    private bool IsOffTopicName(string word)
    {
        if (IsOffTopicWord(word))
        {
            return true;
        }

        foreach (var particle in ArabicArticleParticles)
        {
            if (word.Length - particle.Length >= 3 && word.StartsWith(particle, StringComparison.Ordinal))
            {
                var rest = word[particle.Length..];
                return IsOffTopicWord(rest) || IsOffTopicWord("ال" + rest);
            }
        }

        // "بكركوك", "وكركوك", "لكركوك": a name written without the article, with a preposition or "and" joined to it.
        return word.Length - 1 >= MinJoinedNameLength && word[0] is 'ب' or 'و' or 'ل' or 'ف' && IsOffTopicWord(word[1..]);
    }

    /// <summary>The shortest off-topic name read under a one-letter particle joined to it ("بكركوك" → "كركوك"); shorter ones are too often other words.</summary>
    private const int MinJoinedNameLength = 4;

    private bool IsOffTopicWord(string word) =>
        offTopicWords.IsKnown(word) || (analyzer.TermOf(word) is { } term && offTopicTerms.Contains(term));

    /// <summary>
    /// "يقتصر", "ستتمركز", "استغرقت", "طلعوا": an Arabic word without the article that starts with a present-tense
    /// prefix (ي ت ن, after an optional س or و) or ends in a past-tense ending (ت وا): the shape of a verb, a way of
    /// asking rather than a topic.
    /// </summary>
    private static bool LooksLikeArabicVerb(string word)
    {
        if (word.Length < 4 || word.Contains("ال", StringComparison.Ordinal))
        {
            return false;
        }

        var start = word[0] is 'س' or 'و' or 'ف' ? 1 : 0;
        return word[start] is 'ي' or 'ت' or 'ن' || word.EndsWith('ت') || word.EndsWith("وا", StringComparison.Ordinal);
    }

    /// <summary>"postponed", "finishing": an English word with a verb ending, a way of asking rather than a topic.</summary>
    private static bool LooksLikeEnglishVerb(string word) =>
        word.Length >= 5 && (word.EndsWith("ed", StringComparison.Ordinal) || word.EndsWith("ing", StringComparison.Ordinal));

    /// <summary>"الروسية", "بالكويت", "والنفط": a definite noun, the shape of a name or a thing.</summary>
    private static bool HasArabicArticle(string word)
    {
        var at = word.IndexOf("ال", StringComparison.Ordinal);
        return at is >= 0 and <= 2 && word.Length - at >= 5 && (at == 0 || TextAnalyzer.ArabicPrefixes.Contains(word[..at]) || word[..at] == "ل");
    }

    /// <summary>Lower-cased Latin words written with a capital letter anywhere but at the start of a sentence ("Russian", "NATO").</summary>
    private static HashSet<string> CapitalizedWords(string text)
    {
        var result = new HashSet<string>(StringComparer.Ordinal);
        var sentenceStart = true;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (!char.IsLetter(c) || c >= 0x250)
            {
                sentenceStart |= c is '.' or '?' or '!' or '\n' or '؟';
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && char.IsLetter(text[i]) && text[i] < 0x250)
            {
                i++;
            }

            if (!sentenceStart && char.IsUpper(c))
            {
                result.Add(text[start..i].ToLowerInvariant());
            }

            sentenceStart = false;
        }

        return result;
    }

    private bool IsKnownWord(string word) =>
        corrector.IsKnown(word) || IsIndexed(word);

    /// <summary>Whether some wording (a question, answer, quote or example) uses the word's term.</summary>
    private bool IsIndexed(string word) =>
        analyzer.TermOf(word) is { } term && indexedTerms.Contains(term);

    /// <summary>
    /// A known form of an unknown Arabic word, or a stopword ("هالقصة" → "قصة"): without one or two attached
    /// particles (و ف ب ل ك س هال), a verb prefix (ي ت ن), a pronoun or plural suffix or the alef of tanween; else the
    /// word with a Mosul غ read as ر ("غاح" → "راح"); else a typo correction.
    /// </summary>
    private string? ArabicVariant(string word)
    {
        if (KnownAffixVariant(word) is { } known)
        {
            return known;
        }

        // Mosul speech says and types غ for ر ("غاح" for "راح", "مسيطغة" for "مسيطرة", "الأمغيكان").
        if (word.Contains('غ', StringComparison.Ordinal) && word.Replace('غ', 'ر') is var spoken
            && (IsKnownWord(spoken) || analyzer.IsStopword(spoken) ? spoken : KnownAffixVariant(spoken)) is { } maslawi)
        {
            return maslawi;
        }

        // One edit only: Arabic words two letters apart are usually different words (الروسية is not الجوية).
        return !tuning.CorrectArabicTypos ? null
            : word.Length >= tuning.ArabicTypoMinLength ? corrector.Correct(word, longWordLength: int.MaxValue)
            : word.Length >= tuning.ArabicKeyboardSlipMinLength && !LooksLikeArabicVerb(word) ? corrector.CorrectKeyboardSlip(word)
            : null;
    }

    /// <summary>The word without attached particles, a verb prefix or a suffix (<see cref="TextAnalyzer.ArabicAffixVariants"/>) when that is a known word or a stopword.</summary>
    private string? KnownAffixVariant(string word)
    {
        foreach (var candidate in TextAnalyzer.ArabicAffixVariants(word))
        {
            if (IsKnownWord(candidate) || analyzer.IsStopword(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>Prepositions voice-to-text and hurried typing join to the next word's article ("منالامريكان", "عنالاتفاق"), normalized.</summary>
    private static readonly string[] GluedPrepositions = ["من", "عن", "في", "علي", "الي"];

    /// <summary>
    /// Two known Arabic words, neither a stopword, of three letters or more and then four or more, typed without the space
    /// between them ("شكدجندي" → "شكد" "جندي", "عينالاسد" → "عين" "الاسد"; not "جايبيه" → "جاي" "بيه"), the second's
    /// article also without its alif ("عينلاسد" → "عين" "الاسد"); or a preposition joined to a known word's article
    /// ("منالامريكان" → "من" "الامريكان"), or "من" joined to the end of a known word ("الامريكانمن" → "الامريكان" "من"),
    /// as voice-to-text writes them; <c>null</c> when no split gives two.
    /// </summary>
    private (string Left, string Right)? SplitArabic(string word)
    {
        foreach (var preposition in GluedPrepositions)
        {
            if (word.Length >= preposition.Length + 4 && word.StartsWith(preposition + "ال", StringComparison.Ordinal) && IsKnownWord(word[preposition.Length..]))
            {
                return (preposition, word[preposition.Length..]);
            }
        }

        if (word.Length >= 6 && word.EndsWith("من", StringComparison.Ordinal) && word[..^2] is var before && IsKnownWord(before) && !analyzer.IsStopword(before))
        {
            return (before, "من");
        }

        // The second word has four letters at least: a three-letter ending is as often a suffix ("بيه" of "جايبيه").
        for (var at = 3; at <= word.Length - 4; at++)
        {
            var left = word[..at];
            if (!IsKnownWord(left) || analyzer.IsStopword(left))
            {
                continue;
            }

            foreach (var right in word[at] == 'ل' ? [word[at..], "ا" + word[at..]] : new[] { word[at..] })
            {
                if (IsKnownWord(right) && !analyzer.IsStopword(right))
                {
                    return (left, right);
                }
            }
        }

        return null;
    }

    /// <summary>Two known words typed without the space between them ("howmany", "whendo").</summary>
    private bool TrySplit(string word, List<string> output)
    {
        for (var at = 2; at <= word.Length - 2; at++)
        {
            var left = word[..at];
            var right = word[at..];
            if ((analyzer.IsStopword(left) || IsKnownWord(left)) && (analyzer.IsStopword(right) || IsKnownWord(right)))
            {
                output.Add(left);
                output.Add(right);
                return true;
            }
        }

        return false;
    }
}
