using System.Text.Json;
using WithdrawalBot.Core.Knowledge;

namespace WithdrawalBot.Core.Replies;

/// <summary>
/// Everything the bot says besides the facts, in both languages, read from the embedded data file
/// <c>Replies/phrases.json</c> (placeholders in braces are filled in by <see cref="ReplyComposer"/>).
/// </summary>
public sealed class ReplyPhrases
{
    private const string ResourceName = "WithdrawalBot.Core.Replies.phrases.json";

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    private static readonly Lazy<ReplyPhrases> Loaded = new(() => Parse(ReadResource()));

    private ReplyPhrases(Dictionary<string, PhraseJson> texts)
    {
        Refusal = Require(texts, "refusal");
        RefusalScope = Require(texts, "refusalScope");
        RefusalNearMiss = Require(texts, "refusalNearMiss");
        RefusalPart = Require(texts, "refusalPart");
        ClaimNotSaid = Require(texts, "claimNotSaid");
        RefusalFollowUp = Require(texts, "refusalFollowUp");
        RefusalFollowUpTopic = Require(texts, "refusalFollowUpTopic");
        MoreQuestions = Require(texts, "moreQuestions");
        MoreQuestionsOne = Require(texts, "moreQuestionsOne");
        MoreQuestionsTwo = Require(texts, "moreQuestionsTwo");
        TimingFuture = Require(texts, "timingFuture");
        TimingPast = Require(texts, "timingPast");
        PlanCaveat = Require(texts, "planCaveat");
        BeyondReport = Require(texts, "beyondReport");
        BeyondReportNow = Require(texts, "beyondReportNow");
        ReportAhead = Require(texts, "reportAhead");
        Attribution = Require(texts, "attribution");
        AttributionNoContext = Require(texts, "attributionNoContext");
        Footnote = Require(texts, "footnote");
        FootnoteUnquoted = Require(texts, "footnoteUnquoted");
        Greeting = Require(texts, "greeting");
        GreetingSalam = Require(texts, "greetingSalam");
        Start = Require(texts, "start");
        Help = Require(texts, "help");
        Capabilities = Require(texts, "capabilities");
        Source = Require(texts, "source");
        SourceNote = Require(texts, "sourceNote");
        Today = Require(texts, "today");
        Thanks = Require(texts, "thanks");
        Goodbye = Require(texts, "goodbye");
        EmptyPrompt = Require(texts, "emptyPrompt");
        Acknowledgement = Require(texts, "acknowledgement");
        VaguePrompt = Require(texts, "vaguePrompt");
        OtherLanguage = Require(texts, "otherLanguage");
        Paragraph = Require(texts, "paragraph");
        ParagraphGloss = Require(texts, "paragraphGloss");
        ParagraphRange = Require(texts, "paragraphRange");
        ParagraphsMore = Require(texts, "paragraphsMore");
        ParagraphMissing = Require(texts, "paragraphMissing");
        ParagraphsEnd = Require(texts, "paragraphsEnd");
        ReadOn = Require(texts, "readOn");
        NotMentioned = Require(texts, "notMentioned");
        NotAsClaimed = Require(texts, "notAsClaimed");
        NotAsClaimedHere = Require(texts, "notAsClaimedHere");
        NotPlacedThere = Require(texts, "notPlacedThere");
        NoFigure = Require(texts, "noFigure");
        NoName = Require(texts, "noName");
        NoVerdict = Require(texts, "noVerdict");
        NoDate = Require(texts, "noDate");
        NoExactDay = Require(texts, "noExactDay");
        NoOpinion = Require(texts, "noOpinion");
        GapsTry = Require(texts, "gapsTry");
        ParagraphAskSeparately = Require(texts, "paragraphAskSeparately");
        AskUsage = Require(texts, "askUsage");
        UnknownCommand = Require(texts, "unknownCommand");
        Unavailable = Require(texts, "unavailable");
        Harmful = Require(texts, "harmful");
        LanguageArabic = Require(texts, "languageArabic");
        LanguageEnglish = Require(texts, "languageEnglish");
        LanguageAuto = Require(texts, "languageAuto");
        LanguageUsage = Require(texts, "languageUsage");
        LanguageUnsupported = Require(texts, "languageUnsupported");
        LanguageCurrentArabic = Require(texts, "languageCurrentArabic");
        LanguageCurrentEnglish = Require(texts, "languageCurrentEnglish");
        LanguageCurrentAuto = Require(texts, "languageCurrentAuto");
        HelpConsole = Require(texts, "helpConsole");
        HelpConsoleReminders = Require(texts, "helpConsoleReminders");
        Milestones = Require(texts, "milestones");
        MilestoneItem = Require(texts, "milestoneItem");
        Summary = Require(texts, "summary");
        SummaryBrief = Require(texts, "summaryBrief");
        SummaryItem = Require(texts, "summaryItem");
        Clarify = Require(texts, "clarify");
        FeedbackThanks = Require(texts, "feedbackThanks");
        StaleButton = Require(texts, "staleButton");
        RepeatTap = Require(texts, "repeatTap");
        Error = Require(texts, "error");
        Helpful = Require(texts, "helpful");
        NotHelpful = Require(texts, "notHelpful");
        CommandStart = Require(texts, "commandStart");
        CommandHelp = Require(texts, "commandHelp");
        CommandAsk = Require(texts, "commandAsk");
        CommandAskArgument = Require(texts, "commandAskArgument");
        CommandLang = Require(texts, "commandLang");
        CommandLangArgument = Require(texts, "commandLangArgument");
        CommandSource = Require(texts, "commandSource");
    }

