using System.Text.Json;

namespace WithdrawalBot.Core.Knowledge;

/// <summary>
/// Reads one knowledge JSON file (comments and trailing commas allowed, property names case-insensitive; a key written
/// twice in one object, such as a dialect word mapped twice, is malformed).
/// </summary>
internal static class KnowledgeJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        AllowDuplicateProperties = false,
    };

    /// <summary>Deserializes <paramref name="fileName"/> in <paramref name="directory"/>.</summary>
    /// <exception cref="KnowledgeValidationException">The file is missing, unreadable, malformed or the JSON <c>null</c>.</exception>
    public static T Read<T>(string directory, string fileName)
        where T : class
    {
        try
        {
            using var stream = File.OpenRead(Path.Combine(directory, fileName));
            return JsonSerializer.Deserialize<T>(stream, Options)
                ?? throw new KnowledgeValidationException(fileName, null, "the file holds JSON null.");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new KnowledgeValidationException(fileName, null, $"cannot read the file ({e.Message}).", e);
        }
        catch (JsonException e)
        {
            throw new KnowledgeValidationException(fileName, null, $"malformed JSON at line {e.LineNumber + 1}: {e.Message}", e);
        }
    }

    /// <summary>Both texts of a localized entry, or the exception from <paramref name="problem"/> naming <paramref name="field"/>.</summary>
    public static LocalizedText RequireText(LocalizedJson? text, string field, Func<string, KnowledgeValidationException> problem)
    {
        if (string.IsNullOrWhiteSpace(text?.Ar) || string.IsNullOrWhiteSpace(text.En))
        {
            throw problem($"\"{field}\" needs both \"ar\" and \"en\" (missing translation).");
        }

        return new LocalizedText(text.Ar.Trim(), text.En.Trim());
    }

    /// <summary>Both utterance lists, each with at least one non-blank entry, or the exception naming <paramref name="field"/>.</summary>
    public static Utterances RequireUtterances(LocalizedListJson? lists, string field, Func<string, KnowledgeValidationException> problem)
    {
        var arabic = Clean(lists?.Ar);
        var english = Clean(lists?.En);
        if (arabic.Length == 0 || english.Length == 0)
        {
            throw problem($"\"{field}\" needs at least one \"ar\" and one \"en\" entry (missing translation).");
        }

        return new Utterances(arabic, english);
    }

    private static string[] Clean(List<string?>? items) =>
        items is null ? [] : [.. items.Where(item => !string.IsNullOrWhiteSpace(item)).Select(item => item!.Trim())];

    /// <summary>A <c>{ "ar": …, "en": … }</c> object as read.</summary>
    internal sealed record LocalizedJson(string? Ar, string? En);

    /// <summary>A <c>{ "ar": [ … ], "en": [ … ] }</c> object as read.</summary>
    internal sealed record LocalizedListJson(List<string?>? Ar, List<string?>? En);

    /// <summary>A <c>{ "paragraph": N, "quote": "…" }</c> object as read.</summary>
    internal sealed record CitationJson(int Paragraph, string? Quote);
}
