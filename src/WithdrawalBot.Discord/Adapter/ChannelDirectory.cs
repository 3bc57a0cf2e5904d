using System.Collections.Concurrent;
using System.Text.Json;
using WithdrawalBot.Core.Messages;
using WithdrawalBot.Discord.Models;

namespace WithdrawalBot.Discord.Adapter;

/// <summary>
/// What the bot knows of channels from GUILD_CREATE, CHANNEL_* and THREAD_* events: which channels are threads
/// (and their parent, so a thread becomes <c>ChatAddress(parent, ThreadId: thread)</c>), and which channels
/// belong to a guild (so GUILD_DELETE can end every subscription in it). Ids only; bounded by what the bot sees.
/// </summary>
public sealed class ChannelDirectory
{
    private readonly ConcurrentDictionary<string, (string? GuildId, string? ParentId, bool IsThread)> channels = new(StringComparer.Ordinal);

    /// <summary>Learns from a dispatch; ignores events it does not use.</summary>
    /// <exception cref="JsonException">The event is malformed.</exception>
    public void Observe(string eventName, JsonElement data)
    {
        switch (eventName)
        {
            case "GUILD_CREATE":
                var guild = DiscordJsonContext.Read<DiscordGuild>(data);
                foreach (var channel in (guild.Channels ?? []).Concat(guild.Threads ?? []))
                {
                    Learn(channel with { GuildId = channel.GuildId ?? guild.Id });
                }

                break;
            case "CHANNEL_CREATE" or "CHANNEL_UPDATE" or "THREAD_CREATE" or "THREAD_UPDATE":
                Learn(DiscordJsonContext.Read<DiscordChannel>(data));
                break;
            case "THREAD_LIST_SYNC" when data.TryGetProperty("threads", out var threads) && threads.ValueKind == JsonValueKind.Array:
                foreach (var thread in threads.EnumerateArray())
                {
                    Learn(DiscordJsonContext.Read<DiscordChannel>(thread));
                }

                break;
        }
    }

    /// <summary>Records one channel or thread.</summary>
    public void Learn(DiscordChannel channel)
    {
        ArgumentNullException.ThrowIfNull(channel);
        channels[channel.Id] = (channel.GuildId, channel.IsThread ? channel.ParentId : null, channel.IsThread);
    }

    /// <summary>Forgets a channel (deleted).</summary>
    public void Forget(string channelId) => channels.TryRemove(channelId, out _);

    /// <summary>The address of a channel: a known thread maps to its parent with the thread as <see cref="ChatAddress.ThreadId"/>.</summary>
    public ChatAddress AddressOf(string channelId) =>
        channels.TryGetValue(channelId, out var known) && known.IsThread && known.ParentId is { } parent
            ? new ChatAddress(ChatPlatform.Discord, parent, channelId)
            : new ChatAddress(ChatPlatform.Discord, channelId);

    /// <summary>Whether the channel is known to be a thread whose parent is known.</summary>
    public bool IsKnown(string channelId) => channels.ContainsKey(channelId);

    /// <summary>Removes and returns the addresses of every known channel and thread of a guild.</summary>
    public IReadOnlyList<ChatAddress> ForgetGuild(string guildId)
    {
        var addresses = new List<ChatAddress>();
        foreach (var (id, info) in channels)
        {
            if (info.GuildId == guildId)
            {
                addresses.Add(AddressOf(id));
            }
        }

        foreach (var address in addresses)
        {
            channels.TryRemove(address.ThreadId ?? address.ChatId, out _);
        }

        return addresses;
    }
}
