using WithdrawalBot.Core.Diagnostics;

namespace WithdrawalBot.Core.Platforms;

/// <summary>
/// A send cancelled (a stop, a shutdown) while it still waited for its turn (a platform's rate limit, a paused bucket),
/// before any part of it reached the platform: nothing was posted, so it can be sent again without a duplicate. Thrown by
/// <see cref="IChatPlatform.SendAsync"/> implementations in place of a bare <see cref="OperationCanceledException"/>, which
/// leaves whether it went out unknown.
/// </summary>
public sealed class DeliveryNotStartedException : OperationCanceledException
{
    /// <summary>Creates the exception for the cancelled <paramref name="cancellationToken"/>.</summary>
    /// <param name="cancellationToken">The token whose cancellation stopped the wait.</param>
    /// <param name="inner">The cancellation that ended the wait, if any.</param>
    public DeliveryNotStartedException(CancellationToken cancellationToken, Exception? inner = null)
        : base("The send was cancelled before anything reached the platform.", inner, cancellationToken)
    {
    }

    /// <summary>Whether <paramref name="exception"/> is, or wraps (as <see cref="HttpClient"/> wraps a handler's cancellation), a <see cref="DeliveryNotStartedException"/>.</summary>
    public static bool Describes(Exception? exception) => ExceptionChain.Of(exception).Any(e => e is DeliveryNotStartedException);
}
