namespace WithdrawalBot.Core.Messages;

/// <summary>Who sent a message.</summary>
/// <param name="Id">The platform's user id as text.</param>
/// <param name="DisplayName">A name to show, if the platform gives one.</param>
/// <param name="LanguageCode">The client's IETF language tag (Telegram <c>language_code</c>, Discord <c>locale</c>), a hint only.</param>
public sealed record Sender(string Id, string? DisplayName = null, string? LanguageCode = null);
