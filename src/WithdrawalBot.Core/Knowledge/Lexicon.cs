namespace WithdrawalBot.Core.Knowledge;

/// <summary>
/// Word knowledge for matching (<c>knowledge/lexicon.json</c>), written naturally (with hamzas); the text
/// analyzer normalizes both sides the same way.
/// </summary>
/// <param name="ArabicDialect">Iraqi dialect word or phrase → Modern Standard Arabic word or phrase (e.g. شوكت → متى).</param>
/// <param name="ArabicSynonyms">Groups of Arabic words or phrases that mean the same for matching.</param>
/// <param name="ArabicStopwords">Arabic words that carry no topic.</param>
/// <param name="EnglishSynonyms">Groups of English words or phrases ("pull out") that mean the same for matching.</param>
/// <param name="EnglishStopwords">English words that carry no topic.</param>
public sealed record Lexicon(
    IReadOnlyDictionary<string, string> ArabicDialect,
    IReadOnlyList<IReadOnlyList<string>> ArabicSynonyms,
    IReadOnlyList<string> ArabicStopwords,
    IReadOnlyList<IReadOnlyList<string>> EnglishSynonyms,
    IReadOnlyList<string> EnglishStopwords)
{
    /// <summary>
    /// Names and topics the report never covers, in either language ("Russia", "الكويت", "oil", "الدولار"). A
    /// question word among them that the knowledge does not use marks the question as about something else, even
    /// when it is written in lower case or with a typo of one letter.
    /// </summary>
    public IReadOnlyList<string> OffTopicNames { get; init; } = [];

    /// <summary>
    /// Places and names the report does mention, one group per place with its names in both languages
    /// (["Syria", "سوريا"], ["Erbil", "أربيل", "اربيل"]). A question naming one is about it: a fact none of whose
    /// wordings name it, in either language, is a weaker match ("leave Syria" against the Iraq timeline).
    /// </summary>
    public IReadOnlyList<IReadOnlyList<string>> Places { get; init; } = [];

    /// <summary>
    /// Where the report puts its places, each with the paragraph that says so (Ain al-Asad in Anbar, ¶17; Erbil in
    /// Kurdistan, ¶18): a message that puts one in another of them is told the report does not.
    /// </summary>
    public IReadOnlyList<PlaceLocation> Locations { get; init; } = [];

    /// <summary>
    /// Common question words in both languages, one group per meaning with its words in English and in Arabic
    /// (["why", "ليش", "لماذا"], ["troops", "القوات", "جنود"]): a question written in both scripts ("when will القوات
    /// leave بغداد?") is read in the language whose wordings it matches better, its words of the other script, and the
    /// names of <see cref="Places"/>, replaced by their counterparts.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<string>> CrossLanguage { get; init; } = [];

    /// <summary>
    /// Other names the report mentions, one group per name in both languages (["Washington", "واشنطن"], ["September",
    /// "أيلول", "سبتمبر"]), used only to find the paragraphs naming them ("which paragraph mentions Washington?" → ¶8, ¶11,
    /// ¶19, ¶22); unlike <see cref="Places"/> they do not weigh on matching a question.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<string>> Mentions { get; init; } = [];

    /// <summary>
    /// Words and phrases that put a claim to be checked ("is it true", "I heard", "صحيح", "سمعت"), matched on the words as
    /// written: a claim whose numbers or months the report never writes is answered with what it does say.
    /// </summary>
    public IReadOnlyList<string> ClaimCues { get; init; } = [];

    /// <summary>
    /// Words and phrases asking whether something is there ("are there", "اكو", "هل يوجد") that put a claim to be checked
    /// only with a figure: "are there 5000 US troops in Iraq?" is checked as <see cref="ClaimCues"/> are, "اكو امريكان بعين
    /// الاسد؟" is a question.
    /// </summary>
    public IReadOnlyList<string> CountClaimCues { get; init; } = [];

    /// <summary>
    /// Words and phrases that ask what is true now or whether a plan came true ("actually", "already", "فعلاً",
    /// "لحد الآن"). The report is from 2024: about a planned event it can only say what was planned.
    /// </summary>
    public IReadOnlyList<string> StatusCues { get; init; } = [];

    /// <summary>
    /// Words and phrases that ask how things stand today ("now", "today", "currently", "هسه", "حالياً", "لحد الآن").
    /// The report is from 2024: about anything it can only say what it said then, and the reply says so first. They
    /// also count as <see cref="StatusCues"/>.
    /// </summary>
    public IReadOnlyList<string> NowCues { get; init; } = [];

    /// <summary>
    /// Kinds of answer a question can ask for, each with the words and phrases that ask for it, in both languages
    /// ("quantity": "how many", "كم", "شكد"; "place": "where", "وين"; "time": "what date", "متى"; "name": "names", "أسماء"), matched on the words
    /// as written, before the dialect map. A fact or intent answers a kind when one of its training questions or
    /// examples asks for it; a question asking for a kind none of them asks for is a weaker match for it ("how many
    /// rockets were fired?" against the attacks paragraph, which gives no such number).
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> AnswerKinds { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>
    /// Things the report never counts, in both languages ("drones", "rockets", "attacks", "صواريخ", "طيارة"), matched on
    /// the words as written right after a <c>quantity</c> cue of <see cref="AnswerKinds"/>: "how many drones did they
    /// attack with?" is told the report gives no such figure, then what it does say (¶12), not answered with the number
    /// of soldiers those attacks killed.
    /// </summary>
    public IReadOnlyList<string> UncountedThings { get; init; } = [];

    /// <summary>
    /// Question words in both languages ("why", "how many", "ليش", "شكد", "منو"). An utterance made of nothing else
    /// ("why?", "متى؟") names nothing to answer: with nothing before it to refer to, the bot asks what it is about.
    /// </summary>
    public IReadOnlyList<string> QuestionWords { get; init; } = [];

    /// <summary>
    /// Words and phrases that open a clause about the asker rather than the question, in both languages ("am", "my",
    /// "from", "as", "أنا", "اني", "احنا", "بصفتي"), matched on the words as written among a clause's first three; single
    /// letters are not words, so "I am" is written "am". What such a clause adds that the knowledge does not know ("I'm
    /// from Nairobi, …", "اني من الديوانية، …") is left out of the question, as are off-topic names there ("أنا من
    /// الكويت، …").
    /// </summary>
    public IReadOnlyList<string> Introductions { get; init; } = [];

    /// <summary>A lexicon with no entries.</summary>
    public static Lexicon Empty { get; } = new(new Dictionary<string, string>(), [], [], [], []);
}
