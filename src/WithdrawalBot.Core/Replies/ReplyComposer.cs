using System.Collections.Concurrent;
using System.Globalization;
using WithdrawalBot.Core.Knowledge;
using WithdrawalBot.Core.Languages;
using WithdrawalBot.Core.Routing;
using WithdrawalBot.Core.Text;
using WithdrawalBot.Core.Time;

namespace WithdrawalBot.Core.Replies;

/// <summary>
/// Writes the bot's replies in Arabic (Modern Standard) or English: fact answers with their verbatim quote,
/// a footnote citing the paragraph(s) and the source with its age, milestone dates relative to now with the
/// caveat that plans are as reported; refusals that offer questions the bot can answer; and the help,
/// greeting, source and command replies. Dates come from the injected <see cref="TimeProvider"/>.
/// </summary>
public sealed class ReplyComposer(KnowledgeBase knowledge, TimeProvider time)
{
    /// <summary>How many suggested questions a reply offers at most.</summary>
    public const int MaxSuggestions = 3;

    /// <summary>The <see cref="Reply.Intent"/> of <see cref="Refusal"/>: a question the article does not answer.</summary>
    public const string RefusalIntent = "unknown";

    /// <summary>The <see cref="Reply.Intent"/> of the "Sorry, something went wrong" reply, given when handling a message threw (the cause is logged).</summary>
    public const string ErrorIntent = "error";

    /// <summary>
    /// The intent of a reply that says the report cannot tell what happened after it was published, then gives what it
    /// reported as planned ("has the first phase happened yet?").
    /// </summary>
    public const string BeyondReportIntent = "beyond-report";

    /// <summary>
    /// The intent of a reply to a claim whose numbers or dates the report never gives, or gives for something else ("is it
    /// true that 3,500 US troops are in Iraq?"): that it does not say them, then what it does say.
    /// </summary>
    public const string NotAsClaimedIntent = "not-as-claimed";

    /// <summary>
    /// The intent of a reply that says the report gives no figure for what was counted ("How many from Italy?" after the
    /// other coalition countries, ¶16), then what it does say (<see cref="NoFigure"/>).
    /// </summary>
    public const string NoFigureIntent = "no-figure";

    /// <summary>The intent of an answer to a question asking when, from a fact that gives no date (<see cref="NoDate"/>).</summary>
    public const string NoDateIntent = "no-date";

    /// <summary>The intent of an answer to a question asking for the exact day of a date the report gives less precisely (<see cref="NoExactDay"/>).</summary>
    public const string NoExactDayIntent = "no-exact-day";

    /// <summary>The intent of an answer to a question asking for a judgement the report does not make (<see cref="NoVerdict"/>).</summary>
    public const string NoVerdictIntent = "no-verdict";

    /// <summary>The intent of the report in a few points (<see cref="Summary"/>).</summary>
    public const string SummaryIntent = "summary";

    /// <summary>The intent of the last answer in short (<see cref="InShort"/>).</summary>
    public const string InShortIntent = "in-short";

    /// <summary>
    /// The intent of a reply that says the report gives no names for what was asked ("شنو اسمه؟" after the senior US
    /// official, ¶3), then what it does say (<see cref="NoName"/>).
    /// </summary>
    public const string NoNameIntent = "no-name";

    /// <summary>
    /// The <see cref="Reply.Intent"/> of the thanks for a 👍/👎 vote (<see cref="ReplyPhrases.FeedbackThanks"/>). Adapters show
    /// it to the voter alone (Telegram: the callback query's toast; Discord: an ephemeral follow-up), never as a chat message,
    /// so pressing the same button again adds nothing to the chat.
    /// </summary>
    public const string FeedbackIntent = "feedback";

    /// <summary>How many paragraphs one reply quotes at most ("paragraphs 1-24" quotes the first four and names the rest).</summary>
    public const int MaxParagraphsQuoted = 4;

    /// <summary>Most facts whose answers gloss one quoted paragraph (<see cref="GlossesFor"/>).</summary>
    public const int MaxGlosses = 2;

    /// <summary>How many of the questions left for the user to send separately a reply names (the first, different ones).</summary>
    public const int MaxUnaskedNamed = 10;

    /// <summary>How many characters of a question or claim of the message a reply quotes back (longer ones end with "…").</summary>
    public const int MaxUnaskedLength = 120;

    /// <summary>Longest button label (Discord's limit).</summary>
    public const int MaxLabelLength = 80;

    private static readonly CultureInfo ArabicCulture = CultureInfo.GetCultureInfo("ar-IQ");
    private static readonly CultureInfo EnglishCulture = CultureInfo.GetCultureInfo("en");

    private readonly ReplyPhrases phrases = ReplyPhrases.Default;

    // Relative wordings change at most daily; remembering them, and whole answers, keeps a reply to a few small
    // allocations. A milestone's wording depends only on its day count (MilestoneCountdown), so an answer is reused only
    // while that count and the UTC day (for the report's age) are unchanged. Replies are immutable, so sharing them is safe.
    private readonly ConcurrentDictionary<(DateTimeOffset Instant, Language Language), (DateOnly Day, string Text)> relativeWords = new();
    private readonly ConcurrentDictionary<(string MilestoneId, Language Language), (int Days, string Text)> milestoneWords = new();
    private readonly ConcurrentDictionary<(string FactId, Language Language), (DateOnly Day, int? MilestoneDays, Reply Reply)> answers = new();

    /// <summary>The phrases in use.</summary>
    public ReplyPhrases Phrases => phrases;

    /// <summary>
    /// A fact's answer: the answer text, the reported timing when the fact has a milestone, the verbatim Arabic
    /// quote from each paragraph it cites (the first quote of each, best first), and the footnote. Buttons: up to three related questions, then
    /// "helpful" / "not helpful".
    /// </summary>
    public Reply Answer(Fact fact, Language language, double confidence)
    {
        ArgumentNullException.ThrowIfNull(fact);
        var now = time.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        int? milestoneDays = fact.MilestoneId is not null && knowledge.TryGetMilestone(fact.MilestoneId, out var milestone)
            ? MilestoneCountdown.DaysUntil(milestone, now)
            : null;
        if (answers.TryGetValue((fact.Id, language), out var cached) && cached.Day == today && cached.MilestoneDays == milestoneDays)
        {
            return cached.Reply with { Confidence = confidence };
        }

        var reply = ComposeAnswer(fact, language);
        answers[(fact.Id, language)] = (today, milestoneDays, reply);
        return reply with { Confidence = confidence };
    }

    /// <summary>
    /// The answer to a question the report cannot know: whether a planned event came true ("did they actually leave
    /// Ain al-Asad?") or how things stand today ("how many US troops are in Iraq now?"). First that the report,
    /// published a given time ago, can only say what was planned (a fact about a milestone) or what it reported then
    /// (any other fact), then the fact's answer with its timing, quote and footnote. Intent <c>beyond-report</c>; it
    /// still cites the fact's paragraphs.
    /// </summary>
    public Reply BeyondReport(Fact fact, Language language, double confidence)
    {
        ArgumentNullException.ThrowIfNull(fact);
        return Prefaced(fact, BeyondReportPreface(fact, language), BeyondReportIntent, language, confidence);
    }

