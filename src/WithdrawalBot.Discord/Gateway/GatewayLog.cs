using Microsoft.Extensions.Logging;

namespace WithdrawalBot.Discord.Gateway;

/// <summary>Log lines of the Discord gateway client (event ids 3000–3099).</summary>
internal static partial class GatewayLog
{
    [LoggerMessage(3000, LogLevel.Information, "Discord shard {ShardId}: connected to {Host} (resuming: {Resuming}).")]
    public static partial void Connected(ILogger logger, int shardId, string host, bool resuming);

    [LoggerMessage(3001, LogLevel.Information, "Discord shard {ShardId}/{ShardCount}: identified with intents {Intents}.")]
    public static partial void Identified(ILogger logger, int shardId, int shardCount, int intents);

    [LoggerMessage(3002, LogLevel.Information, "Discord shard {ShardId}: resuming session {SessionId} at sequence {Sequence}.")]
    public static partial void Resuming(ILogger logger, int shardId, string sessionId, long? sequence);

    [LoggerMessage(3003, LogLevel.Information, "Discord shard {ShardId}: READY as user {UserId}, session {SessionId}.")]
    public static partial void Ready(ILogger logger, int shardId, string userId, string sessionId);

    [LoggerMessage(3004, LogLevel.Information, "Discord shard {ShardId}: RESUMED at sequence {Sequence}.")]
    public static partial void Resumed(ILogger logger, int shardId, long? sequence);

    [LoggerMessage(3005, LogLevel.Warning, "Discord shard {ShardId}: no heartbeat ACK within {IntervalMs} ms; closing the zombie connection with 4000 to resume.")]
    public static partial void Zombie(ILogger logger, int shardId, double intervalMs);

    [LoggerMessage(3006, LogLevel.Information, "Discord shard {ShardId}: disconnected ({Reason}); will {Next} in {DelayMs:0} ms.")]
    public static partial void Reconnecting(ILogger logger, int shardId, string reason, string next, double delayMs);

    [LoggerMessage(3014, LogLevel.Warning, "Discord shard {ShardId}: attempt {Attempts} to reconnect failed ({Reason}); will {Next} in {DelayMs:0} ms.")]
    public static partial void ReconnectingAgain(ILogger logger, int shardId, string reason, int attempts, string next, double delayMs);

    /// <summary>A session closed before it worked: Information the first time, a Warning from the second in a row.</summary>
    [LoggerMessage(EventId = 3015, Message = "Discord shard {ShardId}: the session closed {UptimeSeconds:0.#} s after {Started} ({Reason}), {Count} time(s) in a row; will {Next} in {DelayMs:0} ms.")]
    public static partial void SessionEndedEarly(ILogger logger, LogLevel level, int shardId, double uptimeSeconds, string started, string reason, int count, string next, double delayMs);

    [LoggerMessage(3007, LogLevel.Critical, "Discord shard {ShardId} closed for good: {Reason}.")]
    public static partial void Fatal(ILogger logger, int shardId, string reason);

    [LoggerMessage(3008, LogLevel.Information, "Discord shard {ShardId}: session dropped ({Reason}); the next connection identifies.")]
    public static partial void SessionDropped(ILogger logger, int shardId, string reason);

    [LoggerMessage(3009, LogLevel.Information, "Discord gateway: {ShardCount} shard(s), Identify concurrency {MaxConcurrency}, {Remaining}/{Total} session starts left today.")]
    public static partial void Starting(ILogger logger, int shardCount, int maxConcurrency, int remaining, int total);

    [LoggerMessage(3010, LogLevel.Warning, "Discord gateway: the daily session-start budget ({Total} Identify calls) is used up; waiting {WaitSeconds:0} s for it to reset before identifying. Going over it would end every session and reset the bot token.")]
    public static partial void SessionBudgetExhausted(ILogger logger, int total, double waitSeconds);

    [LoggerMessage(3011, LogLevel.Warning, "Discord gateway: GET gateway/bot failed ({Error}); retrying in {DelaySeconds:0.#} s.")]
    public static partial void GatewayLookupFailed(ILogger logger, string error, double delaySeconds);

    [LoggerMessage(3012, LogLevel.Warning, "Discord gateway: only {Remaining} of {Total} session starts (Identify calls) left before the budget resets in about {ResetMinutes:0} min; the bot waits for the reset when none is left.")]
    public static partial void SessionBudgetLow(ILogger logger, int remaining, int total, double resetMinutes);

    [LoggerMessage(3013, LogLevel.Warning, "Discord shard {ShardId}: Identify answered with Invalid Session {Count} times in a row (Discord is having trouble, or identifies come too fast); waiting {DelaySeconds:0.#} s before the next, {Remaining} session starts left.")]
    public static partial void InvalidSessionRepeated(ILogger logger, int shardId, int count, double delaySeconds, int remaining);
}
