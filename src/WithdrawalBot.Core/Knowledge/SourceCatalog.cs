using System.Globalization;
using static WithdrawalBot.Core.Knowledge.KnowledgeJson;

namespace WithdrawalBot.Core.Knowledge;

/// <summary>Loads and validates <c>source.json</c>.</summary>
public static class SourceCatalog
{
    /// <summary>The file's name inside the knowledge directory.</summary>
    public const string FileName = "source.json";

    /// <summary>Reads <c>source.json</c> from <paramref name="knowledgeDirectory"/>.</summary>
    /// <exception cref="KnowledgeValidationException">Missing or malformed file, missing id or article, outlet, agency, date note, byline or gaps without both languages, or a bad date or precision.</exception>
    public static ReportSource Load(string knowledgeDirectory)
    {
        var entry = Read<SourceJson>(knowledgeDirectory, FileName);
        var name = string.IsNullOrWhiteSpace(entry.Id) ? "source" : $"source \"{entry.Id}\"";
        KnowledgeValidationException Problem(string text) => new(FileName, name, text);
        if (string.IsNullOrWhiteSpace(entry.Id))
        {
            throw Problem("missing \"id\".");
        }

        if (string.IsNullOrWhiteSpace(entry.Article) || Path.GetFileName(entry.Article) != entry.Article)
        {
            throw Problem("\"article\" must name a file in the knowledge directory, e.g. article.ar.txt.");
        }

        if (!DateOnly.TryParseExact(entry.ReportedOn, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var reportedOn))
        {
            throw Problem($"\"reportedOn\" \"{entry.ReportedOn}\" is not a yyyy-MM-dd date.");
        }

        var precision = DatePrecision.Day;
        if (entry.ReportedOnPrecision is not null && !DatePrecisionNames.TryParse(entry.ReportedOnPrecision, out precision))
        {
            throw Problem($"unknown \"reportedOnPrecision\" \"{entry.ReportedOnPrecision}\" (day, month, year or approximate).");
        }

        var note = entry.ReportedOnNote is null ? null : RequireText(entry.ReportedOnNote, "reportedOnNote", Problem);
        return new ReportSource(
            entry.Id,
            entry.Article,
            RequireText(entry.Outlet, "outlet", Problem),
            RequireText(entry.Agency, "agency", Problem),
            reportedOn,
            precision,
            note)
        {
            Byline = entry.Byline is null ? null : RequireText(entry.Byline, "byline", Problem),
            Gaps = entry.Gaps is null ? null : RequireText(entry.Gaps, "gaps", Problem),
        };
    }

    private sealed record SourceJson(
        string? Id,
        string? Article,
        LocalizedJson? Outlet,
        LocalizedJson? Agency,
        string? ReportedOn,
        string? ReportedOnPrecision,
        LocalizedJson? ReportedOnNote,
        LocalizedJson? Byline,
        LocalizedJson? Gaps);
}
