using Microsoft.Extensions.Diagnostics.HealthChecks;
using WithdrawalBot.Discord.Gateway;

namespace WithdrawalBot.Discord.Adapter;

/// <summary>
/// The "discord" health check: Healthy when every shard is READY; Degraded while connecting or reconnecting;
/// Unhealthy when a shard stopped for good (bad token, disallowed intents), with the reason. Data: each shard's state.
/// </summary>
public sealed class DiscordHealthCheck(DiscordGateway gateway) : IHealthCheck
{
    /// <inheritdoc />
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var shards = gateway.Shards;
        var data = shards.ToDictionary(s => $"shard{s.Id}", s => (object)s.State.ToString());
        if (gateway.StartFailure is { } failure)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy($"Discord could not start: {failure}", data: data));
        }

        if (shards.Count == 0)
        {
            return Task.FromResult(HealthCheckResult.Degraded("Discord: not connected yet.", data: data));
        }

        if (shards.FirstOrDefault(s => s.State == ShardState.Failed) is { } failed)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy($"Discord shard {failed.Id} stopped: {failed.LastDisconnect?.Reason}", data: data));
        }

        return Task.FromResult(shards.All(s => s.State == ShardState.Ready)
            ? HealthCheckResult.Healthy($"Discord: {shards.Count} shard(s) ready.", data)
            : HealthCheckResult.Degraded($"Discord: {shards.Count(s => s.State == ShardState.Ready)}/{shards.Count} shard(s) ready.", data: data));
    }
}
