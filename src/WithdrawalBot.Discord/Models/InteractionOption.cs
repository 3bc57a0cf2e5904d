using System.Text.Json;

namespace WithdrawalBot.Discord.Models;

/// <summary>One filled-in option of a slash command.</summary>
public sealed record InteractionOption
{
    /// <summary>The option name.</summary>
    public required string Name { get; init; }

    /// <summary>The option type (3 = STRING).</summary>
    public int Type { get; init; }

    /// <summary>The value: a string, number or boolean.</summary>
    public JsonElement? Value { get; init; }

    /// <summary>Nested options of sub-commands.</summary>
    public IReadOnlyList<InteractionOption> Options { get; init => field = value ?? []; } = [];
}