    /// <summary>
    /// The answer to a claim put to be checked with numbers or dates the report never gives ("Is it true that about 3,500
    /// US troops are in Iraq?", "صحيح الانسحاب من عين الاسد بشهر ثمانية؟"): first that the report does not say them, naming
    /// them as typed, then <paramref name="fact"/>'s answer, timing, quote and footnote. Intent
    /// <see cref="NotAsClaimedIntent"/>; it cites the fact's paragraphs.
    /// </summary>
    /// <param name="fact">What the report says instead.</param>
    /// <param name="unwritten">The claim's words the report never writes, as typed ("3,500", "August"), at least one.</param>
    /// <param name="language">Reply language.</param>
    /// <param name="confidence">The match confidence of the claim without those words, 0–1.</param>
    /// <param name="writtenElsewhere">Whether the words are in the report, about something else ("2026" claimed for the elections): the reply says it does not give them for this.</param>
    /// <param name="givenFor">
    /// The fact next to <paramref name="fact"/> in the plan that does give the figures ("all troops leave by September 2025?":
    /// the rest leave by the end of 2026, but hundreds by September 2025), answered after it; <c>null</c> for none.
    /// </param>
    public Reply NotAsClaimed(Fact fact, IReadOnlyList<string> unwritten, Language language, double confidence, bool writtenElsewhere = false, Fact? givenFor = null)
    {
        ArgumentNullException.ThrowIfNull(fact);
        ArgumentNullException.ThrowIfNull(unwritten);
        var phrase = writtenElsewhere ? phrases.NotAsClaimedHere : phrases.NotAsClaimed;
        var preface = new ReplyBlock(ReplyBlockKind.Paragraph, Fill(phrase.For(language), ("words", Quoted(unwritten, language))));
        if (givenFor is null)
        {
            return Prefaced(fact, preface, NotAsClaimedIntent, language, confidence);
        }

        var both = Answers([(fact, false), (givenFor, false)], [], [], language, confidence);
        return both with { Blocks = [preface, .. both.Blocks], Intent = NotAsClaimedIntent };
    }

    /// <summary>
    /// The answer to a message that puts one of the report's places in another it does not put it in ("Ain al-Asad is in
    /// Kurdistan, right?", "عين الاسد بكردستان؟"): first that the report does not put it there, naming both as typed, then
    /// what <paramref name="fact"/> says of the place (Ain al-Asad in western Anbar, ¶17). Intent
    /// <see cref="NotAsClaimedIntent"/>; it cites the fact's paragraphs.
    /// </summary>
    /// <param name="fact">The fact saying where the report puts the place.</param>
    /// <param name="place">The place, as typed ("Ain al-Asad").</param>
    /// <param name="claimed">Where the message puts it, as typed ("Kurdistan").</param>
    /// <param name="language">Reply language.</param>
    /// <param name="confidence">How sure the reading is, 0–1.</param>
    public Reply NotPlacedThere(Fact fact, string place, string claimed, Language language, double confidence)
    {
        ArgumentNullException.ThrowIfNull(fact);
        var preface = new ReplyBlock(ReplyBlockKind.Paragraph, Fill(phrases.NotPlacedThere.For(language), ("place", place), ("words", Quoted([claimed], language))));
        return Prefaced(fact, preface, NotAsClaimedIntent, language, confidence);
    }

    /// <summary>
    /// The answer to a question asking how many people when the fact gives no count ("How many from Italy?" after the
    /// countries that send troops, ¶16; "how many troops leave by September 2025?", ¶2: hundreds): first that the report gives no
    /// exact figure, then the fact's answer with its timing, quote and footnote. Intent <c>no-figure</c>; it still cites
    /// the fact's paragraphs.
    /// </summary>
    public Reply NoFigure(Fact fact, Language language, double confidence) =>
        Prefaced(fact, new ReplyBlock(ReplyBlockKind.Paragraph, phrases.NoFigure.For(language)), NoFigureIntent, language, confidence);

    /// <summary>
    /// The answer to a question asking for names of what the report leaves unnamed (<see cref="Fact.Unnamed"/>: "ما اسم
    /// المسؤول الأمريكي؟", ¶3; "which militias, by name?", ¶11): first that the report gives no names, then the fact's
    /// answer with its quote and footnote. Intent <c>no-name</c>; it still cites the fact's paragraphs.
    /// </summary>
    public Reply NoName(Fact fact, Language language, double confidence) =>
        Prefaced(fact, new ReplyBlock(ReplyBlockKind.Paragraph, phrases.NoName.For(language)), NoNameIntent, language, confidence);

    /// <summary>
    /// The answer to a question asking when from a fact whose answer tells no time ("when did the technical talks end?",
    /// ¶8; "شوكت انقتلوا الجنود الثلاثة؟", ¶12): first that the report gives no date, then the fact's answer with its quote
    /// and footnote. Intent <see cref="NoDateIntent"/>; it still cites the fact's paragraphs.
    /// </summary>
    public Reply NoDate(Fact fact, Language language, double confidence) =>
        Prefaced(fact, new ReplyBlock(ReplyBlockKind.Paragraph, phrases.NoDate.For(language)), NoDateIntent, language, confidence);

    /// <summary>
    /// The answer to a question asking for the exact day of a date the fact gives only as a month, a year or about ("What
    /// exact day in October 2025 are the elections?", ¶23): first that the report gives no exact day, then the fact's answer
    /// with its quote and footnote. Intent <see cref="NoExactDayIntent"/>; it still cites the fact's paragraphs.
    /// </summary>
    public Reply NoExactDay(Fact fact, Language language, double confidence) =>
        Prefaced(fact, new ReplyBlock(ReplyBlockKind.Paragraph, phrases.NoExactDay.For(language)), NoExactDayIntent, language, confidence);

    /// <summary>
    /// The answer to a question asking for a judgement ("is the withdrawal good for Iraq?", "Why is the US surrendering to
    /// the militias?", "الاتفاق زين للعراق لو لا؟"): first that the report makes no such judgement and only reports what its
    /// sources said, then the fact's answer with its quote and footnote. Intent <see cref="NoVerdictIntent"/>; it still
    /// cites the fact's paragraphs.
    /// </summary>
    public Reply NoVerdict(Fact fact, Language language, double confidence) =>
        Prefaced(fact, new ReplyBlock(ReplyBlockKind.Paragraph, phrases.NoVerdict.For(language)), NoVerdictIntent, language, confidence);

    /// <summary>The fact's answer (<see cref="Answer"/>) with <paramref name="preface"/> before it, under <paramref name="intent"/>.</summary>
    private Reply Prefaced(Fact fact, ReplyBlock preface, string intent, Language language, double confidence)
    {
        ArgumentNullException.ThrowIfNull(fact);
        var answer = Answer(fact, language, confidence);
        return answer with { Blocks = [preface, .. answer.Blocks], Intent = intent };
    }

    /// <summary>
    /// "Who said that?" about <paramref name="facts"/>, as blocks: the lead-in, then one line per speaker naming their
    /// paragraphs (every paragraph the facts cite, grouped by who the report attributes it to, in the order first cited).
    /// </summary>
    private void AddAttribution(IEnumerable<Fact> facts, Language language, List<ReplyBlock> blocks) =>
        AddAttribution(facts.SelectMany(f => f.Citations).Select(c => c.Paragraph), language, blocks);

    /// <summary>"Who said that?" about <paramref name="paragraphs"/>, as blocks: the lead-in, then one line per speaker naming their paragraphs.</summary>
    private void AddAttribution(IEnumerable<int> paragraphs, Language language, List<ReplyBlock> blocks)
    {
        blocks.Add(new(ReplyBlockKind.Paragraph, phrases.Attribution.For(language)));
        var attributed = paragraphs.Distinct()
            .Select(paragraph => (Paragraph: paragraph, SaidBy: knowledge.SaidBy(paragraph)?.For(language)))
            .Where(entry => entry.SaidBy is not null)
            .GroupBy(entry => entry.SaidBy!, StringComparer.Ordinal);
        foreach (var group in attributed)
        {
            var label = ParagraphWords(group.Select(entry => entry.Paragraph), language);
            blocks.Add(new(ReplyBlockKind.ListItem, $"{char.ToUpperInvariant(label[0])}{label[1..]}: {group.Key}"));
        }
    }

