using static WithdrawalBot.Core.Knowledge.KnowledgeJson;

namespace WithdrawalBot.Core.Knowledge;

/// <summary>Loads and validates <c>intents.json</c>.</summary>
public static class IntentCatalog
{
    /// <summary>The file's name inside the knowledge directory.</summary>
    public const string FileName = "intents.json";

    /// <summary>
    /// The intent names the bot has a reply for (lower case). Any other name is a typo or a rename ("helpp") whose
    /// messages would get "That isn't available here", unless the intent is <c>"outOfScope": true</c>, whose name
    /// is free since every out-of-scope intent gets the same refusal.
    /// </summary>
    public static readonly IReadOnlySet<string> HandledNames = new HashSet<string>(StringComparer.Ordinal)
    {
        "greeting", "help", "capabilities", "source", "report-gaps", "milestones", "summary", "next", "subscribe", "unsubscribe",
        "subscriptions", "thanks", "acknowledgement", "never-mind", "who-said-that", "what-else-said", "what-next", "what-before",
        "tell-me-more", "are-you-sure", "in-short",
    };

    /// <summary>Reads <c>intents.json</c> from <paramref name="knowledgeDirectory"/>.</summary>
    /// <returns>The intents in file order, names lower-cased.</returns>
    /// <exception cref="KnowledgeValidationException">Missing or malformed file, an intent without a name, a duplicate name, a name the bot has no reply for (not in <see cref="HandledNames"/>, and not out of scope), examples missing in a language, or an intent both courtesy and out of scope.</exception>
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

            if (entry!.OutOfScope != true && !HandledNames.Contains(name))
            {
                throw Problem($"the bot has no reply for an intent of this name: rename it back to one of {string.Join(", ", HandledNames)}, or mark it \"outOfScope\": true if it holds questions the report does not answer.");
            }

            if (entry.Courtesy == true && entry.OutOfScope == true)
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
