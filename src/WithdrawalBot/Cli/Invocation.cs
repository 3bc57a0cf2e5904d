using System.Globalization;

namespace WithdrawalBot.Cli;

/// <summary>
/// The parsed command line. Grammar: <c>[ask [--json] [QUESTION…]] [--now INSTANT] [--healthcheck] [--help]
/// [--Section:Key=value | --Section:Key value]…</c>; arguments after <c>--</c> are question words.
/// Configuration overrides (a key with a colon) go to the configuration system unchanged.
/// </summary>
/// <param name="Command">What to do.</param>
/// <param name="Json">Whether <c>ask</c> prints one JSON object per question instead of the plain reply.</param>
/// <param name="Question">The question for <c>ask</c> (words joined by spaces); <c>null</c> to read questions from stdin.</param>
/// <param name="Now">The fixed clock from <c>--now</c>, or <c>null</c> for the system clock.</param>
/// <param name="ConfigurationArgs">The <c>--Section:Key=value</c> arguments, for the configuration's command-line source.</param>
public sealed record Invocation(
    InvocationCommand Command,
    bool Json,
    string? Question,
    DateTimeOffset? Now,
    IReadOnlyList<string> ConfigurationArgs)
{
    /// <summary>The one-line usage text printed with usage errors and by <c>--help</c>.</summary>
    public const string Usage =
        "usage: WithdrawalBot [ask [--json] [QUESTION]] [--now 2026-11-29T12:00:00Z] [--healthcheck] [--Section:Key=value ...]";

    /// <summary>Parses the arguments after the program name.</summary>
    /// <exception cref="UsageException">An unknown command or option, a missing value, a bad <c>--now</c> instant, or <c>ask</c> without a question and without <c>--json</c>.</exception>
    public static Invocation Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var command = InvocationCommand.Run;
        var json = false;
        DateTimeOffset? now = null;
        var words = new List<string>();
        var configuration = new List<string>();
        var optionsEnded = false;

        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (optionsEnded || !arg.StartsWith('-') || arg == "-")
            {
                if (command == InvocationCommand.Run && !optionsEnded && words.Count == 0 && arg == "ask")
                {
                    command = InvocationCommand.Ask;
                }
                else if (command == InvocationCommand.Ask)
                {
                    words.Add(arg);
                }
                else
                {
                    throw new UsageException($"unknown command \"{arg}\" (the only command is \"ask\").");
                }

                continue;
            }

            var (name, inlineValue) = SplitOption(arg);
            switch (name)
            {
                case "--":
                    optionsEnded = true;
                    break;
                case "--json":
                    json = true;
                    break;
                case "--now":
                    now = ParseInstant(inlineValue ?? NextValue(args, ref i, name));
                    break;
                case "--healthcheck":
                    command = command == InvocationCommand.Run ? InvocationCommand.HealthCheck : throw new UsageException("--healthcheck cannot be combined with ask.");
                    break;
                case "--help" or "-h" or "-?":
                    command = InvocationCommand.Help;
                    break;
                default:
                    if (!name.Contains(':', StringComparison.Ordinal))
                    {
                        throw new UsageException($"unknown option \"{name}\" (configuration overrides look like --Section:Key=value).");
                    }

                    configuration.Add(name);
                    configuration.Add(inlineValue ?? NextValue(args, ref i, name));
                    break;
            }
        }

        if (json && command != InvocationCommand.Ask && command != InvocationCommand.Help)
        {
            throw new UsageException("--json only goes with ask.");
        }

        var question = words.Count == 0 ? null : string.Join(' ', words);
        if (command == InvocationCommand.Ask && question is null && !json)
        {
            throw new UsageException("ask needs a question, e.g. ask \"When do the troops leave?\" (or ask --json to read one question per line from standard input).");
        }

        return new Invocation(command, json, question, now, configuration);
    }

    private static (string Name, string? Value) SplitOption(string arg)
    {
        var equals = arg.IndexOf('=', StringComparison.Ordinal);
        return equals < 0 ? (arg, null) : (arg[..equals], arg[(equals + 1)..]);
    }

    private static string NextValue(IReadOnlyList<string> args, ref int i, string name)
    {
        if (i + 1 >= args.Count)
        {
            throw new UsageException($"{name} needs a value.");
        }

        i++;
        return args[i];
    }

    /// <summary>The first and last years <c>--now</c> accepts: dates are told relative to now, and far-off years overflow the calendar arithmetic.</summary>
    private const int FirstYear = 2000, LastYear = 2999;

    /// <summary>The ISO 8601 forms <c>--now</c> takes: date and time (seconds and fraction optional) with Z, an offset or
    /// nothing (UTC), or a date alone (midnight UTC). Culture-dependent forms such as 1/2/2026 are refused, not guessed.</summary>
    private static readonly string[] InstantFormats = ["yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mmK", "yyyy-MM-dd"];

    private static DateTimeOffset ParseInstant(string text) =>
        DateTimeOffset.TryParseExact(text.Trim().ToUpperInvariant(), InstantFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var instant)
            ? instant.Year is >= FirstYear and <= LastYear
                ? instant
                : throw new UsageException($"--now must be in the years {FirstYear}–{LastYear}, not {instant.Year}.")
            : throw new UsageException($"--now needs an ISO 8601 instant such as 2026-11-29T12:00:00Z, not \"{text}\".");
}
