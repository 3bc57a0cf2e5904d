using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;

namespace WithdrawalBot.Core.Knowledge;

/// <summary>
/// Reads one knowledge JSON file (comments and trailing commas allowed, property names case-insensitive; a key written
/// twice in one object, such as a dialect word mapped twice, is malformed, and so is a key no entry has, such as a
/// misspelt "planed" for "planned", which would otherwise be dropped without a word).
/// </summary>
internal static partial class KnowledgeJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        AllowDuplicateProperties = false,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
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
        catch (JsonException e) when (LineOfInvalidUtf8(File.ReadAllBytes(Path.Combine(directory, fileName))) is { } line)
        {
            // Read again only when it failed: whatever JSON error the bytes caused, a file not saved as UTF-8 is the cause.
            throw new KnowledgeValidationException(fileName, null, $"the file is not UTF-8 text (line {line}, e.g. a letter saved as Latin-1 or Windows-1256): save it as UTF-8.", e);
        }
        catch (JsonException e) when (UnknownKey().Match(e.Message) is { Success: true } unknown)
        {
            throw new KnowledgeValidationException(fileName, e.Path, $"unknown key \"{unknown.Groups[1].Value}\" at line {e.LineNumber + 1}: check its spelling (the README lists the keys, and the files as shipped use them).", e);
        }
        catch (JsonException e) when (e.Message.StartsWith("The JSON value could not be converted", StringComparison.Ordinal))
        {
            throw new KnowledgeValidationException(fileName, null, $"malformed JSON at line {e.LineNumber + 1}: the value at {e.Path} has the wrong type (a number in quotes, text where true/false, an object or a list belongs?); write it as the same key is written in the files as shipped.", e);
        }
        catch (JsonException e) when (DuplicateKey().Match(e.Message) is { Success: true } duplicate)
        {
            var key = JsonNamingPolicy.CamelCase.ConvertName(duplicate.Groups[1].Value);
            throw new KnowledgeValidationException(fileName, e.Path, $"the key \"{key}\" is written twice in one entry (line {e.LineNumber + 1}): keep one.", e);
        }
        catch (JsonException e)
        {
            throw new KnowledgeValidationException(fileName, null, $"malformed JSON at line {e.LineNumber + 1}: {Reason(e.Message)}", e);
        }
    }

    /// <summary>
    /// System.Text.Json's reason without its own " Path: … | LineNumber: … | BytePositionInLine: …" tail (a second, 0-based
    /// line number beside ours); a byte 0xE2 where a quote belongs is named as the curly quote a word processor types.
    /// </summary>
    private static string Reason(string message)
    {
        var tail = message.IndexOf(" Path: ", StringComparison.Ordinal);
        var reason = tail > 0 ? message[..tail] : message;
        return reason.Contains("'0xE2' is an invalid start of", StringComparison.Ordinal)
            ? "a curly quote (“ ” ‘ ’, as a word processor types) or another typographic character stands where JSON needs a straight \" quote; retype it."
            : reason;
    }

    /// <summary>System.Text.Json's message for a key written twice in one object: "Duplicate property 'Date' encountered during deserialization of type '…'".</summary>
    [GeneratedRegex(@"^Duplicate property '([^']{1,200})' encountered", RegexOptions.CultureInvariant)]
    private static partial Regex DuplicateKey();

    /// <summary>The line (from 1) of the first byte sequence that is not UTF-8; <c>null</c> when all of it is.</summary>
    private static int? LineOfInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        var line = 1;
        while (!bytes.IsEmpty)
        {
            if (System.Text.Rune.DecodeFromUtf8(bytes, out var rune, out var consumed) != System.Buffers.OperationStatus.Done)
            {
                return line;
            }

            line += rune.Value == '\n' ? 1 : 0;
            bytes = bytes[consumed..];
        }

        return null;
    }

    /// <summary>System.Text.Json's message for a key no property takes: "The JSON property 'planed' could not be mapped …".</summary>
    [GeneratedRegex(@"^The JSON property '([^']{0,200})' could not be mapped", RegexOptions.CultureInvariant)]
    private static partial Regex UnknownKey();

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
