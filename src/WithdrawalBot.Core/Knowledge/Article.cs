namespace WithdrawalBot.Core.Knowledge;

/// <summary>
/// The source article: one paragraph per line of a UTF-8 text file, numbered from 1. Paragraph numbers are
/// the citation unit everywhere.
/// </summary>
public sealed class Article
{
    private readonly string[] paragraphs;

    private Article(string fileName, string[] paragraphs)
    {
        FileName = fileName;
        this.paragraphs = paragraphs;
    }

    /// <summary>The file's name relative to the knowledge directory, e.g. <c>article.ar.txt</c>.</summary>
    public string FileName { get; }

    /// <summary>How many paragraphs (lines) the article has.</summary>
    public int ParagraphCount => paragraphs.Length;

    /// <summary>Paragraph <paramref name="number"/> (1-based), verbatim.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The number is outside 1..<see cref="ParagraphCount"/>.</exception>
    public string Paragraph(int number)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(number, paragraphs.Length);
        return paragraphs[number - 1];
    }

    /// <summary>The fewest words a citation quote may have: a blank or a letter or two is no evidence to show a user.</summary>
    public const int MinQuoteWords = 2;

    /// <summary>
    /// What is wrong with <paramref name="quote"/> as a citation of paragraph <paramref name="number"/> (1-based), as the end
    /// of a sentence for a maintainer; <c>null</c> when it is a verbatim run of at least <see cref="MinQuoteWords"/> words
    /// with no space at either end. A quote that is not verbatim is told where it stops matching and which character is
    /// there ("U+200C"), since a stray invisible character or a Persian ی looks the same in the message.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The number is outside 1..<see cref="ParagraphCount"/>.</exception>
    public string? QuoteProblem(int number, string? quote)
    {
        var paragraph = Paragraph(number);
        if (string.IsNullOrWhiteSpace(quote) || WordCount(quote) < MinQuoteWords)
        {
            return $"quote \"{quote}\" is too short: quote at least {MinQuoteWords} words of paragraph {number}.";
        }

        if (quote.Trim().Length != quote.Length)
        {
            return $"quote \"{quote}\" starts or ends with a space: remove it.";
        }

        if (paragraph.Contains(quote, StringComparison.Ordinal))
        {
            return null;
        }

        var matched = 0;
        while (matched < quote.Length && paragraph.Contains(quote[..(matched + 1)], StringComparison.Ordinal))
        {
            matched++;
        }

        var at = matched == 0 ? "its first character" : $"the first {matched} characters match; character {matched + 1}";
        return $"quote \"{quote}\" is not verbatim in paragraph {number} ({at}, U+{(int)quote[matched]:X4} '{quote[matched]}', is not what the paragraph has there).";
    }

    /// <summary>How many runs of non-space characters <paramref name="text"/> has (no allocation: run once per citation at start-up).</summary>
    private static int WordCount(string text)
    {
        var count = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (!char.IsWhiteSpace(text[i]) && (i == 0 || char.IsWhiteSpace(text[i - 1])))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>Reads an article file.</summary>
    /// <param name="path">Full path of the file.</param>
    /// <param name="fileName">The name to use in messages, relative to the knowledge directory.</param>
    /// <exception cref="KnowledgeValidationException">The file is missing, unreadable, empty or has an empty paragraph.</exception>
    public static Article Load(string path, string fileName)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new KnowledgeValidationException(fileName, null, $"cannot read the article ({e.Message}).", e);
        }

        return Parse(text, fileName);
    }

    /// <summary>
    /// Parses article text: one paragraph per line, lines ended by \n, \r\n or a lone \r (an editor's old Mac line
    /// endings), no empty lines allowed.
    /// </summary>
    /// <exception cref="KnowledgeValidationException">The text is empty or has an empty paragraph.</exception>
    public static Article Parse(string text, string fileName)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').TrimEnd('\n').Split('\n');
        if (lines.Length == 0 || lines.All(string.IsNullOrWhiteSpace))
        {
            throw new KnowledgeValidationException(fileName, null, "the article is empty.");
        }

        var empty = Array.FindIndex(lines, string.IsNullOrWhiteSpace);
        if (empty >= 0)
        {
            throw new KnowledgeValidationException(fileName, $"line {empty + 1}", "empty paragraph; the article has one paragraph per line and paragraph numbers are citations.");
        }

        return new Article(fileName, lines);
    }
}