    /// <summary>The phrases of this build (parsed once).</summary>
    /// <exception cref="InvalidOperationException">The embedded file lacks a phrase or a language (a build defect; a test catches it).</exception>
    public static ReplyPhrases Default => Loaded.Value;

    /// <summary>Phrase <c>refusal</c>: "The report does not say that."</summary>
    public LocalizedText Refusal { get; }

    /// <summary>Phrase <c>refusalScope</c>: "I only answer from one Reuters report on the plan to withdraw the US-led coalition from Iraq. You could ask, for example:"</summary>
    public LocalizedText RefusalScope { get; }

    /// <summary>Phrase <c>refusalNearMiss</c>: "I can't find that in the report. Did you mean one of these?"</summary>
    public LocalizedText RefusalNearMiss { get; }

    /// <summary>Phrase <c>refusalPart</c>, for one question of several in a message: "The report does not say: “{question}”."</summary>
    public LocalizedText RefusalPart { get; }

    /// <summary>Phrase <c>claimNotSaid</c>: "The report does not say: “{claim}”", before what it says instead of a claim made in a message of several parts.</summary>
    public LocalizedText ClaimNotSaid { get; }

    /// <summary>Phrase <c>refusalFollowUp</c>, for "why?" after an answer whose paragraph gives no reason: "The report does not say that about your last question (“{question}”). You could ask, for example:"</summary>
    public LocalizedText RefusalFollowUp { get; }

    /// <summary>Phrase <c>refusalFollowUpTopic</c>, as <see cref="RefusalFollowUp"/> when the last question was a follow-up of a few words ("and Erbil?"), named by its fact's wording, which the user never typed: "The report does not say that about the last topic (“{question}”). You could ask, for example:"</summary>
    public LocalizedText RefusalFollowUpTopic { get; }

    /// <summary>Phrase <c>moreQuestions</c>, after the questions of a long message that were answered, three or more left over: "I answer up to three questions per message; please send the other {count} separately."</summary>
    public LocalizedText MoreQuestions { get; }

    /// <summary>Phrase <c>moreQuestionsOne</c>, as <see cref="MoreQuestions"/> when one question was left over: "…please send the other one separately."</summary>
    public LocalizedText MoreQuestionsOne { get; }

