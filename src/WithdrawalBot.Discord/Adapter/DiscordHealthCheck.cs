using Microsoft.Extensions.Diagnostics.HealthChecks;
using WithdrawalBot.Core.Messages;
using WithdrawalBot.Core.Platforms;
using WithdrawalBot.Discord.Gateway;
using WithdrawalBot.Discord.Rest;

namespace WithdrawalBot.Discord.Adapter;

/// <summary>
/// The "discord" health check: Healthy when every shard is READY; Degraded for good when Discord stopped on an error no
/// retry fixes while another platform serves on (<see cref="ServingPlatforms"/>); Degraded while connecting or reconnecting, while a
/// global or Cloudflare 429 pauses every REST call (with how long; replies wait for it, up to
/// <see cref="DiscordMessageHandler.MaxReplyWait"/>), and when
/// the last <see cref="SendFailureStreak.Threshold"/> or more message sends failed (a 5xx, the network, a refused body;
/// not a channel that is gone), and while Discord keeps closing a shard's sessions right after READY or RESUMED
/// (<see cref="FlappingSessions"/> in a row; the shard counts as disconnected since before them, so after
/// <see cref="ConnectGrace"/> it is Unhealthy);
/// Unhealthy when a REST call found the token rejected, when a shard stopped for good (bad token, disallowed intents), with the reason, when a shard has been
/// disconnected longer than <see cref="ConnectGrace"/> (with how the last connection ended), while it waits for the daily
/// session-start budget to reset (with when), and when the bot has
/// never connected: <c>GET gateway/bot</c> failed (with its cause, e.g. "Connection refused (127.0.0.1:9)") or
/// nothing came within <see cref="ConnectGrace"/>. Data: each shard's state.
/// </summary>
internal sealed class DiscordHealthCheck(DiscordGateway gateway, TokenRejection rejection, RateLimitState limits, DiscordChatPlatform platform, ServingPlatforms platforms,
    TimeProvider time) : IHealthCheck
{
    /// <summary>How long "not connected yet" (starting) or "reconnecting" counts as Degraded before it is reported Unhealthy.</summary>
    public static readonly TimeSpan ConnectGrace = TimeSpan.FromSeconds(30);

    /// <summary>Sessions in a row closed right after READY or RESUMED from which a shard is reported Degraded (one is a routine blip).</summary>
    public const int FlappingSessions = 2;

    /// <inheritdoc />
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var shards = gateway.Shards;
        var data = shards.ToDictionary(s => $"shard{s.Id}", s => (object)s.State.ToString());
        if (platforms.DescribeStopped(ChatPlatform.Discord) is { } stopped)
        {
            // Stopped alone while another platform serves: the process is useful, and restarting it would not fix this.
            return Task.FromResult(HealthCheckResult.Degraded(stopped, data: data));
        }

        if (rejection.Rejected.IsCompleted)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy($"{AdapterLog.TokenRejectedMessage}.", data: data));
        }

        if (gateway.StartFailure is { } failure)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy($"Discord could not start: {failure}", data: data));
        }

        if (shards.Count == 0)
        {
            return Task.FromResult(gateway.LookupFailure is { } cause
                ? HealthCheckResult.Unhealthy($"Discord: not connected: GET gateway/bot failed ({cause}).", data: data)
                : gateway.StartedAt is { } started && time.GetUtcNow() - started > ConnectGrace
                    ? HealthCheckResult.Unhealthy($"Discord: not connected yet after {(time.GetUtcNow() - started).TotalSeconds:0} s (GET gateway/bot has not answered).", data: data)
                    : HealthCheckResult.Degraded("Discord: not connected yet.", data: data));
        }

        if (shards.FirstOrDefault(s => s.State == ShardState.Failed) is { } failed)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy($"Discord shard {failed.Id} stopped: {failed.LastDisconnect?.Reason}", data: data));
        }

        if (gateway.SessionBudgetWaitUntil is { } until)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy(
                $"Discord: the daily session-start budget is used up; identifying again at {until:yyyy-MM-dd HH:mm} UTC (in {Math.Max(0, (until - time.GetUtcNow()).TotalMinutes):0} min).", data: data));
        }

        if (shards.FirstOrDefault(s => s.DownSince is { } since && time.GetUtcNow() - since > ConnectGrace) is { } down)
        {
            // Discord unreachable for minutes: a bot serving nobody is not "degraded".
            return Task.FromResult(HealthCheckResult.Unhealthy(
                $"Discord shard {down.Id} disconnected for {(time.GetUtcNow() - down.DownSince!.Value).TotalSeconds:0} s: {down.LastDisconnect?.Reason}", data: data));
        }

        if (shards.FirstOrDefault(s => s.ShortSessions >= FlappingSessions) is { LastShortSession: { } last } flapping)
        {
            // Discord closing each session right after READY / RESUMED (an incident): connected now and then, serving hardly.
            return Task.FromResult(HealthCheckResult.Degraded(
                $"Discord shard {flapping.Id}: the last {flapping.ShortSessions} sessions closed right after READY or RESUMED (last: {last.Reason}, {last.SessionUptime?.TotalSeconds ?? 0:0.#} s after it); reconnecting with back-off.", data: data));
        }

        if (limits.GlobalResumeAt - time.GetUtcNow() is { Ticks: > 0 } paused)
        {
            var whose = limits.PausedByCloudflare ? "Cloudflare (too many invalid requests from this IP)" : "a global rate limit";
            return Task.FromResult(HealthCheckResult.Degraded(
                $"Discord: {Ready(shards)}/{shards.Count} shard(s) ready, but {whose} pauses every REST call for another {Math.Ceiling(paused.TotalSeconds):0} s; replies wait up to {DiscordMessageHandler.MaxReplyWait.TotalMinutes:0} min for it.", data: data));
        }

        if (platform.Sends.Describe() is { } failing)
        {
            return Task.FromResult(HealthCheckResult.Degraded($"Discord: {Ready(shards)}/{shards.Count} shard(s) ready, but {failing}.", data: data));
        }

        return Task.FromResult(shards.All(s => s.State == ShardState.Ready)
            ? HealthCheckResult.Healthy($"Discord: {shards.Count} shard(s) ready.", data)
            : HealthCheckResult.Degraded($"Discord: {Ready(shards)}/{shards.Count} shard(s) ready.", data: data));
    }

    private static int Ready(IReadOnlyCollection<GatewayShard> shards) => shards.Count(s => s.State == ShardState.Ready);
}
