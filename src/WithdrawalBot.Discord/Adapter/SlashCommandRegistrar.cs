using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;
using WithdrawalBot.Core.Routing;
using WithdrawalBot.Discord.Gateway;
using WithdrawalBot.Discord.Models;
using WithdrawalBot.Discord.Rest;

namespace WithdrawalBot.Discord.Adapter;

/// <summary>
/// Registers every command of <see cref="IMessageRouter.Commands"/> as a slash command with one bulk
/// overwrite at start-up: in <c>Discord:GuildId</c> when set (instant, for testing), else globally; registering globally,
/// it then removes the commands an earlier run with <c>Discord:GuildId</c> left in a server (Discord would list each
/// command twice there), in up to <see cref="MaxServersChecked"/> of the bot's servers. Names are
/// the ASCII command names and descriptions English: Discord offers no Arabic locale to localize them into.
/// A command's free-text argument becomes one STRING option.
/// </summary>
public sealed partial class SlashCommandRegistrar(DiscordRestClient rest, IMessageRouter router, IOptions<DiscordOptions> options, GatewayTimings timings,
    TimeProvider time, ILogger<SlashCommandRegistrar> logger)
{
    /// <summary>The longest wait between two registration attempts.</summary>
    public static readonly TimeSpan MaxRetryDelay = TimeSpan.FromMinutes(10);

    private const int MaxDescription = 100;

    /// <summary>
    /// How many of the bot's servers are checked for commands left from a run with <c>Discord:GuildId</c> (one request each at
    /// every start): a self-hosted bot tried out in its owner's server is in a few. A bot in more checks none (see README).
    /// </summary>
    public const int MaxServersChecked = 25;

    /// <summary>
    /// Registers the commands. A transient failure (5xx, rate limit, network) is logged and tried again after
    /// <see cref="GatewayTimings.CommandRegistrationRetryDelay"/>, doubling up to <see cref="MaxRetryDelay"/>, until it
    /// works or the bot stops (a Discord outage at start-up must not leave the commands missing until a restart); a
    /// permanent one (4xx) is logged once. Never throws but on cancellation. A rejected token is not logged again here
    /// (the REST client's critical line says it).
    /// </summary>
    public async Task RegisterAsync(CancellationToken cancellationToken)
    {
        var retries = new ResiliencePipelineBuilder { TimeProvider = time }
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<DiscordApiException>(e => !e.IsPermanent).Handle<DiscordRateLimitedException>().Handle<HttpRequestException>(),
                MaxRetryAttempts = int.MaxValue,
                Delay = timings.CommandRegistrationRetryDelay,
                MaxDelay = MaxRetryDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                OnRetry = arguments =>
                {
                    AdapterLog.CommandsRetrying(logger, arguments.Outcome.Exception?.Message.TrimEnd('.') ?? "unknown failure", arguments.RetryDelay.TotalSeconds);
                    return default;
                },
            })
            .Build();
        try
        {
            await retries.ExecuteAsync(RegisterOnceAsync, cancellationToken);
            if (string.IsNullOrWhiteSpace(options.Value.GuildId) && applicationId is { } application)
            {
                await RemoveLeftoverGuildCommandsAsync(application, cancellationToken);
            }
        }
        catch (DiscordApiException e) when (e.IsUnauthorized)
        {
            // The token was rejected: the REST client logged the one critical line and the bot is stopping, so
            // "mentions and DMs still work" would be false. Nothing more to say.
        }
        catch (Exception e) when (e is DiscordApiException or DiscordRateLimitedException or HttpRequestException or System.Text.Json.JsonException)
        {
            AdapterLog.CommandsFailed(logger, e.Message.TrimEnd('.'));
        }
    }

    private string? applicationId;

    private async ValueTask RegisterOnceAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        applicationId = string.IsNullOrWhiteSpace(settings.ApplicationId)
            ? (await rest.GetCurrentApplicationAsync(cancellationToken)).Id
            : settings.ApplicationId.Trim();
        var commands = Build(router.Commands, logger);
        var guildId = string.IsNullOrWhiteSpace(settings.GuildId) ? null : settings.GuildId.Trim();
        await rest.BulkOverwriteCommandsAsync(applicationId, guildId, commands, cancellationToken);
        AdapterLog.CommandsRegistered(logger, commands.Count, guildId is null ? "global; new commands can take a while to appear" : $"guild {guildId}");
    }

    /// <summary>
    /// Empties the server commands of this application in the bot's servers (at most <see cref="MaxServersChecked"/>): with
    /// global commands registered, any left there come from an earlier run with <c>Discord:GuildId</c>. A server that cannot
    /// be asked is left as it is; nothing here fails the registration.
    /// </summary>
    private async Task RemoveLeftoverGuildCommandsAsync(string application, CancellationToken cancellationToken)
    {
        IReadOnlyList<DiscordGuild> guilds;
        try
        {
            guilds = await rest.GetCurrentUserGuildsAsync(MaxServersChecked + 1, cancellationToken);
        }
        catch (Exception e) when (e is DiscordApiException or DiscordRateLimitedException or HttpRequestException or System.Text.Json.JsonException)
        {
            return;
        }

        if (guilds.Count > MaxServersChecked)
        {
            AdapterLog.LeftoverGuildCommandsNotChecked(logger, MaxServersChecked);
            return;
        }

        foreach (var guild in guilds)
        {
            try
            {
                var leftover = await rest.GetGuildCommandsAsync(application, guild.Id, cancellationToken);
                if (leftover.Count > 0)
                {
                    await rest.BulkOverwriteCommandsAsync(application, guild.Id, [], cancellationToken);
                    AdapterLog.LeftoverGuildCommandsRemoved(logger, leftover.Count, guild.Name ?? guild.Id, guild.Id);
                }
            }
            catch (Exception e) when (e is DiscordApiException or DiscordRateLimitedException or HttpRequestException or System.Text.Json.JsonException)
            {
                // This server cannot be asked or changed now (no access, a rate limit): its leftovers, if any, stay.
            }
        }
    }

    /// <summary>Builds the command list; hidden (operator-only) commands are left out, invalid or duplicate names are skipped with a log line.</summary>
    public static IReadOnlyList<ApplicationCommand> Build(IReadOnlyList<CommandSpec> specs, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(specs);
        var commands = new List<ApplicationCommand>();
        foreach (var spec in specs.Where(s => !s.Hidden).DistinctBy(s => s.Name.ToLowerInvariant()))
        {
            var name = spec.Name.ToLowerInvariant();
            if (!ValidName().IsMatch(name))
            {
                AdapterLog.CommandSkipped(logger, spec.Name, "a Discord command name is 1–32 of a-z, 0-9, - and _");
                continue;
            }

            var option = spec.ArgumentName?.ToLowerInvariant();
            if (option is not null && !ValidName().IsMatch(option))
            {
                AdapterLog.CommandSkipped(logger, spec.Name, $"argument name '{spec.ArgumentName}' is not a valid option name");
                continue;
            }

            commands.Add(new ApplicationCommand
            {
                Name = name,
                Description = Describe(spec.DescriptionEnglish, name),
                Contexts = [0, 1],
                Options = option is null ? null :
                [
                    new ApplicationCommandOption
                    {
                        Name = option,
                        Description = Describe(spec.ArgumentDescriptionEnglish ?? spec.DescriptionEnglish, option),
                        Required = spec.ArgumentRequired,
                        MaxLength = 2000,
                    },
                ],
            });
        }

        return commands;
    }

    private static string Describe(string? text, string fallback)
    {
        var line = (text ?? "").ReplaceLineEndings(" ").Trim();
        if (line.Length == 0)
        {
            return fallback;
        }

        return line.Length <= MaxDescription ? line : line[..(MaxDescription - 1)] + "…";
    }

    [GeneratedRegex("^[-_a-z0-9]{1,32}$", RegexOptions.CultureInvariant)]
    private static partial Regex ValidName();
}
