using WithdrawalBot.Core.Messages;

namespace WithdrawalBot.Core.Storage;

/// <summary>Per-chat settings that survive restarts.</summary>
public interface IChatSettingsStore
{
    /// <summary>The chat's settings; a record with nulls when none were ever saved.</summary>
    Task<ChatSettings> GetAsync(ChatAddress chat, CancellationToken cancellationToken);

    /// <summary>Saves (replaces) the chat's settings.</summary>
    Task SaveAsync(ChatSettings settings, CancellationToken cancellationToken);
}
