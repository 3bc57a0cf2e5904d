using Microsoft.Extensions.Configuration;
using WithdrawalBot.Cli;

namespace WithdrawalBot.Hosting;

/// <summary>
/// Decides the <see cref="BotMode"/>: <c>ask</c> always answers and exits; otherwise a configured (non-blank) token
/// serves the platforms; with no token the console chat starts only on a terminal. With no token and no terminal
/// (a container started without <c>-it</c>, a service manager, a pipe) there is nothing to serve, so start-up
/// stops with one line saying how to configure a token: a container must not exit 0 and be restarted in a loop,
/// nor sit "healthy" while serving nobody.
/// </summary>
public static class BotModeSelector
{
    /// <summary>Picks the mode. A token's shape is checked by its platform's options validation at start-up, not here.</summary>
    /// <param name="invocation">The parsed command line.</param>
    /// <param name="configuration">The merged configuration (appsettings.json, environment, command line).</param>
    /// <param name="inputIsTerminal">Whether standard input is an interactive terminal.</param>
    /// <exception cref="StartupException">There is no token and no terminal.</exception>
    public static BotMode Select(Invocation invocation, IConfiguration configuration, bool inputIsTerminal)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        ArgumentNullException.ThrowIfNull(configuration);
        if (invocation.Command == InvocationCommand.Ask)
        {
            return BotMode.Ask;
        }

        var telegram = Token(configuration, BotTokens.TelegramKey);
        var discord = Token(configuration, BotTokens.DiscordKey);
        if (telegram is not null || discord is not null)
        {
            return BotMode.Serve;
        }

        return inputIsTerminal
            ? BotMode.ConsoleChat
            : throw new StartupException(
                "No chat platform token is configured and standard input is not a terminal, so there is nothing to serve: set Telegram__BotToken or Discord__BotToken (docker run -e Telegram__BotToken=…), run in a terminal (docker run -it) for the console chat, or use `ask`/`ask --json` for scripts."
                + MisspeltTokenNames(Environment.GetEnvironmentVariables().Keys.OfType<string>()));
    }

    /// <summary>
    /// A hint naming environment variables that look like a token setting but are not read (<c>TELEGRAM_BOT_TOKEN</c>,
    /// <c>Telegram_BotToken</c>, <c>DISCORD_TOKEN</c>, the names other bots use); empty when there are none.
    /// </summary>
    internal static string MisspeltTokenNames(IEnumerable<string> variables)
    {
        var near = variables
            .Where(name => !name.Equals("Telegram__BotToken", StringComparison.OrdinalIgnoreCase) && !name.Equals("Discord__BotToken", StringComparison.OrdinalIgnoreCase)
                && name.Contains("TOKEN", StringComparison.OrdinalIgnoreCase)
                && (name.Contains("TELEGRAM", StringComparison.OrdinalIgnoreCase) || name.Contains("DISCORD", StringComparison.OrdinalIgnoreCase) || name.Contains("BOT", StringComparison.OrdinalIgnoreCase)))
            .Order(StringComparer.Ordinal)
            .ToList();
        return near.Count == 0 ? "" : $" {string.Join(", ", near)} {(near.Count == 1 ? "is" : "are")} set but not read: the names are Telegram__BotToken and Discord__BotToken, with two underscores.";
    }

    private static string? Token(IConfiguration configuration, string key) =>
        configuration[key] is { } value && !string.IsNullOrWhiteSpace(value) ? value : null;
}
