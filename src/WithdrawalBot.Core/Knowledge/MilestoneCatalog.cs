using System.Globalization;
using System.Text.Json;
using WithdrawalBot.Core.Reminders;
using WithdrawalBot.Core.Replies;
using WithdrawalBot.Core.Text;

namespace WithdrawalBot.Core.Knowledge;

/// <summary>Loads and validates <c>milestones.json</c>.</summary>
public static partial class MilestoneCatalog
{
    /// <summary>The file's name inside the knowledge directory.</summary>
    public const string FileName = "milestones.json";

    /// <summary>The earliest year a milestone may fall in (as <c>--now</c> accepts).</summary>
    public const int MinYear = 2000;

    /// <summary>The latest year a milestone may fall in.</summary>
    public const int MaxYear = 2999;

    /// <summary>A year written in a <c>when</c> text: "by September 2025", "بحلول أيلول ٢٠٢٥".</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"(?<!\d)[12]\d{3}(?!\d)", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex Year();

    /// <summary>Reads <c>milestones.json</c> from <paramref name="knowledgeDirectory"/> and checks every citation against <paramref name="article"/>.</summary>
    /// <returns>Milestones ordered by due date.</returns>
    /// <exception cref="KnowledgeValidationException">Missing or malformed file, duplicate id, bad date (an impossible month or day included), precision or time zone (a reversed-sign Etc/GMT±N zone included), missing title, or a citation that is not verbatim in its paragraph.</exception>
    public static IReadOnlyList<Milestone> Load(string knowledgeDirectory, Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var file = KnowledgeJson.Read<MilestoneFile>(knowledgeDirectory, FileName);
        if (file?.Milestones is not { Count: > 0 } entries)
        {
            throw new KnowledgeValidationException(FileName, null, "no \"milestones\" array.");
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        var milestones = new List<Milestone>();
        for (var i = 0; i < entries.Count; i++)
        {
            var milestone = Validate(entries[i], $"milestone #{i + 1}", article);
            if (!ids.Add(milestone.Id))
            {
                throw new KnowledgeValidationException(FileName, $"milestone \"{milestone.Id}\"", "duplicate id.");
            }

            milestones.Add(milestone);
        }

        return [.. milestones.OrderBy(m => m.Due.ReferenceInstant)];
    }

    private static Milestone Validate(MilestoneEntry entry, string position, Article article)
    {
        var name = string.IsNullOrWhiteSpace(entry.Id) ? position : $"milestone \"{entry.Id}\"";
        KnowledgeValidationException Problem(string text) => new(FileName, name, text);

        if (string.IsNullOrWhiteSpace(entry.Id))
        {
            throw Problem("missing \"id\".");
        }

        var title = RequireText(entry.Title, "title", Problem);
        var when = RequireText(entry.When, "when", Problem);
        if (!DatePrecisionNames.TryParse(entry.Precision, out var precision))
        {
            throw Problem($"unknown precision \"{entry.Precision}\" (day, month, year or approximate).");
        }

        var date = ParseDate(entry.Date, precision) ?? throw Problem(DateProblem(entry.Date, precision));
        if (date.Year is < MinYear or > MaxYear)
        {
            throw Problem($"date \"{entry.Date}\" is out of range: a milestone falls between {MinYear} and {MaxYear}.");
        }

        foreach (var (language, text) in new[] { ("en", when.English), ("ar", when.Arabic) })
        {
            var years = Year().Matches(ArabicLetters.WithWesternDigits(text)).Select(m => int.Parse(m.Value, CultureInfo.InvariantCulture)).ToList();
            if (years.Count > 0 && !years.Contains(date.Year))
            {
                throw Problem($"date \"{entry.Date}\" is in {date.Year}, but its \"when\" ({language}) says \"{text}\": make them agree.");
            }
        }
        // TryFind: on Linux a folder of the zone database ("America/Indiana") makes FindSystemTimeZoneById throw SecurityException.
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(entry.TimeZone ?? "", out var zone))
        {
            throw Problem($"unknown time zone \"{entry.TimeZone}\" (use an IANA name such as Asia/Baghdad).");
        }

        if (TimeZoneNames.HasReversedSign(zone))
        {
            throw Problem($"time zone {TimeZoneNames.ReversedSignExplanation(zone)}. Use a city's zone instead, such as \"Asia/Baghdad\" (UTC+3).");
        }

        if (entry.Citations is not { Count: > 0 })
        {
            throw Problem("no citations; every milestone must cite the article.");
        }

        foreach (var citation in entry.Citations)
        {
            if (citation.Paragraph < 1 || citation.Paragraph > article.ParagraphCount)
            {
                throw Problem($"paragraph {citation.Paragraph} does not exist (the article has {article.ParagraphCount}).");
            }

            if (article.QuoteProblem(citation.Paragraph, citation.Quote) is { } wrong)
            {
                throw Problem(wrong);
            }
        }

        return new Milestone(
            entry.Id,
            title,
            when,
            new MilestoneDate(date, precision, zone),
            [.. entry.Citations.Select(c => new Citation(c.Paragraph, c.Quote!))]);
    }

