using System.Text.Json;

namespace WithdrawalBot.Discord.Gateway;

/// <summary>One dispatch event (op 0) handed from a shard's receive loop to the adapter.</summary>
/// <param name="ShardId">The shard that received it.</param>
/// <param name="Name">The event name (<c>t</c>), e.g. <c>MESSAGE_CREATE</c>.</param>
/// <param name="Sequence">The sequence number (<c>s</c>).</param>
/// <param name="Data">The event object (<c>d</c>), detached from the receive buffer.</param>
public sealed record GatewayDispatch(int ShardId, string Name, long Sequence, JsonElement Data);