    /// <summary>Phrase <c>moreQuestionsTwo</c>, as <see cref="MoreQuestions"/> when two were left over (the Arabic dual): "…please send the other 2 separately."</summary>
    public LocalizedText MoreQuestionsTwo { get; }

    /// <summary>Phrase <c>timingFuture</c>: "Timing as reported: {when}, which is {relative}."</summary>
    public LocalizedText TimingFuture { get; }

    /// <summary>Phrase <c>timingPast</c>: "Timing as reported: {when}, which passed {relative}."</summary>
    public LocalizedText TimingPast { get; }

    /// <summary>Phrase <c>planCaveat</c>: "This is the plan as reported at the time, not a confirmed event."</summary>
    public LocalizedText PlanCaveat { get; }

    /// <summary>Phrase <c>beyondReport</c>: "I can't tell you what has happened since: the report was published {age} and describes what was planned then. What it reported:"</summary>
    public LocalizedText BeyondReport { get; }

    /// <summary>Phrase <c>beyondReportNow</c>: "I can't tell you how things stand today: the report was published {age}. What it reported then:"</summary>
    public LocalizedText BeyondReportNow { get; }

    /// <summary>Phrase <c>reportAhead</c>: "on a date still ahead of the bot's clock (check --now or the system time)": the report's {age} when the clock is set before it was published.</summary>
    public LocalizedText ReportAhead { get; }

    /// <summary>Phrase <c>attribution</c>: "Who said it, as the report attributes it:"</summary>
    public LocalizedText Attribution { get; }

    /// <summary>Phrase <c>attributionNoContext</c>: "Ask me a question first; then "who said that?" tells you who the report attributes the answer to."</summary>
    public LocalizedText AttributionNoContext { get; }

    /// <summary>Phrase <c>footnote</c>: "Source: {paragraphs} of {outlet}, reported {age} (around {month}). The quote is the Arabic original; the English is our translation."</summary>
    public LocalizedText Footnote { get; }

    /// <summary>The source footnote of a reply that quotes nothing (a summary, a point in short): as <see cref="Footnote"/>, without naming a quote.</summary>
    public LocalizedText FootnoteUnquoted { get; }

    /// <summary>Phrase <c>greeting</c>: "Hello! I answer questions about the plan to withdraw the US-led coalition from Iraq, as Reuters reported it. Try, for example:"</summary>
    public LocalizedText Greeting { get; }

    /// <summary>Phrase <c>greetingSalam</c>: the greeting back to "السلام عليكم": "وعليكم السلام! …"</summary>
    public LocalizedText GreetingSalam { get; }

    /// <summary>Phrase <c>start</c>: "Welcome! I answer questions about the plan to withdraw coalition forces from Iraq as reported by Reuters, citing the paragraph behind every answer. Ask in Arabic or English, or try:"</summary>
    public LocalizedText Start { get; }

    /// <summary>Phrase <c>help</c>: "Just type your question (Arabic, Iraqi dialect or English); in groups mention me or use /ask. Commands:"</summary>
    public LocalizedText Help { get; }

    /// <summary>Phrase <c>capabilities</c>: "I'm a bot, an automated program, not a person. I can tell you what the Reuters report says about the coalition's withdrawal from Iraq: dates, troop numbers, Erbil and Ain al-Asad, who said what, each with its paragraph. I don't answer what the report doesn't say. Try, for example:"</summary>
    public LocalizedText Capabilities { get; }

    /// <summary>Phrase <c>source</c>: "My source is {outlet} ({agency}), reported {age} (around {month}), {count} paragraphs long. Every answer names the paragraph it rests on."</summary>
    public LocalizedText Source { get; }

    /// <summary>Phrase <c>today</c>: "Today is {date} ({zone} time). The report I answer from was published {age} (around {month}), so it cannot tell what has happened since."</summary>
    public LocalizedText Today { get; }