    private static LocalizedText RequireText(LocalizedEntry? text, string field, Func<string, KnowledgeValidationException> problem)
    {
        if (string.IsNullOrWhiteSpace(text?.Ar) || string.IsNullOrWhiteSpace(text.En))
        {
            throw problem($"\"{field}\" needs both \"ar\" and \"en\".");
        }

        return new LocalizedText(text.Ar, text.En);
    }

    /// <summary>
    /// Why <paramref name="text"/> is no date of <paramref name="precision"/>: a month that does not exist ("2026-13-01",
    /// "2026-00"), a day its month lacks ("2026-02-30"), or else the wrong shape for the precision.
    /// </summary>
    private static string DateProblem(string? text, DatePrecision precision) =>
        ImpossibleMonth(text) is { } month ? $"date \"{text}\" has no month {month}: months run from 01 to 12."
        : IsImpossibleDay(text) ? $"date \"{text}\" is not a day of the calendar (that month has fewer days)."
        : $"date \"{text}\" does not fit precision {precision} (yyyy-MM-dd, yyyy-MM or yyyy).";

    /// <summary>The month part of <paramref name="text"/> written yyyy-MM or yyyy-MM-dd when it is not 01 to 12 ("13" in "2026-13-01"), else <c>null</c>.</summary>
    private static string? ImpossibleMonth(string? text) =>
        text is { Length: 7 or 10 } && text[4] == '-' && (text.Length == 7 || text[7] == '-')
        && int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out _)
        && int.TryParse(text.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var month) && month is < 1 or > 12
            ? text[5..7]
            : null;

    /// <summary>Whether <paramref name="text"/> is written yyyy-MM-dd with a month from 1 to 12 but names a day that month lacks ("2026-02-30").</summary>
    private static bool IsImpossibleDay(string? text) =>
        text is { Length: 10 } && text[4] == '-' && text[7] == '-'
        && int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year >= 1
        && int.TryParse(text.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var month) && month is >= 1 and <= 12
        && int.TryParse(text.AsSpan(8, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var day) && day > DateTime.DaysInMonth(year, month);

    private static DateOnly? ParseDate(string? text, DatePrecision precision)
    {
        var format = precision switch
        {
            DatePrecision.Month => "yyyy-MM",
            DatePrecision.Year => "yyyy",
            _ => "yyyy-MM-dd",
        };
        return DateOnly.TryParseExact(text, format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
    }

    private sealed record MilestoneFile(List<MilestoneEntry>? Milestones);

    private sealed record MilestoneEntry(string? Id, string? Date, string? Precision, string? TimeZone, LocalizedEntry? Title, LocalizedEntry? When, List<CitationEntry>? Citations);

    private sealed record LocalizedEntry(string? Ar, string? En);

    private sealed record CitationEntry(int Paragraph, string? Quote);
}
