using static WithdrawalBot.Core.Knowledge.KnowledgeJson;

namespace WithdrawalBot.Core.Knowledge;

/// <summary>Loads and validates <c>intents.json</c>.</summary>
public static class IntentCatalog
{
    /// <summary>The file's name inside the knowledge directory.</summary>
    public const string FileName = "intents.json";

    /// <summary>Reads <c>intents.json</c> from <paramref name="knowledgeDirectory"/>.</summary>
    /// <returns>The intents in file order, names lower-cased.</returns>
    /// <exception cref="KnowledgeValidationException">Missing or malformed file, an intent without a name, a duplicate name, examples missing in a language, or an intent both courtesy and out of scope.</exception>
    public static IReadOnlyList<Intent> Load(string knowledgeDirectory)
    {
        var file = Read<IntentFile>(knowledgeDirectory, FileName);
        if (file.Intents is not { Count: > 0 } entries)
        {
            throw new KnowledgeValidationException(FileName, null, "no \"intents\" array.");
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        var intents = new List<Intent>(entries.Count);
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            var name = entry?.Name?.Trim().ToLowerInvariant();
            var label = string.IsNullOrEmpty(name) ? $"intent #{i + 1}" : $"intent \"{name}\"";
            KnowledgeValidationException Problem(string text) => new(FileName, label, text);
            if (string.IsNullOrEmpty(name))
            {
                throw Problem("missing \"name\".");
            }

            if (!names.Add(name))
            {
                throw Problem("duplicate name.");
            }

            if (entry!.Courtesy == true && entry.OutOfScope == true)
            {
                throw Problem("an intent cannot be both \"courtesy\" and \"outOfScope\".");
            }

            intents.Add(new Intent(name, RequireUtterances(entry.Examples, "examples", Problem))
            {
                Courtesy = entry.Courtesy ?? false,
                OutOfScope = entry.OutOfScope ?? false,
                Standalone = entry.Standalone ?? false,
                FollowUp = entry.FollowUp ?? false,
            });
        }

        return intents;
    }

    private sealed record IntentFile(List<IntentJson?>? Intents);

    private sealed record IntentJson(string? Name, LocalizedListJson? Examples, bool? Courtesy, bool? OutOfScope, bool? Standalone, bool? FollowUp);
}
