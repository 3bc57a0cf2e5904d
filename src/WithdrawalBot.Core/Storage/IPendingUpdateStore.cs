using WithdrawalBot.Core.Messages;

namespace WithdrawalBot.Core.Storage;

/// <summary>
/// Updates the bot took from a platform but had not answered when it stopped (a busy group's backlog at SIGTERM): the
/// platform counts them as delivered and never sends them again, so they are kept here until the next start handles them.
/// </summary>
public interface IPendingUpdateStore
{
    /// <summary>Keeps <paramref name="updates"/>; an update already kept (same platform and id) is replaced.</summary>
    Task SaveAsync(IReadOnlyList<PendingUpdate> updates, CancellationToken cancellationToken);

    /// <summary>Removes and returns every update kept for <paramref name="platform"/>, lowest id first.</summary>
    Task<IReadOnlyList<PendingUpdate>> TakeAllAsync(ChatPlatform platform, CancellationToken cancellationToken);
}
