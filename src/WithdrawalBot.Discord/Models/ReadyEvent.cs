namespace WithdrawalBot.Discord.Models;

/// <summary>The <c>d</c> of the READY dispatch (unknown extra fields are ignored).</summary>
public sealed record ReadyEvent
{
    /// <summary>The bot user; its id is how the bot recognises its own messages and mentions.</summary>
    public required DiscordUser User { get; init; }

    /// <summary>The session to resume.</summary>
    public required string SessionId { get; init; }

    /// <summary>Where to resume, without query string.</summary>
    public required string ResumeGatewayUrl { get; init; }

    /// <summary>The application.</summary>
    public DiscordApplication? Application { get; init; }
}
