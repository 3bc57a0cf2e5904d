namespace WithdrawalBot.Core.Replies;

/// <summary>A paragraph of the source article a reply rests on.</summary>
/// <param name="Paragraph">1-based line number in <c>knowledge/article.ar.txt</c>.</param>
/// <param name="Quote">A verbatim substring of that paragraph.</param>
public sealed record Citation(int Paragraph, string Quote);
