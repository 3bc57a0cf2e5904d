using System.Reflection;
using Microsoft.Extensions.Configuration;
using WithdrawalBot.Core.Text;

namespace WithdrawalBot.Hosting;

/// <summary>
/// Finds settings no option reads, so a misspelt one is named at start-up (warning 1005) instead of being ignored
/// while its default applies (break 28: <c>"LocalHuor": 8</c> left reminders at 10:00): a key under one of the bot's
/// sections that none of that section's options has (<c>Reminders:LocalHuor</c>), and a top-level section one or two
/// letters from one of the bot's own (<c>Remindres</c>). Names are compared ignoring case, as configuration binds them.
/// </summary>
public static class UnknownSettings
{
    /// <summary>One line per unknown setting: its key as an environment variable and what it may have meant; empty when every setting is read.</summary>
    public static IReadOnlyList<string> Find(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var found = new List<string>();
        foreach (var (section, options) in SettingsSections.All)
        {
            var known = options.GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => p.Name).ToArray();
            foreach (var child in configuration.GetSection(section).GetChildren())
            {
                if (!known.Contains(child.Key, StringComparer.OrdinalIgnoreCase))
                {
                    found.Add($"{section}__{child.Key} is not a setting of {section}; it is ignored{Nearest(child.Key, known, $"{section}__")}.");
                }
            }
        }

        foreach (var top in configuration.GetChildren())
        {
            if (top.Key.Length >= 4 && top.GetChildren().Any()
                && !SettingsSections.All.Any(s => s.Section.Equals(top.Key, StringComparison.OrdinalIgnoreCase))
                && SettingsSections.All.Select(s => s.Section).FirstOrDefault(s => Distance(s, top.Key) <= 2) is { } meant)
            {
                found.Add($"{top.Key} is not a section the bot reads; its settings are ignored (did you mean {meant}?).");
            }
        }

        return found;
    }

    private static string Nearest(string key, IEnumerable<string> known, string prefix) =>
        known.Select(name => (Name: name, Distance: Distance(name, key))).Where(c => c.Distance <= 3).OrderBy(c => c.Distance).FirstOrDefault() is { Name: { } name }
            ? $" (did you mean {prefix}{name}?)"
            : "";

    /// <summary>The edit distance between two names, ignoring case (the matcher's <see cref="EditDistance.Osa"/>), up to 4.</summary>
    private static int Distance(string a, string b) => EditDistance.Osa(a.ToUpperInvariant(), b.ToUpperInvariant(), 4);
}
