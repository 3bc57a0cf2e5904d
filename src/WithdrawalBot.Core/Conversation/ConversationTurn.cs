using WithdrawalBot.Core.Languages;

namespace WithdrawalBot.Core.Conversation;

/// <summary>The last question a user had answered in a chat.</summary>
/// <param name="FactId">The fact that answered it.</param>
/// <param name="Question">The question as understood (a follow-up carries its context), at most <see cref="ConversationMemory.MaxQuestionLength"/> characters.</param>
/// <param name="Language">The language of the answer.</param>
/// <param name="At">When it was answered.</param>
public sealed record ConversationTurn(string FactId, string Question, Language Language, DateTimeOffset At)
{
    /// <summary>
    /// The user's own words ("why?"), when they differ from <see cref="Question"/> (a follow-up, understood with the
    /// earlier question); shown to operators in <c>/stats</c>. <c>null</c> when the user picked a suggested question.
    /// </summary>
    public string? AskedAs { get; init; }

    /// <summary>Whether the answer came from a tap on a suggested-question button: a second tap on it right after is a double tap.</summary>
    public bool FromButton { get; init; }

    /// <summary>
    /// A question the user sent after this one that the report does not answer ("How many Iraqi civilians were killed?"),
    /// or <c>null</c>: a bare "why?" after it asks about that question, while "and Erbil?" still leans on this turn's fact.
    /// </summary>
    public string? RefusedAfter { get; init; }

    /// <summary>
    /// The other facts the same reply answered, in the order answered, besides <see cref="FactId"/> (the last): a message of
    /// several questions ("how many troops are in Iraq and when do they leave?"), or a look-up of several paragraphs. Empty
    /// for a reply of one answer. "who said that?" next attributes these too.
    /// </summary>
    public IReadOnlyList<string> AnsweredWith { get; init; } = [];

    /// <summary>
    /// The paragraphs (numbered from 1) the reply quoted whole (a paragraph look-up, "tell me more"); empty when it
    /// quoted none. "tell me more" again goes on to the paragraph after the last of them.
    /// </summary>
    public IReadOnlyList<int> QuotedParagraphs { get; init; } = [];

    /// <summary>
    /// Whether the reply looked names up ("which paragraph mentions Washington?"): a bare "and Tehran?" / "وطهران؟" next
    /// looks that name up too, rather than asking a question about it.
    /// </summary>
    public bool LookedUp { get; init; }

    /// <summary>
    /// Whether the reply was the report's summary ("tldr", "لخصلي الخبر"; <see cref="FactId"/> is then its first point):
    /// "shorten that" next gives the summary's first points only, "in Arabic please" the summary again in Arabic.
    /// </summary>
    public bool Summarized { get; init; }

    /// <summary>
    /// Whether the reply was the plan's milestones (<c>/milestones</c>, "list the milestones"; <see cref="FactId"/> is then
    /// the last milestone's fact, <see cref="AnsweredWith"/> the others): "in Arabic please" next gives the milestones
    /// again in Arabic, not the answer before them.
    /// </summary>
    public bool ListedMilestones { get; init; }
}
