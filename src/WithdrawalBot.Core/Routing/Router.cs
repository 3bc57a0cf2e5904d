using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;
using WithdrawalBot.Core.Conversation;
using WithdrawalBot.Core.Diagnostics;
using WithdrawalBot.Core.Knowledge;
using WithdrawalBot.Core.Languages;
using WithdrawalBot.Core.Matching;
using WithdrawalBot.Core.Messages;
using WithdrawalBot.Core.Reminders;
using WithdrawalBot.Core.Replies;
using WithdrawalBot.Core.Storage;
using WithdrawalBot.Core.Text;

namespace WithdrawalBot.Core.Routing;

/// <summary>
/// The single entry point for every incoming message. Decides whether a message is for the bot (private
/// chats: always; groups: commands and messages addressed to it; channels: commands), picks the reply
/// language (the chat's <c>/lang</c>, else the question's script, else the sender's client language), and
/// answers: built-in commands (start, help, ask, lang, source), commands and free-text intents owned by an
/// <see cref="ICommandHandler"/>, facts from the knowledge base (with follow-up context), refusals (logged as
/// unanswered) and button taps. Every reply that states facts from the article counts as an answered question, every
/// refusal as a refused one (<see cref="IQuestionCountStore"/>, for <c>/stats</c>). Never throws for bad input; a failure
/// inside becomes an apology.
/// </summary>
public sealed partial class Router : IMessageRouter
{
    /// <summary>The intent of "who said that?": answered from the user's last answered fact and <c>attributions.json</c>.</summary>
    public const string AttributionIntent = "who-said-that";

    /// <summary>
    /// The intent of "what else did he say?": answered with another fact quoting the speaker of the user's last
    /// answered fact (<c>attributions.json</c>: Farhad Alaa al-Din speaks in ¶8, ¶9 and ¶14).
    /// </summary>
    public const string SameSpeakerIntent = "what-else-said";

    /// <summary>
    /// The intent of a follow-up asking what came after the last answer ("and after that?", "وبعدين؟"): answered with
    /// that fact's <see cref="Fact.Next"/>.
    /// </summary>
    public const string NextStepIntent = "what-next";

    /// <summary>
    /// The intent of a follow-up asking what came before the last answer ("and before that?", "وقبل هاي؟"): answered with
    /// the fact whose <see cref="Fact.Next"/> is that one (the 2003 invasion before the 2011 withdrawal, ¶15).
    /// </summary>
    public const string PreviousStepIntent = "what-before";

    /// <summary>The intent of the reply to a button whose payload no longer means anything ("That button is no longer valid").</summary>
    public const string StaleButtonIntent = "stale-button";

    /// <summary>The intent of the reply to a suggested-question button the same user tapped again within
    /// <see cref="RepeatTapWindow"/> ("Answered just above ↑"): shown to the tapper alone, never posted in the chat again.</summary>
    public const string RepeatTapIntent = "repeat-tap";

    /// <summary>How soon a second tap on the same suggested question by the same user counts as a double tap.</summary>
    public static readonly TimeSpan RepeatTapWindow = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The intent of "tell me more" / "what do you mean?" / "شلون يعني؟" after an answer: answered with the whole
    /// paragraphs that answer cited, verbatim, as a paragraph look-up would (<see cref="ReplyComposer.Paragraphs"/>).
    /// </summary>
    public const string MoreDetailIntent = "tell-me-more";

    /// <summary>
    /// The intent of "are you sure?" / "صدك؟" / "انت متاكد؟" after an answer: the paragraphs that answer rests on, quoted
    /// again, as <see cref="MoreDetailIntent"/> first quotes them, but never the next ones (doubt is not a request to read on).
    /// </summary>
    public const string AreYouSureIntent = "are-you-sure";

    /// <summary>The intent of "what can you do?" / "who are you?".</summary>
    public const string CapabilitiesIntent = "capabilities";

    /// <summary>The intent (and command) that lists the plan's milestones with their dates.</summary>
    public const string MilestonesIntent = "milestones";

    /// <summary>
    /// The <see cref="Fact.Topic"/> of whether the plan was final (¶2, ¶3): "is that confirmed?" reaches it; after an answer
    /// that is not about the plan (no <see cref="Fact.Related"/> link to it) the question is about that answer instead.
    /// </summary>
    public const string StatusTopic = "status";

    /// <summary>
    /// How near the threshold, as a share of it, the nearest fact must score for a how-many question it gives no count for
    /// to be told "no exact figure" and what that fact says rather than refused ("how many troops will stay in Erbil?" → ¶18).
    /// </summary>
    public const double NoFigureShare = 0.75;

    /// <summary>
    /// The share of the threshold from which a fact that tells no time, the best for a "when?" question not confidently
    /// matched, is answered with "the report gives no date for that" (a fact telling no time is a weaker match for "when").
    /// </summary>
    public const double NoDateShare = 0.9;

    /// <summary>"what is your source?" / "منين معلوماتك؟": where the bot's answers come from.</summary>
    public const string SourceIntent = "source";

    /// <summary>The intent of a declined request for help with violence (<see cref="HarmfulRequest"/>).</summary>
    public const string HarmfulIntent = "harmful";

    /// <summary>The intent (and command) that subscribes a chat to reminders.</summary>
    public const string SubscribeIntent = "subscribe";

    /// <summary>The intent of a free-text request to stop a chat's reminders.</summary>
    private const string UnsubscribeIntent = "unsubscribe";

    /// <summary>
    /// How many questions of one message are answered (<see cref="QuestionSplitter"/>; a question an earlier answer already
    /// covers does not count, nor one the report does not answer, which is named as such); the reply says how many
    /// different ones were left for the user to ask separately, and those are neither answered nor recorded as unanswered.
    /// </summary>
    public const int MaxQuestionsPerMessage = 3;

    /// <summary>
    /// The most parts of one message read, and the most different ones named as not answered by the report: a paste of
    /// the same question thirty times is read, named and recorded once.
    /// </summary>
    public const int MaxPartsRead = 10, MaxUnansweredNamed = 3;

    /// <summary>How many characters at the end of an overlong message are searched for a question (<see cref="QuestionAfterAPaste"/>).</summary>
    public const int PasteTailLength = 300;

    private readonly KnowledgeBase knowledge;
    private readonly FollowUpMatcher matcher;
    private readonly AttributedFacts attributions;
    private readonly QuestionSplitter splitter;
    private readonly ParagraphFinder finder;
    private readonly ClaimCheck claims;
    private readonly ClaimCorrection corrections;
    private readonly LocationClaim locations;
    private readonly RepliedAnswer repliedAnswers;
    private readonly ReplyComposer composer;
    private readonly ConversationMemory memory;
    private readonly IChatSettingsStore settings;
    private readonly IUnansweredLog unanswered;
    private readonly IFeedbackStore? feedback;
    private readonly IQuestionCountStore? questions;
    private readonly BotMetrics metrics;
    private readonly TimeProvider time;
    private readonly ILogger<Router> logger;
    private readonly Dictionary<string, ICommandHandler> handlers = new(StringComparer.Ordinal);

    /// <summary>Creates the router.</summary>
    /// <param name="knowledge">The facts.</param>
    /// <param name="matcher">The intent matcher.</param>
    /// <param name="composer">Writes the replies.</param>
    /// <param name="memory">Per-user conversation context.</param>
    /// <param name="settings">Per-chat language.</param>
    /// <param name="unanswered">Where refused questions go.</param>
    /// <param name="handlers">Every registered command handler (reminders, admin …).</param>
    /// <param name="metrics">Message counters.</param>
    /// <param name="time">The clock.</param>
    /// <param name="logger">Logs failures.</param>
    /// <param name="feedback">Where "was this helpful?" answers go; <c>null</c> when no store is registered (ratings are then only thanked).</param>
    /// <param name="questions">Where answered and refused questions are counted; <c>null</c> when no store is registered.</param>
    public Router(
        KnowledgeBase knowledge,
        IntentMatcher matcher,
        ReplyComposer composer,
        ConversationMemory memory,
        IChatSettingsStore settings,
        IUnansweredLog unanswered,
        IEnumerable<ICommandHandler> handlers,
        BotMetrics metrics,
        TimeProvider time,
        ILogger<Router> logger,
        IFeedbackStore? feedback = null,
        IQuestionCountStore? questions = null)
    {
        ArgumentNullException.ThrowIfNull(handlers);
        this.knowledge = knowledge;
        this.matcher = new FollowUpMatcher(matcher, knowledge);
        attributions = new AttributedFacts(knowledge, matcher);
        splitter = new QuestionSplitter(knowledge.Lexicon);
        finder = new ParagraphFinder(knowledge, matcher);
        claims = new ClaimCheck(knowledge, finder, matcher);
        locations = new LocationClaim(knowledge, matcher);
        this.composer = composer;
        corrections = new ClaimCorrection(knowledge, claims, finder, composer);
        repliedAnswers = new RepliedAnswer(knowledge, composer);
        this.memory = memory;
        this.settings = settings;
        this.unanswered = unanswered;
        this.feedback = feedback;
        this.questions = questions;
        this.metrics = metrics;
        this.time = time;
        this.logger = logger;

        var commands = BuiltInCommands(composer.Phrases);
        var names = commands.Select(c => c.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var handler in handlers)
        {
            foreach (var command in handler.Commands)
            {
                if (names.Add(command.Name))
                {
                    commands.Add(command);
                    this.handlers[command.Name] = handler;
                }
                else
                {
                    RouterLog.DuplicateCommand(logger, command.Name, this.handlers.TryGetValue(command.Name, out var first) ? first.GetType().Name : nameof(Router));
                }
            }
        }

        Commands = commands;
    }

    /// <inheritdoc />
    public IReadOnlyList<CommandSpec> Commands { get; }

