using WithdrawalBot.Core.Messages;

namespace WithdrawalBot.Core.Storage;

/// <summary>
/// The updates the bot took from a platform and has not answered yet, written before the platform is told they
/// arrived (the next getUpdates offset, a webhook's 200) and removed once answered. What is left at a start was
/// cut off by the last stop or crash: the platform counts it as delivered and never sends it again.
/// </summary>
public interface IPendingUpdateStore
{
    /// <summary>Keeps <paramref name="update"/>; an update already kept (same platform and id) keeps its first <see cref="PendingUpdate.SavedAt"/>.</summary>
    Task AddAsync(PendingUpdate update, CancellationToken cancellationToken);

    /// <summary>Forgets the update <paramref name="id"/> of <paramref name="platform"/>; nothing happens when it is not kept.</summary>
    Task RemoveAsync(ChatPlatform platform, long id, CancellationToken cancellationToken);

    /// <summary>Every update kept for <paramref name="platform"/>, lowest id first (they stay kept).</summary>
    Task<IReadOnlyList<PendingUpdate>> ListAsync(ChatPlatform platform, CancellationToken cancellationToken);
}
