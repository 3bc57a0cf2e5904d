using System.Text.RegularExpressions;

namespace WithdrawalBot.Tests.Deployment;

/// <summary>The repository's Dockerfile read as instructions (comments dropped, continuation lines joined), split into stages.</summary>
public sealed partial class Dockerfile
{
    private Dockerfile(IReadOnlyList<Instruction> instructions)
    {
        Instructions = instructions;
    }

    /// <summary>Every instruction in order.</summary>
    public IReadOnlyList<Instruction> Instructions { get; }

    /// <summary>The FROM instructions.</summary>
    public IReadOnlyList<Instruction> Stages => [.. Instructions.Where(i => i.Keyword == "FROM")];

    /// <summary>The instructions after the last FROM (without it): what the final image is.</summary>
    public IReadOnlyList<Instruction> FinalStage => [.. Instructions.Skip(Instructions.ToList().FindLastIndex(i => i.Keyword == "FROM") + 1)];

    /// <summary>The instructions of the first stage.</summary>
    public IReadOnlyList<Instruction> BuildStage => [.. Instructions.Skip(1).TakeWhile(i => i.Keyword != "FROM")];

    /// <summary>The environment variables set by ENV in the final stage (both <c>K=V</c> and <c>K V</c> forms).</summary>
    public IReadOnlyDictionary<string, string> FinalEnvironment =>
        FinalStage.Where(i => i.Keyword == "ENV")
            .SelectMany(i => i.Arguments.Contains('=', StringComparison.Ordinal)
                ? EnvPair().Matches(i.Arguments).Select(m => (m.Groups["key"].Value, m.Groups["value"].Value.Trim('"')))
                : [(i.Arguments.Split(' ', 2)[0], i.Arguments.Split(' ', 2).ElementAtOrDefault(1) ?? "")])
            .ToDictionary(p => p.Item1, p => p.Item2, StringComparer.Ordinal);

    /// <summary>Reads a Dockerfile.</summary>
    public static Dockerfile Load(string path)
    {
        var instructions = new List<Instruction>();
        var current = "";
        foreach (var raw in File.ReadAllLines(path))
        {
            var line = raw.Trim();
            if (line.StartsWith('#') || (line.Length == 0 && current.Length == 0))
            {
                continue;
            }

            if (line.EndsWith('\\'))
            {
                current += line[..^1].Trim() + " ";
                continue;
            }

            current += line;
            if (current.Length > 0)
            {
                var parts = current.Split(' ', 2);
                instructions.Add(new Instruction(parts[0].ToUpperInvariant(), parts.ElementAtOrDefault(1)?.Trim() ?? ""));
            }

            current = "";
        }

        return new Dockerfile(instructions);
    }

    [GeneratedRegex(@"(?<key>[A-Za-z_][A-Za-z0-9_]*)=(?<value>""[^""]*""|\S*)")]
    private static partial Regex EnvPair();

    /// <summary>One instruction: the keyword (upper case) and the rest of the line.</summary>
    public sealed record Instruction(string Keyword, string Arguments);
}