    /// <inheritdoc />
    public async Task<Reply?> HandleAsync(IncomingMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var started = time.GetTimestamp();
        Reply? reply;
        try
        {
            reply = await RouteAsync(message, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            RouterLog.MessageFailed(logger, e, Platform(message), message.Chat.ChatId);
            reply = IsForBot(message) || message.ButtonPayload is not null
                ? ReplyComposer.Say(ReplyComposer.ErrorIntent, composer.Phrases.Error, FallbackLanguage(null, message))
                : null;
        }

        if (reply is not null)
        {
            metrics.MessageHandled(Platform(message), reply.Intent, reply.Answered, time.GetElapsedTime(started));
            await CountQuestionAsync(reply, cancellationToken);
        }

        return reply;
    }

    /// <summary>
    /// Counts the reply as one answered or refused question for <c>/stats</c>. A reply to several questions is counted
    /// here as its first answered one; <see cref="AnswerEachAsync"/> counts the others (each further fact answered, and
    /// each question logged as unanswered), so the refused total matches the unanswered log.
    /// </summary>
    private async Task CountQuestionAsync(Reply reply, CancellationToken cancellationToken)
    {
        var refused = reply.Intent == ReplyComposer.RefusalIntent;
        if (reply.Answered || refused)
        {
            await CountAsync(reply.Answered, cancellationToken);
        }
    }

    private async Task CountAsync(bool answered, CancellationToken cancellationToken)
    {
        if (questions is null)
        {
            return;
        }

        try
        {
            await questions.RecordAsync(answered, time.GetUtcNow(), cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            RouterLog.QuestionNotCounted(logger, e);
        }
    }

    private async Task<Reply?> RouteAsync(IncomingMessage message, CancellationToken cancellationToken)
    {
        if (message.ButtonPayload is not null)
        {
            return await HandleButtonAsync(message, cancellationToken);
        }

        if (!IsForBot(message))
        {
            return null;
        }

        if (message.RepliedToOwnText is { Length: > 0 } own && message.Command is null or { Name: "ask" })
        {
            GoOnFrom(own, message);
        }

        var chat = await SettingsOrDefaultsAsync(message.Chat, cancellationToken);
        if (message.Command is { } command)
        {
            return await HandleCommandAsync(command, message, chat, cancellationToken);
        }

        var text = message.Text;
        if (message.RepliedToText is { Length: > 0 } replied && ForwardedClaim.IsBareTruthQuestion(message.Text))
        {
            if (RepliedClaim.AsksOfTheBot(replied))
            {
                // "@bot is this true?" under "stop the reminders please": no claim, and no request of the asker's (break 34:
                // an admin's reply turned the group's reminders off); nor the last answer again under someone else's words.
                return composer.VaguePrompt(LanguageFor(chat, TextCleaner.WithArabicLetters(TextCleaner.ForMatching(message.Text)), message));
            }

            // "@bot is this true?" in reply to a rumour someone posted: the rumour is the claim checked ("is it true that
            // <rumour>?"; a forward's one sentence with a figure or date), never the last answer quoted again (break 36 #1).
            text = RepliedClaim.Read(message.Text, replied) ?? text;
        }

        return await HandleTextAsync(text, message, chat, cancellationToken);
    }

    /// <summary>
    /// A reply to one of the bot's own answers (<see cref="IncomingMessage.RepliedToOwnText"/>) goes on from that answer: the
    /// sender's turn becomes the one that answer left (<see cref="RepliedAnswer"/>), so "why?" under the Erbil answer half an
    /// hour later, or after another question, or from another member of the group, is about Erbil. A turn of the same fact
    /// is kept as it is (how far "tell me more" has read), only no longer leaning on a question refused after it: the reply
    /// points at the answer. Nothing happens when the message states no answer (a refusal, help).
    /// </summary>
    private void GoOnFrom(string own, IncomingMessage message)
    {
        var now = time.GetUtcNow();
        if (repliedAnswers.Recover(own, now) is not { } replied)
        {
            return;
        }

        var key = ConversationKey.Of(message);
        var current = memory.Recall(key);
        if (current is null || current.FactId != replied.FactId || current.Summarized != replied.Summarized
            || (replied.QuotedParagraphs.Count > 0 && !replied.QuotedParagraphs.SequenceEqual(current.QuotedParagraphs)))
        {
            memory.Remember(key, replied);
        }
        else if (current.RefusedAfter is not null)
        {
            memory.Remember(key, current with { RefusedAfter = null, At = now });
        }
    }

    private static bool IsForBot(IncomingMessage message) => message.Kind switch
    {
        ChatKind.Private => true,
        ChatKind.Group => message.Command is not null || message.IsAddressedToBot,
        _ => message.Command is not null,
    };

    private async Task<Reply> HandleCommandAsync(BotCommand command, IncomingMessage message, ChatSettings chat, CancellationToken cancellationToken)
    {
        var language = command.Name == "ask" ? LanguageFor(chat, TextCleaner.ForMatching(command.Arguments), message) : CommandLanguage(chat, command, message);
        switch (command.Name)
        {
            case "start":
                return composer.Start(language);
            case "help":
                return composer.Help(language, Commands, console: message.Chat.Platform == ChatPlatform.Console);
            case SourceIntent:
                return composer.Source(language);
            case "ask":
                return TextCleaner.HasContent(TextCleaner.ForMatching(command.Arguments))
                    ? await HandleTextAsync(command.Arguments, message, chat, cancellationToken)
                    : ReplyComposer.Say("ask", composer.Phrases.AskUsage, language);
            case "lang":
                return await SetLanguageAsync(command.Arguments, message, chat, cancellationToken);
        }

        if (handlers.ContainsKey(command.Name))
        {
            return await HandleIntentAsync(command.Name, message, language, confidence: 1, cancellationToken);
        }

        return ReplyComposer.Say("unknown-command", composer.Phrases.UnknownCommand, language, ("command", TextCleaner.Cut(command.Name, 32)));
    }

    private async Task<Reply> SetLanguageAsync(string arguments, IncomingMessage message, ChatSettings chat, CancellationToken cancellationToken)
    {
        var argument = arguments.Trim();
        if (argument.Equals("auto", StringComparison.OrdinalIgnoreCase) || argument == "تلقائي")
        {
            await settings.SaveAsync(chat with { Language = null }, cancellationToken);
            return ReplyComposer.Say("lang", composer.Phrases.LanguageAuto, LanguageFor(chat with { Language = null }, arguments, message));
        }

        if (LanguageCodes.TryParse(argument) is { } chosen)
        {
            await settings.SaveAsync(chat with { Language = chosen }, cancellationToken);
            var phrase = chosen == Language.Arabic ? composer.Phrases.LanguageArabic : composer.Phrases.LanguageEnglish;
            return ReplyComposer.Say("lang", phrase, chosen);
        }

        var replyLanguage = LanguageFor(chat, "", message);
        if (argument.Length > 0)
        {
            return composer.UnsupportedLanguage(argument, replyLanguage);
        }

        // "/lang" alone: what is set now, then how to change it.
        var current = chat.Language switch
        {
            Language.Arabic => composer.Phrases.LanguageCurrentArabic,
            Language.English => composer.Phrases.LanguageCurrentEnglish,
            _ => composer.Phrases.LanguageCurrentAuto,
        };
        return new Reply(replyLanguage, [new ReplyBlock(ReplyBlockKind.Paragraph, current.For(replyLanguage)), new ReplyBlock(ReplyBlockKind.Paragraph, composer.Phrases.LanguageUsage.For(replyLanguage))])
        {
            Intent = "lang",
        };
    }

    private async Task<Reply> HandleTextAsync(string text, IncomingMessage message, ChatSettings chat, CancellationToken cancellationToken)
    {
        if (RequestedLanguage.Read(text) is var (asked, question))
        {
            // "summarize in arabic", "لخصلي بالانكليزي": the language named, for this reply only; "in Arabic please" alone,
            // the last answer in it.
            if (question.Length > 0)
            {
                return await HandleTextAsync(question, message, chat with { Language = asked }, cancellationToken);
            }

            // After the milestones, the list again, as the command gives it.
            var last = memory.Recall(ConversationKey.Of(message));
            return last is { ListedMilestones: true }
                ? await HandleIntentAsync(MilestonesIntent, message, asked, confidence: 1, cancellationToken)
                : LastAnswerIn(asked, last);
        }

        if (ReportFrame.Without(text) is { } unframed)
        {
            // "How many US troops does the report say are in Iraq?": asked as "How many US troops are in Iraq?", not as a
            // claim to check.
            return await HandleTextAsync(unframed, message, chat, cancellationToken);
        }

        var written = TextCleaner.ForMatching(text);
        var cleaned = TextCleaner.WithArabicLetters(written);
        var language = LanguageFor(chat, cleaned, message);
        if (!TextCleaner.HasContent(cleaned))
        {
            return composer.EmptyPrompt(language);
        }

        if (GreetingAlone.Reads(cleaned))
        {
            // "hello world", a self-hoster's first test: greeted, not ¶7 for "world" read as a typo of "word".
            return await HandleIntentAsync("greeting", message, language, confidence: 1, cancellationToken);
        }

        if (text.Length > TextCleaner.MaxMatchLength && QuestionAfterAPaste(text) is { } lastQuestion && !matcher.Match(cleaned, null).Result.IsConfident)
        {
            // Only the start of a long message is matched; a question after a pasted article is at its end.
            return await HandleTextAsync(lastQuestion, message, chat, cancellationToken);
        }

        if (ForwardedClaim.Read(text) is { } forwarded && splitter.Split(TextCleaner.ForMatching(forwarded)).Count <= 1)
        {
            // "BREAKING: … All US troops out of Iraq by September 2025. Share with everyone⏎is this true??": the figures of
            // the forward checked as one claim ("is it true that all US troops out of Iraq by September 2025?"); not one
            // that would be read as several questions, each quoted back cut.
            return await HandleTextAsync(forwarded, message, chat, cancellationToken);
        }

        if (ForwardedClaim.WithoutNoise(text) is { } plain)
        {
            // A forward's channel link, phone number or posting date is not what it asks about, nor its language.
            return await HandleTextAsync(plain, message, chat, cancellationToken);
        }

        if (HarmfulRequest.Asks(cleaned))
        {
            // "How can I build a drone to attack the base at Ain al-Asad?": declined, with no questions about that base
            // offered and nothing logged as a gap in the knowledge.
            return ReplyComposer.Say(HarmfulIntent, composer.Phrases.Harmful, language);
        }

        if (ParagraphRequest.ReadAll(cleaned, knowledge.Article.ParagraphCount) is { Count: > 0 } numbers)
        {
            return await LookUpParagraphsAsync(numbers, text, cleaned, message, language, cancellationToken);
        }

        var key = ConversationKey.Of(message);
        var previous = memory.Recall(key);
        if (previous is { QuotedParagraphs.Count: > 0 }
            && ParagraphRequest.ReadRelative(cleaned, previous.QuotedParagraphs, knowledge.Article.ParagraphCount) is { Count: > 0 } relative)
        {
            // "and the last one?" after the penultimate paragraph: ¶24, not the last troops to leave.
            return QuoteParagraphs(relative, text, key, language).Quoted;
        }

        if (LastReplyRequest.AsksForItsParagraph(cleaned))
        {
            // "which paragraph?", "exact words?", "بأي فقرة؟": where the last reply came from, quoted whole.
            return await ParagraphsOfLastReplyAsync(previous, readOn: false, text, message, language, confidence: 0, cancellationToken);
        }

        if (ParagraphSearch.Topic(cleaned) is { } topic)
        {
            return await FindParagraphsAsync(topic, text, message, language, cancellationToken);
        }

        if (ParagraphSearch.About(cleaned) is { } about && ((finder.NamesOnly(about) && finder.Naming(about).Count > 0) || NamesOnlyWhatTheReportNeverMentions(about)))
        {
            // "What does the report say about Iran?", "شنو يكول التقرير عن اربيل؟": the paragraphs naming it.
            return await FindParagraphsAsync(about, text, message, language, cancellationToken);
        }

        if (previous is { RefusedAfter: null } && LastReplyRequest.AsksForItsSource(cleaned) && knowledge.TryGetFact(previous.FactId, out var sourced))
        {
            // "source?" after an answer: whom the report attributes it to, as "who said that?" (the report's own outlet is /source).
            return composer.Attribution([.. AnsweredWith(previous), sourced], language);
        }

        if (previous is { RefusedAfter: null, Summarized: false } && LastReplyRequest.AsksTimeLeft(cleaned)
            && knowledge.TryGetFact(previous.FactId, out var dated) && dated.MilestoneId is not null)
        {
            // "شكد باقي؟" after when the troops leave Ain al-Asad: that date again, relative to now (September 2025, about
            // 14 months ago), not Erbil's end of 2026 nor the "breathing room" of the two-year timeframe.
            return composer.Answer(dated, language, confidence: 1);
        }

        if (LastReplyRequest.AsksWhetherItStillHolds(cleaned))
        {
            // "is that still true?" after the 2,500 troops: the bot cannot tell how things stand today, then what the
            // report said then (¶13); not "about what, exactly?", nor the report's own date. With no answer before it
            // (nothing asked, a refusal, the summary), it asks about what.
            return previous is { RefusedAfter: null, Summarized: false } && knowledge.TryGetFact(previous.FactId, out var held)
                ? composer.BeyondReport(held, language, confidence: 1)
                : composer.VaguePrompt(language);
        }

        if (previous is { LookedUp: true } && IsFragment(cleaned) && AnotherName(cleaned) is { } name)
        {
            // "which paragraph mentions Washington?" then "and Tehran?": look that name up too.
            return await FindParagraphsAsync(name, text, message, language, cancellationToken);
        }

        if (TodayRequest.Asks(cleaned))
        {
            // "what's today's date?": "today" reads as now and "date" as "when", which would be the milestones.
            return composer.Today(language);
        }

        if (Arithmetic.IsOnlyASum(cleaned))
        {
            // "what is 2+2": its figures would read as the two-year timeline (¶2, ¶24).
            return composer.Refusal(language, 0, []);
        }

        if (IsBareNumber(cleaned))
        {
            // "1" with no suggestion listed to pick: not a question about phase one, paragraph 1 or anything else.
            return composer.VaguePrompt(language);
        }

        if (locations.Misplaced(cleaned) is var (locating, place, claimedPlace))
        {
            // "Ain al-Asad is in Kurdistan, right?": the report puts it in western Anbar (¶17); not Erbil's paragraph (¶18),
            // which the question reads most like and which would sound like a yes.
            memory.Remember(key, Told(locating, language) with { AskedAs = text });
            return composer.NotPlacedThere(locating, place, claimedPlace, language, confidence: 1);
        }

        if (previous is not null && claims.ClaimsOnlyFigures(cleaned) && knowledge.TryGetFact(previous.FactId, out var lastFact)
            && claims.DisputedFact(cleaned, lastFact) is var disputed && claims.NotGivenBy(cleaned, disputed, language) is var (disputedId, figures))
        {
            // "but I heard 3000", "لا اخوي يكول 3000" after how many US troops are in Iraq: a figure set against the last
            // answer, which gives another (¶13).
            var answered = Fact(disputedId);
            memory.Remember(key, Told(answered, language) with { AskedAs = text });
            return composer.NotAsClaimed(answered, figures, language, confidence: 1, writtenElsewhere: finder.Unwritten(cleaned).Count == 0);
        }

        if (previous is not null && AttributedFacts.AsksAllSaid(cleaned) && knowledge.TryGetFact(previous.FactId, out var spoken)
            && attributions.AllSaidBy(spoken) is { Count: > 1 } allSaid)
        {
            // "What exactly has he said? I need all his quotes." after Farhad Alaa al-Din: each of his statements (¶8, ¶9, ¶14).
            memory.Remember(key, Told(allSaid[^1], language) with { AskedAs = text });
            return composer.Answers([.. allSaid.Select(fact => (fact, false))], [], [], language, confidence: 1);
        }

        var understood = matcher.Match(cleaned, previous);
        // What the message reads as on its own, for the two readings in context it can overrule (read once).
        var asWritten = understood.UsedContext ? matcher.Matcher.Match(cleaned) : null;
        if (asWritten is not null && attributions.PreferQuoted(asWritten, cleaned) is { IsConfident: true, Best: { Kind: MatchKind.Intent, Id: AttributionIntent } } attributed
            && attributions.QuotedFact(attributed, cleaned) is not null)
        {
            // "who said the talks were over?" after another "who said …?": what it quotes tells who (¶8), not the earlier
            // question, however near the utterance alone comes to a fact and to the intent.
            understood = new FollowUpMatch(attributed, text, UsedContext: false);
        }

        if (asWritten is not null && understood.UsedContext && claims.PutsClaim(cleaned) && !claims.ClaimsOnlyFigures(cleaned)
            && (asWritten.IsConfident || claims.Check(cleaned, language) is not null))
        {
            // "I heard 3,000 US troops are in Iraq, is that right?" after when troops leave Erbil, "My friend says all troops
            // will leave Erbil by September 2025" after the talks: a whole claim, checked against what it is about (¶13,
            // ¶18), not against the last answer.
            understood = new FollowUpMatch(asWritten, text, UsedContext: false);
        }

        if (previous?.RefusedAfter is { } refused && IsFragment(cleaned) && await GoesOnFromRefusalAsync(cleaned, refused, understood.Result.Confidence, text, message, previous, language, cancellationToken) is { } stillRefused)
        {
            return stillRefused;
        }

        if (understood.Result is { IsConfident: true, Best: { Kind: MatchKind.Fact } status } && Fact(status.Id).Topic == StatusTopic
            && previous is { RefusedAfter: null } && knowledge.TryGetFact(previous.FactId, out var doubted)
            && status.Id != doubted.Id && !doubted.Related.Contains(status.Id) && doubted.Next != status.Id && IsFragment(cleaned))
        {
            // "هل هذا مؤكد؟" / "is that confirmed?" after how much of Iraq ISIS held (¶14): whether that answer holds, as
            // "are you sure?" asks, not whether the withdrawal plan was final (¶2), which is what it asks after the plan.
            return await ParagraphsOfLastReplyAsync(previous, readOn: false, text, message, language, understood.Result.Confidence, cancellationToken);
        }

        if (previous is not null && knowledge.TryGetFact(previous.FactId, out var unnamed) && AsksNamesOf(unnamed, cleaned))
        {
            // "شنو اسمه؟" after the senior US official (¶3), "what were their names?" after the soldiers killed (¶12): the
            // report names neither; read in context, the question would reach a fact that does name someone (the prime minister).
            // It is answered, so a "wdym?" next is about it, not a question refused before it.
            memory.Remember(key, previous with { AskedAs = text, At = time.GetUtcNow(), RefusedAfter = null });
            return composer.NoName(unnamed, language, understood.Result.Confidence);
        }

        if (previous is not null && knowledge.TryGetFact(previous.FactId, out var lastTold)
            && understood.Result.Best is { Kind: MatchKind.Fact } readAs && readAs.Id != lastTold.Id && !Fact(readAs.Id).Unnamed
            && AsksOnlyForAName(cleaned) && matcher.Matcher.Analyze(cleaned).AnswerKinds is var kinds && matcher.Matcher.IsAskedFor(readAs.Id, kinds))
        {
            // "what's his name?" after the prime minister: his answer again; after a fact that names nobody (the troop
            // count, the sources' reasons), that the report gives no names for it. Never another fact that names someone
            // (the adviser's, whose "what's the name of …" wording the question reads closest to); "were they named?"
            // after the sources still reaches why they were not (¶6).
            memory.Remember(key, previous with { AskedAs = text, At = time.GetUtcNow(), RefusedAfter = null });
            return matcher.Matcher.IsAskedFor(lastTold.Id, kinds)
                ? composer.Answer(lastTold, language, understood.Result.Confidence)
                : composer.NoName(lastTold, language, understood.Result.Confidence);
        }

        if (message.Command is null && ReminderQuestion.Requests(cleaned) && splitter.Split(cleaned).Count <= 1)
        {
            // "remind me before the elections", "can you remind me before the troops leave Erbil?": a request for the
            // reminders, which come before every milestone (the elections among them), not a question about the elections.
            // ("remind me a week before, and when do troops leave Erbil?" is both, handled part by part.)
            return await HandleIntentAsync(SubscribeIntent, message, language, understood.Result.Confidence, cancellationToken);
        }

        if (previous is not null && QuestionSplitter.HearsayAlone(cleaned) is { } heardFigure && IsFigureAlone(QuestionSplitter.Claimed(heardFigure)))
        {
            // "but my friend said 5000" after the troop count: the figure checked against that answer, not read as the
            // question asked again.
            return await HandleTextAsync(heardFigure, message, chat, cancellationToken);
        }

        if (attributions.AsksWhatAnUnquotedPartySaid(cleaned))
        {
            // "What did Iran say?": the report quotes nobody of Iran's; not the missiles shot down toward Israel (¶21).
            await RecordUnansweredAsync(message, text, language, understood.Result.Confidence, cancellationToken);
            return composer.Refusal(language, understood.Result.Confidence, NearMisses(understood.Result));
        }

        var result = attributions.PreferQuoted(understood.Result, cleaned);
        var wholeIsFact = result.Best is { Kind: MatchKind.Fact } && (result.IsConfident || result.AsksBeyondReport);
        if (WithNameRequestsJoined(splitter.Split(cleaned)) is { Count: > 1 } parts && await AnswerEachAsync(parts, wholeIsFact, message, key, previous, language, cancellationToken) is { } several)
        {
            return several;
        }

        if (JudgementRequest.Asks(cleaned) && !(result.IsConfident && result.Best is { Kind: MatchKind.Fact }))
        {
            // "is this a betrayal?", "الاتفاق زين لو لا؟" (not "👍" for its زين), "what is your opinion on the deal?".
            await RecordUnansweredAsync(message, text, language, result.Confidence, cancellationToken);
            return composer.NoOpinion(language, result.Confidence, NearMisses(result));
        }

        if (result.AsksBeyondReport && result.Best is { } planned)
        {
            var plan = Fact(planned.Id);
            if (CorrectedClaim(cleaned, plan, understood, key, text, language, result.Confidence) is { } claimedOfPlan)
            {
                // "سمعت ان الامريكان يطلعون من عين الاسد بنهاية 2026، صدك؟": what the report gives is the answer, not what
                // happened since; the figure claimed is one it does not give.
                return claimedOfPlan;
            }

            memory.Remember(key, Answered(plan.Id, understood, language, text));
            return composer.BeyondReport(plan, language, result.Confidence);
        }

        if (result.IsVague && (!result.IsConfident || (result.Best is { Kind: MatchKind.Intent, Id: MilestonesIntent or CapabilitiesIntent or SourceIntent } && previous is not null && !FollowUpMatcher.AddressesTheBot(text))))
        {
            // A bare "when?" or "by whom?" after an answer asks about it ("who said the talks were over?" → "when?"), not for
            // the milestone list, what the bot can do or its source ("اين؟" after the missiles shot down); "who are you?" does
            // ask what the bot is.
            if (!result.IsConfident && FollowUpMatcher.AddressesTheBot(text))
            {
                // "who are you and what can you do?", "where are you from?": question words about the bot itself.
                return composer.Capabilities(language) with { Confidence = result.Confidence };
            }

            if (previous is not null && knowledge.TryGetFact(previous.FactId, out var earlier) && AsksSomething(cleaned))
            {
                // "why?" after when troops leave Ain al-Asad: the report gives no reason, and the question is clear.
                await RecordUnansweredAsync(message, text, language, result.Confidence, cancellationToken);
                return composer.FollowUpRefusal(earlier, previous.RefusedAfter ?? OwnWords(previous), language, result.Confidence);
            }

            return composer.VaguePrompt(language);
        }

        if (result.Best is { Kind: MatchKind.Intent, Id: SameSpeakerIntent } && (previous is null || !knowledge.TryGetFact(previous.FactId, out _))
            && result.Candidates.FirstOrDefault(c => c.Kind == MatchKind.Fact) is { } nearest && nearest.Score >= result.Threshold / 2)
        {
            // "what did Sudani say?", "شنو راح يصير بعد الانسحاب" with nothing asked before: a question about a fact, not
            // "what else did he say?"; answered when confident, else refused with what the report does say, like any other.
            result = result with { Candidates = [.. result.Candidates.Where(c => c.Kind == MatchKind.Fact)] };
        }

        if ((!result.IsConfident || result.Best is { Kind: MatchKind.OutOfScope })
            && corrections.OfUnmatched(cleaned, language) is var (claimAbout, checkedClaim))
        {
            // "Is it true that about 3,500 US troops are in Iraq?": the report gives another figure, so that one, not "the
            // report does not say that"; "I read that 2.5k troops are in Iraq, correct?" is what it says, so the answer.
            memory.Remember(key, Told(claimAbout, language) with { AskedAs = text });
            return checkedClaim;
        }

        if (claims.GivenForOthers(cleaned, result) is var (counted, others))
        {
            // "Were three Iraqi soldiers killed in the attacks?": the report gives three for US soldiers (¶12), not Iraqis;
            // neither the attacks of ¶11, which would sound like a yes, nor "the report does not say that".
            var instead = Fact(counted);
            memory.Remember(key, Answered(instead.Id, understood, language, text));
            return others.Count == 0 ? composer.Answer(instead, language, result.Confidence) : composer.NotAsClaimed(instead, others, language, result.Confidence, writtenElsewhere: true);
        }

        if ((!result.IsConfident || result.Best is { Kind: MatchKind.OutOfScope }) && matcher.Matcher.AsksName(cleaned)
            && UnnamedFactAsked(result, cleaned) is { } named)
        {
            // "What's the name of the US official who said there's a deal?": like a question the report does not answer,
            // but it does say something of whom it leaves unnamed (the sources spoke on condition of anonymity, ¶6).
            memory.Remember(key, Answered(named.Id, understood, language, text));
            return composer.NoName(Fact(named.Id), language, named.Score);
        }

        if (!result.IsConfident && previous is { RefusedAfter: null } && matcher.Matcher.AsksWhen(cleaned)
            && matcher.Matcher.QueryTerms(cleaned) is var whenTerms && whenTerms.Count(term => !matcher.Matcher.IsQuestionWord(term)) <= MaxUndatedFollowUpTerms
            && !whenTerms.Any(matcher.Matcher.IsPlace)
            && knowledge.TryGetFact(previous.FactId, out var undatedBefore) && !matcher.Matcher.TellsWhen(undatedBefore.Id))
        {
            // "when will it start?" after the advisory relationship (¶4), which the report dates nowhere: told so, then
            // what it does say, as the whole question is; not refused as if the report said nothing of it. ("and when do
            // they leave Syria?" after the 900 there names a place, and is refused: the report says nothing of leaving Syria.)
            memory.Remember(key, previous with { AskedAs = text, At = time.GetUtcNow() });
            return composer.NoDate(undatedBefore, language, result.Confidence);
        }

        if ((!result.IsConfident || result.Best is { Kind: MatchKind.OutOfScope }) && !understood.UsedContext && matcher.Matcher.AsksWhen(cleaned)
            && NearestFact(result, NoDateShare) is { } undated
            && !result.Candidates.Any(c => c.Kind == MatchKind.Fact && c.Score >= result.Threshold * NoFigureShare && matcher.Matcher.TellsWhen(c.Id)))
        {
            // "When did the talks end?": the report dates no such thing, but it does say the talks had ended (¶8); a fact
            // that tells no time is a weaker match for "when", which left it just under the threshold. Not when a fact that
            // does tell a time is as near ("شوكت يطلعون" near both the plan's dates and the coalition withdrawing).
            memory.Remember(key, Answered(undated.Id, understood, language, text));
            return composer.NoDate(Fact(undated.Id), language, undated.Score);
        }

        if ((!result.IsConfident || result.Best is { Kind: MatchKind.OutOfScope }) && matcher.Matcher.AsksCount(cleaned)
            && NearestFact(result, NoFigureShare) is { } uncounted
            && !claims.GivesCount(Fact(uncounted.Id)))
        {
            // "How many US troops will stay in Iraq after the withdrawal?": the report counts none of them, but it does say
            // some may stay (¶4); told so, not refused as if it said nothing.
            memory.Remember(key, Answered(uncounted.Id, understood, language, text));
            return composer.NoFigure(Fact(uncounted.Id), language, uncounted.Score);
        }

        if (!result.IsConfident && IntroducesOnly(cleaned) && QuestionSplitter.HearsayAlone(cleaned) is { } hearsay)
        {
            // "my friend says the deal was cancelled": not a greeting to who speaks, but what the friend says, checked
            // ("is it true that the deal was cancelled?": the plan was not final yet, ¶2).
            return await HandleTextAsync(hearsay, message, chat, cancellationToken);
        }

        if (!result.IsConfident && IntroducesOnly(cleaned))
        {
            // "انا من كركوك", "I am a shopkeeper in Kirkuk": the asker says who they are and asks nothing; greeted, not told
            // the report does not say it, and not logged as a gap.
            return composer.Greeting(language);
        }

        if (!result.IsConfident || result.Best is not { } best)
        {
            await RecordUnansweredAsync(message, text, language, result.Confidence, cancellationToken);
            if (previous is not null && (!IsFragment(cleaned) || (AsksOnItsOwn(cleaned) && !result.Candidates.Any(candidate => candidate.Id == previous.FactId))))
            {
                // A "why?" or "and in Syria?" next goes on from this question, not the one answered before it; so does a
                // short one that asks of its own about something the answer does not touch ("شكد سعر الدولار" after
                // Erbil). After a refused fragment that goes on from the answer ("and Basra?", or "how many rockets?" after
                // the missiles of ¶21), "and Erbil?" still goes on from the answer.
                memory.Remember(key, previous with { RefusedAfter = TextCleaner.Cut(text.Trim(), ConversationMemory.MaxQuestionLength) });
            }

            // Kurdish, Persian, French, Arabizi …: told which languages the bot reads (and kept, as demand for another language).
            return matcher.Matcher.ReadsAsOtherLanguage(written) || (result.Confidence < result.Threshold / 4 && matcher.Matcher.ReadsAsNeitherLanguage(written))
                ? composer.OtherLanguage(language, result.Confidence)
                : composer.Refusal(language, result.Confidence, NearMisses(result));
        }

        if (best.Kind == MatchKind.Intent && best.Id == AttributionIntent)
        {
            if (attributions.QuotedFact(result, cleaned) is { } quoted)
            {
                memory.Remember(key, Answered(quoted.Id, understood, language, text));
                return composer.Attribution(quoted, language) with { Confidence = result.Confidence };
            }

            if (attributions.SaysWhatWasSaid(result, cleaned))
            {
                // "Who said the talks began in March?": nobody in the report; never a speaker for words it does not contain.
                await RecordUnansweredAsync(message, text, language, result.Confidence, cancellationToken);
                return composer.Refusal(language, result.Confidence, NearMisses(result));
            }

            // After a reply that answered several facts, who said each of them.
            return previous is not null && knowledge.TryGetFact(previous.FactId, out var said)
                ? composer.Attribution([.. AnsweredWith(previous), said], language) with { Confidence = result.Confidence }
                : ReplyComposer.Say(AttributionIntent, composer.Phrases.AttributionNoContext, language);
        }

        if (best.Kind == MatchKind.Intent && best.Id == SameSpeakerIntent)
        {
            if (previous is null || !knowledge.TryGetFact(previous.FactId, out var earlier))
            {
                return ReplyComposer.Say(AttributionIntent, composer.Phrases.AttributionNoContext, language);
            }

            var sameSpeaker = attributions.SameSpeaker(earlier, result, cleaned);
            if (sameSpeaker is null && result.Candidates.Any(c => c is { Kind: MatchKind.Intent, Id: NextStepIntent } && c.Score >= best.Score))
            {
                // "وماذا بعد ذلك؟" reads as "what else?" ("شنو حچى بعد؟") as much as "what after that?": after an answer no
                // named speaker gave (Erbil, ¶18), it asks what came next.
                return await NextStepAsync(previous, false, message, text, key, language, result.Confidence, cancellationToken);
            }

            var next = sameSpeaker
                ?? result.Candidates.Where(c => c.Kind == MatchKind.Fact && c.Score >= result.Threshold).Select(c => Fact(c.Id)).FirstOrDefault()
                ?? earlier;
            memory.Remember(key, Told(next, language) with { AskedAs = text });
            return composer.Answer(next, language, result.Confidence);
        }

        if (best.Kind == MatchKind.Intent && best.Id is NextStepIntent or PreviousStepIntent)
        {
            return await NextStepAsync(previous, best.Id == PreviousStepIntent, message, text, key, language, result.Confidence, cancellationToken);
        }

        if (best.Kind == MatchKind.Intent && best.Id is MoreDetailIntent or AreYouSureIntent)
        {
            return await ParagraphsOfLastReplyAsync(previous, readOn: best.Id == MoreDetailIntent, text, message, language, result.Confidence, cancellationToken);
        }

        if (best is { Kind: MatchKind.Intent, Id: ReplyComposer.InShortIntent })
        {
            return await InShortAsync(previous, text, message, language, result.Confidence, cancellationToken);
        }

        if (best is { Kind: MatchKind.Intent } && message.Command is null && !ReminderNegation.MentionsReminders(cleaned)
            && (best.Id == SubscribeIntent || (best.Id == UnsubscribeIntent && text.AsSpan().IndexOfAny('?', '؟') >= 0)))
        {
            // "2 weeks", "يومين", "7*7" read like "remind me 2 weeks before" but ask for nothing: no chat is subscribed by them;
            // "Are they leaving too?" reads like "quit reminding me", but asks a question: no chat is unsubscribed by it.
            await RecordUnansweredAsync(message, text, language, result.Confidence, cancellationToken);
            return composer.Refusal(language, 0, NearMisses(result));
        }

        if (best.Kind == MatchKind.Intent)
        {
            return await HandleIntentAsync(best.Id, message, language, result.Confidence, cancellationToken);
        }

        var fact = Fact(best.Id);
        if (!understood.UsedContext && CloseSecond(result, fact) is { } second)
        {
            return composer.Clarify(language, fact, second, result.Confidence);
        }

        if (CorrectedClaim(cleaned, fact, understood, key, text, language, result.Confidence) is { } corrected)
        {
            // "Is it true that 2,500 US troops are in Syria?": what the report gives for Syria, said not to be 2,500.
            return corrected;
        }

        if (!understood.UsedContext && attributions.AsksOnlyWhatSpeakerSaid(fact, cleaned) && attributions.AllSaidBy(fact) is { Count: > 1 } statements)
        {
            // "ايش قال فرهاد علاء الدين؟", "what did Farhad Alaa al-Din say?": each of his statements (¶8, ¶9, ¶14), not the first
            // alone. The first is remembered: only its paragraph names him as the speaker, which "all his quotes" next needs.
            memory.Remember(key, Told(statements[0], language) with { AskedAs = text });
            return composer.Answers([.. statements.Select(said => (said, false))], [], [], language, result.Confidence);
        }

        memory.Remember(key, Answered(fact.Id, understood, language, text));
        // "How many from Italy?" after the countries that send troops (¶16: hundreds, none counted): no figure is given,
        // nor for "how many drones did they attack with?" (¶12 counts the soldiers killed, not the drones);
        // "شنو اسمه؟" after the senior US official (¶3): no name is; nor for Baghdad in "and Baghdad?" after how many troops
        // are in Iraq (AsksCountAgain); "when will the advisory relationship start?" (¶4): no date is, nor for a bare "when?"
        // after an answer that reads as the same fact again ("who said the talks were over?" → "when?", ¶8).
        return fact.Unnamed && (matcher.Matcher.AsksName(cleaned) || AsksWhoThePersonIs(cleaned)) && NamesSomethingOf(fact, cleaned) && !AsksWhy(cleaned) ? composer.NoName(fact, language, result.Confidence)
            : (claims.GivesCount(fact) ? matcher.Matcher.AsksUncounted(cleaned) : matcher.Matcher.AsksCount(cleaned) || AsksCountAgain(cleaned, previous)) ? composer.NoFigure(fact, language, result.Confidence)
            : JudgementRequest.Asks(cleaned) ? composer.NoVerdict(fact, language, result.Confidence)
            : (!understood.UsedContext || fact.Id == previous?.FactId) && !matcher.Matcher.TellsWhen(fact.Id) && matcher.Matcher.AsksWhen(cleaned) ? composer.NoDate(fact, language, result.Confidence)
            : GivesNoDay(fact) && matcher.Matcher.AsksDay(cleaned) ? composer.NoExactDay(fact, language, result.Confidence)
            : composer.Answer(fact, language, result.Confidence);
    }

    /// <summary>
    /// Whether <paramref name="fact"/> dates its answer by a milestone the report gives only as a month, a year or about
    /// ("October 2025", ¶23; "about the end of 2026", ¶18): "what exact day?" is told the report gives no exact day.
    /// </summary>
    private bool GivesNoDay(Fact fact) =>
        fact.MilestoneId is { } id && knowledge.TryGetMilestone(id, out var milestone) && milestone.Due.Precision != DatePrecision.Day;

    /// <summary>
    /// What the report gives instead of the figures a claim answered with <paramref name="fact"/> puts
    /// (<see cref="ClaimCheck.NotGivenBy"/>), remembered as the turn's fact; <c>null</c> when the message puts no such claim.
    /// </summary>
    private Reply? CorrectedClaim(string cleaned, Fact fact, FollowUpMatch understood, ConversationKey key, string text, Language language, double confidence)
    {
        // "does not give “September 2025” for this" when the report has it for something else (and, when that is the plan's
        // step before or after, that step too: hundreds leave by September 2025, the rest by the end of 2026); "does not say
        // “2027”" when nowhere.
        if (corrections.OfAnswer(cleaned, fact, language, confidence) is not var (claimedFact, corrected))
        {
            return null;
        }

        memory.Remember(key, Answered(claimedFact.Id, understood, language, text));
        return corrected;
    }

    /// <summary>
    /// The paragraphs asked for, quoted (<see cref="ReplyComposer.Paragraphs"/>), and what else the message asked: "p17 and
    /// who said it?" adds who the report attributes them to; "p17 and when do troops leave Erbil?" answers that too, read in
    /// the context of the paragraph (as the several-questions path does, <see cref="AnswerEachAsync"/>), and a question it
    /// cannot answer there is named to send separately. "who said that?" next asks about the paragraphs and whatever else was answered.
    /// </summary>
    private async Task<Reply> LookUpParagraphsAsync(IReadOnlyList<int> numbers, string text, string cleaned, IncomingMessage message, Language language, CancellationToken cancellationToken)
    {
        var key = ConversationKey.Of(message);
        var (quoted, glosses, quotedTurn) = QuoteParagraphs(numbers, text, key, language);
        if (quotedTurn is not { } turn)
        {
            return quoted;
        }

        // The splitter drops a part as short as "p17"; any part left that names no paragraph asks something else.
        var attribute = false;
        var rest = new List<string>();
        foreach (var part in splitter.Split(cleaned).Where(p => ParagraphRequest.ReadAll(p, knowledge.Article.ParagraphCount).Count == 0))
        {
            var result = ReadPart(part, turn, []).Understood.Result;
            if (result is { IsConfident: true, Best: { Kind: MatchKind.Intent, Id: AttributionIntent } } && !attributions.SaysWhatWasSaid(result, part))
            {
                attribute = true;
            }
            else
            {
                rest.Add(part);
            }
        }

        if (!attribute && rest.Count == 0)
        {
            return quoted;
        }

        var answers = rest.Count > 0 ? await AnswerEachAsync(rest, wholeIsFact: false, message, key, turn, language, cancellationToken) : null;
        if (answers is not null)
        {
            // The look-up is counted as the reply's question; the first fact answered with it is one more.
            await CountAsync(answered: true, cancellationToken);
            if (memory.Recall(key) is { } after)
            {
                memory.Remember(key, after with { AnsweredWith = [.. glosses.Select(f => f.Id).Where(id => id != after.FactId), .. after.AnsweredWith] });
            }
        }

        return composer.ParagraphsAnd(quoted, attribute, answers, answers is null ? [.. rest.Select(AsAsked)] : [], language);
    }

    /// <summary>
    /// The answer to a message of several questions (<see cref="QuestionSplitter"/>), each read in the context of the one
    /// before it ("شكد جندي امريكي بالعراق؟ وشكد بسوريا؟"). One reply answers the facts in order and says which of the
    /// other questions the report does not answer (each recorded as unanswered) when at least two are confidently about
    /// different facts; or one is, and another is clearly out of scope ("… And what's the dollar rate?", a bare "why?" the
    /// report gives no reason for), asks who said it ("… and who said so?") or the whole message does not read as a fact
    /// ("Can you help me? When do troops leave Erbil?" reads whole as /help). A fact an earlier answer already states is
    /// not repeated (<see cref="KnowledgeBase.Covers"/>). A part that is a reminders request (a command that
    /// <see cref="CommandSpec.NeedsReminders"/>: "stop the reminders, and when do troops leave Erbil?", "وكف التذكيرات،
    /// وشوكت يطلعون من اربيل؟") is carried out and its reply put first; one that asks for the milestone list or the summary
    /// ("How many troops are in Iraq? and what are the milestones?") gets it after the answers. Otherwise <c>null</c>, and
    /// the whole message's reading stands.
    /// </summary>
    private async Task<Reply?> AnswerEachAsync(IReadOnlyList<string> parts, bool wholeIsFact, IncomingMessage message, ConversationKey key, ConversationTurn? previous, Language language, CancellationToken cancellationToken)
    {
        var answers = new List<(Fact Fact, bool BeyondReport)>();
        var found = new List<string>();
        var attributed = new List<Fact>();
        var unanswered = new List<string>();
        var disputed = new List<(Fact? Fact, string Claim)>();
        var setAgainstItsFact = 0;
        var confidence = 1.0;
        var outOfScope = false;
        var context = previous;
        var read = 0;
        var requests = new List<(ICommandHandler Handler, string Command, string Part)>();
        var listings = new List<(string Intent, string Part)>();
        var asksToday = false;
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var part in parts)
        {
            // A part an earlier answer already covers ("وشكد بسوريا" after the 2,500 and 900) does not use up a place; nor does
            // one the report does not answer ("What's the dollar rate? What's the weather? Who won the cup? How many troops
            // are in Syria?" answers the last).
            if (answers.Count >= MaxQuestionsPerMessage || read >= MaxPartsRead)
            {
                break;
            }

            read++;
            seen.Add(AsAsked(part.Trim()));
            if (TodayRequest.Asks(AsAsked(part.Trim())))
            {
                // "what's the date today, and when do troops leave Erbil?": today's date first, then the answers.
                asksToday = true;
                continue;
            }

            var (understood, asked) = ReadPart(part, context, found);
            var result = understood.Result;
            if (DisputedPart(part, result, language) is var (claimedId, ofTheWhole))
            {
                // "Given that the US has 5,000 troops in Iraq, when will they all leave?": what the report says instead
                // (about 2,500, ¶13) is answered, and the claim named as one the report does not make.
                setAgainstItsFact += ofTheWhole ? 0 : 1;
                if (!found.Contains(claimedId))
                {
                    found.Add(claimedId);
                    answers.Add((Fact(claimedId), false));
                }

                disputed.Add((Fact(claimedId), UnansweredAs(part, result)));
                context = Told(Fact(claimedId), language) with { AskedAs = asked };
                continue;
            }

            if (result is { IsConfident: true, Best: { Kind: MatchKind.Intent } request } && handlers.TryGetValue(request.Id, out var handler)
                && handler.Commands.Any(command => command.Name == request.Id && command.NeedsReminders) && !ReminderQuestion.IsBareVerb(part))
            {
                // "stop the reminders, and when do troops leave Erbil?": the request is carried out, then the question
                // answered; only a reminders request ("what date" of "when were the 3 soldiers killed? what date" is no
                // request for the milestone list).
                requests.Add((handler, request.Id, part));
                continue;
            }

            if (result is { IsConfident: true, IsVague: false, Best: { Kind: MatchKind.Intent, Id: MilestonesIntent or ReplyComposer.SummaryIntent } listing }
                && !listings.Exists(l => l.Intent == listing.Id))
            {
                // "How many troops are in Iraq? and what are the milestones?", "… summarize": the list or the summary after the answers.
                listings.Add((listing.Id, part));
                continue;
            }

            var quotedFact = result is { IsConfident: true, Best: { Kind: MatchKind.Intent, Id: AttributionIntent } } ? attributions.QuotedFact(result, asked) : null;
            if (result is { IsConfident: true, Best: { Kind: MatchKind.Intent, Id: AttributionIntent } }
                && (quotedFact is not null || !attributions.SaysWhatWasSaid(result, asked))
                && Attributed(quotedFact, answers, attributed) is { Count: > 0 } said)
            {
                // "… and who said so?": who the report attributes the answers before it to (every one since the last "who
                // said so?"); "… and who said the talks were over?": that fact, answered, then who said it.
                foreach (var fact in said.Where(f => !found.Contains(f.Id)))
                {
                    found.Add(fact.Id);
                    answers.Add((fact, false));
                }

                attributed.AddRange(said);
                // What comes next reads after the fact said ("… who said so? and when?"), as after one answered.
                context = Told(said[^1], language) with { AskedAs = asked };
                continue;
            }

            if (result.Best is { Kind: MatchKind.Fact } best && (result.IsConfident || result.AsksBeyondReport))
            {
                if (!found.Contains(best.Id))
                {
                    found.Add(best.Id);
                    confidence = Math.Min(confidence, result.Confidence);
                    if (answers.TrueForAll(a => !knowledge.Covers(a.Fact, Fact(best.Id))))
                    {
                        // "شكد جندي بسوريا وشكد بالعراق": the count in Iraq also gives Syria's 900, which is not said twice.
                        answers.RemoveAll(a => knowledge.Covers(Fact(best.Id), a.Fact));
                        answers.Add((Fact(best.Id), result.AsksBeyondReport));
                    }
                }

                // A claim put to be checked, a premise above all ("بما ان الاتفاق انمضى، شوكت يطلعون؟"), is not what the
                // question after it is about: "شوكت يطلعون؟" asks when the troops leave (¶2), not when the deal is announced.
                context = QuestionSplitter.IsClaim(part) ? context : Answered(best.Id, understood, language, asked);
            }
            else if (!result.IsConfident && (AsksSomething(part) || part.TrimEnd().EndsWith('?') || part.TrimEnd().EndsWith('؟'))
                && (!result.IsVague || context is not null))
            {
                // A part that asks nothing ("My name is Ahmed.") is not quoted back as a question the report does not answer.
                // "شوكت يطلعون وليش؟": a bare "why?" the report does not answer about the question before it is said so; a
                // premise put as a claim ("بما ان ترامب وقع الاتفاق، …") is said not to be the report's.
                if (QuestionSplitter.IsClaim(part))
                {
                    disputed.Add((null, UnansweredAs(part, result)));
                }
                else
                {
                    AddUnanswered(unanswered, UnansweredAs(part, result));
                }

                outOfScope |= result.IsVague || (result.Best is { Kind: MatchKind.OutOfScope } refused && refused.Score >= result.Threshold);
            }
        }

        for (var i = 0; i < disputed.Count; i++)
        {
            // The fact a claim was set against was left out for one that covers it: the claim is named before the answers,
            // as a premise set against none is.
            if (disputed[i].Fact is { } against && !answers.Exists(a => a.Fact == against))
            {
                disputed[i] = (null, disputed[i].Claim);
            }
        }

        if (found.Count == 0 || (found.Count == 1 && wholeIsFact && !outOfScope && attributed.Count == 0 && requests.Count == 0 && listings.Count == 0 && disputed.Count == setAgainstItsFact && !asksToday))
        {
            return null;
        }

        var settings = new List<Reply>();
        if (asksToday)
        {
            settings.Add(composer.Today(language));
        }

        foreach (var (handler, command, part) in requests)
        {
            settings.Add(await handler.HandleAsync(command, message with { Text = part }, language, cancellationToken));
        }

        // Past the limit, a question the report cannot answer ("… والبصرة") is said so rather than left to send again.
        var unasked = new List<string>();
        foreach (var (part, index) in parts.Skip(read).Where(part => !seen.Contains(AsAsked(part.Trim()))).Select((part, index) => (part, index)))
        {
            // Only the first few are read (a paste of one question a hundred times costs ten readings); the rest are counted.
            var left = index < MaxPartsRead ? matcher.Match(part, context).Result : null;
            if (left is { IsConfident: false, AsksBeyondReport: false, IsVague: false } && AsksSomething(part))
            {
                AddUnanswered(unanswered, UnansweredAs(part, left));
            }
            else if (AsAsked(part.Trim()) is var asked && !unasked.Contains(asked, StringComparer.OrdinalIgnoreCase))
            {
                // The same question pasted again is asked once.
                unasked.Add(asked);
            }
        }

        // "who said that?" next attributes every fact answered here, not only the last; a "why?" the report does not answer
        // is said to be about the whole message, not its last part ("شنو  وعين الاسد؟" of "شنو الفرق بين اربيل وعين الاسد؟").
        // A claim alone sets no context ("claim: 1) troops leave? summarize"): the last fact answered is the turn's.
        var turn = context ?? Told(Fact(found[^1]), language);
        memory.Remember(key, turn with
        {
            AnsweredWith = [.. found.Where(id => id != turn.FactId)],
            AskedAs = found.Count > 1 && message.Text is { } whole ? whole.Trim() : turn.AskedAs,
        });
        foreach (var part in unanswered.Concat(disputed.Select(d => d.Claim)))
        {
            await RecordUnansweredAsync(message, part, language, confidence, cancellationToken);
            await CountAsync(answered: false, cancellationToken);
        }

        // The reply itself is counted once as answered (CountQuestionAsync); each further fact is a question answered too.
        for (var i = 1; i < found.Count; i++)
        {
            await CountAsync(answered: true, cancellationToken);
        }

        var reply = answers.Count == 1 && unanswered.Count == 0 && unasked.Count == 0 && attributed.Count == 0 && disputed.Count == 0
            ? answers[0].BeyondReport ? composer.BeyondReport(answers[0].Fact, language, confidence) : composer.Answer(answers[0].Fact, language, confidence)
            : composer.Answers(answers, unanswered, unasked, language, confidence, attributed, disputed);
        var listed = new List<Reply>();
        foreach (var (intent, part) in listings)
        {
            listed.Add(await HandleIntentAsync(intent, message with { Text = part }, language, confidence: 1, cancellationToken));
        }

        return settings.Count == 0 && listed.Count == 0 ? reply : reply with
        {
            Blocks = [.. settings.SelectMany(done => done.Blocks), .. reply.Blocks, .. listed.SelectMany(more => more.Blocks)],
            Citations = [.. reply.Citations, .. listed.SelectMany(more => more.Citations)],
        };
    }

    /// <summary>
    /// The fact a part of a several-question message puts a claim against and what it claims that the report does not give:
    /// words the report does not write for it (<see cref="ClaimCheck.Check"/>: "Given that the US has 5,000 troops in Iraq,
    /// …"; <c>Whole</c> true), or, for a claim part read confidently as a fact (<see cref="QuestionSplitter.IsClaim"/>),
    /// <see cref="ClaimedOfAFact"/> (<c>Whole</c> false: the message's one fact, when it has only one, corrects those figures
    /// for the whole message, "لا يذكر التقرير «2019»، «2017» لهذا"); <c>null</c> when it puts no such claim.
    /// </summary>
    private (string FactId, bool Whole)? DisputedPart(string part, MatchResult result, Language language)
    {
        if (claims.Check(part, language) is var (claimedId, unwritten, _, _) && unwritten.Count > 0)
        {
            return (claimedId, true);
        }

        return QuestionSplitter.IsClaim(part) && result is { IsConfident: true, Best: { Kind: MatchKind.Fact } read }
            && ClaimedOfAFact(part, read, result, language) is var (factId, _)
            ? (factId, false)
            : null;
    }

    /// <summary>
    /// What a claim part read as <paramref name="read"/> claims that the report does not give for it: the places of the
    /// report it names that the fact does not tell of, when no other candidate does either (the second half of "Is it true
    /// that all coalition forces leave Erbil by September 2025 and stay in Ain al-Asad until the end of 2026?" reads as Erbil's
    /// stay, ¶18, which is not Ain al-Asad's); else the figures the fact telling of them does not give for it
    /// (<see cref="ClaimCheck.NotGivenBy"/>: the first half's "September 2025", where ¶18 says the end of 2026); <c>null</c>
    /// when it gives them all.
    /// </summary>
    private (string FactId, IReadOnlyList<string> NotGiven)? ClaimedOfAFact(string part, MatchCandidate read, MatchResult result, Language language)
    {
        var reader = matcher.Matcher;
        string[] places = [.. reader.QueryTerms(part).Where(term => reader.IsPlace(term) && !term.All(char.IsAsciiDigit)).Distinct(StringComparer.Ordinal)];
        bool TellsOfThem(MatchCandidate candidate) => candidate.Kind == MatchKind.Fact && places.All(reader.AnswerTerms(candidate.Id).Contains);
        if (result.Candidates.FirstOrDefault(TellsOfThem) is { } told)
        {
            return claims.NotGivenBy(part, Fact(told.Id), language) is { NotGiven.Count: > 0 } notGiven ? notGiven : null;
        }

        // Set against what the report says of those places ("Ain al-Asad" alone: all forces leave it by September 2025, ¶17).
        return reader.Match(new MatchQuery(places, new HashSet<string>(StringComparer.Ordinal))) is { IsConfident: true, Best: { } named } && TellsOfThem(named)
            ? (named.Id, places)
            : (read.Id, places);
    }

    /// <summary>Adds a question the report does not answer, unless it is already there or <see cref="MaxUnansweredNamed"/> are.</summary>
    private static void AddUnanswered(List<string> unanswered, string question)
    {
        if (unanswered.Count < MaxUnansweredNamed && !unanswered.Contains(question, StringComparer.OrdinalIgnoreCase))
        {
            unanswered.Add(question);
        }
    }

    /// <summary>
    /// What a "who said …?" part of a several-question message attributes: the fact whose words it quotes
    /// (<paramref name="quoted"/>), else every answer given before it that no earlier "who said so?" attributed.
    /// </summary>
    private static List<Fact> Attributed(Fact? quoted, List<(Fact Fact, bool BeyondReport)> answers, List<Fact> attributed) =>
        quoted is not null ? [quoted] : [.. answers.Select(a => a.Fact).Where(f => !attributed.Contains(f))];

    /// <summary>
    /// One part of a several-question message, read in the context of the part answered before it, and the words it was
    /// read from (the part, or the question at its end). When the part alone is not understood it is read without the و
    /// that joins it ("… ؟ ومن قال لدينا اتفاق؟": "ومن" alone reads as "and from") or from its last question word ("… I
    /// wanted to ask you because you seem to know about this report when do the americans leave erbil"); when in context it
    /// would repeat an answer already given, alone ("… شوكت يطلعون من اربيل وشكد عددهم بالعراق": after Erbil, "how many of
    /// them in Iraq" would repeat Erbil).
    /// </summary>
    private (FollowUpMatch Understood, string Asked) ReadPart(string part, ConversationTurn? context, List<string> found)
    {
        var understood = matcher.Match(part, context);
        if (!understood.Result.IsConfident && part.Length > 3 && part[0] == 'و' && matcher.Match(part[1..], context) is { Result.IsConfident: true } bare)
        {
            understood = bare;
        }

        var asked = part;
        // "السليمانية متى يطلعون": the question at its end is not read alone when the part names what the report never covers.
        if (!understood.Result.IsConfident && !understood.Result.AsksBeyondReport && !understood.Result.NamesOffTopic && splitter.LastQuestion(part) is { } tail
            && matcher.Match(tail, context) is { Result.IsConfident: true } question)
        {
            (understood, asked) = (question, tail);
        }

        if (context is not null && understood.Result.Best is { } again && found.Contains(again.Id)
            && matcher.Match(asked, null) is { Result: { IsConfident: true, Best: { Kind: MatchKind.Fact } alone } } fresh && !found.Contains(alone.Id))
        {
            understood = fresh;
        }

        return (understood with { Result = attributions.PreferQuoted(understood.Result, asked) }, asked);
    }

    /// <summary>
    /// A part the report does not answer as it is named back: the question at its end ("My name is Ahmed, what's the dollar
    /// rate?" → "what's the dollar rate?"), or all of it when it names what the report never covers ("السليمانية متى
    /// يطلعون", where the place is what is not covered).
    /// </summary>
    private string UnansweredAs(string part, MatchResult result) =>
        QuestionSplitter.Claimed(AsAsked((result.NamesOffTopic ? null : splitter.LastQuestion(part)) ?? part));

    /// <summary>
    /// A part of a several-question message as it is quoted back, without the "and" / و that joined it to the one before:
    /// "وليش؟" → "ليش؟", "And what's the dollar rate?" → "what's the dollar rate?".
    /// </summary>
    private string AsAsked(string part)
    {
        if (part.StartsWith("and ", StringComparison.OrdinalIgnoreCase))
        {
            return part[4..].TrimStart();
        }

        var rest = part.Length > 2 && part[0] == 'و' ? part[1..].TrimStart() : "";
        var firstWord = rest.Split(' ', 2)[0].TrimEnd('?', '؟', '.', '!');
        return rest.Length > 0 && knowledge.Lexicon.QuestionWords.Contains(firstWord) ? rest : part;
    }

    /// <summary>
    /// The reply to a fragment sent right after a question the report does not answer (<paramref name="refused"/>), when it
    /// goes on from that question: "why?" is about it ("The report does not say that about your last question (…)"), and
    /// "and in Syria?" after "how many Iraqis were killed?" is refused too, not answered with the 900 troops there.
    /// <c>null</c> when the fragment reads, after the refused question, as something the report answers ("and Erbil?"), or
    /// is a request of its own ("stop the reminders", "thanks"). A "why?" refusal reports the confidence of the fragment's own reading.
    /// </summary>
    private async Task<Reply?> GoesOnFromRefusalAsync(string cleaned, string refused, double confidence, string text, IncomingMessage message, ConversationTurn previous, Language language, CancellationToken cancellationToken)
    {
        var terms = matcher.Matcher.QueryTerms(cleaned);
        if (terms.Count == 0)
        {
            return null;
        }

        if (terms.All(matcher.Matcher.IsQuestionWord))
        {
            if (!knowledge.TryGetFact(previous.FactId, out var before))
            {
                return null;
            }

            await RecordUnansweredAsync(message, text, language, confidence, cancellationToken);
            return composer.FollowUpRefusal(before, refused, language, confidence);
        }

        if (matcher.Match(cleaned, previous with { Question = refused }) is not { UsedContext: false } goingOn
            || goingOn.Result is { IsConfident: true, Best.Kind: MatchKind.Intent })
        {
            // "stop the reminders", "thanks" or "p17" after a refusal are what they are, not more of the refused question.
            return null;
        }

        if (goingOn.Result is { IsConfident: true, Best.Kind: MatchKind.Fact } && AsksSomethingNew(cleaned, terms, refused))
        {
            // "منو ضرب القواعد" after "الفصائل شراح تسوي بعد ما يطلعون" was refused: a question of its own the report
            // answers (¶11), not more of the refused one ("how many died?" after "how many Iraqis died?" still is).
            return null;
        }

        await RecordUnansweredAsync(message, text, language, goingOn.Result.Confidence, cancellationToken);
        return composer.Refusal(language, goingOn.Result.Confidence, []);
    }

    /// <summary>
    /// Whether a message of a few words is a question of its own rather than more of the one before it: it does not open
    /// as a continuation ("and …", "what about …", و…), asks with a question word, and names something besides places
    /// ("شكد سعر الدولار", "what's the dollar rate?"; not "and Basra?", "why Basra?").
    /// </summary>
    private bool AsksOnItsOwn(string cleaned) =>
        matcher.Matcher.QueryTerms(cleaned) is var terms && OpensAQuestion(cleaned, terms)
        && terms.Any(term => !matcher.Matcher.IsQuestionWord(term) && !matcher.Matcher.IsPlace(term));

    /// <summary>Whether a message opens a question rather than going on from the one before it: no "and …" / و… opening, and a question word among its <paramref name="terms"/>.</summary>
    private bool OpensAQuestion(string cleaned, IReadOnlyList<string> terms) =>
        !matcher.OpensAsContinuation(cleaned) && terms.Any(matcher.Matcher.IsQuestionWord);

    /// <summary>
    /// Whether a fragment after a refused question asks something of its own: it does not open as a continuation ("and
    /// …", و…), asks with a question word, and names something besides places that the <paramref name="refused"/> question
    /// did not ("منو ضرب القواعد", "who hit the bases?"), or asks no count about a place it did not ("why Erbil?").
    /// </summary>
    private bool AsksSomethingNew(string cleaned, IReadOnlyList<string> terms, string refused)
    {
        if (!OpensAQuestion(cleaned, terms))
        {
            return false;
        }

        // "why Erbil?" after an unrelated question was refused names a place of its own and asks no count: a question of
        // its own (¶18); "how many in Syria?" after "how many Iraqis were killed?" still goes on from the refused one.
        var before = matcher.Matcher.QueryTerms(refused);
        return terms.Any(term => !matcher.Matcher.IsQuestionWord(term) && !matcher.Matcher.IsPlace(term) && !before.Contains(term))
            || (!matcher.Matcher.AsksCount(cleaned) && terms.Any(term => matcher.Matcher.IsPlace(term) && !before.Contains(term)));
    }

    /// <summary>
    /// The name a fragment after a look-up adds ("Tehran" of "and Tehran?", "طهران" of "وطهران؟"): what follows "and" /
    /// "what about" / و, when it only names places, names or numbers, or a name the report never mentions; else <c>null</c>.
    /// </summary>
    private string? AnotherName(string cleaned)
    {
        var rest = cleaned.Trim().TrimEnd('?', '؟', '.', '!').Trim();
        foreach (var opening in (string[])["and what about ", "what about ", "and ", "how about "])
        {
            if (rest.StartsWith(opening, StringComparison.OrdinalIgnoreCase))
            {
                rest = rest[opening.Length..].Trim();
                break;
            }
        }

        if (rest.Length > 2 && rest[0] == 'و' && WordNormalizer.IsArabic(rest))
        {
            rest = rest[1..];
        }

        var query = matcher.Matcher.Analyze(rest);
        return rest.Length > 0 && (finder.NamesOnly(rest) && finder.Naming(rest).Count > 0 || query.NameLike.Count > 0 || query.OffTopic.Count > 0) ? rest : null;
    }

    /// <summary>
    /// Whether <paramref name="cleaned"/> asks for the names of what <paramref name="fact"/> leaves unnamed
    /// (<see cref="Fact.Unnamed"/>): it asks for names, and says nothing else the fact's wordings do not ("شنو اسمه؟", "what
    /// were their names?", "ومن هي الفصائل المسؤولة بالاسم؟" after the attacks); not "what is the prime minister's name?".
    /// </summary>
    private bool AsksNamesOf(Fact fact, string cleaned) =>
        fact.Unnamed && (matcher.Matcher.AsksName(cleaned) || AsksWhoThePersonIs(cleaned))
        && matcher.Matcher.TermsBeyond(new MatchCandidate(MatchKind.Fact, fact.Id, 0), matcher.Matcher.QueryTerms(cleaned))
            .All(AsksForANameOnly);

    /// <summary>
    /// Whether the message asks who a person or a group is ("who is this official?", "ومن هو هذا المسؤول؟", "منو الفصائل اللي
    /// ضربت القواعد؟"): a "who" and a word for a person or a group. Of a fact that names no one (<see cref="Fact.Unnamed"/>),
    /// it asks the name the report leaves out.
    /// </summary>
    private static bool AsksWhoThePersonIs(string cleaned)
    {
        var words = WordNormalizer.Tokenize(cleaned);
        return words.Exists(word => WhoWords.Contains(word)) && words.Exists(word => PersonWords.Contains(word));
    }

    /// <summary>
    /// Whether the message asks why ("ليش ما كشفوا اسماءهم؟", "why weren't they named?"): a question about the names the
    /// report leaves out that asks for the reason is answered with it (¶6), not told no names are given.
    /// </summary>
    private static bool AsksWhy(string cleaned) => WordNormalizer.Tokenize(cleaned).Exists(word => WhyWords.Contains(word));

    /// <summary>"why" in English and Arabic, normalized, with "and" joined: why, ليش, لماذا, ليه, لويش, وليش, ولماذا.</summary>
    private static readonly FrozenSet<string> WhyWords = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "why", "whyy", "ليش", "لماذا", "ليه", "لويش", "وليش", "ولماذا");

