using System.Globalization;
using WithdrawalBot.Discord.Models;

namespace WithdrawalBot.Discord.Adapter;

/// <summary>
/// Computes a member's permissions in a channel the way Discord documents it: the guild owner has all;
/// base = @everyone role | member roles; Administrator grants all; then the channel's overwrites for
/// @everyone, the member's roles (denies then allows), and the member.
/// </summary>
public static class PermissionCalculator
{
    /// <summary>Parses a decimal permission string; 0 when malformed.</summary>
    public static DiscordPermissions Parse(string? bits) =>
        ulong.TryParse(bits, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? (DiscordPermissions)value : DiscordPermissions.None;

    /// <summary>The member's permissions in <paramref name="channel"/> (for a thread, pass its parent channel).</summary>
    public static DiscordPermissions Compute(DiscordGuild guild, string userId, IReadOnlyList<string> memberRoles, DiscordChannel? channel)
    {
        ArgumentNullException.ThrowIfNull(guild);
        ArgumentNullException.ThrowIfNull(memberRoles);
        const DiscordPermissions all = (DiscordPermissions)ulong.MaxValue;
        if (guild.OwnerId == userId)
        {
            return all;
        }

        var roles = guild.Roles.ToDictionary(r => r.Id, r => Parse(r.Permissions), StringComparer.Ordinal);
        var permissions = roles.GetValueOrDefault(guild.Id);
        foreach (var role in memberRoles)
        {
            permissions |= roles.GetValueOrDefault(role);
        }

        if (permissions.HasFlag(DiscordPermissions.Administrator))
        {
            return all;
        }

        if (channel is null)
        {
            return permissions;
        }

        var overwrites = channel.PermissionOverwrites;
        if (overwrites.FirstOrDefault(o => o.Type == 0 && o.Id == guild.Id) is { } everyone)
        {
            permissions = (permissions & ~Parse(everyone.Deny)) | Parse(everyone.Allow);
        }

        var allow = DiscordPermissions.None;
        var deny = DiscordPermissions.None;
        foreach (var overwrite in overwrites.Where(o => o.Type == 0 && memberRoles.Contains(o.Id, StringComparer.Ordinal)))
        {
            allow |= Parse(overwrite.Allow);
            deny |= Parse(overwrite.Deny);
        }

        permissions = (permissions & ~deny) | allow;
        if (overwrites.FirstOrDefault(o => o.Type == 1 && o.Id == userId) is { } member)
        {
            permissions = (permissions & ~Parse(member.Deny)) | Parse(member.Allow);
        }

        return permissions;
    }
}
