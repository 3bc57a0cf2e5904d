namespace WithdrawalBot.Core.Replies;

/// <summary>A button under a reply (Telegram inline keyboard button, Discord message component).</summary>
/// <param name="Label">What the user sees (at most 80 characters, Discord's limit).</param>
/// <param name="Payload">What comes back in <see cref="Messages.IncomingMessage.ButtonPayload"/> when tapped; at most 64 bytes of UTF-8 (Telegram's callback_data limit).</param>
public sealed record ReplyButton(string Label, string Payload);
