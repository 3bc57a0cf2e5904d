using System.Globalization;
using WithdrawalBot.Core.Text;

namespace WithdrawalBot.Core.Knowledge;

/// <summary>
/// Checks at load time that every figure and year a fact's answer or summary gives, in either language, is one the
/// paragraphs the fact cites write: a typo in <c>facts.json</c> ("about 25,000 troops in Iraq", "thirty US soldiers",
/// "the end of 2071") would otherwise be served next to the quote that contradicts it.
/// </summary>
/// <remarks>
/// Figures are read alike in the answers and in the article: digits in any script, thousands separators dropped
/// ("2,500", "٢٥٠٠"), and figures in words (<see cref="NumberWords.Figures"/>: "thirty", "ثلاثة"). "One" and "two" in
/// words are not checked: Arabic says them with the noun's own form ("عامين", two years; "دولتين", two countries; "عام
/// إضافي", one more year), which writes no figure to find. The one figure no paragraph can write is the report's own
/// year (<c>reportedOn</c> of <c>source.json</c>, which the article never states: the report-date fact estimates it), so
/// that year is taken as written.
/// </remarks>
public static class AnswerFigures
{
    /// <summary>Checks every fact's answer and summary against the paragraphs it cites.</summary>
    /// <param name="facts">The facts of <c>facts.json</c>, their citations already checked.</param>
    /// <param name="article">The article they cite.</param>
    /// <param name="source">The report's source, whose year is taken as written.</param>
    /// <exception cref="KnowledgeValidationException">
    /// An answer or summary gives a figure its cited paragraphs do not write; the message names the fact, the language,
    /// the figure and the paragraphs.
    /// </exception>
    public static void Check(IReadOnlyList<Fact> facts, Article article, ReportSource source)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(source);
        // Each paragraph is read once, however many facts cite it.
        var figuresOf = Enumerable.Range(1, article.ParagraphCount)
            .ToDictionary(paragraph => paragraph, paragraph => In(article.Paragraph(paragraph)).Select(figure => figure.Value).ToArray());
        foreach (var fact in facts)
        {
            var cited = fact.Citations.Select(citation => citation.Paragraph).Distinct().Order().ToArray();
            var written = cited.SelectMany(paragraph => figuresOf[paragraph]).ToHashSet(StringComparer.Ordinal);
            written.Add(source.ReportedOn.Year.ToString(CultureInfo.InvariantCulture));
            foreach (var (what, text) in Texts(fact))
            {
                if (In(text).FirstOrDefault(figure => !written.Contains(figure.Value)) is { Value: not null } unwritten)
                {
                    throw new KnowledgeValidationException(FactCatalog.FileName, $"fact \"{fact.Id}\"", Problem(what, unwritten, cited));
                }
            }
        }
    }

    /// <summary>
    /// The figures <paramref name="text"/> writes, each as written (its normalized words) and as its value in digits;
    /// "one" and "two" in words are left out (see the remarks of <see cref="AnswerFigures"/>).
    /// </summary>
    public static IEnumerable<(string Written, string Value)> In(string text)
    {
        var words = WordNormalizer.Tokenize(text);
        return NumberWords.Figures(words)
            .Where(figure => figure.Length > 1 || figure.Value > 2 || char.IsAsciiDigit(words[figure.Start][0]))
            .Select(figure => (string.Join(' ', words.GetRange(figure.Start, figure.Length)), figure.Value.ToString(CultureInfo.InvariantCulture)));
    }

    /// <summary>The texts of <paramref name="fact"/> a user is shown, each named as the message names it ("English answer").</summary>
    private static IEnumerable<(string What, string Text)> Texts(Fact fact)
    {
        yield return ("English answer", fact.Answer.English);
        yield return ("Arabic answer", fact.Answer.Arabic);
        if (fact.Summary is { } summary)
        {
            yield return ("English summary", summary.English);
            yield return ("Arabic summary", summary.Arabic);
        }
    }

    /// <summary>The end of the message: what gives which figure, which paragraphs do not write it, and what to do.</summary>
    private static string Problem(string what, (string Written, string Value) figure, int[] cited)
    {
        var named = figure.Written == figure.Value ? figure.Value : $"\"{figure.Written}\" ({figure.Value})";
        var paragraphs = cited.Length == 1 ? $"paragraph {cited[0]} it cites does not" : $"paragraphs {string.Join(", ", cited)} it cites do not";
        return $"the {what} gives {named}, which {paragraphs} write: correct the figure, or cite the paragraph that gives it.";
    }
}
