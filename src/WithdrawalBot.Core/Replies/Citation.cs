namespace WithdrawalBot.Core.Replies;

/// <summary>A paragraph of the source article a reply rests on.</summary>
/// <param name="Paragraph">1-based line number in <c>knowledge/article.ar.txt</c>.</param>
/// <param name="Quote">A verbatim substring of that paragraph.</param>
public sealed record Citation(int Paragraph, string Quote)
{
    /// <summary>
    /// The citations in order, without one whose quote is part of another's from the same paragraph (the longer stays,
    /// where the first of the two stood): the election date of ¶23 is inside the first phase's quote of ¶23.
    /// </summary>
    public static List<Citation> Distinct(IEnumerable<Citation> citations)
    {
        ArgumentNullException.ThrowIfNull(citations);
        var kept = new List<Citation>();
        foreach (var citation in citations)
        {
            var overlap = kept.FindIndex(k => k.Paragraph == citation.Paragraph
                && (k.Quote.Contains(citation.Quote, StringComparison.Ordinal) || citation.Quote.Contains(k.Quote, StringComparison.Ordinal)));
            if (overlap < 0)
            {
                kept.Add(citation);
            }
            else if (citation.Quote.Length > kept[overlap].Quote.Length)
            {
                kept[overlap] = citation;
            }
        }

        return kept;
    }
}