    /// <summary>Phrase <c>sourceNote</c>: "About the date: {note}"</summary>
    public LocalizedText SourceNote { get; }

    /// <summary>Phrase <c>thanks</c>: "You're welcome! Ask me anything else about the withdrawal plan."</summary>
    public LocalizedText Thanks { get; }

    /// <summary>Phrase <c>goodbye</c>: the reply to thanks that also takes leave ("thanks, bye", "مع السلامة"): "Goodbye! …"</summary>
    public LocalizedText Goodbye { get; }

    /// <summary>Phrase <c>acknowledgement</c>: "👍 Ask me anything else about the withdrawal plan."</summary>
    public LocalizedText Acknowledgement { get; }

    /// <summary>Phrase <c>emptyPrompt</c>: "Send me a question about the coalition's withdrawal plan from Iraq, for example:"</summary>
    public LocalizedText EmptyPrompt { get; }

    /// <summary>Phrase <c>vaguePrompt</c>: "About what, exactly? Ask a whole question, for example:"</summary>
    public LocalizedText VaguePrompt { get; }

    /// <summary>"I read only Arabic and English…" (a line in each language), then questions to try: a message in neither.</summary>
    public LocalizedText OtherLanguage { get; }

    /// <summary>"Paragraph {number} of the report, verbatim (in Arabic):", before the paragraph itself.</summary>
    public LocalizedText Paragraph { get; }

    /// <summary>"In short: {answer}": the answer of the first fact citing the paragraph asked for.</summary>
    public LocalizedText ParagraphGloss { get; }

    /// <summary>"The report has {count} paragraphs: ask for one from 1 to {count}…": a paragraph number out of range.</summary>
    public LocalizedText ParagraphRange { get; }

    /// <summary>"The report has no {paragraphs}: it has {count} paragraphs, from 1 to {count}.": paragraph numbers above the last, named ("paragraph 33").</summary>
    public LocalizedText ParagraphMissing { get; }

    /// <summary>"That was the report's last paragraph ({count})…": "tell me more" after the last paragraph was quoted.</summary>
    public LocalizedText ParagraphsEnd { get; }

    /// <summary>"The report says no more than that about it. Its next paragraph ({paragraph}) reads:": before the paragraph "tell me more" reads on to, after the paragraph behind an answer was quoted whole.</summary>
    public LocalizedText ReadOn { get; }

    /// <summary>"The report never mentions: {names}.": names a "which paragraph …?" request asked about that no paragraph has.</summary>
    public LocalizedText NotMentioned { get; }

    /// <summary>"The report does not say {words}. What it does say:": before the answer to a claim whose numbers or dates the report never gives.</summary>
    public LocalizedText NotAsClaimed { get; }

    /// <summary>"The report does not give {words} for this. What it does say:": before the answer to a claim whose figure the report gives for something else.</summary>
    public LocalizedText NotAsClaimedHere { get; }

    /// <summary>"The report does not put {place} in {words}. What it does say:": before what the report says of a place a message put in another.</summary>
    public LocalizedText NotPlacedThere { get; }

    /// <summary>"The report gives no exact figure for that. What it does say:": before the answer to a question asking how many that the fact gives no figure for.</summary>
    public LocalizedText NoFigure { get; }

    /// <summary>"The report gives no names for that. What it does say:": before the answer to a question asking for names the report leaves out.</summary>
    public LocalizedText NoName { get; }

    /// <summary>"The report makes no such judgement, and I give no opinion: …": a judgement asked that reads as no fact, before questions the bot can answer.</summary>
    public LocalizedText NoOpinion { get; }

    /// <summary>"The report gives no date for that. What it does say:": before the answer to a question asking when that the fact gives no date for.</summary>
    public LocalizedText NoDate { get; }

    /// <summary>"The report gives no exact day for that. What it does say:": before the answer to a question asking for the day of a date the report gives only as a month, a year or about.</summary>
    public LocalizedText NoExactDay { get; }

