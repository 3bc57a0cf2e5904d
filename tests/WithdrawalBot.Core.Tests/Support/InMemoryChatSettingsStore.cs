using System.Collections.Concurrent;
using WithdrawalBot.Core.Messages;
using WithdrawalBot.Core.Storage;

namespace WithdrawalBot.Core.Tests.Support;

public sealed class InMemoryChatSettingsStore : IChatSettingsStore
{
    private readonly ConcurrentDictionary<ChatAddress, ChatSettings> saved = new();

    public Task<ChatSettings> GetAsync(ChatAddress chat, CancellationToken cancellationToken) =>
        Task.FromResult(saved.TryGetValue(chat with { ThreadId = null }, out var settings) ? settings : new ChatSettings(chat with { ThreadId = null }, null, null));

    public Task SaveAsync(ChatSettings settings, CancellationToken cancellationToken)
    {
        saved[settings.Chat with { ThreadId = null }] = settings;
        return Task.CompletedTask;
    }
}
