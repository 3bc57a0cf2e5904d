namespace WithdrawalBot.Discord.Rest;

/// <summary>Discord JSON error codes the bot acts on (the <c>code</c> of an error body).</summary>
public enum DiscordErrorCode
{
    /// <summary>General error (often with HTTP 400).</summary>
    General = 0,

    /// <summary>10003 Unknown Channel: deleted, or never visible to the bot.</summary>
    UnknownChannel = 10003,

    /// <summary>10008 Unknown Message: e.g. the question replied to was deleted.</summary>
    UnknownMessage = 10008,

    /// <summary>10062 Unknown interaction: answered after 3 s, or a bad token.</summary>
    UnknownInteraction = 10062,

    /// <summary>40060 Interaction has already been acknowledged.</summary>
    InteractionAlreadyAcknowledged = 40060,

    /// <summary>40333 Cloudflare is blocking the request (bad User-Agent).</summary>
    CloudflareBlocked = 40333,

    /// <summary>50001 Missing Access: the bot cannot see the channel.</summary>
    MissingAccess = 50001,

    /// <summary>50006 Cannot send an empty message.</summary>
    EmptyMessage = 50006,

    /// <summary>50007 Cannot send messages to this user (DMs closed or bot blocked).</summary>
    CannotSendMessagesToUser = 50007,

    /// <summary>50013 Missing Permissions: the bot lacks e.g. Send Messages in the channel.</summary>
    MissingPermissions = 50013,

    /// <summary>50035 Invalid Form Body: a field is invalid (see the error's <c>errors</c> tree).</summary>
    InvalidFormBody = 50035,

    /// <summary>50278 Cannot send messages to this user: no mutual guilds.</summary>
    NoMutualGuilds = 50278,
}