    /// <summary>"The report makes no such judgement, and I give no opinion: …": before the answer to a question asking whether something is good, right or a surrender.</summary>
    public LocalizedText NoVerdict { get; }

    /// <summary>"Ask me what it does say, for example:": after what the report leaves out, before questions to try.</summary>
    public LocalizedText GapsTry { get; }

    /// <summary>"I have not answered “{question}” here: send it as a separate message.": another question of a look-up message not answered with it.</summary>
    public LocalizedText ParagraphAskSeparately { get; }

    /// <summary>"I quote at most {max} paragraphs in one reply; ask for the rest ({rest}) in another message." ({rest} names the paragraphs left out: "paragraphs 5 to 24".)</summary>
    public LocalizedText ParagraphsMore { get; }

    /// <summary>Phrase <c>askUsage</c>: "Write your question after /ask, for example: /ask when do troops leave Erbil?"</summary>
    public LocalizedText AskUsage { get; }

    /// <summary>Phrase <c>unknownCommand</c>: "I don't know the command /{command}. Try /help."</summary>
    public LocalizedText UnknownCommand { get; }

    /// <summary>Phrase <c>unavailable</c>: "That isn't available here. Try /help."</summary>
    public LocalizedText Unavailable { get; }

    /// <summary>Phrase <c>harmful</c>: "I can't help with that. …": a request for help with violence (<see cref="Routing.HarmfulRequest"/>).</summary>
    public LocalizedText Harmful { get; }

    /// <summary>Phrase <c>languageArabic</c>: "I'll answer in Arabic in this chat."</summary>
    public LocalizedText LanguageArabic { get; }

    /// <summary>Phrase <c>languageEnglish</c>: "I'll answer in English in this chat."</summary>
    public LocalizedText LanguageEnglish { get; }

    /// <summary>Phrase <c>languageAuto</c>: "I'll answer in the language of each question."</summary>
    public LocalizedText LanguageAuto { get; }

    /// <summary>Phrase <c>languageUnsupported</c> (<c>/lang fr</c>), before the usage: "I can't answer in “{code}”: I answer only in Arabic and English."</summary>
    public LocalizedText LanguageUnsupported { get; }

    /// <summary>Phrase <c>languageUsage</c>: "Use /lang ar, /lang en or /lang auto."</summary>
    public LocalizedText LanguageUsage { get; }

    /// <summary>Phrase <c>languageCurrentArabic</c> (<c>/lang</c> alone): "This chat's answers are in Arabic."</summary>
    public LocalizedText LanguageCurrentArabic { get; }

    /// <summary>Phrase <c>languageCurrentEnglish</c> (<c>/lang</c> alone): "This chat's answers are in English."</summary>
    public LocalizedText LanguageCurrentEnglish { get; }

    /// <summary>Phrase <c>languageCurrentAuto</c> (<c>/lang</c> alone): "This chat's language is automatic: …"</summary>
    public LocalizedText LanguageCurrentAuto { get; }

    /// <summary>Phrase <c>helpConsole</c>: the <c>/help</c> opening in the console chat, which has no groups or mentions.</summary>
    public LocalizedText HelpConsole { get; }

    /// <summary>
    /// Phrase <c>helpConsoleReminders</c>: the <c>/help</c> line in the console chat in place of the reminder commands
    /// (<see cref="Routing.CommandSpec.NeedsReminders"/>), which cannot work there: "Reminders … work in Telegram and Discord chats, not here."
    /// </summary>
    public LocalizedText HelpConsoleReminders { get; }

    /// <summary>Phrase <c>milestones</c>: "The plan's milestones as reported (plans at the time, not confirmed events):"</summary>
    public LocalizedText Milestones { get; }

    /// <summary>Phrase <c>summary</c>: "In short, what the report says (plans as reported at the time, not confirmed events):"</summary>
    public LocalizedText Summary { get; }

