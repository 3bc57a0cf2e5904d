namespace WithdrawalBot.Discord.Models;

/// <summary>The <c>allowed_mentions</c> object.</summary>
public sealed record AllowedMentions
{
    /// <summary>Mention kinds to parse from the text (<c>users</c>, <c>roles</c>, <c>everyone</c>); empty = none.</summary>
    public IReadOnlyList<string> Parse { get; init => field = value ?? []; } = [];

    /// <summary>Whether a reply pings the author of the replied message.</summary>
    public bool? RepliedUser { get; init; }

    /// <summary><c>{"parse":[]}</c>: nothing in the text pings anyone.</summary>
    public static AllowedMentions None { get; } = new();
}
