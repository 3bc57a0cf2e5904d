using WithdrawalBot.Core.Knowledge;
using WithdrawalBot.Core.Languages;
using WithdrawalBot.Core.Matching;
using WithdrawalBot.Core.Replies;

namespace WithdrawalBot.Core.Routing;

/// <summary>
/// The reply to a claim the report does not bear ("is it true 900 troops in iraq?" → "The report does not give “900” for
/// this.", then ¶13), put together from <see cref="ClaimCheck"/>'s reading: one place for the chat (<see cref="Router"/>)
/// and inline mode (<see cref="InlineAnswerer"/>), so a rumour checked either way gets the same correction. It keeps
/// nothing; the router remembers the fact each reply rests on.
/// </summary>
public sealed class ClaimCorrection
{
    private readonly KnowledgeBase knowledge;
    private readonly ClaimCheck claims;
    private readonly ParagraphFinder finder;
    private readonly ReplyComposer composer;

    /// <summary>Corrects claims with <paramref name="claims"/> and <paramref name="finder"/>, in <paramref name="composer"/>'s words.</summary>
    public ClaimCorrection(KnowledgeBase knowledge, ClaimCheck claims, ParagraphFinder finder, ReplyComposer composer)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        ArgumentNullException.ThrowIfNull(claims);
        ArgumentNullException.ThrowIfNull(finder);
        ArgumentNullException.ThrowIfNull(composer);
        this.knowledge = knowledge;
        this.claims = claims;
        this.finder = finder;
        this.composer = composer;
    }

    /// <summary>
    /// For a message answered with <paramref name="fact"/>: what the report gives instead of the figures it claims
    /// (<see cref="ClaimCheck.NotGivenBy"/>), "does not give “September 2025” for this" when the report has them for
    /// something else (and, when that is the plan's step before or after, that step too), "does not say “2027”" when
    /// nowhere; <c>null</c> when the message puts no such claim.
    /// </summary>
    /// <param name="cleaned">The message, cleaned for matching.</param>
    /// <param name="fact">The fact the message reads as.</param>
    /// <param name="language">The reply language.</param>
    /// <param name="confidence">The match confidence, 0–1.</param>
    /// <returns>The fact the correction rests on, and the reply.</returns>
    public (Fact Fact, Reply Reply)? OfAnswer(string cleaned, Fact fact, Language language, double confidence)
    {
        if (claims.NotGivenBy(cleaned, fact, language) is not var (claimedFact, notGiven))
        {
            return OfNameNeverMentioned(cleaned, fact.Id, language);
        }

        var told = Fact(claimedFact);
        var elsewhere = finder.Unwritten(cleaned).Count == 0;
        return (told, composer.NotAsClaimed(told, notGiven, language, confidence, elsewhere, elsewhere ? claims.NeighbourGiving(cleaned, claimedFact, language) : null));
    }

    /// <summary>
    /// For a message no fact answers confidently: the fact its claim is about (<see cref="ClaimCheck.Check"/>), with the
    /// words the report does not give ("Is it true that about 3,500 US troops are in Iraq?" → "does not say “3,500”", ¶13),
    /// or answered plainly when it gives them all ("I read that 2.5k troops are in Iraq, correct?"); <c>null</c> when the
    /// message puts no claim the report answers.
    /// </summary>
    /// <param name="cleaned">The message, cleaned for matching.</param>
    /// <param name="language">The reply language.</param>
    /// <returns>The fact the reply rests on, and the reply.</returns>
    public (Fact Fact, Reply Reply)? OfUnmatched(string cleaned, Language language)
    {
        if (claims.Check(cleaned, language) is not var (factId, unwritten, confidence, elsewhere))
        {
            return null;
        }

        var instead = Fact(factId);
        return (instead, unwritten.Count == 0 ? composer.Answer(instead, language, confidence) : composer.NotAsClaimed(instead, unwritten, language, confidence, elsewhere));
    }

    /// <summary>
    /// For a message matched as <paramref name="result"/>: the correction <see cref="OfAnswer"/> gives when a fact answers it
    /// confidently, else <see cref="OfUnmatched"/>'s; <c>null</c> when it puts no claim to correct or check.
    /// </summary>
    /// <param name="cleaned">The message, cleaned for matching.</param>
    /// <param name="result">How the message matched.</param>
    /// <param name="language">The reply language.</param>
    public (Fact Fact, Reply Reply)? Of(string cleaned, MatchResult result, Language language)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result is { IsConfident: true, Best: { Kind: MatchKind.Fact } best }
            ? OfAnswer(cleaned, Fact(best.Id), language, best.Score)
            : result is { IsConfident: false } or { Best.Kind: MatchKind.OutOfScope } ? OfUnmatched(cleaned, language) : null;
    }

    /// <summary>
    /// For a claim a fact answers confidently, with no figure, that names what the report never mentions for it
    /// (<see cref="ClaimCheck.NamesNeverMentioned"/>, read as that same fact): "ابن عمي يكول الاعلان تأجل بسبب حرب اوكرانيا، صح لو يجذب؟" → "the report does not give
    /// «اوكرانيا» for this", then the reasons it gives (¶5); "صحيح المانيا وفرنسا وبريطانيا مشاركين بالتحالف؟" → "does not give
    /// «بريطانيا» for this", then ¶16, which names Germany and France. <c>null</c> otherwise.
    /// </summary>
    private (Fact Fact, Reply Reply)? OfNameNeverMentioned(string cleaned, string factId, Language language) =>
        claims.NamesNeverMentioned(cleaned, language) is var (checkedId, unwritten, confidence, _) && checkedId == factId && unwritten.Count > 0
            ? (Fact(factId), composer.NotAsClaimed(Fact(factId), unwritten, language, confidence, writtenElsewhere: true))
            : null;

    private Fact Fact(string id) => knowledge.TryGetFact(id, out var fact) ? fact : throw new InvalidOperationException($"the claim check returned unknown fact \"{id}\".");
}