    /// <summary>Phrase <c>summaryBrief</c>: the heading of the summary shortened ("shorten that" after it), naming how many of its points it gives ({shown}) of how many ({total}).</summary>
    public LocalizedText SummaryBrief { get; }

    /// <summary>Phrase <c>summaryItem</c>: "{text} ({paragraphs})", one point of the summary and the paragraphs it rests on.</summary>
    public LocalizedText SummaryItem { get; }

    /// <summary>Phrase <c>milestoneItem</c>: "{title}: {when}, {relative}"</summary>
    public LocalizedText MilestoneItem { get; }

    /// <summary>Phrase <c>clarify</c>: "Your question could mean more than one thing. Which did you mean?"</summary>
    public LocalizedText Clarify { get; }

    /// <summary>Phrase <c>feedbackThanks</c>: "Thanks for the feedback! It helps us improve the answers."</summary>
    public LocalizedText FeedbackThanks { get; }

    /// <summary>Phrase <c>staleButton</c>: "That button is no longer valid. Ask me again, or try /help."</summary>
    public LocalizedText StaleButton { get; }

    /// <summary>Phrase <c>repeatTap</c>: "Answered just above ↑" (a suggested question tapped twice in a row).</summary>
    public LocalizedText RepeatTap { get; }

    /// <summary>Phrase <c>error</c>: "Sorry, something went wrong. Please try again in a moment."</summary>
    public LocalizedText Error { get; }

    /// <summary>Phrase <c>helpful</c>: "👍 Helpful"</summary>
    public LocalizedText Helpful { get; }

    /// <summary>Phrase <c>notHelpful</c>: "👎 Not helpful"</summary>
    public LocalizedText NotHelpful { get; }

    /// <summary>Phrase <c>commandStart</c>: "Start: what this bot does"</summary>
    public LocalizedText CommandStart { get; }

    /// <summary>Phrase <c>commandHelp</c>: "How to ask, and the commands"</summary>
    public LocalizedText CommandHelp { get; }

    /// <summary>Phrase <c>commandAsk</c>: "Ask about the withdrawal plan"</summary>
    public LocalizedText CommandAsk { get; }

    /// <summary>Phrase <c>commandAskArgument</c>: "Your question"</summary>
    public LocalizedText CommandAskArgument { get; }

    /// <summary>Phrase <c>commandLang</c>: "Reply language: ar, en or auto"</summary>
    public LocalizedText CommandLang { get; }

    /// <summary>Phrase <c>commandLangArgument</c>: "ar, en or auto"</summary>
    public LocalizedText CommandLangArgument { get; }

    /// <summary>Phrase <c>commandSource</c>: "Where the answers come from"</summary>
    public LocalizedText CommandSource { get; }

    /// <summary>Parses phrase JSON (<c>{ "key": { "ar": …, "en": … } }</c>).</summary>
    /// <exception cref="InvalidOperationException">A phrase or one of its languages is missing, or the JSON is malformed.</exception>
    internal static ReplyPhrases Parse(string json)
    {
        try
        {
            var texts = JsonSerializer.Deserialize<Dictionary<string, PhraseJson>>(json, Json) ?? [];
            return new ReplyPhrases(new Dictionary<string, PhraseJson>(texts, StringComparer.OrdinalIgnoreCase));
        }
        catch (JsonException e)
        {
            throw new InvalidOperationException($"phrases.json is malformed: {e.Message}", e);
        }
    }

    private static string ReadResource()
    {
        using var stream = typeof(ReplyPhrases).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"embedded resource {ResourceName} is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static LocalizedText Require(Dictionary<string, PhraseJson> texts, string key) =>
        texts.TryGetValue(key, out var text) && !string.IsNullOrWhiteSpace(text.Ar) && !string.IsNullOrWhiteSpace(text.En)
            ? new LocalizedText(text.Ar, text.En)
            : throw new InvalidOperationException($"phrases.json: phrase \"{key}\" needs both \"ar\" and \"en\".");

    private sealed record PhraseJson(string? Ar, string? En);
}
