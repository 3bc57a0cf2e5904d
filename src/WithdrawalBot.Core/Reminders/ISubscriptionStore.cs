using WithdrawalBot.Core.Messages;

namespace WithdrawalBot.Core.Reminders;

/// <summary>Reminder subscriptions that survive restarts. One subscription per chat address (chat + thread).</summary>
public interface ISubscriptionStore
{
    /// <summary>The subscription for exactly this address (thread included), active or not; <c>null</c> when there never was one.</summary>
    Task<Subscription?> GetAsync(ChatAddress chat, CancellationToken cancellationToken);

    /// <summary>The subscription with this id, or <c>null</c>.</summary>
    Task<Subscription?> GetByIdAsync(string id, CancellationToken cancellationToken);

    /// <summary>Inserts or replaces the subscription with <see cref="Subscription.Id"/>.</summary>
    /// <exception cref="InvalidOperationException">Another subscription already holds the same address.</exception>
    Task SaveAsync(Subscription subscription, CancellationToken cancellationToken);

    /// <summary>All active subscriptions.</summary>
    Task<IReadOnlyList<Subscription>> ListActiveAsync(CancellationToken cancellationToken);

    /// <summary>Deactivates the subscription at <paramref name="chat"/>; when its thread is <c>null</c>, also every thread of that chat.</summary>
    /// <returns>How many subscriptions were active and are now inactive.</returns>
    Task<int> DeactivateAsync(ChatAddress chat, CancellationToken cancellationToken);

    /// <summary>Moves every subscription of a chat (all its threads) to a new chat id, keeping ids, so delivered reminders are not sent again. Where the new address already has a subscription, that one is kept and the old one is removed.</summary>
    /// <returns>How many subscriptions moved.</returns>
    Task<int> MoveChatAsync(ChatPlatform platform, string oldChatId, string newChatId, CancellationToken cancellationToken);

    /// <summary>How many subscriptions are active (for admin statistics).</summary>
    Task<int> CountActiveAsync(CancellationToken cancellationToken);
}
