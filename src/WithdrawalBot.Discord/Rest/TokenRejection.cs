namespace WithdrawalBot.Discord.Rest;

/// <summary>
/// Signals, once, that Discord answered a REST call with 401 (the bot token is wrong or was reset), so the adapter
/// stops the bot as at start-up instead of staying connected while every reply is refused. Thread-safe; one per process.
/// </summary>
public sealed class TokenRejection
{
    private readonly TaskCompletionSource rejected = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when the token was first rejected; never fails or is cancelled.</summary>
    public Task Rejected => rejected.Task;

    /// <summary>Records the rejection; <c>true</c> only for the first call, later ones do nothing.</summary>
    public bool Signal() => rejected.TrySetResult();
}
