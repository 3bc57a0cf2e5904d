using System.Buffers;
using System.Text.RegularExpressions;
using WithdrawalBot.Core.Knowledge;
using WithdrawalBot.Core.Languages;
using WithdrawalBot.Core.Text;

namespace WithdrawalBot.Core.Routing;

/// <summary>
/// Splits a message that asks more than one thing into its questions, in order: at question marks (? ؟) and line
/// breaks ("شكد جندي امريكي بالعراق؟ وشكد بسوريا؟"), before "and" (or "n") + a question word or و joined to one ("how
/// many troops are in Iraq and when do they leave?", "كم جندي بالعراق ومتى ينسحبون"), and at a comma, semicolon, full
/// stop or "also" before a question word when what comes before asks something itself. A question about a list of the
/// report's places is asked once for each ("when do they leave Baghdad, Erbil and Ain al-Asad?"), and so is one about a
/// report's place and a place it never names ("… Baghdad and Basra?"), so the caller can say which is not covered; two
/// places each with its date ("… leave Erbil by September 2025 and Ain al-Asad by the end of 2026?") are two clauses,
/// split where the year ends, every word kept. Parts that keep fewer
/// than <see cref="MinPartLetters"/> letters are dropped; the caller decides how many it answers. The question
/// words are the lexicon's (<see cref="Lexicon.QuestionWords"/>): English ones starting "wh" or "how" and the
/// auxiliaries that open a yes/no question ("and is the deal final?"), Arabic ones of at least three letters and هل and
/// كم (not ما or من, as often "not" and "from"), so "and" and و before anything else ("Iraq and Syria", "وسوريا", "ومن
/// بغداد") never split.
/// </summary>
public sealed partial class QuestionSplitter
{
    /// <summary>The most edits between a question word and a misspelling of it the lexicon lists ("wats" of "what").</summary>
    private const int MaxMisspelling = 2;

    /// <summary>A part needs this many letters to count as a question ("and?" does not).</summary>
    public const int MinPartLetters = 3;

    /// <summary>The fewest letters a premise takes for granted ("the deal was signed", "الاتفاق انمضى"; "Since 2014, …" and "Since last year, …" only date the question).</summary>
    private const int MinPremiseLetters = 10;

    /// <summary>The most words a premise checked as a claim may have; a longer one is a story, not one claim.</summary>
    private const int MaxPremiseWords = 14;

    /// <summary>Auxiliaries that open a yes/no question after "and": "when do they leave Iraq and is the deal final?".</summary>
    private static readonly string[] EnglishAuxiliaries = ["is", "are", "will", "did", "does", "do", "has", "have", "can"];

    /// <summary>Two-letter Arabic question words that are never anything else after و: وهل "and is …?", وكم "and how many".</summary>
    private static readonly string[] ShortArabicQuestionWords = ["هل", "كم"];

    private static readonly SearchValues<char> QuestionEnds = SearchValues.Create("?؟\n");

    /// <summary>What may separate two questions written without a question mark: a comma, a semicolon or a full stop.</summary>
    private static readonly SearchValues<char> SeparatorMarks = SearchValues.Create(",،;؛.");

