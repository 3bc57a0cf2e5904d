namespace WithdrawalBot.Core.Knowledge;

/// <summary>Where the article comes from and how old it is (<c>knowledge/source.json</c>).</summary>
/// <param name="Id">Stable id of the source.</param>
/// <param name="ArticleFile">The article's file name inside the knowledge directory, e.g. <c>article.ar.txt</c>.</param>
/// <param name="Outlet">Who published it, e.g. "an Arabic news report relaying Reuters".</param>
/// <param name="Agency">The agency reported on, e.g. "Reuters".</param>
/// <param name="ReportedOn">The report's date as far as the article gives it (Asia/Baghdad calendar).</param>
/// <param name="Precision">How precise <paramref name="ReportedOn"/> is.</param>
/// <param name="Note">How the date was worked out, if it is not stated; may be <c>null</c>.</param>
public sealed record ReportSource(
    string Id,
    string ArticleFile,
    LocalizedText Outlet,
    LocalizedText Agency,
    DateOnly ReportedOn,
    DatePrecision Precision,
    LocalizedText? Note)
{
    /// <summary>What the article says, or leaves unsaid, about who wrote and published it ("names neither its author nor its outlet"); may be <c>null</c>.</summary>
    public LocalizedText? Byline { get; init; }

    /// <summary>What the article leaves out that readers ask for ("how many troops leave in each phase"), for "what are the gaps in the report?"; may be <c>null</c>.</summary>
    public LocalizedText? Gaps { get; init; }
}
