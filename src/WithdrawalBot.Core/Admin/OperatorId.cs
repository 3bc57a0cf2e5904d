using WithdrawalBot.Core.Messages;

namespace WithdrawalBot.Core.Admin;

/// <summary>One configured operator: a user id, on one platform or (when <see cref="Platform"/> is <c>null</c>) on any.</summary>
/// <param name="Platform">The platform, or <c>null</c> for a bare id.</param>
/// <param name="UserId">The platform's user id, e.g. <c>123456789</c>.</param>
public sealed record OperatorId(ChatPlatform? Platform, string UserId)
{
    /// <summary>Parses <c>telegram:123</c>, <c>discord:456</c>, <c>console:alice</c> or a bare <c>123</c> (case-insensitive platform, spaces trimmed).</summary>
    /// <returns>
    /// The id, or <c>null</c> when the entry is empty, names an unknown platform, has no id after the colon, or gives a
    /// Telegram or Discord id that is not a number (Telegram user ids are positive integers; Discord ids are snowflakes,
    /// up to 20 digits).
    /// </returns>
    public static OperatorId? TryParse(string? entry)
    {
        var text = entry?.Trim() ?? "";
        if (text.Length == 0)
        {
            return null;
        }

        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
        {
            return new OperatorId(null, text);
        }

        var name = text[..colon].Trim();
        var id = text[(colon + 1)..].Trim();
        return name.Length > 0 && name.All(char.IsAsciiLetter) && Enum.TryParse<ChatPlatform>(name, ignoreCase: true, out var platform) && IsValidId(platform, id)
            ? new OperatorId(platform, id)
            : null;
    }

    private static bool IsValidId(ChatPlatform platform, string id) => platform switch
    {
        ChatPlatform.Telegram or ChatPlatform.Discord => id.Length is > 0 and <= 20 && id.All(char.IsAsciiDigit),
        _ => id.Length > 0,
    };

    /// <summary>True when <paramref name="userId"/> on <paramref name="platform"/> is this operator (ids compared exactly).</summary>
    public bool Matches(ChatPlatform platform, string userId) =>
        (Platform is null || Platform == platform) && string.Equals(UserId, userId, StringComparison.Ordinal);
}
