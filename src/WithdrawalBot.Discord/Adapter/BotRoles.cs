using System.Collections.Concurrent;
using System.Text.Json;
using WithdrawalBot.Discord.Models;

namespace WithdrawalBot.Discord.Adapter;

/// <summary>
/// The managed roles of bots (roles whose <c>tags.bot_id</c> names a bot) in the servers the bot is in, from GUILD_CREATE
/// and GUILD_ROLE_CREATE / _UPDATE / _DELETE. Discord's mention picker offers a bot's managed role beside the bot under
/// the same name, so a mention of the bot's own role (<c>&lt;@&amp;id&gt;</c>) addresses the bot. Ids only; thread-safe.
/// </summary>
public sealed class BotRoles
{
    private readonly ConcurrentDictionary<string, (string GuildId, string BotId)> roles = new(StringComparer.Ordinal);

    /// <summary>Learns from a dispatch; ignores events it does not use.</summary>
    /// <exception cref="JsonException">The event is malformed.</exception>
    /// <exception cref="KeyNotFoundException">A role event has no <c>guild_id</c> or role.</exception>
    public void Observe(string eventName, JsonElement data)
    {
        switch (eventName)
        {
            case "GUILD_CREATE":
                var guild = DiscordJsonContext.Read<DiscordGuild>(data);
                foreach (var role in guild.Roles)
                {
                    Learn(guild.Id, role);
                }

                break;
            case "GUILD_ROLE_CREATE" or "GUILD_ROLE_UPDATE":
                Learn(data.GetProperty("guild_id").GetString() ?? "", DiscordJsonContext.Read<DiscordRole>(data.GetProperty("role")));
                break;
            case "GUILD_ROLE_DELETE" when data.TryGetProperty("role_id", out var id) && id.GetString() is { } roleId:
                roles.TryRemove(roleId, out _);
                break;
        }
    }

    /// <summary>Whether <paramref name="roleId"/> is the managed role of the bot <paramref name="botUserId"/>.</summary>
    public bool IsRoleOf(string roleId, string botUserId) => roles.TryGetValue(roleId, out var role) && role.BotId == botUserId;

    /// <summary>Forgets the roles of a server the bot left.</summary>
    public void ForgetGuild(string guildId)
    {
        foreach (var (id, role) in roles)
        {
            if (role.GuildId == guildId)
            {
                roles.TryRemove(id, out _);
            }
        }
    }

    private void Learn(string guildId, DiscordRole role)
    {
        if (role.Tags?.BotId is { Length: > 0 } botId)
        {
            roles[role.Id] = (guildId, botId);
        }
        else
        {
            roles.TryRemove(role.Id, out _);
        }
    }
}
