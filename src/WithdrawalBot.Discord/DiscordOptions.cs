namespace WithdrawalBot.Discord;

/// <summary>
/// The <c>Discord</c> configuration section (environment variables <c>Discord__BotToken</c> etc.).
/// Validated at start-up by <see cref="DiscordOptionsValidator"/>; the token never belongs in appsettings.json.
/// </summary>
public sealed class DiscordOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "Discord";

    /// <summary>The public Discord REST API, version 10.</summary>
    public static readonly Uri DefaultApiBaseUrl = new("https://discord.com/api/v10/");

    /// <summary>The bot token from the developer portal (Bot page), without a <c>Bot </c> prefix. Required.</summary>
    public string BotToken { get; set; } = "";

    /// <summary>The application id (a snowflake); when empty it is read from <c>GET /applications/@me</c> at start-up.</summary>
    public string? ApplicationId { get; set; }

    /// <summary>
    /// The REST base address, ending in <c>/</c>; default <c>https://discord.com/api/v10/</c>. It also moves the
    /// <c>GET gateway/bot</c> lookup, so one setting points the bot at a fake or a proxy.
    /// </summary>
    public Uri ApiBaseUrl { get; set; } = DefaultApiBaseUrl;

    /// <summary>A guild (server) id to register slash commands in (instant updates while testing); empty for global commands.</summary>
    public string? GuildId { get; set; }

    /// <summary>How many gateway shards to run in this process, 1–10000; <c>null</c> (not set) = what <c>GET /gateway/bot</c> recommends.</summary>
    public int? ShardCount { get; set; }
}
