using WithdrawalBot.Core.Platforms;

namespace WithdrawalBot.Telegram.Diagnostics;

/// <summary>
/// The state of the connection to Telegram as last seen: whether the last getMe / getUpdates / setWebhook call
/// succeeded, when, and why not. Written by the polling and webhook services, read by <see cref="TelegramHealthCheck"/>.
/// </summary>
/// <param name="timeProvider">The clock for the timestamps.</param>
public sealed class TelegramHealth(TimeProvider timeProvider)
{
    private volatile Snapshot current = new(null, "not connected yet", null);

    /// <summary>When the adapter was created (UTC): "not connected yet" is measured from here.</summary>
    public DateTimeOffset CreatedAt { get; } = timeProvider.GetUtcNow();
    private volatile string? fatalError;

    /// <summary>Replies and reminders that failed to send in a row (a 5xx, the network, a proxy's error page), written by the chat platform.</summary>
    public SendFailureStreak Sends { get; } = new();

    /// <summary>The last observation.</summary>
    public Snapshot Current => current;

    /// <summary>
    /// Why the adapter gave up for good (token rejected, another instance polling), or <c>null</c>. The host stops after
    /// such an error but <c>RunAsync</c> returns normally; a host that wants a non-zero exit code checks this.
    /// </summary>
    public string? FatalError => fatalError;

    /// <summary>Records an error the adapter cannot recover from; the health check reports it from then on.</summary>
    /// <param name="message">What to fix, without secrets.</param>
    public void Fatal(string message)
    {
        fatalError = message;
        current = new Snapshot(false, message, timeProvider.GetUtcNow());
    }

    /// <summary>Records a successful call.</summary>
    /// <param name="call">The Bot API method, e.g. <c>getUpdates</c>.</param>
    public void Succeeded(string call) => current = new Snapshot(true, call + " succeeded", timeProvider.GetUtcNow());

    /// <summary>Records a failed call.</summary>
    /// <param name="call">The Bot API method.</param>
    /// <param name="reason">A short reason without secrets (error code and description, or the network cause such as "Connection refused (127.0.0.1:9)").</param>
    public void Failed(string call, string reason) => current = new Snapshot(false, call + " failed: " + reason, timeProvider.GetUtcNow());

    /// <summary>Records a successful call that shows a problem all the same (Telegram cannot deliver to the webhook): Degraded.</summary>
    /// <param name="call">The Bot API method.</param>
    /// <param name="trouble">What is wrong, without secrets.</param>
    public void Troubled(string call, string trouble) => current = new Snapshot(true, call + " succeeded", timeProvider.GetUtcNow()) { Trouble = trouble };

    /// <summary>Records that updates cannot reach this bot (the webhook points elsewhere): Unhealthy.</summary>
    /// <param name="detail">What is wrong, without secrets.</param>
    public void Down(string detail) => current = new Snapshot(false, detail, timeProvider.GetUtcNow());

    /// <summary>One observation.</summary>
    /// <param name="Ok"><c>true</c> after a success, <c>false</c> after a failure, <c>null</c> before the first call.</param>
    /// <param name="Detail">What happened, for the health report.</param>
    /// <param name="At">When (UTC), <c>null</c> before the first call.</param>
    public sealed record Snapshot(bool? Ok, string Detail, DateTimeOffset? At)
    {
        /// <summary>A problem the call showed although it succeeded (the health check says Degraded); <c>null</c> for none.</summary>
        public string? Trouble { get; init; }
    }
}