    /// <summary>"who" and "which" in English and Arabic, with "and" joined: who, whos, which, من, منو, مين, ومن, ومنو, ومين.</summary>
    private static readonly FrozenSet<string> WhoWords = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "who", "whos", "which", "من", "منو", "مين", "ومن", "ومنو", "ومين");

    /// <summary>
    /// Words for a person or a group asked about: official, person, man, guy, he, militia(s), group(s); مسؤول, الشخص, الرجل,
    /// هو, الفصائل, الجماعات, الميليشيات (normalized: مسوول, الفصايل).
    /// </summary>
    private static readonly FrozenSet<string> PersonWords = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "official", "person", "man", "guy", "he", "militia", "militias", "group", "groups", "مسوول", "المسوول", "هالمسوول", "الشخص",
        "هالشخص", "الرجل", "هو", "الفصايل", "فصايل", "الفصيل", "الجماعات", "جماعات", "الميليشيات", "المليشيات", "ميليشيات");

    /// <summary>Whether the message asks for a name and nothing else ("what's his name?", "is he named?", "شنو اسمه؟").</summary>
    private bool AsksOnlyForAName(string cleaned) =>
        matcher.Matcher.AsksName(cleaned) && matcher.Matcher.QueryTerms(cleaned).All(AsksForANameOnly);

    /// <summary>Whether a term of a question for names asks nothing else: a question word, a word asking a name, or a pronoun for the person just told of.</summary>
    private bool AsksForANameOnly(string term) =>
        matcher.Matcher.IsQuestionWord(term) || matcher.Matcher.AsksName(term) || matcher.Matcher.IsNameCueTerm(term) || UtteranceReader.PersonalPronouns.Contains(term);

    /// <summary>
    /// Whether a topic asked about ("Biden" of "Does the report mention Biden?", "الموصل" of "التقرير يذكر الموصل؟") is only
    /// names the report never mentions: off-topic names of the lexicon, or capitalized words nothing uses. Looked up, they
    /// are said not to be mentioned rather than answered with the generic refusal.
    /// </summary>
    private bool NamesOnlyWhatTheReportNeverMentions(string topic) =>
        matcher.Matcher.Analyze(topic) is { Terms.Count: > 0 } query
        && query.Terms.All(term => (query.OffTopic.Contains(term) && !matcher.Matcher.IsFactTerm(term)) || (query.NameLike.Contains(term) && !matcher.Matcher.IsKnown(term)));

    /// <summary>Whether the message only says who the asker is ("انا من كركوك", "I am a shopkeeper in Kirkuk"): an introduction (<see cref="IntentMatcher.IsIntroduction"/>, which holds no question word) with no question mark, not opening as a yes-no question.</summary>
    private bool IntroducesOnly(string cleaned) =>
        cleaned.AsSpan().IndexOfAny('?', '؟') < 0 && !OpensAYesNoQuestion(cleaned) && matcher.Matcher.IsIntroduction(cleaned);

    /// <summary>Words that open a yes-no question: "will my cousin in the national guard get sent to Iraq" asks, though it says "my cousin".</summary>
    private static readonly HashSet<string> YesNoOpeners = new(
        ["will", "would", "can", "could", "should", "shall", "may", "might", "is", "are", "was", "were", "do", "does", "did", "has", "have", "had", "هل"],
        StringComparer.OrdinalIgnoreCase);

    private static bool OpensAYesNoQuestion(string cleaned) =>
        WordNormalizer.Tokenize(cleaned) is [var first, ..] && YesNoOpeners.Contains(first);

    /// <summary>Whether a place alone, with no question word of its own ("and Baghdad?"), follows a how-many question and so asks the count again.</summary>
    private bool AsksCountAgain(string cleaned, ConversationTurn? previous) =>
        previous is not null && cleaned.AsSpan().Count(' ') < FollowUpMatcher.MaxFragmentWords && IsFragment(cleaned) && finder.NamesOnly(cleaned) && finder.Naming(cleaned).Count > 0
        && !matcher.Matcher.QueryTerms(cleaned).Any(matcher.Matcher.IsQuestionWord) && matcher.Matcher.AsksCount(previous.Question);

    /// <summary>
    /// The fact leaving people unnamed (<see cref="Fact.Unnamed"/>) that a question for names not confidently matched is
    /// about: among the facts scoring at least half the threshold and sharing two of its words (one when it names only
    /// one), the one sharing the most, then the best scored ("What is the name of the senior US official who said we have
    /// a deal?" and "the senior US official - name?" → the senior official, ¶3); else the fact its words other than those
    /// asking for names confidently match, when it leaves people unnamed; <c>null</c> when none.
    /// </summary>
    private MatchCandidate? UnnamedFactAsked(MatchResult result, string cleaned)
    {
        var named = NamedTerms(cleaned);
        if (named.Length == 0)
        {
            return null;
        }

        // "what are the names of the militias?": "names" is a word none of the attacks' wordings use, which sank them (¶11);
        // what it names, asked alone, is them.
        return result.Candidates
            .Where(c => c.Kind == MatchKind.Fact && c.Score >= result.Threshold / 2 && Fact(c.Id).Unnamed)
            .Select(c => (Candidate: c, Shared: named.Length - matcher.Matcher.TermsBeyond(c, named).Count))
            .Where(pair => pair.Shared >= Math.Min(2, named.Length))
            .OrderByDescending(pair => pair.Shared).ThenByDescending(pair => pair.Candidate.Score)
            .Select(pair => pair.Candidate)
            .FirstOrDefault()
            ?? (matcher.Matcher.Match(WithoutNameWords(cleaned)) is { IsConfident: true, Best: { Kind: MatchKind.Fact } about } && Fact(about.Id).Unnamed ? about : null);
    }

    /// <summary>
    /// Whether <paramref name="cleaned"/> names something <paramref name="fact"/>'s wordings speak of besides asking for a
    /// name ("the US official" of "What's the name of the US official?"); not "What's your name?".
    /// </summary>
    private bool NamesSomethingOf(Fact fact, string cleaned)
    {
        var named = NamedTerms(cleaned);
        return named.Length > 0 && matcher.Matcher.TermsBeyond(new MatchCandidate(MatchKind.Fact, fact.Id, 0), named).Count < named.Length;
    }

    /// <summary>
    /// What a question for names names besides asking for them: the terms of its words that ask for no name, without
    /// question words ("senior", "us", "offici"; "جماع مسلح" of "شنو اسماء الفصائل؟", whose "اسماء" reads as "هويتهم", a
    /// word of the anonymous sources too).
    /// </summary>
    private string[] NamedTerms(string cleaned) =>
        [.. matcher.Matcher.QueryTerms(WithoutNameWords(cleaned)).Where(term => !matcher.Matcher.IsQuestionWord(term) && !matcher.Matcher.AsksName(term))];

    /// <summary>A question for names without its words asking for them ("what are the names of the militias?" → "what are the of the militias?").</summary>
    private string WithoutNameWords(string cleaned) =>
        string.Join(' ', cleaned.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(word => !matcher.Matcher.AsksName(word)));

    /// <summary>The most terms besides question words a "when …?" after an undated answer may have to ask about that answer ("when will it start?": start).</summary>
    private const int MaxUndatedFollowUpTerms = 2;

    /// <summary>A message of a few words ("and in Syria?", "وبسوريا؟"): read as going on from the one before it.</summary>
    private static bool IsFragment(string cleaned) =>
        WordNormalizer.Tokenize(cleaned).Count <= FollowUpMatcher.MaxFragmentWords;

    /// <summary>
    /// The question of <paramref name="turn"/> in the user's own words when they said more than a follow-up's few words
    /// ("when do US troops leave Ain al-Asad?", not "and Erbil?"); <c>null</c> otherwise, for the fact's own wording.
    /// </summary>
    private static string? OwnWords(ConversationTurn turn) =>
        turn.AskedAs is { } asked && asked.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 3 ? asked.Trim() : null;

    /// <summary>
    /// The question at the end of a message longer than <see cref="TextCleaner.MaxMatchLength"/> (an article pasted, then
    /// "متى ينسحبون من اربيل؟"): from the last question word of its last <see cref="PasteTailLength"/> characters on;
    /// <c>null</c> when there is none.
    /// </summary>
    private string? QuestionAfterAPaste(string text)
    {
        var tail = text[^PasteTailLength..];
        var question = splitter.LastQuestion(tail);
        return question is not null && TextCleaner.HasContent(TextCleaner.ForMatching(question)) ? question : null;
    }

    /// <summary>
    /// Whether the text is only a number ("1", "٣", "12.", "10000", "2,500"), perhaps with punctuation around it, and not
    /// a year of the last century or this one ("2025" alone asks what happens then).
    /// </summary>
    private static bool IsBareNumber(string cleaned)
    {
        var body = cleaned.AsSpan().Trim().Trim(".#)(-?؟!");
        if (body.IsEmpty || ArabicLetters.DigitValue(body[0]) < 0)
        {
            return false;
        }

        foreach (var c in body)
        {
            if (ArabicLetters.DigitValue(c) < 0 && c is not (',' or '.' or '٬' or '٫'))
            {
                return false;
            }
        }

        return WordNormalizer.Tokenize(body) is not [var year] || !ParagraphFinder.IsYear(year);
    }

    /// <summary>Whether what someone said is only a figure, with at most one word beside it besides fillers ("5000", "5000 troops", "its like 5000 over there").</summary>
    private static bool IsFigureAlone(string claimed) =>
        claimed.Any(char.IsAsciiDigit) && claimed.Split(' ', StringSplitOptions.RemoveEmptyEntries).Count(w => !FigureFillers.Contains(w.Trim(',', '.', '!', '?', '؟', '،'))) <= 2;

    /// <summary>Words around a figure that say nothing of what it counts: "its like 5000 over there", "حوالي 4000 هناك".</summary>
    private static readonly FrozenSet<string> FigureFillers = FrozenSet.ToFrozenSet(
        ["its", "it's", "it", "is", "like", "about", "around", "roughly", "maybe", "just", "only", "actually", "more", "than", "over", "there", "here", "are", "were", "was",
            "حوالي", "حوالى", "تقريبا", "تقريباً", "نحو", "هناك", "هنا", "اكثر", "أكثر", "من", "يمكن", "بس"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether the text asks something: it uses a question word ("why?", "ليش؟", "how so?"), unlike "ok" or "hmm".</summary>
    private bool AsksSomething(string cleaned) => matcher.Matcher.QueryTerms(cleaned).Any(matcher.Matcher.IsQuestionWord);

    /// <summary>
    /// The answer to "and after that?" / "وبعدين؟": the fact that came after the last answer (<see cref="Fact.Next"/>:
    /// after the first phase of September 2025, the rest leaving by the end of 2026), or, <paramref name="backwards"/>,
    /// to "and before that?" / "وقبل هاي؟": the fact that came before it (<see cref="Before"/>). With nothing asked before,
    /// the plan's milestones (backwards: "about what?"); after an answer the report tells nothing after (or before), that
    /// it does not say (recorded as unanswered).
    /// </summary>
    private async Task<Reply> NextStepAsync(ConversationTurn? previous, bool backwards, IncomingMessage message, string text, ConversationKey key, Language language, double confidence, CancellationToken cancellationToken)
    {
        if (previous is null || !knowledge.TryGetFact(previous.FactId, out var last))
        {
            if (backwards)
            {
                // "and before that?" with nothing said yet: before what?
                return composer.VaguePrompt(language);
            }

            return await HandleIntentAsync(MilestonesIntent, message, language, confidence, cancellationToken);
        }

        IReadOnlyList<string> answered = [previous.FactId, .. previous.AnsweredWith];
        if ((backwards ? Before(last, answered) : After(last, answered)) is not { } step)
        {
            await RecordUnansweredAsync(message, text, language, confidence, cancellationToken);
            return composer.FollowUpRefusal(last, previous.RefusedAfter ?? OwnWords(previous), language, confidence);
        }

        // Not remembered as asked "and after that?": a refusal next quotes the fact's own question, which says what it was about.
        memory.Remember(key, Told(step, language));
        return composer.Answer(step, language, confidence);
    }

    /// <summary>
    /// The answer to "which paragraph mentions Gaza?" / "which paragraph says the deal could be announced this month?": for
    /// a topic of names and numbers only, the paragraphs naming them (<see cref="ParagraphFinder"/>); otherwise those the
    /// fact the topic matches as a question cites (best first), or failing that those having all its words ("بأي فقرة
    /// ذكرت الصواريخ"; "which paragraph says the US will attack Iran?" finds none, though ¶1 and ¶11 name both).
    /// Quoted as a look-up would quote them; a name the report never
    /// mentions is said to be missing ("Erbil and Basra"); a topic found nowhere is refused, saying which name the report
    /// never mentions when it is one ("the Pentagon", "البنتاغون"), and recorded as unanswered. "which paragraph is that?" quotes where the last reply came from.
    /// </summary>
    private async Task<Reply> FindParagraphsAsync(string topic, string text, IncomingMessage message, Language language, CancellationToken cancellationToken)
    {
        var key = ConversationKey.Of(message);
        var query = matcher.Matcher.Analyze(topic);
        if (query.Terms.Count == 0)
        {
            // "which paragraph is that?" asks where the last reply came from.
            return await ParagraphsOfLastReplyAsync(memory.Recall(key), readOn: false, text, message, language, confidence: 0, cancellationToken);
        }

        var named = finder.Naming(topic);
        // An off-topic word a fact uses too ("elections", listed off-topic for the polls' results) is not missing.
        var missing = query.OffTopic.Where(term => !matcher.Matcher.IsFactTerm(term)).Concat(query.NameLike.Where(name => !matcher.Matcher.IsKnown(name))).ToHashSet(StringComparer.Ordinal);
        // A topic that says something of what it names ("the US will attack Iran") is found where all its words are, never
        // just where its names are: the report naming the US and Iran is not the report saying it. Names beside one the
        // report never mentions ("Erbil and Basra") are still found where they are named.
        // A fact found for it must use every word it says ("which paragraph says the deal was cancelled?" is not the deal
        // awaiting approval, ¶2).
        var found = (finder.NamesOnly(topic) || missing.Count > 0) && named.Count > 0 ? named
            : matcher.Match(topic, null).Result is { IsConfident: true, Best: { Kind: MatchKind.Fact } best } && SaysAll(best, query.Terms) ? [.. Fact(best.Id).Citations.Select(c => c.Paragraph).Distinct()]
            : finder.Containing(query.Terms);
        if (found.Count == 0)
        {
            // A single Arabic word no paragraph has ("البنتاغون") is a name the report never mentions, as a capitalized English one is.
            if (missing.Count == 0 && language == Language.Arabic && query.Terms is [var only] && !matcher.Matcher.IsQuestionWord(only))
            {
                missing.Add(only);
            }

            await RecordUnansweredAsync(message, text, language, 0, cancellationToken);
            return AsWritten(topic, missing) is { Length: > 0 } neverNamed ? composer.NotMentionedRefusal(neverNamed, language) : composer.Refusal(language, 0, []);
        }

        var (quoted, _, turn) = QuoteParagraphs(found, text, key, language);
        if (turn is not null)
        {
            memory.Remember(key, turn with { LookedUp = true });
        }

        // A missing term no typed word reads as alone is left unnamed, not named as nothing ("The report never mentions: .").
        return AsWritten(topic, missing) is { Length: > 0 } unmentioned ? composer.NotMentioned(quoted, unmentioned, language) : quoted;
    }

    /// <summary>Whether the wordings of <paramref name="fact"/> use every one of <paramref name="terms"/> that is not a question word, and each is a word the knowledge knows.</summary>
    private bool SaysAll(MatchCandidate fact, IReadOnlyList<string> terms) =>
        terms.All(term => matcher.Matcher.IsKnown(term) || matcher.Matcher.IsQuestionWord(term))
        && matcher.Matcher.TermsBeyond(fact, terms).All(matcher.Matcher.IsQuestionWord);

    /// <summary>
    /// The words of <paramref name="text"/> that read as one of <paramref name="terms"/>, as typed, those next to each other
    /// as one name ("Basra", "البصرة" of "والبصرة", "Saudi Arabia"); none that writes a name the report has
    /// ("كانون" of "كانون الثاني").
    /// </summary>
    private string[] AsWritten(string text, HashSet<string> terms)
    {
        var named = finder.WordsOfNames(text);
        var names = new List<string>();
        var run = new List<string>();
        foreach (var typed in text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var word = typed.Trim('?', '؟', '.', ',', '،', '!', '"', '«', '»');
            var missing = !WordNormalizer.Tokenize(word).Any(named.Contains) && matcher.Matcher.QueryTerms(word).Any(terms.Contains);
            if (missing)
            {
                run.Add(run.Count == 0 && word.Length > 4 && word[0] == 'و' && WordNormalizer.IsArabic(word) ? word[1..] : word);
            }

            if (run.Count > 0 && (!missing || typed != word))
            {
                // A name ends at a word that is not missing, or at punctuation ("Erbil, Basra").
                names.Add(string.Join(' ', run));
                run.Clear();
            }
        }

        if (run.Count > 0)
        {
            names.Add(string.Join(' ', run));
        }

        return [.. names.Distinct(StringComparer.Ordinal)];
    }

    /// <summary>
    /// The paragraphs quoted (<see cref="ReplyComposer.Paragraphs"/>), the facts that gloss them, and the turn remembered
    /// for them (<c>null</c> when no fact glosses them): "who said that?" after the quote of ¶3 asks about ¶3; after ¶2
    /// and ¶18, about both.
    /// </summary>
    private (Reply Quoted, Fact[] Glosses, ConversationTurn? Turn) QuoteParagraphs(IReadOnlyList<int> numbers, string text, ConversationKey key, Language language)
    {
        var quoted = composer.Paragraphs(numbers, language);
        var glosses = quoted.Citations.Select(c => composer.GlossFor(c.Paragraph)).OfType<Fact>().Distinct().ToArray();
        if (glosses is not [.. var others, var gloss])
        {
            return (quoted, glosses, null);
        }

        var turn = Told(gloss, language) with
        {
            AskedAs = text,
            AnsweredWith = [.. others.Select(f => f.Id)],
            QuotedParagraphs = [.. quoted.Citations.Select(c => c.Paragraph)],
        };
        memory.Remember(key, turn);
        return (quoted, glosses, turn);
    }

    /// <summary>
    /// The whole paragraphs behind the last reply, for "which paragraph is that?" (<paramref name="readOn"/> false: the
    /// paragraphs it quoted whole, again, else those its answers cited) and for "tell me more" / "شلون يعني؟" (true: after
    /// whole paragraphs — "p17", or "tell me more" before — the one after the last of them, as reading on would give, and
    /// after the last paragraph that it was the last; else the paragraphs its answers cited). After a refused question,
    /// that the report has nothing on it (recorded as unanswered); with nothing answered before, a prompt to ask.
    /// <paramref name="confidence"/>, the request's match confidence, is the refusal's, and for "tell me more" the quote's too.
    /// </summary>
    private async Task<Reply> ParagraphsOfLastReplyAsync(ConversationTurn? previous, bool readOn, string text, IncomingMessage message, Language language, double confidence, CancellationToken cancellationToken)
    {
        if (previous is null || !knowledge.TryGetFact(previous.FactId, out var told))
        {
            return composer.VaguePrompt(language);
        }

        if (previous.RefusedAfter is { } refused)
        {
            await RecordUnansweredAsync(message, text, language, confidence, cancellationToken);
            return composer.FollowUpRefusal(told, refused, language, confidence);
        }

        var key = ConversationKey.Of(message);
        var reply = previous.QuotedParagraphs switch
        {
            [.., var last] when readOn => last < knowledge.Article.ParagraphCount ? composer.ReadingOn(QuoteParagraphs([last + 1], text, key, language).Quoted, language) : composer.ParagraphsEnd(language),
            [_, ..] => QuoteParagraphs(previous.QuotedParagraphs, text, key, language).Quoted,
            _ => QuoteParagraphs(ParagraphsOf([told, .. previous.AnsweredWith.Select(Fact)]), text, key, language).Quoted,
        };
        return readOn ? reply with { Confidence = confidence } : reply;
    }

    /// <summary>
    /// "shorten that", "اختصرها": the last answer in one line (<see cref="ReplyComposer.InShort"/>); after a refused question,
    /// that the report has nothing on it (recorded as unanswered); with nothing answered before, the whole report in short
    /// (<see cref="ReplyComposer.Summary"/>).
    /// </summary>
    private async Task<Reply> InShortAsync(ConversationTurn? previous, string text, IncomingMessage message, Language language, double confidence, CancellationToken cancellationToken)
    {
        if (previous is null || !knowledge.TryGetFact(previous.FactId, out var told))
        {
            return composer.Summary(language) with { Confidence = confidence };
        }

        if (previous.RefusedAfter is { } refused)
        {
            await RecordUnansweredAsync(message, text, language, confidence, cancellationToken);
            return composer.FollowUpRefusal(told, refused, language, confidence);
        }

        if (previous.Summarized)
        {
            // "shorten that" after the summary: its first points, the deal and its timeline.
            return composer.Summary(language, ReplyComposer.BriefSummaryPoints) with { Confidence = confidence };
        }

        Fact[] facts = FactsOfLastAnswer(previous, told);
        return composer.InShort(facts, language, confidence);
    }

    /// <summary>
    /// The last answer again in <paramref name="language"/> ("in Arabic please" after an English answer): its fact, or its
    /// facts in short when it gave several, or the summary; with nothing answered before, a prompt to ask a question.
    /// </summary>
    private Reply LastAnswerIn(Language language, ConversationTurn? previous)
    {
        if (previous is null || !knowledge.TryGetFact(previous.FactId, out var told))
        {
            return composer.VaguePrompt(language);
        }

        if (previous.Summarized)
        {
            return composer.Summary(language);
        }

        Fact[] facts = FactsOfLastAnswer(previous, told);
        return facts.Length == 1 ? composer.Answer(told, language, confidence: 1) : composer.InShort(facts, language, confidence: 1);
    }

    /// <summary>
    /// <paramref name="parts"/> with a part that only asks for names ("Give me names.", "شنو اساميها؟": a name cue and at most
    /// two other terms) joined to the question before it, which it asks about: "Which militias attacked US bases? Give me
    /// names." is one question, answered that the report names none (¶11), not the attacks and then the anonymous sources.
    /// </summary>
    private List<string> WithNameRequestsJoined(IReadOnlyList<string> parts)
    {
        var joined = new List<string>(parts.Count);
        foreach (var part in parts)
        {
            if (joined.Count > 0 && matcher.Matcher.AsksName(part) && matcher.Matcher.QueryTerms(part).Count(term => !matcher.Matcher.IsQuestionWord(term)) <= 2)
            {
                joined[^1] += " " + part;
            }
            else
            {
                joined.Add(part);
            }
        }

        return joined;
    }

    /// <summary>
    /// The best fact among <paramref name="result"/>'s candidates when it scores at least <paramref name="share"/> of the
    /// threshold (a question not confidently matched is near enough to it for a no-figure or no-date reply); else <c>null</c>.
    /// </summary>
    private static MatchCandidate? NearestFact(MatchResult result, double share) =>
        result.Candidates.FirstOrDefault(c => c.Kind == MatchKind.Fact) is { } fact && fact.Score >= result.Threshold * share ? fact : null;

    /// <summary>A turn that told <paramref name="fact"/>, as asked in its first wording in <paramref name="language"/>, now.</summary>
    private ConversationTurn Told(Fact fact, Language language) => new(fact.Id, fact.Questions.For(language)[0], language, time.GetUtcNow());

    /// <summary>
    /// A turn that answered <paramref name="factId"/> for the question as <paramref name="understood"/> (a follow-up with its
    /// context), asked in the user's words <paramref name="asked"/>, now.
    /// </summary>
    private ConversationTurn Answered(string factId, FollowUpMatch understood, Language language, string asked) =>
        new(factId, understood.Question, language, time.GetUtcNow()) { AskedAs = asked };

    /// <summary>
    /// Every fact of the last answer, in the order given, <paramref name="told"/> (its own) last: "who is Farhad?" quoted
    /// ¶8 and ¶14; two questions answered at once.
    /// </summary>
    private Fact[] FactsOfLastAnswer(ConversationTurn previous, Fact told) => [.. AnsweredWith(previous).Where(f => f.Id != told.Id), told];

    /// <summary>The facts a turn answered besides its own (<see cref="ConversationTurn.AnsweredWith"/>), in the order given.</summary>
    private IEnumerable<Fact> AnsweredWith(ConversationTurn turn) =>
        turn.AnsweredWith.Select(id => knowledge.TryGetFact(id, out var fact) ? fact : null).OfType<Fact>();

    /// <summary>The paragraphs <paramref name="facts"/> cite, in the article's order, each once.</summary>
    private static int[] ParagraphsOf(IEnumerable<Fact> facts) =>
        [.. facts.SelectMany(f => f.Citations).Select(c => c.Paragraph).Distinct().Order()];

    /// <summary>
    /// Remembers the milestone list as the last answer: one fact per milestone, the last one first, so "who said that?"
    /// attributes every milestone's paragraphs, "and after that?" goes on from the end of 2026 and "in Arabic please" gives
    /// the list again.
    /// </summary>
    private void RememberMilestones(ConversationKey key, string text, Language language)
    {
        var facts = knowledge.Milestones.Select(m => knowledge.Facts.FirstOrDefault(f => f.MilestoneId == m.Id)).OfType<Fact>().ToList();
        if (facts is [.. var earlier, var last])
        {
            memory.Remember(key, Told(last, language) with
            {
                AskedAs = text,
                AnsweredWith = [.. earlier.Select(f => f.Id)],
                ListedMilestones = true,
            });
        }
    }

    /// <summary>
    /// The fact that came before <paramref name="fact"/>: the first, in the knowledge's order, whose <see cref="Fact.Next"/>
    /// it is and that <paramref name="answered"/> does not hold (the invasion of 2003 before the 2011 withdrawal, ¶15);
    /// <c>null</c> when none does.
    /// </summary>
    private Fact? Before(Fact fact, IReadOnlyList<string> answered) =>
        knowledge.Facts.FirstOrDefault(candidate => candidate.Next == fact.Id && !answered.Contains(candidate.Id));

    /// <summary>
    /// The first fact after <paramref name="fact"/> (<see cref="Fact.Next"/>, followed on) that the last reply did not
    /// already give: after "how many troops are in Iraq and when do they leave?" (¶13, ¶2 up to the end of 2026), what
    /// comes after the end of 2026, not the September 2025 phase again. <c>null</c> when the report tells nothing more.
    /// </summary>
    private Fact? After(Fact fact, IReadOnlyList<string> answered)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { fact.Id };
        var current = fact;
        while (current.Next is { } next && seen.Add(next) && knowledge.TryGetFact(next, out var after))
        {
            if (!answered.Contains(after.Id))
            {
                return after;
            }

            current = after;
        }

        return null;
    }

    private async Task<Reply> HandleIntentAsync(string intent, IncomingMessage message, Language language, double confidence, CancellationToken cancellationToken)
    {
        if (handlers.TryGetValue(intent, out var handler))
        {
            if (intent == MilestonesIntent)
            {
                RememberMilestones(ConversationKey.Of(message), message.Text, language);
            }

            return await handler.HandleAsync(intent, message, language, cancellationToken);
        }

        if (intent == "never-mind" && BareStop().IsMatch(message.Text) && handlers.TryGetValue(SubscriptionCommandHandler.StopCommand, out var stop))
        {
            // "STOP", "stop it please": what people send to end text-message reminders; with reminders on here, it ends them.
            return await stop.HandleAsync(SubscriptionCommandHandler.StopCommand, message, language, cancellationToken);
        }

        var reply = intent switch
        {
            "greeting" => composer.Greeting(language, salam: Salutes(message.Text)),
            "start" => composer.Start(language),
            "help" => composer.Help(language, Commands, console: message.Chat.Platform == ChatPlatform.Console),
            CapabilitiesIntent => composer.Capabilities(language),
            SourceIntent => composer.Source(language),
            "report-gaps" => composer.Gaps(language),
            MilestonesIntent => Listed(message, language),
            ReplyComposer.SummaryIntent => Summarized(message, language),
            "thanks" => ReplyComposer.Say("thanks", SaysGoodbye(message.Text) ? composer.Phrases.Goodbye : composer.Phrases.Thanks, language),
            "acknowledgement" => ReplyComposer.Say("acknowledgement", composer.Phrases.Acknowledgement, language),
            "never-mind" => ReplyComposer.Say("never-mind", composer.Phrases.Acknowledgement, language),
            _ => ReplyComposer.Say(intent, composer.Phrases.Unavailable, language),
        };
        return reply with { Confidence = confidence };
    }

    /// <summary>
    /// The report's summary, remembered as the chat's last answer (its first point's fact, <see cref="ConversationTurn.Summarized"/>):
    /// "shorten that" next shortens the summary, not the answer before it.
    /// </summary>
    private Reply Summarized(IncomingMessage message, Language language)
    {
        if (composer.SummaryPoints is [var first, ..])
        {
            memory.Remember(ConversationKey.Of(message), Told(first, language) with { AskedAs = message.Text, Summarized = true });
        }

        return composer.Summary(language);
    }

    /// <summary>
    /// The plan's milestones, remembered as the chat's last reply (<see cref="ConversationTurn.ListedMilestones"/>): "in
    /// Arabic please" next gives them again in Arabic, not the answer before them.
    /// </summary>
    private Reply Listed(IncomingMessage message, Language language)
    {
        RememberMilestones(ConversationKey.Of(message), message.Text, language);
        return composer.Milestones(language);
    }

    /// <summary>
    /// The chat's settings, or the defaults (no language or time zone chosen) when they cannot be read: after a full disk
    /// LiteDB refuses every call until the file is opened again, and questions are still answered meanwhile. A command that saves a
    /// setting then fails when it saves.
    /// </summary>
    private async Task<ChatSettings> SettingsOrDefaultsAsync(ChatAddress chat, CancellationToken cancellationToken)
    {
        try
        {
            return await settings.GetAsync(chat, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            RouterLog.SettingsNotRead(logger, e, chat.ChatId);
            return new ChatSettings(chat, Language: null, TimeZone: null);
        }
    }

    private async Task<Reply> HandleButtonAsync(IncomingMessage message, CancellationToken cancellationToken)
    {
        var chat = await SettingsOrDefaultsAsync(message.Chat, cancellationToken);
        var key = ConversationKey.Of(message);
        var previous = memory.Recall(key);
        var action = ButtonPayloads.Parse(message.ButtonPayload);
        // The button's own language first: the tapper may be another group member, or the conversation may have expired.
        var language = chat.Language ?? action?.Language ?? previous?.Language ?? FallbackLanguage(chat, message);
        if (action is null || !knowledge.TryGetFact(action.FactId, out var fact))
        {
            RouterLog.StaleButton(logger, message.ButtonPayload?.Length ?? 0, message.Chat.ChatId);
            return ReplyComposer.Say(StaleButtonIntent, composer.Phrases.StaleButton, language);
        }

        if (action.Kind == ButtonActionKind.Question)
        {
            if (previous is { FromButton: true } && previous.FactId == fact.Id && time.GetUtcNow() - previous.At < RepeatTapWindow)
            {
                // Two or five quick taps (a slow network, an impatient thumb) posted the whole answer each time in a group.
                return ReplyComposer.Say(RepeatTapIntent, composer.Phrases.RepeatTap, language);
            }

            memory.Remember(key, Told(fact, language) with { FromButton = true });
            return composer.Answer(fact, language, confidence: 1);
        }

        await RecordFeedbackAsync(message, fact, action.Kind == ButtonActionKind.Helpful, previous, cancellationToken);
        return ReplyComposer.Say(ReplyComposer.FeedbackIntent, composer.Phrases.FeedbackThanks, language);
    }

    private async Task RecordFeedbackAsync(IncomingMessage message, Fact fact, bool helpful, ConversationTurn? previous, CancellationToken cancellationToken)
    {
        if (feedback is null)
        {
            return;
        }

        // The user's own words: a follow-up's "why?" is shown as typed, not glued to the question it followed.
        var question = previous?.FactId == fact.Id ? TextCleaner.Printable(previous.AskedAs ?? previous.Question) : null;
        var entry = new AnswerFeedback(message.Chat, message.Sender?.Id, fact.Id, [.. fact.Citations.Select(c => c.Paragraph).Distinct()], helpful, question, time.GetUtcNow());
        try
        {
            await feedback.RecordAsync(entry, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            RouterLog.FeedbackNotRecorded(logger, e, fact.Id);
        }
    }

    private async Task RecordUnansweredAsync(IncomingMessage message, string text, Language language, double confidence, CancellationToken cancellationToken)
    {
        var question = new UnansweredQuestion(message.Chat, TextCleaner.Printable(TextCleaner.Cut(text, TextCleaner.MaxMatchLength)), language.ToCode(), confidence, time.GetUtcNow());
        try
        {
            await unanswered.RecordAsync(question, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            RouterLog.UnansweredNotRecorded(logger, e, message.Chat.ChatId);
        }
    }

    /// <summary>
    /// Facts that nearly matched a refused question, to offer instead: those from half the threshold, or from a quarter
    /// when the question matched an example of what the report does not answer ("how many Iraqi civilians died?" is
    /// offered "how many US soldiers were killed?", its words being mostly the example's).
    /// </summary>
    private Fact[] NearMisses(MatchResult result) =>
        [.. result.RuledOut
            .Concat(result.NamesOffTopic ? [] : result.Candidates
                .Where(c => c.Kind == MatchKind.Fact && c.Score >= result.Threshold / (result.Best?.Kind == MatchKind.OutOfScope ? 4 : 2))
                .Select(c => c.Id))
            .Distinct()
            .Select(Fact)
            .Take(ReplyComposer.MaxSuggestions)];

    /// <summary>The second-best fact when it scores within the clarification margin and cites other paragraphs.</summary>
    private Fact? CloseSecond(MatchResult result, Fact best)
    {
        if (result.Candidates.Count < 2 || result.Candidates[1] is not { Kind: MatchKind.Fact } second
            || result.Confidence - second.Score >= matcher.Matcher.Tuning.ClarifyMargin)
        {
            return null;
        }

        var other = Fact(second.Id);
        var shared = other.Citations.Any(c => best.Citations.Any(b => b.Paragraph == c.Paragraph));
        return shared ? null : other;
    }

    private Fact Fact(string id) => knowledge.TryGetFact(id, out var fact) ? fact : throw new InvalidOperationException($"the matcher returned unknown fact \"{id}\".");

    /// <summary>
    /// The language to answer a command other than /ask in: the chat's setting, else Arabic when its arguments are
    /// Arabic, else the language of the conversation so far, else the sender's. Latin arguments ("/subscribe 2 weeks",
    /// "/timezone Europe/Berlin", "UTC+3") are technical and do not switch an Arabic conversation to English.
    /// </summary>
    private Language CommandLanguage(ChatSettings chat, BotCommand command, IncomingMessage message) =>
        chat.Language
        ?? (LanguageDetector.Detect(TextCleaner.ForMatching(command.Name + " " + command.Arguments)) == Language.Arabic ? Language.Arabic : (Language?)null)
        ?? memory.RecallLanguage(ConversationKey.Of(message))
        ?? FallbackLanguage(chat, message);

    /// <summary>
    /// The language to answer <paramref name="text"/> in: the chat's setting, else the language the text is written in
    /// (remembered for what follows), else the one the user last wrote in (after "مرحبا", a bare "/help" or "👍" is
    /// answered in Arabic), else the sender's.
    /// </summary>
    private Language LanguageFor(ChatSettings chat, string text, IncomingMessage message)
    {
        var key = ConversationKey.Of(message);
        if (LanguageDetector.Detect(text) is { } written)
        {
            memory.RememberLanguage(key, written);
            return chat.Language ?? written;
        }

        return chat.Language ?? memory.RecallLanguage(key) ?? FallbackLanguage(chat, message);
    }

    private static Language FallbackLanguage(ChatSettings? chat, IncomingMessage message) =>
        chat?.Language ?? (message.Sender?.LanguageCode is { } code && code.StartsWith("ar", StringComparison.OrdinalIgnoreCase) ? Language.Arabic : Language.English);

    /// <summary>
    /// Whether the message takes leave ("bye", "see you", "مع السلامة", "باي", "إلى اللقاء"), answered with a goodbye; the
    /// words are normalized as <see cref="WordNormalizer.Tokenize(ReadOnlySpan{char})"/> spells them ("السلامه", "الي اللقا").
    /// </summary>
    private static bool SaysGoodbye(string? text)
    {
        // "وإلى اللقاء", "ومع السلامة": without the و joined to the first word.
        var words = WordNormalizer.Tokenize(text ?? "").ConvertAll(word => word.Length > 3 && word[0] == 'و' ? word[1..] : word);
        for (var i = 0; i < words.Count; i++)
        {
            var next = i + 1 < words.Count ? words[i + 1] : "";
            if (words[i] is "bye" or "goodbye" or "byebye" or "cya" or "goodnight" or "باي" or "بايباي" || (words[i], next) is ("see", "you" or "ya" or "u") or ("مع", "السلامه") or ("الي", "اللقا") or ("بامان", "الله") or ("في", "امان") or ("good", "night") or ("تصبح" or "تصبحون", "علي"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the message greets with "السلام عليكم" ("salam alaikum"), which is answered "وعليكم السلام".</summary>
    private static bool Salutes(string? text)
    {
        var words = WordNormalizer.Tokenize(text ?? "");
        for (var i = 0; i + 1 < words.Count; i++)
        {
            if (words[i] is "السلام" or "سلام" or "salam" or "salaam" or "assalamu" or "asalamu" or "as-salamu" && words[i + 1] is "عليكم" or "alaikum" or "alaykum" or "aleikum")
            {
                return true;
            }
        }

        return false;
    }

    private static string Platform(IncomingMessage message) => message.Chat.Platform.ToString().ToLowerInvariant();

    /// <summary>A bare "stop" ("STOP", "stop it", "please stop", "stop it please!"), nothing else.</summary>
    [GeneratedRegex(@"^\W*(?:please\s+)?stop(?:\s+it)?(?:\s+please)?\W*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex BareStop();

    private static List<CommandSpec> BuiltInCommands(ReplyPhrases phrases) =>
    [
        new("start", phrases.CommandStart.English, phrases.CommandStart.Arabic),
        new("help", phrases.CommandHelp.English, phrases.CommandHelp.Arabic),
        new("ask", phrases.CommandAsk.English, phrases.CommandAsk.Arabic)
        {
            ArgumentName = "question",
            ArgumentDescriptionEnglish = phrases.CommandAskArgument.English,
            ArgumentRequired = true,
        },
        new("lang", phrases.CommandLang.English, phrases.CommandLang.Arabic)
        {
            // Optional: "/lang" alone shows the chat's language (a required option made Discord refuse it).
            ArgumentName = "language",
            ArgumentDescriptionEnglish = phrases.CommandLangArgument.English,
        },
        new("source", phrases.CommandSource.English, phrases.CommandSource.Arabic),
    ];
}
