using System.Text.RegularExpressions;
using WithdrawalBot.Core.Replies;
using static WithdrawalBot.Core.Knowledge.KnowledgeJson;

namespace WithdrawalBot.Core.Knowledge;

/// <summary>Loads and validates <c>facts.json</c>.</summary>
public static partial class FactCatalog
{
    /// <summary>The file's name inside the knowledge directory.</summary>
    public const string FileName = "facts.json";

    /// <summary>The longest allowed fact id (ids travel in 64-byte button payloads).</summary>
    public const int MaxIdLength = 40;

    /// <summary>Reads <c>facts.json</c> and checks every entry against the article and the milestones.</summary>
    /// <param name="knowledgeDirectory">Full path of the knowledge directory.</param>
    /// <param name="article">The article the citations must quote verbatim.</param>
    /// <param name="milestones">The milestones a fact may name.</param>
    /// <returns>The facts in file order.</returns>
    /// <exception cref="KnowledgeValidationException">
    /// Missing or malformed file; a fact with a missing or malformed id, a duplicate id, no topic, no citation, an
    /// unknown paragraph, a quote that is not verbatim in its paragraph, a missing translation, no questions in a
    /// language, an unknown milestone, or an unknown related or next fact id.
    /// </exception>
    public static IReadOnlyList<Fact> Load(string knowledgeDirectory, Article article, IReadOnlyList<Milestone> milestones)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(milestones);
        var file = Read<FactFile>(knowledgeDirectory, FileName);
        if (file.Facts is not { } entries)
        {
            throw new KnowledgeValidationException(FileName, null, "no \"facts\" array.");
        }

        if (entries.Count == 0)
        {
            throw new KnowledgeValidationException(FileName, null, "the \"facts\" array is empty: the bot needs at least one fact to answer from.");
        }

        var milestoneIds = milestones.Select(m => m.Id).ToHashSet(StringComparer.Ordinal);
        var facts = new List<Fact>(entries.Count);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < entries.Count; i++)
        {
            var fact = Validate(entries[i], i, article, milestoneIds);
            if (!ids.Add(fact.Id))
            {
                throw new KnowledgeValidationException(FileName, Name(fact.Id), "duplicate id.");
            }

            facts.Add(fact);
        }

        foreach (var fact in facts)
        {
            var unknown = fact.Related.FirstOrDefault(id => !ids.Contains(id) || id == fact.Id);
            if (unknown is not null)
            {
                throw new KnowledgeValidationException(FileName, Name(fact.Id), $"related id \"{unknown}\" is not another fact in {FileName}.");
            }

            if (fact.Next is { } next && (!ids.Contains(next) || next == fact.Id))
            {
                throw new KnowledgeValidationException(FileName, Name(fact.Id), $"next id \"{next}\" is not another fact in {FileName}.");
            }
        }

        return facts;
    }

    private static Fact Validate(FactJson? entry, int index, Article article, HashSet<string> milestoneIds)
    {
        var name = string.IsNullOrWhiteSpace(entry?.Id) ? $"fact #{index + 1}" : Name(entry.Id);
        KnowledgeValidationException Problem(string text) => new(FileName, name, text);

        if (entry is null || string.IsNullOrWhiteSpace(entry.Id))
        {
            throw Problem("missing \"id\".");
        }

        if (entry.Id.Length > MaxIdLength || !IdPattern().IsMatch(entry.Id))
        {
            throw Problem($"id must be kebab-case (a-z, 0-9, '-') and at most {MaxIdLength} characters.");
        }

        if (string.IsNullOrWhiteSpace(entry.Topic))
        {
            throw Problem("missing \"topic\".");
        }

        var citations = ValidateCitations(entry.Citations, article, Problem);
        var answer = RequireText(entry.Answer, "answer", Problem);
        var questions = RequireUtterances(entry.Questions, "questions", Problem);
        if (entry.Milestone is not null && !milestoneIds.Contains(entry.Milestone))
        {
            throw Problem($"milestone \"{entry.Milestone}\" is not in {MilestoneCatalog.FileName}.");
        }

        if (entry.NotAbout?.FirstOrDefault(word => string.IsNullOrWhiteSpace(word) || word.Trim().Contains(' ', StringComparison.Ordinal)) is { } bad)
        {
            throw Problem($"\"notAbout\" entry \"{bad}\" must be one word.");
        }

        return new Fact(entry.Id, entry.Topic.Trim(), citations, answer, questions, entry.Milestone, entry.Related?.Where(id => id is not null).Select(id => id!).ToArray() ?? [])
        {
            NotAbout = entry.NotAbout?.Select(word => word!.Trim()).ToArray() ?? [],
            Next = string.IsNullOrWhiteSpace(entry.Next) ? null : entry.Next.Trim(),
            Unnamed = entry.Unnamed ?? false,
            Planned = entry.Planned ?? false,
            Summary = entry.Summary is null ? null : RequireText(entry.Summary, "summary", Problem),
        };
    }

    /// <summary>Checks citations: at least one, each in an existing paragraph and verbatim.</summary>
    internal static Citation[] ValidateCitations(List<CitationJson?>? citations, Article article, Func<string, KnowledgeValidationException> problem)
    {
        if (citations is not { Count: > 0 })
        {
            throw problem("no citations; every fact must cite the article.");
        }

        var result = new Citation[citations.Count];
        for (var i = 0; i < citations.Count; i++)
        {
            var citation = citations[i] ?? throw problem("a citation is null.");
            if (citation.Paragraph < 1 || citation.Paragraph > article.ParagraphCount)
            {
                throw problem($"unknown paragraph {citation.Paragraph} (the article has {article.ParagraphCount}).");
            }

            if (article.QuoteProblem(citation.Paragraph, citation.Quote) is { } wrong)
            {
                throw problem(wrong);
            }

            result[i] = new Citation(citation.Paragraph, citation.Quote!);
        }

        return result;
    }

    private static string Name(string id) => $"fact \"{id}\"";

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();

    private sealed record FactFile(List<FactJson?>? Facts);

    private sealed record FactJson(
        string? Id,
        string? Topic,
        List<CitationJson?>? Citations,
        LocalizedJson? Answer,
        LocalizedListJson? Questions,
        string? Milestone,
        List<string?>? Related,
        List<string?>? NotAbout,
        string? Next,
        bool? Unnamed,
        bool? Planned,
        LocalizedJson? Summary);
}
