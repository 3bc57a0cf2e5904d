using Microsoft.Extensions.Logging;

namespace WithdrawalBot.Discord.Adapter;

/// <summary>Log lines of the Discord adapter (event ids 3200–3299).</summary>
internal static partial class AdapterLog
{
    [LoggerMessage(3200, LogLevel.Warning, "Discord: a server message arrived with empty content. If the bot never sees what people write in servers, enable the Message Content intent in the Discord developer portal (your application → Bot → Privileged Gateway Intents). Mentions of the bot and DMs work without it. (Logged once.)")]
    public static partial void EmptyContentHint(ILogger logger);

    [LoggerMessage(3201, LogLevel.Debug, "Discord: event {EventName} {Id} already handled; skipped.")]
    public static partial void Duplicate(ILogger logger, string eventName, string id);

    [LoggerMessage(3202, LogLevel.Warning, "Discord: could not deliver to channel {ChannelId}: {Error}")]
    public static partial void DeliveryFailed(ILogger logger, string channelId, string error);

    [LoggerMessage(3203, LogLevel.Warning, "Discord: interaction {InteractionId} could not be acknowledged: {Error}")]
    public static partial void AcknowledgeFailed(ILogger logger, string interactionId, string error);

    [LoggerMessage(3204, LogLevel.Error, "Discord: handling {EventName} failed.")]
    public static partial void HandlerFailed(ILogger logger, Exception exception, string eventName);

    [LoggerMessage(3205, LogLevel.Information, "Discord: registered {Count} slash commands ({Scope}).")]
    public static partial void CommandsRegistered(ILogger logger, int count, string scope);

    [LoggerMessage(3206, LogLevel.Error, "Discord: slash command registration failed: {Error}. Slash commands may be missing or stale; mentions and DMs still work.")]
    public static partial void CommandsFailed(ILogger logger, string error);

    [LoggerMessage(3211, LogLevel.Warning, "Discord: slash command registration failed: {Error}; trying again in {Seconds:0} s. Mentions and DMs work meanwhile.")]
    public static partial void CommandsRetrying(ILogger logger, string error, double seconds);

    [LoggerMessage(3207, LogLevel.Warning, "Discord: command '{Name}' cannot be registered ({Problem}); skipped.")]
    public static partial void CommandSkipped(ILogger logger, string name, string problem);

    [LoggerMessage(3208, LogLevel.Information, "Discord: the bot left or lost {Count} chat(s) ({Reason}).")]
    public static partial void ChatsRemoved(ILogger logger, int count, string reason);

    [LoggerMessage(3209, LogLevel.Warning, "Discord: a malformed {EventName} event was ignored: {Error}")]
    public static partial void MalformedEvent(ILogger logger, string eventName, string error);

    [LoggerMessage(3210, LogLevel.Warning, "Discord: checking permissions in channel {ChannelId} failed: {Error}")]
    public static partial void PermissionCheckFailed(ILogger logger, string channelId, string error);

    /// <summary>What the operator must fix when Discord rejects the token (the REST client has logged it as critical).</summary>
    public const string TokenRejectedMessage = "Discord rejected the bot token; set Discord__BotToken to the token from the developer portal (Bot → Reset Token)";

    [LoggerMessage(3214, LogLevel.Information, "Discord: removed {Count} slash commands left in server {GuildName} ({GuildId}) by an earlier run with Discord__GuildId; the global ones serve there now.")]
    public static partial void LeftoverGuildCommandsRemoved(ILogger logger, int count, string guildName, string guildId);

    [LoggerMessage(3215, LogLevel.Information, "Discord: the bot is in more than {Max} servers, so servers are not checked for slash commands left by a run with Discord__GuildId; if one lists every command twice, see the README (Discord setup, step 4).")]
    public static partial void LeftoverGuildCommandsNotChecked(ILogger logger, int max);

    [LoggerMessage(3213, LogLevel.Information, "Discord has stopped for good (the critical line above says what to fix); WithdrawalBot keeps serving {Others}, and /healthz reports discord Degraded until the bot is restarted with the fix.")]
    public static partial void StoppedAlone(ILogger logger, string others);

    [LoggerMessage(3212, LogLevel.Warning, "Discord: {Count} message(s) or interaction(s) were still waiting or being answered at shutdown and were not answered")]
    public static partial void EventsUnanswered(ILogger logger, int count);
}
