using WithdrawalBot.Core.Messages;

namespace WithdrawalBot.Core.Platforms;

/// <summary>
/// The chat platforms this process serves (every registered <see cref="IChatPlatform"/> but the console), and which of them
/// stopped for good on an error no retry fixes (a rejected token, Discord's 4014 disallowed intents, Telegram's 409
/// Conflict). With another platform still serving, a platform that fails that way stops alone: its adapter logs the
/// critical line, ends its own service quietly, and its health check reports it Degraded from then on, so the other
/// platform's users keep their bot (and a restart policy does not take it down again and again). The last platform left
/// ends the process as before (exit code 1). Thread-safe.
/// </summary>
public sealed class ServingPlatforms
{
    private readonly Lock gate = new();
    private readonly HashSet<ChatPlatform> serving;
    private readonly Dictionary<ChatPlatform, string> stopped = [];

    /// <summary>Creates the list from the registered platforms.</summary>
    public ServingPlatforms(IEnumerable<IChatPlatform> platforms)
    {
        ArgumentNullException.ThrowIfNull(platforms);
        serving = platforms.Select(p => p.Platform).Where(p => p != ChatPlatform.Console).ToHashSet();
    }

    /// <summary>The platforms still serving.</summary>
    public IReadOnlyList<ChatPlatform> Serving
    {
        get
        {
            lock (gate)
            {
                return [.. serving.Order()];
            }
        }
    }

    /// <summary>
    /// Records that <paramref name="platform"/> cannot go on and says whether it may stop alone.
    /// </summary>
    /// <param name="platform">The platform that failed for good.</param>
    /// <param name="reason">What to fix (no secrets), for its health check.</param>
    /// <returns>
    /// <c>true</c> when another platform still serves: end the platform's service quietly. <c>false</c> when it was the
    /// only one (or the last): end it with its fatal exception, which stops the process with exit code 1.
    /// </returns>
    public bool StopAlone(ChatPlatform platform, string reason)
    {
        lock (gate)
        {
            serving.Remove(platform);
            if (serving.Count == 0)
            {
                return false;
            }

            stopped[platform] = reason;
            return true;
        }
    }

    /// <summary>Why <paramref name="platform"/> stopped alone while another serves on; <c>null</c> when it did not.</summary>
    public string? StoppedReason(ChatPlatform platform)
    {
        lock (gate)
        {
            return stopped.GetValueOrDefault(platform);
        }
    }

    /// <summary>
    /// What a health check says of <paramref name="platform"/> when it stopped alone ("Discord stopped for good: Discord
    /// rejected the bot token; check Discord__BotToken. Telegram keeps serving."); <c>null</c> when it did not.
    /// </summary>
    public string? DescribeStopped(ChatPlatform platform) =>
        StoppedReason(platform) is { } reason ? $"{platform} stopped for good: {reason.TrimEnd('.')}. {OthersServing(platform)} keeps serving." : null;

    /// <summary>The platforms serving on while <paramref name="platform"/> is stopped, as text ("Telegram", "Telegram and Discord").</summary>
    public string OthersServing(ChatPlatform platform) => string.Join(" and ", Serving.Where(p => p != platform));
}
