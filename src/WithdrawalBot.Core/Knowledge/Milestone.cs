using WithdrawalBot.Core.Replies;

namespace WithdrawalBot.Core.Knowledge;

/// <summary>A dated step of the withdrawal plan as the article reports it (see <c>knowledge/milestones.json</c>).</summary>
/// <param name="Id">Stable id, used in the reminder ledger (never rename a published one).</param>
/// <param name="Title">What happens, in both languages.</param>
/// <param name="When">The date as the article words it ("by September 2025", "بحلول أيلول 2025").</param>
/// <param name="Due">The reference date used for arithmetic.</param>
/// <param name="Citations">The paragraphs it rests on, each with a verbatim quote.</param>
public sealed record Milestone(string Id, LocalizedText Title, LocalizedText When, MilestoneDate Due, IReadOnlyList<Citation> Citations);