    /// <summary>
    /// "Who said that?" about <paramref name="fact"/>: for each paragraph it cites, who the report attributes it
    /// to (from <c>attributions.json</c>), then the best quote and the footnote. Intent <c>attribution</c>.
    /// </summary>
    public Reply Attribution(Fact fact, Language language)
    {
        ArgumentNullException.ThrowIfNull(fact);
        return Attribution([fact], language);
    }

    /// <summary>
    /// "Who said that?" after a reply that answered several facts ("how many troops are in Iraq and when do they leave?"):
    /// every paragraph they cite, grouped by who the report attributes it to ("Paragraphs 2 and 5: the sources…",
    /// "Paragraph 13: the report itself…"), then each fact's best quote and one footnote. Intent <c>attribution</c>;
    /// buttons: questions related to the last fact.
    /// </summary>
    /// <param name="facts">The facts answered, in order, at least one.</param>
    /// <param name="language">Reply language.</param>
    /// <exception cref="ArgumentException">When <paramref name="facts"/> is empty.</exception>
    public Reply Attribution(IReadOnlyList<Fact> facts, Language language)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentOutOfRangeException.ThrowIfZero(facts.Count);
        var blocks = new List<ReplyBlock>();
        AddAttribution(facts, language, blocks);
        blocks.AddRange(facts.Select(f => f.Citations[0].Quote).Distinct(StringComparer.Ordinal).Select(quote => new ReplyBlock(ReplyBlockKind.Quote, quote)));
        var citations = facts.SelectMany(f => f.Citations).Distinct().ToArray();
        blocks.Add(new(ReplyBlockKind.Footnote, Footnote(citations, language)));
        return new Reply(language, blocks)
        {
            Intent = "attribution",
            Answered = true,
            Citations = citations,
            Buttons = SuggestionButtons(SuggestionsFor(facts[^1]), language),
        };
    }

    /// <summary>
    /// The answer to a message that asks several things ("how many troops are in Iraq and when do they leave?"): for each
    /// fact in order, what <see cref="Answer"/> or <see cref="BeyondReport"/> would say without its footnote; then, for
    /// each question of the message the report does not answer, that it does not say; then one footnote for every
    /// paragraph cited. Intent <c>fact</c>, answered, citing every fact's paragraphs in order; buttons: up to three
    /// questions related to the last fact, none of them already answered, then "helpful" / "not helpful" (rating the
    /// first answer).
    /// </summary>
    /// <param name="answers">The facts answered, in the order asked (at least one), each with whether it was asked beyond the report (how things stand today, whether a plan came true).</param>
    /// <param name="unanswered">The questions of the message the report does not answer, as written.</param>
    /// <param name="unasked">The questions of the message that were not tried, as written; the reply asks for them separately and names the first <see cref="MaxUnaskedNamed"/> different ones.</param>
    /// <param name="language">Reply language.</param>
    /// <param name="confidence">The lowest confidence among the answers.</param>
    /// <param name="disputed">Claims the message made that the report does not ("I heard 5000 troops are in Iraq, …"), each with the fact of <paramref name="answers"/> it was set against: said not to be the report's just before that fact, or before all the answers when it was set against none ("بما ان ترامب وقع الاتفاق، …").</param>
    /// <param name="attributed">Facts of <paramref name="answers"/> the message also asked "who said that?" about ("when do they leave Ain al-Asad and who said so?"): after each run of them, who the report attributes their paragraphs to, grouped by speaker.</param>
    /// <exception cref="ArgumentException">When <paramref name="answers"/> is empty.</exception>
    public Reply Answers(IReadOnlyList<(Fact Fact, bool BeyondReport)> answers, IReadOnlyList<string> unanswered, IReadOnlyList<string> unasked, Language language, double confidence, IReadOnlyList<Fact>? attributed = null, IReadOnlyList<(Fact? Fact, string Claim)>? disputed = null)
    {
        ArgumentNullException.ThrowIfNull(answers);
        ArgumentNullException.ThrowIfNull(unasked);
        ArgumentNullException.ThrowIfNull(unanswered);
        ArgumentOutOfRangeException.ThrowIfZero(answers.Count);
        // A premise set against no fact ("بما ان ترامب وقع الاتفاق، …") is said not to be the report's before the answers.
        var blocks = (disputed ?? []).Where(d => d.Fact is null).Select(d => ClaimNotSaid(d.Claim, language)).ToList();
        for (var i = 0; i < answers.Count; i++)
        {
            var (fact, beyond) = answers[i];
            foreach (var (_, claim) in disputed?.Where(d => d.Fact == fact) ?? [])
            {
                // "I heard 5000 troops are in Iraq, when do they leave?": the claim is said not to be the report's before
                // what it says instead (about 2,500, ¶13).
                blocks.Add(ClaimNotSaid(claim, language));
            }

            if (beyond)
            {
                blocks.Add(BeyondReportPreface(fact, language));
            }

            AddAnswer(fact, language, blocks);
            if (attributed?.Contains(fact) == true && (i == answers.Count - 1 || !attributed.Contains(answers[i + 1].Fact)))
            {
                // One "who said that?" for a run of attributed answers ("why was it delayed and when could it be announced
                // and who said so?"), after the last of them.
                var first = i;
                while (first > 0 && attributed.Contains(answers[first - 1].Fact))
                {
                    first--;
                }

                AddAttribution(answers.Skip(first).Take(i - first + 1).Select(a => a.Fact), language, blocks);
            }
        }

        blocks.AddRange(unanswered.Select(question => new ReplyBlock(ReplyBlockKind.Paragraph, Fill(phrases.RefusalPart.For(language), ("question", Clipped(question))))));
        if (unasked.Count > 0)
        {
            var more = unasked.Count switch { 1 => phrases.MoreQuestionsOne, 2 => phrases.MoreQuestionsTwo, _ => phrases.MoreQuestions };
            blocks.Add(new(ReplyBlockKind.Paragraph, Fill(more.For(language), ("count", unasked.Count.ToString(CultureInfo.InvariantCulture)))));
            blocks.AddRange(unasked.Distinct(StringComparer.OrdinalIgnoreCase).Take(MaxUnaskedNamed)
                .Select(question => new ReplyBlock(ReplyBlockKind.ListItem, Clipped(question))));
        }

        var citations = answers.SelectMany(a => a.Fact.Citations).Distinct().ToArray();
        blocks.Add(new(ReplyBlockKind.Footnote, Footnote(citations, language)));
        var suggestions = SuggestionsFor(answers[^1].Fact).Where(f => !answers.Any(a => a.Fact.Id == f.Id));
        var buttons = SuggestionButtons(suggestions, language);
        buttons.AddRange(FeedbackButtons(answers[0].Fact, language));
        return new Reply(language, blocks)
        {
            Intent = "fact",
            Answered = true,
            Confidence = confidence,
            Citations = citations,
            Buttons = buttons,
        };
    }

    /// <summary>
    /// What goes before a fact asked about beyond the report: for a planned milestone, that the report can only say what
    /// was planned; for any other fact, that it cannot tell how things stand today.
    /// </summary>
    private ReplyBlock BeyondReportPreface(Fact fact, Language language)
    {
        var phrase = fact.MilestoneId is null && !fact.Planned ? phrases.BeyondReportNow : phrases.BeyondReport;
        return new(ReplyBlockKind.Paragraph, Fill(phrase.For(language), ("age", ReportAge(language))));
    }

    /// <summary>
    /// A fact's answer text, its reported timing when it has a milestone (not again when an earlier answer of the same
    /// reply gave that timing: Erbil and the rest both leave by about the end of 2026), and the first quote from each
    /// paragraph it cites.
    /// </summary>
    private void AddAnswer(Fact fact, Language language, List<ReplyBlock> blocks)
    {
        blocks.Add(new(ReplyBlockKind.Paragraph, fact.Answer.For(language)));
        if (fact.MilestoneId is not null && knowledge.TryGetMilestone(fact.MilestoneId, out var milestone)
            && Timing(milestone, language) + " " + phrases.PlanCaveat.For(language) is var timing
            && !blocks.Any(block => block.Kind == ReplyBlockKind.Paragraph && block.Text == timing))
        {
            blocks.Add(new(ReplyBlockKind.Paragraph, timing));
        }

        blocks.AddRange(fact.Citations.DistinctBy(c => c.Paragraph).Select(c => new ReplyBlock(ReplyBlockKind.Quote, c.Quote)));
    }

    private Reply ComposeAnswer(Fact fact, Language language)
    {
        var blocks = new List<ReplyBlock>();
        AddAnswer(fact, language, blocks);
        blocks.Add(new(ReplyBlockKind.Footnote, Footnote(fact.Citations, language)));
        var buttons = SuggestionButtons(SuggestionsFor(fact), language);
        buttons.AddRange(FeedbackButtons(fact, language));
        return new Reply(language, blocks)
        {
            Intent = "fact",
            Answered = true,
            Citations = fact.Citations,
            Buttons = buttons,
        };
    }

    /// <summary>
    /// A refusal with up to three questions the report answers (also as buttons). With near misses (facts that
    /// matched a little): "I can't find that in the report. Did you mean one of these?" and them, since the question
    /// may be one of them in other words; without: "The report does not say that", what the bot covers, and the
    /// default questions.
    /// </summary>
    /// <param name="language">Reply language.</param>
    /// <param name="confidence">The best candidate's score.</param>
    /// <param name="nearMisses">Facts that matched under the threshold, best first; the first three are offered.</param>
    public Reply Refusal(Language language, double confidence, IReadOnlyList<Fact> nearMisses)
    {
        ArgumentNullException.ThrowIfNull(nearMisses);
        var text = nearMisses.Count > 0
            ? phrases.RefusalNearMiss.For(language)
            : phrases.Refusal.For(language) + " " + phrases.RefusalScope.For(language);
        return WithSuggestions(RefusalIntent, language, [text], nearMisses) with { Confidence = confidence };
    }

    /// <summary>
    /// A question asking for a judgement that reads as no fact ("is this a betrayal?", "what is your opinion on the
    /// deal?", "الاتفاق زين لو لا؟"): that the report makes no such judgement and the bot gives no opinion, with up to three
    /// questions from <paramref name="nearMisses"/> it can answer. Intent <see cref="RefusalIntent"/>.
    /// </summary>
    public Reply NoOpinion(Language language, double confidence, IReadOnlyList<Fact> nearMisses)
    {
        ArgumentNullException.ThrowIfNull(nearMisses);
        return WithSuggestions(RefusalIntent, language, [phrases.NoOpinion.For(language)], nearMisses) with { Confidence = confidence };
    }

    /// <summary>
    /// "Why?" (or "how?", "ليش؟") right after an answer whose paragraphs do not say: that the report does not say that
    /// about the earlier question (named by <paramref name="asked"/>, the user's own words, or else, as the last topic rather
    /// than the user's question, by <paramref name="earlier"/>'s first wording), with up to three questions related to <paramref name="earlier"/>.
    /// Intent <see cref="RefusalIntent"/>, so it counts as unanswered.
    /// </summary>
    public Reply FollowUpRefusal(Fact earlier, string? asked, Language language, double confidence)
    {
        ArgumentNullException.ThrowIfNull(earlier);
        var text = asked is null
            ? Fill(phrases.RefusalFollowUpTopic.For(language), ("question", earlier.Questions.For(language)[0]))
            : Fill(phrases.RefusalFollowUp.For(language), ("question", asked));
        return WithSuggestions(RefusalIntent, language, [text], SuggestionsFor(earlier)) with { Confidence = confidence };
    }

    /// <summary>
    /// A message in neither Arabic nor English ("shkad jundi amreeki bil3raq?", "¿Cuándo se van las tropas?"): says so in
    /// both languages, with three questions to try. Intent <see cref="RefusalIntent"/>, so it counts as unanswered.
    /// </summary>
    public Reply OtherLanguage(Language language, double confidence) =>
        WithSuggestions(RefusalIntent, language, [phrases.OtherLanguage.For(language)], []) with { Confidence = confidence };

    /// <summary>
    /// Paragraph <paramref name="number"/> of the report, verbatim, with the answer of the fact that best covers it (one
    /// citing only it, else one citing it first, else any citing it) as a gloss
    /// in <paramref name="language"/> and the source footnote (intent <c>paragraph</c>, answered, citing the whole
    /// paragraph); a number outside 1–<see cref="Article.ParagraphCount"/> gets how many there are (not answered).
    /// </summary>
    public Reply Paragraph(int number, Language language) => Paragraphs([number], language);

    /// <summary>
    /// The paragraphs asked for ("paragraphs 2 and 18", "the last two paragraphs"), in the order asked: for each, what
    /// <see cref="Paragraph"/> says without its footnote (a gloss already given for an earlier one is not repeated), then one
    /// footnote citing them all. At most <see cref="MaxParagraphsQuoted"/> are quoted; the reply names the others to ask for
    /// separately. A number outside 1–<see cref="Article.ParagraphCount"/> among them adds how many there are; when none is
    /// inside, that is the whole reply (not answered). Intent <c>paragraph</c>; buttons: questions related to the last gloss.
    /// </summary>
    /// <param name="numbers">Paragraph numbers as asked, at least one (repeats are quoted once).</param>
    /// <param name="language">Reply language (the quotes stay Arabic).</param>
    /// <exception cref="ArgumentException">When <paramref name="numbers"/> is empty.</exception>
    public Reply Paragraphs(IReadOnlyList<int> numbers, Language language)
    {
        ArgumentNullException.ThrowIfNull(numbers);
        ArgumentOutOfRangeException.ThrowIfZero(numbers.Count);
        var count = knowledge.Article.ParagraphCount;
        var inRange = numbers.Where(n => n >= 1 && n <= count).Distinct().ToArray();
        // "paragraphs 3 and 33" names 33; a number that is no whole positive one (read as 0) or too big to be meant (capped)
        // gets only how many there are.
        var missing = numbers.Where(n => n > count && n < ParagraphRequest.MaxNumber).ToArray();
        var rangeText = missing.Length > 0
            ? Fill(phrases.ParagraphMissing.For(language), ("paragraphs", ParagraphWords(missing, language)), ("count", count.ToString(CultureInfo.InvariantCulture)))
            : Fill(phrases.ParagraphRange.For(language), ("count", count.ToString(CultureInfo.InvariantCulture)));
        if (inRange.Length == 0)
        {
            return new Reply(language, [new(ReplyBlockKind.Paragraph, rangeText)]) { Intent = "paragraph" };
        }

        var quoted = inRange.Take(MaxParagraphsQuoted).ToArray();
        var blocks = new List<ReplyBlock>();
        var glosses = new List<Fact>();
        foreach (var number in quoted)
        {
            blocks.Add(new(ReplyBlockKind.Paragraph, Fill(phrases.Paragraph.For(language), ("number", number.ToString(CultureInfo.InvariantCulture)))));
            blocks.Add(new(ReplyBlockKind.Quote, knowledge.Article.Paragraph(number)));
            var facts = GlossesFor(number).Where(fact => !glosses.Contains(fact)).ToArray();
            if (facts.Length > 0)
            {
                glosses.AddRange(facts);
                var answers = string.Join(" ", facts.Select(fact => fact.Answer.For(language)));
                blocks.Add(new(ReplyBlockKind.Paragraph, Fill(phrases.ParagraphGloss.For(language), ("answer", answers))));
            }
        }

        if (inRange.Length < numbers.Distinct().Count())
        {
            blocks.Add(new(ReplyBlockKind.Paragraph, rangeText));
        }

        if (inRange.Length > quoted.Length)
        {
            var rest = ParagraphSpan(inRange[quoted.Length..], language);
            blocks.Add(new(ReplyBlockKind.Paragraph, Fill(phrases.ParagraphsMore.For(language), ("max", MaxParagraphsQuoted.ToString(CultureInfo.InvariantCulture)), ("rest", rest))));
        }

        var citations = quoted.Select(number => new Citation(number, knowledge.Article.Paragraph(number))).ToArray();
        blocks.Add(new(ReplyBlockKind.Footnote, Footnote(citations, language)));
        return new Reply(language, blocks)
        {
            Intent = "paragraph",
            Answered = true,
            Confidence = 1,
            Citations = citations,
            Buttons = glosses.Count == 0 ? [] : SuggestionButtons(SuggestionsFor(glosses[^1]), language),
        };
    }

    /// <summary>
    /// <paramref name="quoted"/> (a look-up from <see cref="Paragraphs"/>) with a line before its footnote naming what the
    /// request asked about that the report never mentions ("which paragraph mentions Erbil and Basra?": Basra), as typed
    /// words, quoted.
    /// </summary>
    /// <param name="quoted">The look-up's reply; its last block is the footnote.</param>
    /// <param name="names">The names, at least one.</param>
    /// <param name="language">Reply language.</param>
    public Reply NotMentioned(Reply quoted, IReadOnlyList<string> names, Language language)
    {
        ArgumentNullException.ThrowIfNull(quoted);
        ArgumentNullException.ThrowIfNull(names);
        var line = new ReplyBlock(ReplyBlockKind.Paragraph, NotMentionedLine(names, language));
        return quoted with { Blocks = [.. quoted.Blocks.Take(quoted.Blocks.Count - 1), line, quoted.Blocks[^1]] };
    }

    private string NotMentionedLine(IReadOnlyList<string> names, Language language) =>
        Fill(phrases.NotMentioned.For(language), ("names", Quoted(names, language)));

    /// <summary>Words as typed, each in the language's quotation marks, comma-separated: “Basra”, “Pentagon” / «البصرة»، «البنتاغون».</summary>
    private static string Quoted(IEnumerable<string> words, Language language) =>
        string.Join(language == Language.Arabic ? "، " : ", ", words.Select(word => language == Language.Arabic ? $"«{word}»" : $"“{word}”"));

    /// <summary>
    /// A look-up for names the report never mentions ("which paragraph mentions the Pentagon?"): says so, naming them as
    /// typed, with what the bot answers from and questions to try. Intent <see cref="RefusalIntent"/>, so it counts as unanswered.
    /// </summary>
    /// <param name="names">The names, at least one.</param>
    /// <param name="language">Reply language.</param>
    public Reply NotMentionedRefusal(IReadOnlyList<string> names, Language language)
    {
        ArgumentNullException.ThrowIfNull(names);
        return WithSuggestions(RefusalIntent, language, [NotMentionedLine(names, language) + " " + phrases.RefusalScope.For(language)], []);
    }

    /// <summary>
    /// <paramref name="next"/> (a paragraph quoted by <see cref="Paragraphs"/>) opened with the words that it reads on past
    /// what the report says about the last answer ("The report says no more than that about it. Its next paragraph (5)
    /// reads:"), for a second "explain" that would otherwise pass off the next paragraph as the explanation.
    /// </summary>
    /// <param name="next">The quoted paragraph; its first citation names it.</param>
    /// <param name="language">Reply language.</param>
    public Reply ReadingOn(Reply next, Language language)
    {
        ArgumentNullException.ThrowIfNull(next);
        if (next.Citations is not [var first, ..])
        {
            return next;
        }

        var lead = new ReplyBlock(ReplyBlockKind.Paragraph, Fill(phrases.ReadOn.For(language), ("paragraph", first.Paragraph.ToString(CultureInfo.InvariantCulture))));
        return next with { Blocks = [lead, .. next.Blocks] };
    }

    /// <summary>
    /// That the last paragraph has been quoted, so there is nothing further to read on to ("tell me more" after ¶24), and how
    /// to go on (intent <c>paragraph</c>, not answered).
    /// </summary>
    public Reply ParagraphsEnd(Language language) =>
        new(language, [new(ReplyBlockKind.Paragraph, Fill(phrases.ParagraphsEnd.For(language), ("count", knowledge.Article.ParagraphCount.ToString(CultureInfo.InvariantCulture))))]) { Intent = "paragraph" };

    /// <summary>
    /// A paragraph look-up (<paramref name="quoted"/>, from <see cref="Paragraphs"/>) with what else the same message asked,
    /// in one reply: the quotes and glosses (a gloss an answer below repeats is left out); then, when it also asked "who said it?", who the report attributes the quoted
    /// paragraphs to; then <paramref name="answers"/>' blocks (its other questions, answered or named as not covered); then,
    /// for each question not handled here, that it should be sent separately, naming it; then one footnote for every
    /// paragraph cited. Intent <c>paragraph</c>, answered; buttons those of <paramref name="answers"/> when given (with
    /// "helpful" / "not helpful"), else the look-up's.
    /// </summary>
    /// <param name="quoted">The look-up's reply; it must quote at least one paragraph.</param>
    /// <param name="attribute">Whether the message also asked who said the paragraphs ("p17 and who said it?").</param>
    /// <param name="answers">The reply to the message's other questions (<see cref="Answer"/>, <see cref="Answers"/>), or <c>null</c>.</param>
    /// <param name="separately">Other questions of the message, as written, left for the user to send on their own.</param>
    /// <param name="language">Reply language.</param>
    public Reply ParagraphsAnd(Reply quoted, bool attribute, Reply? answers, IReadOnlyList<string> separately, Language language)
    {
        ArgumentNullException.ThrowIfNull(quoted);
        ArgumentNullException.ThrowIfNull(separately);
        // A gloss the answers below give in full (with their timing) is not said twice.
        var answered = answers?.Blocks.Where(b => b.Kind == ReplyBlockKind.Paragraph).Select(b => Fill(phrases.ParagraphGloss.For(language), ("answer", b.Text))).ToHashSet(StringComparer.Ordinal) ?? [];
        var blocks = quoted.Blocks.Where(b => b.Kind != ReplyBlockKind.Footnote && !answered.Contains(b.Text)).ToList();
        if (attribute)
        {
            AddAttribution(quoted.Citations.Select(c => c.Paragraph), language, blocks);
        }

        if (answers is not null)
        {
            blocks.AddRange(answers.Blocks.Where(b => b.Kind != ReplyBlockKind.Footnote));
        }

        blocks.AddRange(separately.Select(question => new ReplyBlock(ReplyBlockKind.Paragraph, Fill(phrases.ParagraphAskSeparately.For(language), ("question", question)))));
        var citations = quoted.Citations.Concat(answers?.Citations ?? []).Distinct().ToArray();
        blocks.Add(new(ReplyBlockKind.Footnote, Footnote(citations, language)));
        return quoted with
        {
            Blocks = blocks,
            Citations = citations,
            Confidence = Math.Min(quoted.Confidence, answers?.Confidence ?? 1),
            Buttons = answers?.Buttons ?? quoted.Buttons,
        };
    }

    /// <summary>
    /// The fact whose answer best summarizes paragraph <paramref name="number"/>: the first of <see cref="GlossesFor"/>;
    /// <c>null</c> when none does (or the number is out of range). A follow-up ("who said that?") refers to it.
    /// </summary>
    public Fact? GlossFor(int number) => GlossesFor(number) is [var first, ..] ? first : null;

    /// <summary>
    /// The facts whose answers together summarize paragraph <paramref name="number"/>: those citing only it, at most
    /// <see cref="MaxGlosses"/>, leaving out one an earlier gloss already says (<see cref="KnowledgeBase.Covers"/>: ¶17 is
    /// both Ain al-Asad and Baghdad, while ¶13's 2,500 in Iraq already give the 900 in Syria), else the first that cites it
    /// first, else the first that cites it at all; empty when none does (or the number is out of range).
    /// </summary>
    public IReadOnlyList<Fact> GlossesFor(int number)
    {
        var only = new List<Fact>();
        foreach (var fact in knowledge.Facts.Where(f => f.Citations.All(c => c.Paragraph == number)))
        {
            if (only.Count < MaxGlosses && only.TrueForAll(earlier => !knowledge.Covers(earlier, fact)))
            {
                only.Add(fact);
            }
        }

        return only.Count > 0 ? only
            : (knowledge.Facts.FirstOrDefault(f => f.Citations[0].Paragraph == number) ?? knowledge.Facts.FirstOrDefault(f => f.Citations.Any(c => c.Paragraph == number))) is { } other ? [other]
            : [];
    }

    /// <summary>A greeting back, with three questions to try; "السلام عليكم" is answered "وعليكم السلام" (<paramref name="salam"/>).</summary>
    public Reply Greeting(Language language, bool salam = false) =>
        WithSuggestions("greeting", language, [(salam ? phrases.GreetingSalam : phrases.Greeting).For(language)], []);

    /// <summary>The /start welcome, with three questions to try.</summary>
    public Reply Start(Language language) => WithSuggestions("start", language, [phrases.Start.For(language)], []);

    /// <summary>What the bot can do, with three questions to try.</summary>
    public Reply Capabilities(Language language) => WithSuggestions("capabilities", language, [phrases.Capabilities.For(language)], []);

    /// <summary>A prompt for a message with nothing to match (empty, only emoji or symbols).</summary>
    public Reply EmptyPrompt(Language language) => WithSuggestions("empty", language, [phrases.EmptyPrompt.For(language)], []);

    /// <summary>A prompt for a bare question word with nothing before it to refer to ("why?", "متى؟"), with three questions to try. Intent <c>vague</c>.</summary>
    public Reply VaguePrompt(Language language) => WithSuggestions("vague", language, [phrases.VaguePrompt.For(language)], []);

    /// <summary>How to ask, and every command (except <see cref="CommandSpec.Hidden"/> ones) with its description in <paramref name="language"/>.</summary>
    /// <param name="language">The reply language.</param>
    /// <param name="commands">The commands to list.</param>
    /// <param name="console">
    /// True in the console chat and <c>ask</c>, which have no groups or mentions and which reminders never reach: "how to ask" says
    /// how to pick a suggestion instead, and the <see cref="CommandSpec.NeedsReminders"/> commands give way to one line saying
    /// reminders work on Telegram and Discord.
    /// </param>
    public Reply Help(Language language, IReadOnlyList<CommandSpec> commands, bool console = false)
    {
        ArgumentNullException.ThrowIfNull(commands);
        var blocks = new List<ReplyBlock> { new(ReplyBlockKind.Paragraph, (console ? phrases.HelpConsole : phrases.Help).For(language)) };
        var listed = commands.Where(c => !c.Hidden).ToArray();
        foreach (var command in listed.Where(c => !(console && c.NeedsReminders)))
        {
            var description = language == Language.Arabic ? command.DescriptionArabic : command.DescriptionEnglish;
            blocks.Add(new(ReplyBlockKind.ListItem, $"/{command.Name} — {description}"));
        }

        if (console && listed.Any(c => c.NeedsReminders))
        {
            blocks.Add(new(ReplyBlockKind.Footnote, phrases.HelpConsoleReminders.For(language)));
        }

        return new Reply(language, blocks) { Intent = "help" };
    }

    /// <summary>
    /// "What are the gaps in the report?": what the article leaves out (<see cref="ReportSource.Gaps"/>; without it, that the
    /// bot answers only from the report), with questions it does answer. Intent <c>report-gaps</c>, not answered.
    /// </summary>
    public Reply Gaps(Language language) =>
        WithSuggestions("report-gaps", language, [knowledge.Source.Gaps?.For(language) ?? phrases.RefusalScope.For(language), phrases.GapsTry.For(language)], []);

    /// <summary>Where the answers come from: outlet, agency, age of the report, length, what the article says of its author and outlet, and how the date was worked out.</summary>
    public Reply Source(Language language)
    {
        var source = knowledge.Source;
        var blocks = new List<ReplyBlock>
        {
            new(ReplyBlockKind.Paragraph, Fill(phrases.Source.For(language), ("outlet", source.Outlet.For(language)), ("age", ReportAge(language)), ("month", ReportMonth(language)), ("count", knowledge.Article.ParagraphCount.ToString(CultureInfo.InvariantCulture)))),
        };
        if (source.Byline is not null)
        {
            blocks.Add(new(ReplyBlockKind.Paragraph, source.Byline.For(language)));
        }

        if (source.Note is not null)
        {
            blocks.Add(new(ReplyBlockKind.Footnote, Fill(phrases.SourceNote.For(language), ("note", source.Note.For(language)))));
        }

        return new Reply(language, blocks) { Intent = "source" };
    }

    /// <summary>
    /// "What's today's date?": today's weekday and date from the clock, in the zone the milestones are read in
    /// (Asia/Baghdad; UTC without milestones), and how old the report is, so that a reader does not take the report's
    /// date for today's. Intent <c>today</c>, not answered.
    /// </summary>
    public Reply Today(Language language)
    {
        var zone = knowledge.Milestones.Count > 0 ? knowledge.Milestones[0].Due.TimeZone : TimeZoneInfo.Utc;
        var today = TimeZoneInfo.ConvertTime(time.GetUtcNow(), zone);
        var culture = language == Language.Arabic ? ArabicCulture : EnglishCulture;
        var date = today.ToString(language == Language.Arabic ? "dddd d MMMM yyyy" : "dddd, d MMMM yyyy", culture);
        return Say("today", phrases.Today, language, ("date", date), ("zone", zone.Id), ("age", ReportAge(language)), ("month", ReportMonth(language)));
    }

    /// <summary>The plan's milestones with their reported dates relative to now (used when no reminders handler lists <c>milestones</c>).</summary>
    public Reply Milestones(Language language)
    {
        var blocks = new List<ReplyBlock> { new(ReplyBlockKind.Paragraph, phrases.Milestones.For(language)) };
        foreach (var milestone in knowledge.Milestones)
        {
            blocks.Add(new(ReplyBlockKind.ListItem, Fill(phrases.MilestoneItem.For(language), ("title", milestone.Title.For(language)), ("when", milestone.When.For(language)), ("relative", Relative(milestone, language)))));
        }

        var citations = Citation.Distinct(knowledge.Milestones.SelectMany(m => m.Citations));
        blocks.Add(new(ReplyBlockKind.Footnote, Footnote(citations, language)));
        return new Reply(language, blocks) { Intent = "milestones", Answered = true, Citations = citations };
    }

    /// <summary>
    /// The last answer in short ("shorten that", "in one sentence please", "اختصرها"): for each of its facts, "In short: "
    /// and the fact's <see cref="Fact.Summary"/>, or its answer without the quote when it has none, a planned date's timing
    /// and that it is a plan; then the source footnote. Intent <see cref="InShortIntent"/>; it cites the facts' paragraphs.
    /// </summary>
    /// <param name="facts">The facts of the last answer, in the order they were given (at least one; "who is Farhad?" quoted ¶8 and ¶14: both).</param>
    /// <param name="language">Reply language.</param>
    /// <param name="confidence">The request's match confidence, 0–1.</param>
    /// <exception cref="ArgumentException"><paramref name="facts"/> is empty.</exception>
    public Reply InShort(IReadOnlyList<Fact> facts, Language language, double confidence)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentOutOfRangeException.ThrowIfZero(facts.Count);
        var blocks = new List<ReplyBlock>();
        foreach (var fact in facts)
        {
            var text = fact.Summary?.For(language) ?? fact.Answer.For(language);
            blocks.Add(new(ReplyBlockKind.Paragraph, Fill(phrases.ParagraphGloss.For(language), ("answer", text))));
            if (fact.MilestoneId is not null && knowledge.TryGetMilestone(fact.MilestoneId, out var milestone))
            {
                // A plan stays a plan in one line too: its date relative to now and that it was not a confirmed event.
                blocks.Add(new(ReplyBlockKind.Paragraph, Timing(milestone, language) + " " + phrases.PlanCaveat.For(language)));
            }
        }

        Citation[] citations = [.. facts.SelectMany(fact => fact.Citations)];
        blocks.Add(new(ReplyBlockKind.Footnote, Footnote(citations, language, quoted: false)));
        return new Reply(language, blocks) { Intent = InShortIntent, Answered = true, Citations = citations, Confidence = confidence };
    }

    /// <summary>The facts the summary gives, each with its <see cref="Fact.Summary"/>, in the order of the paragraphs they cite.</summary>
    public IReadOnlyList<Fact> SummaryPoints => summaryPoints ??= [.. knowledge.Facts.Where(fact => fact.Summary is not null).OrderBy(fact => fact.Citations.Min(c => c.Paragraph))];

    private Fact[]? summaryPoints;

    /// <summary>How many of the summary's first points "shorten that" after the summary gives: the deal (¶1–¶3) and its timeline (¶2).</summary>
    public const int BriefSummaryPoints = 2;

    /// <summary>
    /// The report in a few points ("summarize", "tldr", "لخصلي الخبر"): each fact's <see cref="Fact.Summary"/>, in the
    /// order of the paragraphs it cites and naming them, then the source footnote. Intent <c>summary</c>.
    /// </summary>
    /// <param name="language">Reply language.</param>
    /// <param name="count">How many of the first points to give ("shorten that" after the summary: <see cref="BriefSummaryPoints"/>); <c>null</c> for all.</param>
    public Reply Summary(Language language, int? count = null)
    {
        var points = SummaryPoints.Take(count ?? SummaryPoints.Count).ToArray();
        var heading = points.Length < SummaryPoints.Count
            ? Fill(phrases.SummaryBrief.For(language), ("shown", points.Length.ToString(CultureInfo.InvariantCulture)), ("total", SummaryPoints.Count.ToString(CultureInfo.InvariantCulture)))
            : phrases.Summary.For(language);
        var blocks = new List<ReplyBlock> { new(ReplyBlockKind.Paragraph, heading) };
        foreach (var fact in points)
        {
            blocks.Add(new(ReplyBlockKind.ListItem, Fill(phrases.SummaryItem.For(language), ("text", fact.Summary!.For(language)), ("paragraphs", ParagraphWords(fact.Citations.Select(c => c.Paragraph), language)))));
        }

        var citations = Citation.Distinct(points.SelectMany(fact => fact.Citations));
        blocks.Add(new(ReplyBlockKind.Footnote, Footnote(citations, language, quoted: false)));
        return new Reply(language, blocks) { Intent = SummaryIntent, Answered = points.Length > 0, Citations = citations };
    }

    /// <summary>Asks which of two close facts was meant, with one button for each.</summary>
    public Reply Clarify(Language language, Fact first, Fact second, double confidence)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        var blocks = new List<ReplyBlock>
        {
            new(ReplyBlockKind.Paragraph, phrases.Clarify.For(language)),
            new(ReplyBlockKind.ListItem, first.Questions.For(language)[0]),
            new(ReplyBlockKind.ListItem, second.Questions.For(language)[0]),
        };
        return new Reply(language, blocks) { Intent = "clarify", Confidence = confidence, Buttons = SuggestionButtons([first, second], language) };
    }

    /// <summary>A short reply of one phrase, e.g. <see cref="ReplyPhrases.Thanks"/>.</summary>
    public static Reply Say(string intent, LocalizedText phrase, Language language, params (string Name, string Value)[] values)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        return new Reply(language, [new ReplyBlock(ReplyBlockKind.Paragraph, Fill(phrase.For(language), values))]) { Intent = intent };
    }

    /// <summary>
    /// The answer to <c>/lang</c> with a language the bot does not speak ("/lang fr"): that <paramref name="code"/> (as
    /// typed, control characters removed, at most 32 characters) is not supported, then the usage; intent <c>lang</c>.
    /// </summary>
    public Reply UnsupportedLanguage(string code, Language language)
    {
        ArgumentNullException.ThrowIfNull(code);
        var shown = TextCleaner.Printable(code).Trim();
        shown = shown.Length <= 32 ? shown : shown[..(char.IsHighSurrogate(shown[31]) ? 31 : 32)] + "…";
        return new Reply(language,
        [
            new(ReplyBlockKind.Paragraph, Fill(phrases.LanguageUnsupported.For(language), ("code", shown))),
            new(ReplyBlockKind.Paragraph, phrases.LanguageUsage.For(language)),
        ])
        {
            Intent = "lang",
        };
    }

    /// <summary>Up to three facts to suggest after <paramref name="fact"/>: its related facts, then others of its topic.</summary>
    public IReadOnlyList<Fact> SuggestionsFor(Fact fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        var result = new List<Fact>(MaxSuggestions);
        foreach (var id in fact.Related)
        {
            if (result.Count < MaxSuggestions && knowledge.TryGetFact(id, out var related) && !result.Contains(related))
            {
                result.Add(related);
            }
        }

        foreach (var other in knowledge.Facts)
        {
            if (result.Count < MaxSuggestions && other.Topic == fact.Topic && other.Id != fact.Id && !result.Contains(other))
            {
                result.Add(other);
            }
        }

        return result;
    }

    /// <summary>The questions to offer when nothing better is known: the first facts of the knowledge base.</summary>
    public IReadOnlyList<Fact> DefaultSuggestions() => [.. knowledge.Facts.Take(MaxSuggestions)];

    /// <summary>
    /// "Timing as reported: by September 2025, which passed about 14 months ago." The distance follows
    /// <see cref="MilestoneCountdown"/>, the rule <c>/next</c> and reminders use: calendar days in the milestone's zone.
    /// </summary>
    public string Timing(Milestone milestone, Language language)
    {
        ArgumentNullException.ThrowIfNull(milestone);
        var future = !MilestoneCountdown.HasPassed(milestone, time.GetUtcNow());
        var phrase = future ? phrases.TimingFuture : phrases.TimingPast;
        return Fill(phrase.For(language), ("when", milestone.When.For(language)), ("relative", Relative(milestone, language)));
    }

    /// <summary>
    /// "Source: paragraph 18 of an Arabic news report relaying Reuters, reported about 2 years ago (around September 2024). …":
    /// saying the quote is the Arabic original when <paramref name="quoted"/>, else only that the English is a translation.
    /// </summary>
    public string Footnote(IReadOnlyList<Citation> citations, Language language, bool quoted = true)
    {
        ArgumentNullException.ThrowIfNull(citations);
        return Fill(
            (quoted ? phrases.Footnote : phrases.FootnoteUnquoted).For(language),
            ("paragraphs", ParagraphWords(citations.Select(c => c.Paragraph), language)),
            ("outlet", knowledge.Source.Outlet.For(language)),
            ("age", ReportAge(language)),
            ("month", ReportMonth(language)));
    }

    /// <summary>
    /// The one way replies and reminders name paragraphs, each number once and in order: "paragraph 18", "paragraphs 2 and 18",
    /// "paragraphs 2, 17 and 23"; in Arabic "الفقرة 18", "الفقرتان 2 و18", "الفقرات 2 و17 و23" (و before every number after the first, as Arabic lists are written).
    /// </summary>
    /// <param name="paragraphs">Paragraph numbers, at least one, in any order, repeats allowed.</param>
    /// <param name="language">The reply language.</param>
    /// <exception cref="ArgumentException">When <paramref name="paragraphs"/> is empty.</exception>
    public static string ParagraphWords(IEnumerable<int> paragraphs, Language language)
    {
        ArgumentNullException.ThrowIfNull(paragraphs);
        var numbers = paragraphs.Distinct().Order().Select(p => p.ToString(CultureInfo.InvariantCulture)).ToArray();
        if (numbers.Length == 0)
        {
            throw new ArgumentException("No paragraph to name.", nameof(paragraphs));
        }

        if (language == Language.Arabic)
        {
            var joined = string.Join(" و", numbers);
            return numbers.Length switch
            {
                1 => "الفقرة " + joined,
                2 => "الفقرتان " + joined,
                _ => "الفقرات " + joined,
            };
        }

        return numbers.Length switch
        {
            1 => "paragraph " + numbers[0],
            _ => "paragraphs " + string.Join(", ", numbers[..^1]) + " and " + numbers[^1],
        };
    }

    /// <summary>
    /// Paragraphs named as <see cref="ParagraphWords"/> does, but a run of three or more in a row as a span: "paragraphs 5 to
    /// 24", "الفقرات من 5 إلى 24".
    /// </summary>
    private static string ParagraphSpan(IReadOnlyList<int> paragraphs, Language language)
    {
        var sorted = paragraphs.Distinct().Order().ToArray();
        if (sorted.Length < 3 || sorted[^1] - sorted[0] != sorted.Length - 1)
        {
            return ParagraphWords(sorted, language);
        }

        var (first, last) = (sorted[0].ToString(CultureInfo.InvariantCulture), sorted[^1].ToString(CultureInfo.InvariantCulture));
        return language == Language.Arabic ? $"الفقرات من {first} إلى {last}" : $"paragraphs {first} to {last}";
    }

    private Reply WithSuggestions(string intent, Language language, IEnumerable<string> paragraphs, IReadOnlyList<Fact> suggestions)
    {
        var offered = (suggestions.Count > 0 ? suggestions : DefaultSuggestions()).Take(MaxSuggestions).ToArray();
        var blocks = paragraphs.Select(text => new ReplyBlock(ReplyBlockKind.Paragraph, text)).ToList();
        blocks.AddRange(offered.Select(f => new ReplyBlock(ReplyBlockKind.ListItem, Sentence(f.Questions.For(language)[0]))));
        return new Reply(language, blocks) { Intent = intent, Buttons = SuggestionButtons(offered, language) };
    }

    /// <summary>"👍" / "👎" for the answer from <paramref name="fact"/>.</summary>
    private ReplyButton[] FeedbackButtons(Fact fact, Language language) =>
    [
        new(phrases.Helpful.For(language), ButtonPayloads.Feedback(fact.Id, helpful: true, language)),
        new(phrases.NotHelpful.For(language), ButtonPayloads.Feedback(fact.Id, helpful: false, language)),
    ];

    private static List<ReplyButton> SuggestionButtons(IEnumerable<Fact> facts, Language language) =>
        [.. facts.Select(f => new ReplyButton(Label(f.Questions.For(language)[0]), ButtonPayloads.Question(f.Id, language)))];

    /// <summary>A suggestion's label: the training question as a <see cref="Sentence"/>, shortened to <see cref="MaxLabelLength"/>.</summary>
    private static string Label(string text)
    {
        var sentence = Sentence(text);
        return sentence.Length <= MaxLabelLength ? sentence : sentence[..(MaxLabelLength - 1)].TrimEnd() + "…";
    }

    /// <summary>A training question as a suggestion shows it: with a capital first letter ("which air base…" → "Which air base…").</summary>
    private static string Sentence(string text) =>
        text.Length > 0 && char.IsLower(text[0]) ? char.ToUpperInvariant(text[0]) + text[1..] : text;

    private string Relative(Milestone milestone, Language language)
    {
        var days = MilestoneCountdown.DaysUntil(milestone, time.GetUtcNow());
        if (milestoneWords.TryGetValue((milestone.Id, language), out var cached) && cached.Days == days)
        {
            return cached.Text;
        }

        var text = MilestoneCountdown.Describe(milestone, time.GetUtcNow(), language);
        milestoneWords[(milestone.Id, language)] = (days, text);
        return text;
    }

    /// <summary>How long ago the report was published ("about 2 years ago"); a warning about the clock when it is set before that date.</summary>
    private string ReportAge(Language language)
    {
        var reported = new DateTimeOffset(knowledge.Source.ReportedOn.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        return reported > time.GetUtcNow() ? phrases.ReportAhead.For(language) : Describe(reported, language);
    }

    /// <summary><see cref="RelativeTime.Describe"/> from now, remembered for the rest of the UTC day unless the instant is within two days.</summary>
    private string Describe(DateTimeOffset instant, Language language)
    {
        var now = time.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        if (relativeWords.TryGetValue((instant, language), out var cached) && cached.Day == today && Math.Abs((instant - now).TotalDays) > 2)
        {
            return cached.Text;
        }

        var text = RelativeTime.Describe(instant, now, language);
        relativeWords[(instant, language)] = (today, text);
        return text;
    }

    private string ReportMonth(Language language)
    {
        var source = knowledge.Source;
        var culture = language == Language.Arabic ? ArabicCulture : EnglishCulture;
        var format = source.Precision == DatePrecision.Year ? "yyyy" : "MMMM yyyy";
        return source.ReportedOn.ToString(format, culture);
    }

    /// <summary>"The report does not say: “{claim}”" for a claim of the message the report does not make.</summary>
    private ReplyBlock ClaimNotSaid(string claim, Language language) =>
        new(ReplyBlockKind.Paragraph, Fill(phrases.ClaimNotSaid.For(language), ("claim", Clipped(claim))));

    /// <summary>A question or claim of the message as it is quoted back: at most <see cref="MaxUnaskedLength"/> characters, then "…" (a paste is not echoed whole).</summary>
    private static string Clipped(string question) => TextCleaner.Cut(question, MaxUnaskedLength + 1, "…");

    private static string Fill(string template, params (string Name, string Value)[] values)
    {
        foreach (var (name, value) in values)
        {
            template = template.Replace("{" + name + "}", value, StringComparison.Ordinal);
        }

        return template;
    }
}
