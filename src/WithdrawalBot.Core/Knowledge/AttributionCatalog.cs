using static WithdrawalBot.Core.Knowledge.KnowledgeJson;

namespace WithdrawalBot.Core.Knowledge;

/// <summary>
/// Loads and validates <c>attributions.json</c>: for every paragraph of the article, who the report attributes it to
/// ("a senior US official, speaking to Reuters" for ¶3, "Farhad Alaa al-Din" for ¶8), so "who said that?" has an answer.
/// </summary>
public static class AttributionCatalog
{
    /// <summary>The file's name inside the knowledge directory.</summary>
    public const string FileName = "attributions.json";

    /// <summary>Reads <c>attributions.json</c> from <paramref name="knowledgeDirectory"/>.</summary>
    /// <param name="knowledgeDirectory">Full path of the knowledge directory.</param>
    /// <param name="article">The article whose paragraphs the entries name.</param>
    /// <returns>Paragraph number (1-based) → who says it, in both languages; one entry for every paragraph.</returns>
    /// <exception cref="KnowledgeValidationException">Missing or malformed file, an unknown or repeated paragraph, a missing translation, or a paragraph with no entry.</exception>
    public static IReadOnlyDictionary<int, LocalizedText> Load(string knowledgeDirectory, Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var file = Read<AttributionFile>(knowledgeDirectory, FileName);
        var result = new Dictionary<int, LocalizedText>();
        var entries = file.Attributions ?? [];
        for (var i = 0; i < entries.Count; i++)
        {
            var paragraph = entries[i]?.Paragraph ?? 0;
            var label = $"attribution #{i + 1} (paragraph {paragraph})";
            KnowledgeValidationException Problem(string text) => new(FileName, label, text);
            if (paragraph < 1 || paragraph > article.ParagraphCount)
            {
                throw Problem($"unknown paragraph {paragraph}; the article has {article.ParagraphCount}.");
            }

            if (!result.TryAdd(paragraph, RequireText(entries[i]!.SaidBy, "saidBy", Problem)))
            {
                throw Problem("the paragraph is attributed twice.");
            }
        }

        for (var paragraph = 1; paragraph <= article.ParagraphCount; paragraph++)
        {
            if (!result.ContainsKey(paragraph))
            {
                throw new KnowledgeValidationException(FileName, $"paragraph {paragraph}", "no attribution: every paragraph needs one.");
            }
        }

        return result;
    }

    private sealed record AttributionFile(List<AttributionJson?>? Attributions);

    private sealed record AttributionJson(int? Paragraph, LocalizedJson? SaidBy);
}
