using WithdrawalBot.Core.Replies;

namespace WithdrawalBot.Core.Knowledge;

/// <summary>One thing the article says, with the ways people ask for it (an entry of <c>knowledge/facts.json</c>).</summary>
/// <param name="Id">Kebab-case, unique, stable, at most 40 characters (used in button payloads).</param>
/// <param name="Topic">A short topic key; facts sharing a topic are related.</param>
/// <param name="Citations">The paragraphs it rests on, best first, each with a verbatim quote; never empty.</param>
/// <param name="Answer">The reply text in both languages, stated as reported plans.</param>
/// <param name="Questions">Training utterances in both languages.</param>
/// <param name="MilestoneId">The id of the milestone whose date the answer speaks of, or <c>null</c>.</param>
/// <param name="Related">Ids of facts to suggest next; may be empty.</param>
public sealed record Fact(
    string Id,
    string Topic,
    IReadOnlyList<Citation> Citations,
    LocalizedText Answer,
    Utterances Questions,
    string? MilestoneId,
    IReadOnlyList<string> Related)
{
    /// <summary>
    /// Words that, in a question, ask about what this fact does not say, in either language ("iraqis", "عراقيين" for
    /// the three US soldiers killed, ¶12): a question using one is never answered with this fact. Matched on the written
    /// word, spelling folded, with Arabic particles and the article removed; may be empty.
    /// </summary>
    public IReadOnlyList<string> NotAbout { get; init; } = [];

    /// <summary>
    /// The id of the fact that tells what came, or was planned to come, after this one ("and after that?" after the first
    /// phase of September 2025 is the rest leaving by the end of 2026, ¶2, ¶18), or <c>null</c> when the report says nothing after it.
    /// </summary>
    public string? Next { get; init; }

    /// <summary>
    /// Whether the report leaves who or what this fact is about unnamed (the senior US official, ¶3; the sources, ¶6; the
    /// armed groups, ¶11; the three soldiers killed, ¶12): a question asking for names gets "the report gives no names"
    /// before the answer. <c>unnamed: true</c> in the file; false by default.
    /// </summary>
    public bool Unnamed { get; init; }

    /// <summary>
    /// Whether this fact tells of something expected that had not happened when the report came out, though it has no
    /// milestone date (the announcement "this month", ¶7; final approval, ¶2; the advisory relationship sought, ¶4): "was
    /// it announced in the end?" is then answered as a question the report cannot settle, like a milestone's. <c>planned:
    /// true</c> in the file; false by default.
    /// </summary>
    public bool Planned { get; init; }

    /// <summary>
    /// One short point of the report's summary ("summarize", "tldr", "لخصلي الخبر"), in both languages, or <c>null</c> when
    /// the fact is not one of its main points: the summary lists the facts that have one, in the order of the paragraphs
    /// they cite. <c>summary</c> in the file.
    /// </summary>
    public LocalizedText? Summary { get; init; }
}