    /// <summary>What must stand in a question for it to list places or offer them as alternatives: "and", "&amp;", a comma, a word opening with و, "or" or the Arabic words for it (<see cref="ArabicOr"/>).</summary>
    private static readonly SearchValues<string> Joiners = SearchValues.Create([" and ", " & ", ",", "،", " و", " or ", .. ArabicOr.Split('|').Select(or => $" {or} ")], StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// A word of a request about reminders ("stop the reminders", "remind me a week before", "بطل تذكرني"): a clause
    /// making one is a part of its own before a question, though it asks nothing itself.
    /// </summary>
    private static readonly Regex ReminderRequest = new(
        @"\b(?:remind\w*|notif\w*|alerts?|subscri\w*)\b|(?:^|\s)(?:\S*تذكير\S*|\S*ذكرني|\S*ذكرنا|\S*ذكرونا|\S*تذكروني|\S*نبهني|\S*نبهونا|\S*تنبيهات)(?:\s|$)",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase,
        RegexLimits.MatchTimeout);

    /// <summary>A word that negates what follows it: "not" (and "the" after it), مو, مش, ليس.</summary>
    private static readonly Regex Negation = new(@"(?:\bnot\s+(?:the\s+)?|(?:^|\s)(?:مو|مش|ليس)\s+)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, RegexLimits.MatchTimeout);

    /// <summary>Where a word is likely a place the report never names: after "in", "from", "leave", من, في … ("leave Mosul, …").</summary>
    private const string AfterPlaceWord = @"(?<=\b(?:in|from|at|leave|leaving|to|of|about)\s+(?:the\s+)?|(?:^|\s)(?:من|في|عن|الى|إلى)\s+)";

    /// <summary>Where a place the report never names may open a list: at the start of the message ("Kirkuk and Erbil, when do they leave?") or after <see cref="AfterPlaceWord"/>.</summary>
    private const string LeadingPlace = @"(?:(?<=^\s*)|" + AfterPlaceWord + ")";

    /// <summary>What separates places in a list: a comma (perhaps with "and" or و after it) or <see cref="Joiner"/>.</summary>
    private const string ListSeparator = @"(?:\s*[,،]\s*(?:(?:and|&)\s+(?:the\s+)?|و\s?)?|\s+" + Joiner + ")";

    /// <summary>
    /// What cannot be a place the report never names, next to one it does: an English pronoun or function word ("… in Iraq
    /// and they will all leave …" lists no place "they").
    /// </summary>
    private const string NotAName = @"(?!(?:they|them|their|there|then|the|this|that|these|those|it|its|he|she|we|you|all|also|will|would|was|were|are|is|not)\b)";

    /// <summary>What joins two places in one question: "and (in|to|…) (the)", و (في|من|…) or و joined to ب, ل or من.</summary>
    private const string Joiner = @"(?:(?:and|&)\s+(?:(?:in|to|for|from|at|about)\s+)?(?:the\s+)?|و\s?(?:(?:في|من|الى|إلى)\s+|ب|ل|من)?)";

    /// <summary>
    /// What offers two of the report's places as alternatives: "or (in|from|…) (the)", لو / أو / أم (perhaps before
    /// في, من …): "which do they leave first, Erbil or Ain al-Asad?", "يطلعون من عين الاسد لو من اربيل؟". Only between
    /// places the report names, since "or" before another word asks something else ("leave Erbil or stay?").
    /// </summary>
    private const string Alternative = @"(?:\s+(?:or|either)\s+(?:(?:in|to|for|from|at|about)\s+)?(?:the\s+)?|\s+(?:" + ArabicOr + @")\s+(?:(?:في|من|الى|إلى)\s+|ب|ل|من)?)";

    /// <summary>The Arabic words for "or" between alternatives: لو (dialect), أو, أم, with and without the hamza.</summary>
    private const string ArabicOr = "لو|او|أو|ام|أم";

    private readonly Regex conjunction;
    private readonly SearchValues<string> conjunctionCues;
    private readonly Regex separatorBeforeQuestion;
    private readonly Regex questionWord;
    private readonly Regex whWord;
    private readonly Regex? placeList;
    private readonly Regex? placeAndOther;
    private readonly SearchValues<string>? placeNames;
    private readonly Regex? placeName;

    /// <summary>Builds the splitter from <paramref name="lexicon"/>'s question words and places.</summary>
    /// <param name="lexicon">The knowledge's lexicon.</param>
    public QuestionSplitter(Lexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        string[] wh = [.. lexicon.QuestionWords.Where(w => !w.Contains(' ', StringComparison.Ordinal) && (w.StartsWith("wh", StringComparison.Ordinal) || w == "how"))];
        var english = wh.Concat(Misspellings(lexicon, wh)).Concat(EnglishAuxiliaries).Distinct(StringComparer.Ordinal).ToArray();
        // "متى" also as "متي": the Persian and Kurdish keyboard's ی is read as ي (TextCleaner.WithArabicLetters), and
        // many type the final ى undotted on an Arabic one too.
        var arabic = lexicon.QuestionWords.Where(w => WordNormalizer.IsArabic(w) && (w.Length >= 3 || ShortArabicQuestionWords.Contains(w)))
            .SelectMany(w => w.EndsWith('ى') ? [w, w[..^1] + "ي"] : new[] { w }).ToArray();
        var englishWh = english.Except(EnglishAuxiliaries).ToArray();
        conjunction = new Regex(
            $@"(?:,?\s+(?:and|an|&|n|but)\s+(?:also\s+|then\s+|plus\s+)?(?=(?:(?:from|in|to|at|by|with)\s+(?=(?:{string.Join('|', englishWh.Select(Regex.Escape))})\b))?(?:{string.Join('|', english.Select(Regex.Escape))})\b))|(?:\s+(?=و\s?(?:{string.Join('|', arabic.Select(Regex.Escape))})(?:\s|$|[?؟])))",
            RegexOptions.CultureInvariant | RegexOptions.IgnoreCase,
            RegexLimits.MatchTimeout);
        conjunctionCues = SearchValues.Create([" and ", " an ", " & ", " n ", " but ", .. arabic.Select(w => ArabicLetters.FoldSpellings("و" + w)), .. arabic.Select(w => ArabicLetters.FoldSpellings("و " + w))], StringComparison.OrdinalIgnoreCase);
        separatorBeforeQuestion = new Regex(
            $@"\s*(?:[,،;؛]|\.(?=\s)|\s(?:also|plus)(?=\s))\s*(?=(?:(?:so|then)\s+)?(?:{string.Join('|', englishWh.Select(Regex.Escape))})\b|[وف]?(?:{string.Join('|', arabic.Select(Regex.Escape))})(?:\s|$|[?؟])|و?ما\s|ومن\s+(?:هو|هي|هم|ي\p{{L}}+)(?:\s|$|[?؟]))",
            RegexOptions.CultureInvariant | RegexOptions.IgnoreCase,
            RegexLimits.MatchTimeout);
        whWord = AnyWord(englishWh, arabic);
        questionWord = AnyWord(english, arabic);

        var names = lexicon.Places.SelectMany(place => place).Where(name => name.Length > 0).ToArray();
        if (names.Length > 0)
        {
            var places = string.Join('|', names.OrderByDescending(name => name.Length).Select(PlacePattern));
            // Where a list of places may end: at the end of the question ("… Erbil and Basra?"), or before the question
            // that follows it ("بغداد واربيل والسليمانية متى يطلعون", "Baghdad, Erbil and Sulaymaniyah, when do they leave?").
            // The question word is a word of its own: "stay in …" is no name "sta" before a "y" (why).
            var questionAfter = $@"\s*[,،:\-–—]?\s*(?<!\p{{L}})(?:{string.Join('|', englishWh.Concat(arabic).Select(Regex.Escape))})(?:\s|$|[?؟])";
            var listEnd = $@"(?=\s*[?؟.!]*\s*$|{questionAfter})";
            // A list of the report's places ("Baghdad, Erbil and Ain al-Asad", "بغداد واربيل"), perhaps with one it never names
            // between two of them ("Baghdad, Basra and Erbil", "بغداد والموصل واربيل") or ending with up to three ("…, Ain
            // al-Asad and Basra?", "…, Erbil, Basra and Mosul?", "بغداد واربيل والسليمانية متى …").
            placeList = new Regex(
                $@"(?:{LeadingPlace}{NotAName}(?<place>\p{{L}}{{3,}}){ListSeparator}(?=(?:{places})))?(?<place>{places})(?:(?:{ListSeparator}|{Alternative})(?:{NotAName}(?<place>\p{{L}}{{3,}}){ListSeparator}(?=(?:{places})))?(?<place>{places})\b)+(?:(?:{ListSeparator}{NotAName}(?<place>\p{{L}}{{3,}})){{1,3}}{listEnd})?",
                RegexOptions.CultureInvariant | RegexOptions.IgnoreCase,
                RegexLimits.MatchTimeout);
            // A report's place and a place it never names, the other word last: "when do they leave Baghdad and Basra?",
            // "متى ينسحبون من بغداد والبصرة"; or first, after "in"/"from"/"leave"/من/في or opening the message: "when do they
            // leave Mosul and Erbil?", "Kirkuk and Erbil, when do they leave?".
            placeAndOther = new Regex(
                $@"(?<first>{places})(?:(?:\s*,\s*(?:{Joiner})?|\s+{Joiner}){NotAName}(?<second>\p{{L}}{{3,}})){{0,2}}(?:\s*,)?\s+{Joiner}{NotAName}(?<second>\p{{L}}{{3,}}){listEnd}"
                + $@"|{AfterPlaceWord}{NotAName}(?<first>\p{{L}}{{3,}})(?:\s*,)?\s+{Joiner}(?<second>{places})\b"
                + $@"|(?<=^\s*){NotAName}(?<first>\p{{L}}{{3,}})(?:\s*,)?\s+{Joiner}(?<second>{places})\b(?={questionAfter})",
                RegexOptions.CultureInvariant | RegexOptions.IgnoreCase,
                RegexLimits.MatchTimeout);
            // Each name as a group named after its place ("p3"), longest names first, not inside a longer word ("Iraqi").
            var byPlace = lexicon.Places.SelectMany((group, i) => group.Where(name => name.Length > 0).Select(name => (name, i)))
                .OrderByDescending(pair => pair.name.Length).Select(pair => $"(?<p{pair.i}>{PlacePattern(pair.name)})");
            placeName = new Regex($@"(?:{string.Join('|', byPlace)})(?!\p{{L}})", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, RegexLimits.MatchTimeout);
            placeNames = SearchValues.Create([.. names.Select(ArabicLetters.FoldSpellings).Distinct(StringComparer.Ordinal)], StringComparison.OrdinalIgnoreCase);
        }
    }

    /// <summary>
    /// The questions in <paramref name="cleaned"/> (text from <see cref="TextCleaner.ForMatching"/>), in order; a single
    /// element (the trimmed text) when it asks one thing. Most messages hold no question mark before their end, no
    /// conjunction before a question word and fewer than two places; they cost one scan each.
    /// </summary>
    public IReadOnlyList<string> Split(string cleaned)
    {
        ArgumentNullException.ThrowIfNull(cleaned);
        var parts = new List<string>();
        foreach (var sentence in WithBareWordsJoined(Sentences(cleaned)))
        {
            var folded = ArabicLetters.FoldSpellings(sentence);
            var clauses = folded.AsSpan().ContainsAny(conjunctionCues) ? conjunction.Split(sentence) : [sentence];
            foreach (var clause in clauses.SelectMany(AtSeparators))
            {
                var trimmed = clause.Trim();
                if (trimmed.Count(char.IsLetter) >= MinPartLetters)
                {
                    parts.AddRange(ForEachPlace(trimmed));
                }
            }
        }

        return parts.Count > 0 ? parts : [cleaned.Trim()];
    }

    /// <summary>
    /// The clause cut at each comma, semicolon, full stop or "also" before a question word, when the text before it asks
    /// something itself or makes a request about reminders ("stop the reminders. when do troops leave Erbil?"): "How many troops are in Iraq, how many in Syria, when do they leave Erbil" → three; "how many
    /// troops are in Iraq. when do they leave" and "when will the US leave iraq also what about syria" → two. An opening without a question word stays
    /// with what follows it ("In Iraq, how many troops are there?", "اني ساكن ببغداد، شكد جندي بالعراق؟"). After a comma,
    /// ما and وما open a question too ("ما القاعدة التي …، وما مصير …؟"), and so does ومن before a pronoun or a present
    /// verb ("…، ومن يقف وراءها؟").
    /// </summary>
    private IEnumerable<string> AtSeparators(string clause)
    {
        if (clause.AsSpan().IndexOfAny(SeparatorMarks) < 0 && !clause.Contains(" also ", StringComparison.OrdinalIgnoreCase) && !clause.Contains(" plus ", StringComparison.OrdinalIgnoreCase))
        {
            // "since the deal was signed in 2024 when do the troops leave": a premise without a comma ends at the question word.
            return UnmarkedPremise().Match(clause) is { Success: true } premise && TakesForGranted(premise.Groups["claim"].Value)
                ? [AsClaim(premise.Groups["claim"].Value), premise.Groups["q"].Value]
                : [clause];
        }

        var parts = new List<string>();
        var start = 0;
        foreach (Match comma in separatorBeforeQuestion.Matches(clause))
        {
            var before = clause[start..comma.Index];
            if (start == 0 && Premise().Match(before) is { Success: true } premise && TakesForGranted(premise.Groups["claim"].Value)
                && !TruthQuestion().IsMatch(clause[(comma.Index + comma.Length)..]))
            {
                // Before the question words: "Given that the US has 5,000 troops in Iraq, …" takes "has" for granted, not asks it.
                parts.Add(AsClaim(premise.Groups["claim"].Value));
                start = comma.Index + comma.Length;
            }
            else if (questionWord.IsMatch(before) || ReminderRequest.IsMatch(before) || OpensWithMa(before))
            {
                parts.Add(before);
                start = comma.Index + comma.Length;
            }
        }

        if (parts.Count == 0)
        {
            return [clause];
        }

        parts.Add(clause[start..]);
        return parts;
    }

    /// <summary>Words opening an English premise: "since", "given that", "now that", "seeing that", "considering that".</summary>
    private const string EnglishPremise = @"(?:since|given\s+that|now\s+that|seeing\s+that|considering\s+that)";

    /// <summary>Words opening an Arabic premise: بما ان, طالما, ما دام.</summary>
    private const string ArabicPremise = @"(?:بما\s+(?:ان|أن|إن)|طالما|ما\s?دام)";

    /// <summary>
    /// A premise opening a question ("Since the deal was signed in 2024, when do the troops leave?", "بما ان الاتفاق انمضى،
    /// شوكت يطلعون؟"), or what others say before it ("people say the Americans left long ago, how many troops are in
    /// Iraq?", "عدنا ناس يكولون الامريكان طلعو من زمان، شكد جندي امريكي بالعراق"): what it takes for granted, in group <c>claim</c>.
    /// </summary>
    [GeneratedRegex(@"^\s*(?:" + EnglishPremise + "|" + EnglishHearsay + @")\s+(?<claim>\S.*)$|^\s*(?:" + ArabicPremise + "|" + ArabicHearsay + @")\s+(?<claim>\S.*)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.Singleline, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Premise();

    /// <summary>Words opening what others say, before a question after a comma: "people say", "they say", "I heard (that)", "my brother says".</summary>
    private const string EnglishHearsay = @"(?:(?:but|and|no|well|ok|okay|so|yeah)\s+)?(?:(?:people|they|everyone|some(?:one|body)?|my\s+\w+)\s+(?:say|says|said|keep\s+saying)|i\s+(?:heard|read|was\s+told))(?:\s+that)?";

    /// <summary>Words opening what others say, up to two words in: "يكولون", "عدنا ناس يكولون", "سمعت (ان)", "انا قرأت", "اخوي يكول".</summary>
    private const string ArabicHearsay = @"(?:\S+\s+){0,3}?(?:(?:تتحدث|يتحدث|يتحدثون|تتكلم|يتكلم|يتكلمون|تحجي|يحجي|يحجون)\s+عن|يكولون|يقولون|يگولون|يكول|يقول|يگول|تكول|تقول|تگول|يقلي|يكلي|يگلي|يقللي|تقلي|تكلي|تگلي|تقللي|قالي|كالي|گالي|سمعت|سمعنا|قرأت|قريت|كريت|گريت|قالوا|كالوا|گالوا)(?:\s+(?:ان|أن|إن))?";

    /// <summary>
    /// A premise opening a question without a comma before it ("since the deal was signed in 2024 when do the troops
    /// leave", "بما ان الاتفاق انوقع 2024 شوكت يطلعون"): the premise in group <c>claim</c>, up to the first question word
    /// after its first two words, and the question from there in group <c>q</c>.
    /// </summary>
    [GeneratedRegex(@"^\s*" + EnglishPremise + @"\s+(?<claim>\S+\s+\S+.*?)\s+(?<q>(?:when|why|how|what|where|who|which)\b.*)$|^\s*" + ArabicPremise + @"\s+(?<claim>\S+\s+\S+.*?)\s+(?<q>(?:شوكت|مت[ىي]|يمته|ليش|لماذا|شلون|كيف|شكد|كم|شنو|ماذا|منو|من|وين|أين|اين)(?:\s|$|[?؟]).*)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.Singleline, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex UnmarkedPremise();

    /// <summary>
    /// A question whether what was said before it is true ("هل هذا صحيح؟", "فهل هذا دقيق؟", "is that true?"): after what others say ("قرأت أن
    /// … خمسة جنود، هل هذا صحيح؟") the whole is one claim to check, not a premise and a question about something else.
    /// </summary>
    [GeneratedRegex(@"^\s*(?:(?:هل|وهل|فهل)\s+)?(?:هذا|هذه|ذلك|هاي|هذي|هاذا|الكلام|هذا\s+الكلام|هالكلام)?\s*(?:صحيح|صح|حقيقي|صدق|صدك|دقيق)\s*[?؟!.]*\s*$|^\s*(?:is|was)\s+(?:this|that|it)\s+(?:true|right|correct|accurate|real)\s*[?!.]*\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex TruthQuestion();

    /// <summary>Whether a premise says one thing to check, not only when: two to <see cref="MaxPremiseWords"/> words, <see cref="MinPremiseLetters"/> letters, one premise, not opening with a question word ("since when …").</summary>
    private bool TakesForGranted(string claim) =>
        claim.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length is >= 2 and <= MaxPremiseWords && claim.Count(char.IsLetter) >= MinPremiseLetters
        && !MorePremises().IsMatch(claim) && whWord.Match(claim) is not { Success: true, Index: 0 };

    /// <summary>A second premise joined to the first ("… and since three soldiers were killed", "… وان ثلاث جنود انقتلوا"): several are not checked as one claim.</summary>
    [GeneratedRegex(@"\band\s+(?:since|that|given)\b|\s(?:و|وب)(?:ان|أن|إن|بما|طالما)\s", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex MorePremises();

    /// <summary>
    /// A premise put as a claim to check ("the deal was signed in 2024" → "is it true that the deal was signed in 2024?",
    /// "الاتفاق انمضى" → "صحيح الاتفاق انمضى؟"), so that what the report says instead comes before the answer to the question.
    /// </summary>
    /// <param name="premise">The premise as typed; its words' script decides the language (<see cref="LanguageDetector"/>:
    /// "5000 بالعراق" is Arabic though it opens with a figure).</param>
    /// <param name="said">The whole message, whose script decides the language when the premise has no letters ("… تتحدث عن 4000").</param>
    private static string AsClaim(string premise, string? said = null) =>
        (LanguageDetector.Detect(premise) ?? (said is null ? null : LanguageDetector.Detect(said))) == Language.Arabic
            ? $"{ArabicClaim}{premise.Trim()}؟"
            : $"{EnglishClaim}{premise.Trim()}?";

    /// <summary>
    /// What others say, sent alone ("my friend says the deal was cancelled", "جاري يكول الاتفاق انلغى", or only a figure:
    /// "but my friend said 5000" after the troop count), put as a claim to check ("is it true that the deal was
    /// cancelled?"); <c>null</c> when the message is not only that.
    /// </summary>
    /// <param name="cleaned">The message, cleaned for matching.</param>
    public static string? HearsayAlone(string cleaned)
    {
        ArgumentNullException.ThrowIfNull(cleaned);
        var text = cleaned.Trim().TrimEnd('.', '!', '?', '؟');
        return Hearsay().Match(text) is { Success: true } said
            && (said.Groups["claim"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 2 || said.Groups["claim"].Value.Any(char.IsAsciiDigit))
            ? AsClaim(said.Groups["claim"].Value, text)
            : null;
    }

    /// <summary>What others say opening a message, what they say in group <c>claim</c>: "my friend says …", "جاري يكول …".</summary>
    [GeneratedRegex(@"^\s*" + EnglishHearsay + @"\s+(?<claim>\S.*)$|^\s*" + ArabicHearsay + @"\s+(?<claim>\S.*)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.Singleline, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Hearsay();

    /// <summary>
    /// What a claim part says, as it is quoted back when the report does not say it: the premise as typed, without the
    /// "is it true that …?" / "صحيح …؟" it was put in (<see cref="AsClaim"/>); any other part as it is.
    /// </summary>
    public static string Claimed(string part) => ClaimOpeningLength(part) is > 0 and var opening ? part[opening..^1] : part;

    /// <summary>
    /// Whether <paramref name="part"/> is put as a claim to check, as <see cref="AsClaim"/> puts a premise: "is it true
    /// that …?", "صحيح …؟".
    /// </summary>
    public static bool IsClaim(string part) => ClaimOpeningLength(part) > 0;

    /// <summary>The length of the "is it true that " / "صحيح " a claim part opens with (<see cref="AsClaim"/>); 0 for any other part.</summary>
    private static int ClaimOpeningLength(string part)
    {
        ArgumentNullException.ThrowIfNull(part);
        return ClaimCueLength(part) is > 0 and var opening && part.EndsWith(opening == EnglishClaim.Length ? '?' : '؟') ? opening : 0;
    }

    /// <summary>The length of the "is it true that " (any case) / "صحيح " <paramref name="text"/> opens with, however it ends; 0 for none.</summary>
    private static int ClaimCueLength(string text) =>
        text.StartsWith(EnglishClaim, StringComparison.OrdinalIgnoreCase) ? EnglishClaim.Length
        : text.StartsWith(ArabicClaim, StringComparison.Ordinal) ? ArabicClaim.Length
        : 0;

    /// <summary>What an English premise is put in to be checked as a claim (a claim cue of the lexicon).</summary>
    private const string EnglishClaim = "is it true that ";

    /// <summary>What an Arabic premise is put in to be checked as a claim (a claim cue of the lexicon).</summary>
    private const string ArabicClaim = "صحيح ";

    /// <summary>Whether a clause opens with ما ("what", as in "ما القاعدة التي …"): too short to count as a question word anywhere else, where it is as often "not".</summary>
    private static bool OpensWithMa(string clause) => clause.TrimStart().StartsWith("ما ", StringComparison.Ordinal);

    /// <summary>
    /// The question at the end of a long part, from its last question word on, when words come before it: "so I was
    /// reading the news … because you seem to know about this report when do the americans leave erbil" → "when do the
    /// americans leave erbil"; <c>null</c> when the part opens with its last question word or holds none.
    /// </summary>
    public string? LastQuestion(string part)
    {
        ArgumentNullException.ThrowIfNull(part);
        var last = whWord.Match(part, Math.Max(0, part.Length - TextCleaner.MaxMatchLength));
        Match? found = null;
        while (last.Success)
        {
            found = last;
            last = last.NextMatch();
        }

        if (found is null)
        {
            return null;
        }

        var start = found.Index + (found.Length - found.Value.TrimStart().Length);
        return start > 0 && part[..start].Any(char.IsLetter) ? part[start..].Trim() : null;
    }

    /// <summary>The text cut after each ? and ؟ and at line breaks.</summary>
    /// <summary>
    /// <paramref name="sentences"/> with a sentence of one bare Latin word ("months?", "militias?", "names?", "Erbil?")
    /// joined to the question before it, after a comma: it narrows that question ("shgad sar el mu7adathat, months?") rather
    /// than asks one of its own, which read alone would find some other answer. A question word ("why?"), an Arabic word
    /// ("وبسوريا؟" and "سنتين؟" ask or guess on their own, and are read as follow-ups) or a first sentence stays as it is.
    /// </summary>
    private List<string> WithBareWordsJoined(List<string> sentences)
    {
        for (var i = sentences.Count - 1; i > 0; i--)
        {
            var word = sentences[i].Trim().TrimEnd('?', '؟', '!', '.', ' ');
            var before = sentences[i - 1].Trim();
            if (word.Length == 0 || word.Contains(' ', StringComparison.Ordinal) || word.Count(char.IsLetter) < MinPartLetters
                || !word.All(char.IsAsciiLetter) || questionWord.IsMatch(word) || before.Count(char.IsLetter) < MinPartLetters
                || !(before.EndsWith('?') || before.EndsWith('؟')))
            {
                continue;
            }

            sentences[i - 1] = $"{before.TrimEnd('?', '؟', ' ')}, {word}{before[^1]}";
            sentences.RemoveAt(i);
        }

        return sentences;
    }

    private static List<string> Sentences(string text)
    {
        var sentences = new List<string>();
        var rest = text.AsSpan();
        while (rest.IndexOfAny(QuestionEnds) is var at and >= 0)
        {
            sentences.Add(rest[..(rest[at] == '\n' ? at : at + 1)].ToString());
            rest = rest[(at + 1)..];
        }

        sentences.Add(rest.ToString());
        return sentences;
    }

    /// <summary>
    /// The misspellings of <paramref name="questionWords"/> the lexicon lists with them ("wen", "wats", "hw"): one-word
    /// members of a synonym group headed by a question word, within <see cref="MaxMisspelling"/> edits of it ("date" in
    /// the group of "when" is a synonym, not a misspelling).
    /// </summary>
    private static IEnumerable<string> Misspellings(Lexicon lexicon, string[] questionWords) =>
        lexicon.EnglishSynonyms
            .Where(group => group.Count > 1 && questionWords.Contains(group[0], StringComparer.Ordinal))
            .SelectMany(group => group.Skip(1).Where(word => !word.Contains(' ', StringComparison.Ordinal) && EditDistance.Osa(word, group[0], MaxMisspelling) <= MaxMisspelling));

    /// <summary>
    /// A question about two places the report names, joined by "and" / و, asked once for each: "when do they leave
    /// Baghdad and Erbil?" → "when do they leave Baghdad?", "when do they leave Erbil?"; "متى ينسحبون من بغداد واربيل"
    /// → "متى ينسحبون من بغداد", "متى ينسحبون من اربيل". Other questions are returned as they are.
    /// </summary>
    private string[] ForEachPlace(string question)
    {
        var folded = ArabicLetters.FoldSpellings(question);
        if (placeNames is null || !folded.AsSpan().ContainsAny(placeNames))
        {
            return [question];
        }

        if (Between().IsMatch(folded) || Compares().IsMatch(folded))
        {
            // "what's the difference between leaving Baghdad and Erbil?", "How does the timeline for Ain al-Asad compare
            // with Erbil's?": asked of each place; "the difference between the 2011 withdrawal and this one", "الفرق بين
            // انسحاب 2011 وهالانسحاب": one question about both.
            return EachOfTwoPlaces(question) ?? [question];
        }

        if (!folded.AsSpan().ContainsAny(Joiners))
        {
            return [question];
        }

        if (WhichOfThem().IsMatch(folded) && OfferedAlternatives().IsMatch(folded))
        {
            // "Iraq or Syria, where are there more US troops?", "وين يبقون اكثر، بغداد لو اربيل؟": one question about both,
            // comparing them, not the same question asked of each.
            return [question];
        }

        if (NegatesAPlace(folded))
        {
            // "not Baghdad, Erbil", "مو بغداد، اربيل": a correction, asked about the place it does not negate.
            return [question];
        }

        if (NamesTwoPlaces(folded) && placeList!.Match(question) is { Success: true } list)
        {
            if (MixesYearsAndPlaces(list.Groups["place"].Captures))
            {
                // "all forces leave Erbil by September 2025 and Ain al-Asad by the end of 2026": the year dates the place
                // before it, it is no place to ask the question of (asked of each, "2025 and" was cut out of the user's words).
                return EachClause(question, list) ?? [question];
            }

            var before = question[..list.Index];
            var after = question[(list.Index + list.Length)..];
            if (PutAsClaim(question) || ListGoesOn().IsMatch(after))
            {
                // "Is it true that Germany, France and the UK contribute troops?": one claim about the names together, checked
                // as one (¶16 names Germany and France, not the UK); never "Germany and the UK contribute troops", which the
                // user did not write.
                return [question];
            }

            return list.Groups["place"].Captures.Select(place => before + place.Value + after).Distinct(StringComparer.Ordinal).ToArray();
        }

        if (ClausesAfterAYear(question) is { } clauses)
        {
            return clauses;
        }

        if (PutAsClaim(question))
        {
            // "Is it true that troops leave Baghdad and Basra?": one claim, checked as one.
            return [question];
        }

        if (placeAndOther!.Match(question) is not { Success: true } pair)
        {
            return [question];
        }

        // "متى يطلعون من اربيل والسليمانية ودهوك؟": the report's place, then each it never names (up to three).
        var first = pair.Groups["first"];
        var rest = question[(pair.Index + pair.Length)..];
        return [question[..(first.Index + first.Length)] + rest, .. pair.Groups["second"].Captures.Select(other => question[..first.Index] + other.Value + rest)];
    }

    /// <summary>
    /// A comparison of two of the report's places (each named once, two different places) as one question about each,
    /// the other place's name and the words comparing left out: "How does the timeline for Ain al-Asad compare with
    /// Erbil's?" → "How does the timeline for Ain al-Asad   with 's?", "How does the timeline for    with Erbil's?";
    /// <c>null</c> otherwise.
    /// </summary>
    private string[]? EachOfTwoPlaces(string question)
    {
        var named = placeName!.Matches(question);
        if (named.Count != 2 || GroupOf(named[0]) == GroupOf(named[1]))
        {
            return null;
        }

        // The words comparing go too: "the timeline for Ain al-Asad" is asked, not how it compares with nothing.
        return [WithoutComparing(question.Remove(named[1].Index, named[1].Length)), WithoutComparing(question.Remove(named[0].Index, named[0].Length))];
    }

    private static string WithoutComparing(string part) => Between().Replace(Compares().Replace(part, " "), " ");

    /// <summary>Which of the lexicon's places a <see cref="placeName"/> match names (the name of its one successful group).</summary>
    private static string GroupOf(Match match) =>
        match.Groups.Values.Skip(1).First(group => group.Success).Name;

    /// <summary>Words that compare what follows: "difference", "compare", "versus", الفرق, مقارنة, يختلف.</summary>
    [GeneratedRegex(@"\b(?:differ\w*|compar\w*|versus|vs)\b|(?:^|\s)(?:و?ال)?(?:فرق|مقارن\w*|قارن\w*|يختلف|تختلف|اختلاف)(?:\s|$)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Compares();

    /// <summary>Words asking which of several places has more or less of something, or where: "more", "fewer", "where", اكثر, اقل, اكبر, وين.</summary>
    [GeneratedRegex(@"\b(?:more|most|fewer|less|least|bigger|larger|where)\b|(?:^|\s)(?:اكثر|أكثر|اقل|أقل|اكبر|أكبر|اصغر|أصغر|وين|اين|أين)(?:\s|$|[?؟])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex WhichOfThem();

    /// <summary>"or" / لو / أو / أم as a word: places offered as alternatives.</summary>
    [GeneratedRegex(@"\bor\b|(?:^|\s)(?:" + ArabicOr + @")\s", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex OfferedAlternatives();

    /// <summary>"between" / بين (also joined to و or ما), which joins what follows into one question.</summary>
    [GeneratedRegex(@"\bbetween\b|(?:^|\s)(?:و|ما)?بين(?:\s|$)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Between();

    /// <summary>Whether "not" or مو / مش / ليس stands right before a place's name ("not Baghdad", "مو بغداد").</summary>
    private bool NegatesAPlace(string folded)
    {
        foreach (var negation in Negation.EnumerateMatches(folded))
        {
            var after = folded.AsSpan(negation.Index + negation.Length);
            if (after.IndexOfAny(placeNames!) == 0 || (after.StartsWith("ب") && after[1..].IndexOfAny(placeNames!) == 0))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Two clauses sharing their opening, each a place and what is said of it, joined where a year ends the first: "Is it
    /// true that all forces leave Erbil by September 2025 and Ain al-Asad by the end of 2026?" → "Is it true that all forces
    /// leave Erbil by September 2025?", "Is it true that all forces leave Ain al-Asad by the end of 2026?" (and "… من اربيل
    /// بأيلول 2025 ومن عين الاسد بنهاية 2026؟" likewise), every word the user wrote kept; <c>null</c> when the
    /// <paramref name="list"/> does not open with the year or no place stands before it.
    /// </summary>
    private string[]? EachClause(string question, Match list)
    {
        var names = list.Groups["place"].Captures;
        if (!names[0].Value.All(char.IsAsciiDigit) || names.Skip(1).Any(name => name.Value.All(char.IsAsciiDigit)))
        {
            return null;
        }

        var before = question[..list.Index];
        if (placeName!.Matches(before) is not { Count: > 0 } named)
        {
            return null;
        }

        var opening = before[..named[^1].Index];
        var after = question[(list.Index + list.Length)..];
        var end = question[(question.TrimEnd().TrimEnd('?', '؟', '.', '!').Length)..].Trim();
        return [before + names[0].Value + end, .. names.Skip(1).Select(name => opening + name.Value + after)];
    }

    /// <summary>
    /// Whether <paramref name="question"/> is put as a claim to check: it opens with "is it true (that)", "I heard", "صحيح",
    /// "سمعت" …, or ends asking whether it is true ("…, is that true?", "… صح؟"). A list of names in it is one claim.
    /// </summary>
    private static bool PutAsClaim(string question) => ClaimOpening().IsMatch(question) || ClaimEnding().IsMatch(question);

    /// <summary>An opening that puts what follows as a claim: "is it true (that)", "isn't it true", "I heard", "I read", "صحيح", "هل صحيح", "سمعت".</summary>
    [GeneratedRegex(@"^\s*(?:is\s+it\s+(?:true|correct|right|accurate)|isn'?t\s+it\s+true|is\s+it\s+not\s+true|i\s+(?:heard|read)|(?:هل\s+)?صحيح|صح|سمعت|سمعنا)(?!\p{L})", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex ClaimOpening();

    /// <summary>An ending asking whether what came before is true: "…, is that true?", "… right?", "… صحيح؟", "… صح؟".</summary>
    [GeneratedRegex(@"(?:\bis\s+(?:this|that|it)\s+(?:true|right|correct|accurate|real)|\b(?:right|true)|(?<!\p{L})(?:صحيح|صح|صدك))\s*[?؟!.]*\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex ClaimEnding();

    /// <summary>What follows a list that goes on past its last name the splitter reads: "… France and the UK …", "… وفرنسا وبريطانيا …".</summary>
    [GeneratedRegex(@"^\s*(?:[,،]\s*)?(?:(?:and|&|or)\s+\S|و\s?\p{L})", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex ListGoesOn();

    /// <summary>
    /// A claim of two clauses joined right after a year, the second naming a place of the report the first does not: "Is it
    /// true that all coalition forces leave Erbil by September 2025 and stay in Ain al-Asad until the end of 2026?" → "Is it
    /// true that all coalition forces leave Erbil by September 2025?", "Is it true that stay in Ain al-Asad until the end of
    /// 2026?" (and "صحيح … من اربيل بأيلول 2025 وتبقى بعين الاسد لنهاية 2026؟" likewise), so each half is checked and quoted
    /// back as typed. <c>null</c> when the question is not put as a claim ("is it true that …", "صحيح …"), or the second
    /// clause opens with a figure, a place or a preposition: "… in Iraq in 2019 and in Syria in 2017" pairs figures with
    /// places, one claim.
    /// </summary>
    private string[]? ClausesAfterAYear(string question)
    {
        var opening = ClaimCueLength(question);
        if (opening == 0 || JoinAfterAYear().Match(question, opening) is not { Success: true } join)
        {
            return null;
        }

        var first = question[..join.Index];
        var second = question[(join.Index + join.Length)..];
        var named = PlacesNamed(first);
        if (named.Count == 0 || OpensWithPlace(second) || !PlacesNamed(second).Except(named).Any())
        {
            return null;
        }

        var end = question[(question.TrimEnd().TrimEnd('?', '؟', '.', '!').Length)..].Trim();
        return [first + end, question[..opening] + second];
    }

    /// <summary>The lexicon's places (not its years) named in <paramref name="text"/>, by group.</summary>
    private HashSet<string> PlacesNamed(string text) =>
        [.. placeName!.Matches(text).Where(match => !match.Value.All(char.IsAsciiDigit)).Select(GroupOf)];

    /// <summary>Whether <paramref name="clause"/> opens with a place of the report, perhaps behind ب, ل or من ("بعين الاسد").</summary>
    private bool OpensWithPlace(string clause)
    {
        var text = ArabicLetters.FoldSpellings(clause.TrimStart());
        return text.AsSpan().IndexOfAny(placeNames!) == 0 || (text.Length > 1 && text[0] is 'ب' or 'ل' && text.AsSpan(1).IndexOfAny(placeNames!) == 0);
    }

    /// <summary>
    /// "and" / و right after a year (digits of either script), before a clause that opens with neither a figure nor a
    /// preposition: "2025 and stay in …", "2025 وتبقى …"; not "2019 and in Syria …", "2024 and 900 in Syria", "2025 وفي …".
    /// </summary>
    [GeneratedRegex(@"(?<=(?<!\d)[0-9٠-٩]{4})\s*[,،]?\s+(?:and|&)\s+(?!(?:in|at|from|to|for|by|of|on|until|till|within)\b|[0-9٠-٩])|(?<=(?<!\d)[0-9٠-٩]{4})\s*[,،]?\s+و\s?(?!(?:في|من|الى|إلى|على|عن|حتى|لحد)\s|[0-9٠-٩])(?=\p{L})", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex JoinAfterAYear();

    /// <summary>
    /// Whether a list joins a year the lexicon counts among its names ("2025") and a place ("Ain al-Asad"): not one list of
    /// the same kind of thing ("Baghdad, Erbil and Ain al-Asad", "2003 and 2011"), but a date and what follows it.
    /// </summary>
    private static bool MixesYearsAndPlaces(CaptureCollection names)
    {
        var years = names.Count(name => name.Value.All(char.IsAsciiDigit));
        return years > 0 && years < names.Count;
    }

    private bool NamesTwoPlaces(string folded)
    {
        var at = folded.AsSpan().IndexOfAny(placeNames!);
        return at >= 0 && folded.AsSpan(at + 1).ContainsAny(placeNames!);
    }

    /// <summary>A pattern finding any of <paramref name="english"/> as a word, or of <paramref name="arabic"/> as a word perhaps joined to و.</summary>
    private static Regex AnyWord(string[] english, string[] arabic) => new(
        $@"\b(?:{string.Join('|', english.Select(Regex.Escape))})\b|(?:^|\s)و?\s?(?:{string.Join('|', arabic.Select(Regex.Escape))})(?:\s|$|[?؟])",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase,
        RegexLimits.MatchTimeout);

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
