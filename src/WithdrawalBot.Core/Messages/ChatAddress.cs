namespace WithdrawalBot.Core.Messages;

/// <summary>Where a message lives or a reply goes.</summary>
/// <param name="Platform">The platform.</param>
/// <param name="ChatId">The platform's chat or channel id, as text (Telegram: a 64-bit integer, negative for groups; Discord: a snowflake).</param>
/// <param name="ThreadId">A Telegram forum topic id (message_thread_id) or a Discord thread's channel id; <c>null</c> for the chat itself.</param>
public sealed record ChatAddress(ChatPlatform Platform, string ChatId, string? ThreadId = null)
{
    /// <summary>"telegram:7001", "telegram:-100123/77" (a forum topic), "discord:300/301" (a thread): how log lines name the address.</summary>
    public override string ToString() =>
        $"{Platform.ToString().ToLowerInvariant()}:{ChatId}" + (ThreadId is null ? "" : $"/{ThreadId}");
}
